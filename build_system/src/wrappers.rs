//! The wrappers dist/rustc-clif, dist/rustdoc-clif and dist/cargo-clif: small programs whose
//! sources are in scripts/, compiled with the pinned toolchain's rustc (LLVM). They run the
//! pinned toolchain's programs with the backend and the sysroot of dist/ (see the sources).

use std::path::{Path, PathBuf};

use crate::fs::move_into_place;
use crate::rustc;
use crate::step::step;
use crate::sysroot::SYSROOT;
use crate::toolchain::{RustcInfo, Toolchain};

/// The wrappers, each built from `scripts/<name>.rs` into `dist/<name>`.
pub const WRAPPERS: &[&str] = &["rustc-clif", "rustdoc-clif", "cargo-clif"];

/// `dist/rustc-clif`.
pub fn rustc_clif() -> PathBuf {
    Path::new(SYSROOT).join("rustc-clif")
}

/// `dist/cargo-clif`.
pub fn cargo_clif() -> PathBuf {
    Path::new(SYSROOT).join("cargo-clif")
}

/// The absolute path of the wrapper `path` (`rustc_clif()`, `cargo_clif()`), or an error
/// saying to build it if it is missing.
pub fn built(path: PathBuf) -> Result<PathBuf, String> {
    if !path.is_file() {
        return Err(format!("{} not found: run `./y.sh build` first", path.display()));
    }
    std::path::absolute(&path).map_err(|e| e.to_string())
}

/// Builds the wrappers for the toolchain (`info` being its rustc's); `build_id` identifies the
/// backend and sysroot they will use (rustc-clif -vV shows it).
pub fn build(toolchain: &Toolchain, info: &RustcInfo, build_id: u64) -> Result<(), String> {
    let what = format!(
        "wrappers: {}",
        WRAPPERS.iter().map(|name| format!("{SYSROOT}/{name}")).collect::<Vec<_>>().join(", ")
    );
    step("build", &what, || {
        let channel = &toolchain.channel;
        let rustc = toolchain.which("rustc")?;
        let rustdoc = toolchain.which("rustdoc")?;
        let cargo = toolchain.which("cargo")?;
        for name in WRAPPERS {
            let output = Path::new(SYSROOT).join(name);
            let temporary = output.with_extension("partial");
            let mut cmd = toolchain.command("rustc");
            cmd.args(["--edition", "2024", "--crate-type", "bin", "-Copt-level=1"])
                .arg("--crate-name")
                .arg(name.replace('-', "_"))
                .arg(format!("scripts/{name}.rs"))
                .arg("-o")
                .arg(&temporary)
                .env("CLIF_CHANNEL", channel)
                .env("CLIF_HOST", &info.host)
                .env("CLIF_RELEASE", &info.release)
                .env("CLIF_RUSTC", &rustc)
                .env("CLIF_RUSTDOC", &rustdoc)
                .env("CLIF_CARGO", &cargo)
                .env("CLIF_BUILD_ID", format!("{build_id:016x}"));
            rustc::compile(&mut cmd)?;
            // Rename, so that a wrapper in use keeps its file.
            move_into_place(&temporary, &output)?;
        }
        Ok(())
    })
}
