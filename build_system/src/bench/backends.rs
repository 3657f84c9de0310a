//! The three codegen backends the bench command compares, and how each is selected: LLVM (the
//! toolchain's rustc as it is), cg_clif (the official Cranelift backend, the rustup component
//! rustc-codegen-cranelift-preview, as `-Zcodegen-backend=cranelift`) and ours
//! (`-Zcodegen-backend=<dist/librustc_codegen_cranelift.so>`). All three use the toolchain's
//! standard library, so that only the backend differs.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::toolchain::{CG_CLIF_COMPONENT, Toolchain};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Backend {
    Llvm,
    CgClif,
    Ours,
}

impl Backend {
    /// In the order of every round of measurements.
    pub const ALL: [Backend; 3] = [Backend::Llvm, Backend::CgClif, Backend::Ours];

    pub fn name(self) -> &'static str {
        match self {
            Backend::Llvm => "llvm",
            Backend::CgClif => "cg_clif",
            Backend::Ours => "ours",
        }
    }
}

/// The compilers behind the backends.
#[derive(Clone)]
pub struct Backends {
    /// The toolchain's rustc and cargo themselves, not rustup's proxies.
    pub rustc: PathBuf,
    pub cargo: PathBuf,
    /// The absolute path of our backend.
    pub ours: PathBuf,
    /// `rustc -Zcodegen-backend=cranelift -vV`, to tell which cg_clif was measured.
    pub cg_clif_version: String,
    /// `rustc -vV`.
    pub rustc_version: String,
}

impl Backends {
    /// Finds the compilers, failing with what to do if cg_clif or our backend is missing.
    pub fn find(toolchain: &Toolchain, ours: &Path) -> Result<Backends, String> {
        if !ours.is_file() {
            return Err(format!("{} not found: run `./y.sh build` first", ours.display()));
        }
        let ours = std::path::absolute(ours).map_err(|e| e.to_string())?;
        let info = toolchain.rustc_info()?;
        if toolchain.cg_clif_dylib(&info.host)?.is_none() {
            return Err(format!(
                "cg_clif is not installed: the toolchain {} has no rustup component \
                 {CG_CLIF_COMPONENT} (no librustc_codegen_cranelift-*.so in its \
                 lib/rustlib/{}/codegen-backends); run `./y.sh prepare`",
                toolchain.channel, info.host
            ));
        }
        let rustc = toolchain.which("rustc")?;
        let cargo = toolchain.which("cargo")?;
        let mut version = Command::new(&rustc);
        version.args(["-Zcodegen-backend=cranelift", "-vV"]);
        let output = version.output().map_err(|e| format!("cannot run rustc: {e}"))?;
        let cg_clif_version = String::from_utf8_lossy(&output.stdout).into_owned();
        if !output.status.success() || !cg_clif_version.contains("Cranelift") {
            return Err(format!(
                "`rustc -Zcodegen-backend=cranelift -vV` does not load cg_clif ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        Ok(Backends { rustc, cargo, ours, cg_clif_version, rustc_version: info.verbose_version })
    }

    /// The flag selecting `backend` (none for LLVM, the default).
    pub fn codegen_flag(&self, backend: Backend) -> Option<String> {
        match backend {
            Backend::Llvm => None,
            Backend::CgClif => Some("-Zcodegen-backend=cranelift".to_string()),
            Backend::Ours => Some(format!("-Zcodegen-backend={}", self.ours.display())),
        }
    }
}
