//! The pinned toolchain: its channel, components and extra targets are read from
//! rust-toolchain.toml, and whatever of it is missing gets installed with rustup (by the
//! `build` and `prepare` commands); `prepare` also installs the official Cranelift backend that `./y.sh bench` compares
//! against.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use crate::step::step;

/// The rustup component of the official Cranelift backend (cg_clif), which `./y.sh bench`
/// measures against ours. Not in rust-toolchain.toml: building and testing do not need it.
pub const CG_CLIF_COMPONENT: &str = "rustc-codegen-cranelift-preview";

#[derive(Clone)]
pub struct Toolchain {
    /// For example `nightly-2026-10-15`.
    pub channel: String,
    /// For example `rustc-dev`, `rust-src`, `llvm-tools`.
    pub components: Vec<String>,
    /// The standard libraries for other targets than the host (rustup's `rust-std` of each),
    /// for example `aarch64-unknown-linux-gnu` (the run_pass_aarch64 group).
    pub targets: Vec<String>,
}

impl Toolchain {
    /// Reads the `channel`, `components` and `targets` lines of rust-toolchain.toml (each on
    /// one line).
    pub fn read() -> Result<Toolchain, String> {
        let text = fs::read_to_string("rust-toolchain.toml")
            .map_err(|e| format!("cannot read rust-toolchain.toml: {e}"))?;
        let mut channel = None;
        let mut components = Vec::new();
        let mut targets = Vec::new();
        for line in text.lines() {
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            match key.trim() {
                "channel" => channel = Some(unquote(value)),
                "components" => components = unquote_list(value),
                "targets" => targets = unquote_list(value),
                _ => {}
            }
        }
        let channel = channel.ok_or("rust-toolchain.toml has no `channel = \"...\"` line")?;
        Ok(Toolchain { channel, components, targets })
    }

    /// `program +<channel>`, to be run through rustup's proxies.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.arg(format!("+{}", self.channel));
        cmd
    }

    /// What `rustc -vV` says about the toolchain's compiler.
    pub fn rustc_info(&self) -> Result<RustcInfo, String> {
        let output = self
            .command("rustc")
            .arg("-vV")
            .output()
            .map_err(|e| format!("cannot run rustc +{}: {e}", self.channel))?;
        if !output.status.success() {
            return Err(format!("`rustc +{} -vV` failed ({})", self.channel, output.status));
        }
        let verbose_version = String::from_utf8_lossy(&output.stdout).into_owned();
        let field = |name: &str| {
            verbose_version
                .lines()
                .find_map(|line| line.strip_prefix(name)?.strip_prefix(": "))
                .map(|value| value.trim().to_string())
                .ok_or_else(|| format!("`rustc +{} -vV` printed no `{name}:` line", self.channel))
        };
        Ok(RustcInfo {
            host: field("host")?,
            release: field("release")?,
            commit_hash: field("commit-hash")?,
            verbose_version: verbose_version.clone(),
        })
    }

    /// The sysroot of the toolchain's compiler (`rustc --print sysroot`).
    pub fn sysroot(&self) -> Result<PathBuf, String> {
        let output = self
            .command("rustc")
            .args(["--print", "sysroot"])
            .output()
            .map_err(|e| format!("cannot run rustc +{}: {e}", self.channel))?;
        if !output.status.success() {
            return Err(format!(
                "`rustc +{} --print sysroot` failed ({})",
                self.channel, output.status
            ));
        }
        Ok(PathBuf::from(String::from_utf8_lossy(&output.stdout).trim()))
    }

    /// The absolute path of one of the toolchain's programs (`rustup which`).
    pub fn which(&self, program: &str) -> Result<PathBuf, String> {
        let path = rustup_query(&["which", "--toolchain", &self.channel, program])?;
        Ok(PathBuf::from(path.trim()))
    }

    /// Installs the toolchain, or those of its components and targets that are missing.
    pub fn ensure_installed(&self) -> Result<(), String> {
        let installed = rustup_query(&["toolchain", "list"])?;
        let prefix = format!("{}-", self.channel);
        if !installed.lines().any(|line| line.starts_with(&prefix) || line == self.channel) {
            let components = self.components.join(",");
            let mut args = vec!["toolchain", "install", &self.channel, "--profile", "minimal"];
            if !components.is_empty() {
                args.extend(["--component", &components]);
            }
            let targets = self.targets.join(",");
            if !targets.is_empty() {
                args.extend(["--target", &targets]);
            }
            return rustup_run(&args);
        }
        let installed =
            rustup_query(&["component", "list", "--installed", "--toolchain", &self.channel])?;
        let missing: Vec<&str> = self
            .components
            .iter()
            .map(String::as_str)
            .filter(|c| !installed.lines().any(|l| l == *c || l.starts_with(&format!("{c}-"))))
            .collect();
        if !missing.is_empty() {
            let mut args = vec!["component", "add", "--toolchain", &self.channel];
            args.extend(missing);
            rustup_run(&args)?;
        }
        let missing_targets: Vec<&str> = self
            .targets
            .iter()
            .map(String::as_str)
            .filter(|target| !self.has_target(target))
            .collect();
        if !missing_targets.is_empty() {
            let mut args = vec!["target", "add", "--toolchain", &self.channel];
            args.extend(missing_targets);
            rustup_run(&args)?;
        }
        println!("  {} and its components and targets are installed", self.channel);
        Ok(())
    }

    /// The official Cranelift backend's dylib in the toolchain's sysroot
    /// (`lib/rustlib/<host>/codegen-backends/librustc_codegen_cranelift-*.so`), if its rustup
    /// component is installed.
    pub fn cg_clif_dylib(&self, host: &str) -> Result<Option<PathBuf>, String> {
        let dir = self.sysroot()?.join("lib/rustlib").join(host).join("codegen-backends");
        let Ok(entries) = fs::read_dir(&dir) else { return Ok(None) };
        Ok(entries.filter_map(|entry| entry.ok().map(|entry| entry.path())).find(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("librustc_codegen_cranelift-") && name.ends_with(".so")
        }))
    }

    /// Installs cg_clif's component if the toolchain lacks it.
    pub fn ensure_cg_clif(&self) -> Result<(), String> {
        let host = self.rustc_info()?.host;
        if self.cg_clif_dylib(&host)?.is_none() {
            rustup_run(&["component", "add", "--toolchain", &self.channel, CG_CLIF_COMPONENT])?;
        }
        match self.cg_clif_dylib(&host)? {
            Some(dylib) => println!("  cg_clif is installed: {}", dylib.display()),
            None => {
                return Err(format!(
                    "rustup installed {CG_CLIF_COMPONENT}, yet the toolchain has no \
                     librustc_codegen_cranelift-*.so in lib/rustlib/{host}/codegen-backends"
                ));
            }
        }
        Ok(())
    }

    /// Whether the toolchain has the standard library for `target` (`rustup target add`).
    pub fn has_target(&self, target: &str) -> bool {
        self.sysroot().is_ok_and(|sysroot| {
            fs::read_dir(sysroot.join("lib/rustlib").join(target).join("lib")).is_ok_and(
                |mut entries| {
                    entries.any(|entry| {
                        entry.is_ok_and(|e| e.file_name().to_string_lossy().starts_with("libstd-"))
                    })
                },
            )
        })
    }
}

/// Facts about the toolchain's rustc, from `rustc -vV`.
pub struct RustcInfo {
    /// For example `x86_64-unknown-linux-gnu`.
    pub host: String,
    /// For example `1.101.0-nightly`: rustc looks for `librustc_codegen_<name>-<release>.so`
    /// in a sysroot's `lib/rustlib/<host>/codegen-backends`.
    pub release: String,
    /// The commit rustc and the toolchain's library sources come from.
    pub commit_hash: String,
    /// The whole output.
    pub verbose_version: String,
}

/// The `prepare` command.
pub fn prepare() -> Result<(), String> {
    let toolchain = Toolchain::read()?;
    step("prepare", &format!("toolchain {}", toolchain.channel), || toolchain.ensure_installed())?;
    step("prepare", &format!("cg_clif, for ./y.sh bench ({CG_CLIF_COMPONENT})"), || {
        toolchain.ensure_cg_clif()
    })
}

fn unquote(value: &str) -> String {
    value.trim().trim_matches('"').to_string()
}

/// The strings of a one-line TOML list, `["a", "b"]`.
fn unquote_list(value: &str) -> Vec<String> {
    let list = value.trim().trim_start_matches('[').trim_end_matches(']');
    list.split(',').map(unquote).filter(|item| !item.is_empty()).collect()
}

/// Runs rustup and returns its stdout.
fn rustup_query(args: &[&str]) -> Result<String, String> {
    let output = Command::new("rustup")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run rustup: {e}"))?;
    if !output.status.success() {
        return Err(format!("`rustup {}` failed ({})", args.join(" "), output.status));
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
