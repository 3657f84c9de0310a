//! How the tests invoke rustc: which codegen backend, and the flags every test compilation shares.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::process::{self, Status};
use crate::report;
use crate::toolchain::Toolchain;

/// A compilation still running after this long is killed and fails.
const TIME_LIMIT: Duration = Duration::from_secs(300);

/// Where rustc writes its `rustc-ice-*.txt` reports (instead of the repository root).
pub const ICE_DIR: &str = "build/ice";

pub enum Backend {
    /// Absolute path of the backend dylib, given to `-Zcodegen-backend`.
    Cranelift(PathBuf),
    /// The toolchain's default backend, as a reference.
    Llvm,
}

pub struct Rustc {
    pub toolchain: Toolchain,
    pub backend: Backend,
}

impl Rustc {
    /// `rustc +<channel> [-Zcodegen-backend=<dylib>] --edition 2024 -Cpanic=abort`,
    /// without `RUST_BACKTRACE` in its environment.
    pub fn command(&self) -> Command {
        let mut cmd = self.toolchain.command("rustc");
        if let Backend::Cranelift(dylib) = &self.backend {
            cmd.arg(format!("-Zcodegen-backend={}", dylib.display()));
        }
        cmd.args(["--edition", "2024", "-Cpanic=abort"]);
        cmd.env_remove("RUST_BACKTRACE").env("RUSTC_ICE", ICE_DIR);
        cmd
    }

    /// Compiles the binary `out` from `src`, linked against the `libmini_core.rlib`
    /// in `mini_core_dir`, with extra `flags` last.
    pub fn binary(
        &self,
        src: &Path,
        out: &Path,
        mini_core_dir: &Path,
        flags: &[String],
    ) -> Command {
        let mut cmd = self.command();
        cmd.args(["--crate-type", "bin", "-L"]).arg(mini_core_dir);
        cmd.arg("--extern")
            .arg(format!("mini_core={}", mini_core_dir.join("libmini_core.rlib").display()));
        cmd.arg(src).arg("-o").arg(out).args(flags);
        cmd
    }
}

/// Runs rustc with the time limit; compilation failures are not errors here.
pub fn run(cmd: &mut Command) -> Result<process::Output, String> {
    process::run(cmd, TIME_LIMIT)
}

/// Runs a compilation that should succeed; the error explains how it did not.
pub fn compile(cmd: &mut Command) -> Result<(), String> {
    let output = run(cmd)?;
    if output.status == Status::Exit(0) {
        return Ok(());
    }
    Err(format!(
        "compilation failed: {}\ncommand: {}\n{}",
        output.status,
        process::command_line(cmd),
        report::excerpt("compiler stderr", &output.stderr)
    ))
}
