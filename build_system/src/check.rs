//! The `check` command: the static checks, each a timed step, all run even when one fails;
//! the command fails at the end if any did, naming them. Formatting (the backend, the build
//! system, the wrappers' sources in scripts/), clippy with warnings denied (the backend, the
//! build system), the unit tests of the build system and of the backend, and the stage
//! layering of src/ (stages.rs).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::fs::rust_files;
use crate::stages;
use crate::step::step;
use crate::toolchain::Toolchain;

const BUILD_SYSTEM_MANIFEST: &str = "build_system/Cargo.toml";

/// A check: what it runs, and a function running it.
type Check<'a> = (&'static str, Box<dyn Fn() -> Result<(), String> + 'a>);

pub fn check() -> Result<(), String> {
    let toolchain = Toolchain::read()?;
    let cargo = |args: &[&str]| {
        let mut cmd = toolchain.command("cargo");
        cmd.args(args);
        cmd
    };
    let build_system = |args: &[&str]| {
        let mut cmd = cargo(args);
        cmd.args(["--manifest-path", BUILD_SYSTEM_MANIFEST]);
        cmd
    };
    let checks: Vec<Check> = vec![
        ("backend: cargo fmt --check", Box::new(|| run(cargo(&["fmt", "--check"])))),
        ("build_system: cargo fmt --check", Box::new(|| run(build_system(&["fmt", "--check"])))),
        (
            "scripts: rustfmt --check --edition 2024 scripts/*.rs",
            Box::new(|| {
                let mut cmd = toolchain.command("rustfmt");
                cmd.args(["--check", "--edition", "2024"]).args(scripts()?);
                run(cmd)
            }),
        ),
        (
            "backend: cargo clippy --release -- -D warnings",
            Box::new(|| run(cargo(&["clippy", "--release", "--", "-D", "warnings"]))),
        ),
        (
            "build_system: cargo clippy --all-targets -- -D warnings",
            Box::new(|| {
                let mut cmd = build_system(&["clippy", "--all-targets"]);
                cmd.args(["--", "-D", "warnings"]);
                run(cmd)
            }),
        ),
        ("build_system: cargo test", Box::new(|| run(build_system(&["test"])))),
        (
            "backend: cargo test --release --lib",
            Box::new(|| run(cargo(&["test", "--release", "--lib"]))),
        ),
        ("backend: stage layering of src/", Box::new(|| stages::check(Path::new("src")))),
    ];
    let mut failed = Vec::new();
    for (what, run) in &checks {
        if let Err(e) = step("check", what, run) {
            eprintln!("{e}");
            failed.push(*what);
        }
    }
    if failed.is_empty() {
        println!("[check] all {} checks passed", checks.len());
        return Ok(());
    }
    Err(format!("{} of {} checks failed:\n  {}", failed.len(), checks.len(), failed.join("\n  ")))
}

/// Runs `cmd` with its output going to the terminal; fails if it does.
fn run(mut cmd: Command) -> Result<(), String> {
    let line = crate::process::command_line(&cmd);
    let status = cmd.status().map_err(|e| format!("cannot run `{line}`: {e}"))?;
    if !status.success() {
        return Err(format!("`{line}` failed ({status})"));
    }
    Ok(())
}

/// The `.rs` files of scripts/, sorted.
fn scripts() -> Result<Vec<PathBuf>, String> {
    let files = rust_files(Path::new("scripts"))?;
    if files.is_empty() {
        // rustfmt would read stdin.
        return Err("scripts/ has no .rs file".to_string());
    }
    Ok(files)
}
