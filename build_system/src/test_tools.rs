//! The system tools some test groups need, from Debian's packages: `llvm-dwarfdump`, `gdb` and
//! `lldb` (debuginfo), qemu's user-mode emulators and the cross C compilers and libcs of the cross
//! targets (run_pass_aarch64, run_pass_riscv64, run_pass_s390x, core_arch_aarch64; see
//! cross.rs). `./y.sh build` installs the missing ones with apt-get when it runs as
//! root on a system that has apt-get, so that `./y.sh build` and `./y.sh test` are all a fresh
//! machine needs; elsewhere it names the packages to install, and those groups say what they
//! miss when they run.

use std::process::Command;

/// Each tool (looked up on the PATH) with the Debian packages that provide it.
const TOOLS: &[(&str, &[&str])] = &[
    ("llvm-dwarfdump", &["llvm"]),
    ("gdb", &["gdb"]),
    ("lldb", &["lldb"]),
    ("qemu-aarch64", &["qemu-user"]),
    ("aarch64-linux-gnu-gcc", &["gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross"]),
    ("riscv64-linux-gnu-gcc", &["gcc-riscv64-linux-gnu", "libc6-dev-riscv64-cross"]),
    ("s390x-linux-gnu-gcc", &["gcc-s390x-linux-gnu", "libc6-dev-s390x-cross"]),
];

/// Installs the packages of the missing tools, when possible; never fails the build for them.
pub fn ensure_installed() -> Result<(), String> {
    let mut missing: Vec<&str> = Vec::new();
    for (tool, packages) in TOOLS {
        if !on_path(tool) {
            missing.extend(*packages);
        }
    }
    if missing.is_empty() {
        println!("  all present: {}", TOOLS.iter().map(|(t, _)| *t).collect::<Vec<_>>().join(", "));
        return Ok(());
    }
    let packages = missing.join(" ");
    if !(is_root() && on_path("apt-get")) {
        println!(
            "  missing packages {packages}: install them (apt-get install {packages}) for the \
             debuginfo, run_pass_<arch> and core_arch_aarch64 test groups"
        );
        return Ok(());
    }
    println!("  installing {packages} (apt-get)");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let status = cmd.status().map_err(|e| format!("cannot run {program}: {e}"))?;
    if !status.success() {
        return Err(format!("{program} failed ({status})"));
    }
    Ok(())
}
