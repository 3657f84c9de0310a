//! The pinned toolchain: its channel and components are read from rust-toolchain.toml,
//! and whatever of it is missing gets installed with rustup (the `prepare` command).

use std::fs;
use std::process::Command;

use crate::step::step;

pub struct Toolchain {
    /// For example `nightly-2026-10-15`.
    pub channel: String,
    /// For example `rustc-dev`, `rust-src`, `llvm-tools`.
    pub components: Vec<String>,
}

impl Toolchain {
    /// Reads the `channel` and `components` lines of rust-toolchain.toml (each on one line).
    pub fn read() -> Result<Toolchain, String> {
        let text = fs::read_to_string("rust-toolchain.toml")
            .map_err(|e| format!("cannot read rust-toolchain.toml: {e}"))?;
        let mut channel = None;
        let mut components = Vec::new();
        for line in text.lines() {
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            match key.trim() {
                "channel" => channel = Some(unquote(value)),
                "components" => {
                    let list = value.trim().trim_start_matches('[').trim_end_matches(']');
                    components = list
                        .split(',')
                        .map(unquote)
                        .filter(|c| !c.is_empty())
                        .collect();
                }
                _ => {}
            }
        }
        let channel = channel.ok_or("rust-toolchain.toml has no `channel = \"...\"` line")?;
        Ok(Toolchain {
            channel,
            components,
        })
    }

    /// `program +<channel>`, to be run through rustup's proxies.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.arg(format!("+{}", self.channel));
        cmd
    }

    /// Installs the toolchain, or those of its components that are missing.
    pub fn ensure_installed(&self) -> Result<(), String> {
        let installed = rustup_query(&["toolchain", "list"])?;
        let prefix = format!("{}-", self.channel);
        if !installed
            .lines()
            .any(|line| line.starts_with(&prefix) || line == self.channel)
        {
            let components = self.components.join(",");
            let mut args = vec![
                "toolchain",
                "install",
                &self.channel,
                "--profile",
                "minimal",
            ];
            if !components.is_empty() {
                args.extend(["--component", &components]);
            }
            return rustup_run(&args);
        }
        let installed = rustup_query(&[
            "component",
            "list",
            "--installed",
            "--toolchain",
            &self.channel,
        ])?;
        let missing: Vec<&str> = self
            .components
            .iter()
            .map(String::as_str)
            .filter(|c| {
                !installed
                    .lines()
                    .any(|l| l == *c || l.starts_with(&format!("{c}-")))
            })
            .collect();
        if missing.is_empty() {
            println!("  {} and its components are installed", self.channel);
            return Ok(());
        }
        let mut args = vec!["component", "add", "--toolchain", &self.channel];
        args.extend(missing);
        rustup_run(&args)
    }
}

/// The `prepare` command.
pub fn prepare() -> Result<(), String> {
    let toolchain = Toolchain::read()?;
    step(
        "prepare",
        &format!("toolchain {}", toolchain.channel),
        || toolchain.ensure_installed(),
    )
}

fn unquote(value: &str) -> String {
    value.trim().trim_matches('"').to_string()
}

/// Runs rustup and returns its stdout.
fn rustup_query(args: &[&str]) -> Result<String, String> {
    let output = Command::new("rustup")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "`rustup {}` failed ({})",
            args.join(" "),
            output.status
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Runs rustup with its output going to the terminal.
fn rustup_run(args: &[&str]) -> Result<(), String> {
    println!("  running: rustup {}", args.join(" "));
    let status = Command::new("rustup")
        .args(args)
        .status()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    if !status.success() {
        return Err(format!("`rustup {}` failed ({status})", args.join(" ")));
    }
    Ok(())
}
