//! The cross targets: the architectures besides the host's that the backend compiles for and is
//! tested on, each with the tools of Debian's packages it needs (GNU cross compiler and libc,
//! qemu's user-mode emulator) and where LLVM's standard library for it comes from.

use std::path::{Path, PathBuf};

use crate::fs::write_file;

/// One cross target.
pub struct CrossTarget {
    /// The Rust target triple.
    pub triple: &'static str,
    /// The architecture as GNU and Debian name it: `<gnu_arch>-linux-gnu-gcc`,
    /// `qemu-<gnu_arch>`, `/usr/<gnu_arch>-linux-gnu`.
    pub gnu_arch: &'static str,
    /// The Debian packages of the cross compiler, its libc, and qemu.
    pub packages: &'static str,
    /// Whether rustup has the target's standard library for the pinned nightly (listed in
    /// rust-toolchain.toml); if not, the tests build LLVM's from the library sources.
    pub rustup_std: bool,
}

pub const CROSS_TARGETS: &[CrossTarget] = &[
    CrossTarget {
        triple: "aarch64-unknown-linux-gnu",
        gnu_arch: "aarch64",
        packages: "qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross",
        rustup_std: true,
    },
    CrossTarget {
        triple: "riscv64gc-unknown-linux-gnu",
        gnu_arch: "riscv64",
        packages: "qemu-user gcc-riscv64-linux-gnu libc6-dev-riscv64-cross",
        rustup_std: false,
    },
    CrossTarget {
        triple: "s390x-unknown-linux-gnu",
        gnu_arch: "s390x",
        packages: "qemu-user gcc-s390x-linux-gnu libc6-dev-s390x-cross",
        rustup_std: false,
    },
];

impl CrossTarget {
    pub fn get(triple: &str) -> Result<&'static CrossTarget, String> {
        CROSS_TARGETS.iter().find(|target| target.triple == triple).ok_or_else(|| {
            let known: Vec<&str> = CROSS_TARGETS.iter().map(|target| target.triple).collect();
            format!(
                "`{triple}` is no target this backend is built for; the targets: {}",
                known.join(", ")
            )
        })
    }

    /// The GNU cross compiler, which links for the target.
    pub fn gcc(&self) -> String {
        format!("{}-linux-gnu-gcc", self.gnu_arch)
    }

    pub fn qemu(&self) -> String {
        format!("qemu-{}", self.gnu_arch)
    }

    /// Where Debian's cross libc has the target's dynamic loader and libraries, for qemu's
    /// `QEMU_LD_PREFIX`.
    pub fn ld_prefix(&self) -> String {
        format!("/usr/{}-linux-gnu", self.gnu_arch)
    }
}

impl CrossTarget {
    /// Writes the shell script `script`, which runs `executable` under qemu with its arguments
    /// (for test harnesses, which start their executable themselves); returns its path.
    pub fn runner_script(&self, script: &Path, executable: &Path) -> Result<PathBuf, String> {
        use std::os::unix::fs::PermissionsExt;
        let text = format!(
            "#!/bin/sh\nQEMU_LD_PREFIX={} exec {} '{}' \"$@\"\n",
            self.ld_prefix(),
            self.qemu(),
            executable.display()
        );
        write_file(script, text.as_bytes())?;
        std::fs::set_permissions(script, std::fs::Permissions::from_mode(0o755))
            .map_err(|e| format!("{}: {e}", script.display()))?;
        Ok(script.to_path_buf())
    }
}

/// The cross compiler that links for `triple`.
pub fn gcc(triple: &str) -> Result<String, String> {
    CrossTarget::get(triple).map(CrossTarget::gcc)
}
