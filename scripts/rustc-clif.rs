//! dist/rustc-clif: the pinned toolchain's rustc with the Cranelift backend and the sysroot that
//! `./y.sh build` made with it, that is
//! `rustc +<channel> -Zcodegen-backend=cranelift --sysroot <dist> <args>`,
//! dist/ being the directory of this executable. Also:
//! - `rustc-clif -vV` adds a line `codegen-backend: cranelift <id>` to rustc's answer, the id
//!   being a hash of the backend and of how the sysroot was built with it. Cargo hashes this
//!   answer into its fingerprints, so it rebuilds what it had built with the LLVM backend, or
//!   with an older backend or sysroot (it does not notice such changes otherwise). With
//!   `CARGO_CLIF_HOST_LLVM` (below), the line ends with ` (host code: llvm)`.
//! - when the variable `CARGO_CLIF_HOST_LLVM` is set (see cargo-clif.rs) and there is no
//!   `--target` option, the toolchain's rustc as it is: LLVM and its own sysroot.
//! - with `--target` one of the cross targets whose sysroot `./y.sh build --target` builds
//!   (`aarch64-unknown-linux-gnu`, `riscv64gc-unknown-linux-gnu`, `s390x-unknown-linux-gnu`),
//!   the target's GNU cross compiler (`<arch>-linux-gnu-gcc`) links, unless `-Clinker` says
//!   otherwise (rustc takes the last `-C linker`, and the wrapper's comes first).

#[allow(dead_code)]
#[path = "clif_common.rs"]
mod common;

use std::env;
use std::ffi::OsStr;
use std::io::Write;

/// Identifies the backend and sysroot that `./y.sh build` made along with this wrapper.
const BUILD_ID: &str = env!("CLIF_BUILD_ID");

fn main() {
    let dist = common::dist_dir();
    common::check_backend(&dist);
    let args = common::args();
    if env::var_os(common::HOST_LLVM).is_some()
        && !args
            .iter()
            .any(|arg| arg == "--target" || arg.to_string_lossy().starts_with("--target="))
        && !asks_verbose_version(&args)
    {
        // Under `cargo --target`, what cargo compiles for the host: build scripts, proc macros
        // and their dependencies.
        let mut cmd = common::toolchain_program("rustc", env!("CLIF_RUSTC"));
        cmd.args(&args);
        common::exec(cmd);
    }
    let mut cmd = common::toolchain_program("rustc", env!("CLIF_RUSTC"));
    cmd.arg("-Zcodegen-backend=cranelift").arg("--sysroot").arg(&dist);
    if let Some(gcc) = cross_linker(&args) {
        cmd.arg(format!("-Clinker={gcc}"));
    }
    cmd.args(&args);
    if !asks_verbose_version(&args) {
        common::exec(cmd);
    }
    let output = cmd.output().unwrap_or_else(|e| common::fail(&format!("cannot run rustc: {e}")));
    let mut stdout = output.stdout;
    if output.status.success() {
        if !stdout.is_empty() && !stdout.ends_with(b"\n") {
            stdout.push(b'\n');
        }
        // Cargo must also rebuild when host code switches between the backend and LLVM.
        let host = if env::var_os(common::HOST_LLVM).is_some() { " (host code: llvm)" } else { "" };
        stdout
            .extend_from_slice(format!("codegen-backend: cranelift {BUILD_ID}{host}\n").as_bytes());
    }
    let _ = std::io::stdout().write_all(&stdout);
    let _ = std::io::stderr().write_all(&output.stderr);
    std::process::exit(output.status.code().unwrap_or(1));
}

/// The GNU cross compiler of the cross target that `--target` names, if it is one.
fn cross_linker(args: &[std::ffi::OsString]) -> Option<String> {
    let mut target = None;
    for (index, arg) in args.iter().enumerate() {
        let arg = arg.to_string_lossy();
        if let Some(value) = arg.strip_prefix("--target=") {
            target = Some(value.to_owned());
        } else if arg == "--target" {
            target = args.get(index + 1).map(|value| value.to_string_lossy().into_owned());
        }
    }
    let gnu_arch = match target?.as_str() {
        "aarch64-unknown-linux-gnu" => "aarch64",
        "riscv64gc-unknown-linux-gnu" => "riscv64",
        "s390x-unknown-linux-gnu" => "s390x",
        _ => return None,
    };
    (!env!("CLIF_HOST").starts_with(gnu_arch)).then(|| format!("{gnu_arch}-linux-gnu-gcc"))
}

/// Whether the command line is `-vV` or the like: only version and verbose flags, both.
fn asks_verbose_version(args: &[std::ffi::OsString]) -> bool {
    let is = |names: &[&str]| args.iter().any(|arg| names.iter().any(|n| arg == OsStr::new(n)));
    let only_version_flags = args.iter().all(|arg| {
        ["-vV", "-Vv", "-V", "-v", "--version", "--verbose"].iter().any(|n| arg == OsStr::new(n))
    });
    only_version_flags
        && is(&["-vV", "-Vv", "-V", "--version"])
        && is(&["-vV", "-Vv", "-v", "--verbose"])
}
