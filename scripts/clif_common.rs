//! Shared by the wrappers in scripts/ (each includes it with `#[path]`): where dist/ is, and how
//! to start one of the pinned toolchain's programs. `./y.sh build` compiles the wrappers with
//! the pinned rustc, setting the `CLIF_*` variables read below with `env!`.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The toolchain the backend is built for, such as `nightly-2026-10-15`.
pub const CHANNEL: &str = env!("CLIF_CHANNEL");

/// Set for cargo-clif, this variable has host code compiled with LLVM (see cargo-clif.rs).
pub const HOST_LLVM: &str = "CARGO_CLIF_HOST_LLVM";

/// The directory holding this executable: dist/, which is also the sysroot.
pub fn dist_dir() -> PathBuf {
    // current_exe resolves symbolic links, so a link to the wrapper finds the real dist/.
    let exe = env::current_exe().unwrap_or_else(|e| fail(&format!("cannot locate myself: {e}")));
    match exe.parent() {
        Some(dir) => dir.to_path_buf(),
        None => fail(&format!("{} has no parent directory", exe.display())),
    }
}

/// Fails unless dist/ holds the backend, where rustc looks for it with
/// `-Zcodegen-backend=cranelift --sysroot <dist>`. Without it, rustc would go on to look into
/// its own sysroot, which may hold another Cranelift backend (rustup's component
/// rustc-codegen-cranelift).
pub fn check_backend(dist: &Path) {
    let backend = dist
        .join("lib/rustlib")
        .join(env!("CLIF_HOST"))
        .join("codegen-backends")
        .join(concat!("librustc_codegen_cranelift-", env!("CLIF_RELEASE"), ".so"));
    if !backend.is_file() {
        fail(&format!("{} is missing: run ./y.sh build", backend.display()));
    }
}

/// The pinned toolchain's `program`: the path `rustup which` gave when the wrapper was built,
/// or else `program +<channel>` through rustup's proxy on the PATH.
pub fn toolchain_program(program: &str, built_with_path: &str) -> Command {
    if Path::new(built_with_path).is_file() {
        return Command::new(built_with_path);
    }
    let mut cmd = Command::new(program);
    cmd.arg(format!("+{CHANNEL}"));
    cmd
}

/// The options after the program name.
pub fn args() -> Vec<OsString> {
    env::args_os().skip(1).collect()
}

/// Replaces this process with `cmd`; returns only if that fails, with an error.
pub fn exec(mut cmd: Command) -> ! {
    use std::os::unix::process::CommandExt;
    let error = cmd.exec();
    fail(&format!("cannot run {}: {error}", cmd.get_program().to_string_lossy()))
}

pub fn fail(message: &str) -> ! {
    let name = env::args().next().unwrap_or_default();
    let name = Path::new(&name).file_name().map(|n| n.to_string_lossy().into_owned());
    eprintln!("{}: error: {message}", name.as_deref().unwrap_or("clif wrapper"));
    std::process::exit(1)
}
