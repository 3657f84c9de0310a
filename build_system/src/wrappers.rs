//! The wrappers dist/rustc-clif, dist/rustdoc-clif and dist/cargo-clif: small programs whose
//! sources are in scripts/, compiled with the pinned toolchain's rustc (LLVM). They run the
//! pinned toolchain's programs with the backend and the sysroot of dist/ (see the sources).
//!
//! dist/bin/rustc, dist/bin/rustdoc and dist/bin/cargo are links to them, which make dist/ a
//! toolchain for `rustup toolchain link <name> dist`: `cargo +<name> build` then builds with
//! our backend and sysroot, and cargo's `codegen-backend = "llvm"` of a package still picks
//! LLVM for it (the option it passes comes after the wrapper's `-Zcodegen-backend=cranelift`,
//! and rustc takes the last).

use std::path::{Path, PathBuf};

use crate::fs::{create_dir, move_into_place, remove_file};
use crate::rustc;
use crate::step::step;
use crate::sysroot::SYSROOT;
use crate::toolchain::{RustcInfo, Toolchain};

/// The wrappers, each built from `scripts/<name>.rs` into `dist/<name>`.
pub const WRAPPERS: &[&str] = &["rustc-clif", "rustdoc-clif", "cargo-clif"];
/// `dist/bin/<program>` links to `dist/<wrapper>`.
const TOOLCHAIN_PROGRAMS: &[(&str, &str)] =
    &[("rustc", "rustc-clif"), ("rustdoc", "rustdoc-clif"), ("cargo", "cargo-clif")];

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
    })?;
    let what = format!(
        "toolchain for rustup: {}",
        TOOLCHAIN_PROGRAMS
            .iter()
            .map(|(program, _)| format!("{SYSROOT}/bin/{program}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    step("build", &what, link_toolchain_programs)?;
    let dist = std::path::absolute(SYSROOT).map_err(|e| e.to_string())?;
    println!("  to use it: rustup toolchain link clif {} && cargo +clif build", dist.display());
    Ok(())
}

/// Makes `dist/bin/<program>` a relative link to its wrapper, so that dist/ can move. The
/// wrappers find dist/ from their resolved path, which a link does not change.
fn link_toolchain_programs() -> Result<(), String> {
    let bin = Path::new(SYSROOT).join("bin");
    create_dir(&bin)?;
    for (program, wrapper) in TOOLCHAIN_PROGRAMS {
        let link = bin.join(program);
        let target = Path::new("..").join(wrapper);
        if std::fs::read_link(&link).is_ok_and(|existing| existing == target) {
            continue;
        }
        if std::fs::symlink_metadata(&link).is_ok() {
            remove_file(&link)?;
        }
        std::os::unix::fs::symlink(&target, &link)
            .map_err(|e| format!("cannot create the link {}: {e}", link.display()))?;
    }
    Ok(())
}
