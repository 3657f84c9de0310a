//! The `build` command: first what a fresh machine needs (what `prepare` does too, each part
//! skipped when already there: the toolchain with its components and targets, the tests of the
//! rustc_ui group, the test groups' system tools), then compiles the backend with cargo and
//! installs the dylib into dist/, builds the sysroot with it (see sysroot.rs; for the host, and
//! for the cross targets of `--target`, see cross.rs) and the wrappers, which make dist/ a
//! toolchain for rustup too (see wrappers.rs).

use std::fs;
use std::path::{Path, PathBuf};

use crate::cross::CrossTarget;
use crate::fs::{create_dir, move_into_place};
use crate::step::step;
use crate::toolchain::Toolchain;
use crate::{Error, rustc_src, sysroot, test_tools, wrappers};

const DYLIB: &str = "librustc_codegen_cranelift.so";

/// Where `build` puts the backend and `test` looks for it.
pub fn dist_dylib() -> PathBuf {
    PathBuf::from("dist").join(DYLIB)
}

/// The cross targets of `--target TRIPLE` options (repeated, or comma-separated).
pub fn parse_targets(options: &[String]) -> Result<Vec<&'static CrossTarget>, Error> {
    let mut targets: Vec<&'static CrossTarget> = Vec::new();
    let mut options = options.iter();
    while let Some(option) = options.next() {
        let value = match option.strip_prefix("--target=") {
            Some(value) => value,
            None if option == "--target" => options
                .next()
                .ok_or_else(|| Error::Usage("--target needs a target triple".to_string()))?,
            None => return Err(Error::Usage(format!("unexpected option for build: {option}"))),
        };
        for triple in value.split(',').filter(|triple| !triple.is_empty()) {
            let target = CrossTarget::get(triple).map_err(Error::Usage)?;
            if !targets.iter().any(|known| known.triple == target.triple) {
                targets.push(target);
            }
        }
    }
    Ok(targets)
}

pub fn build(targets: &[&CrossTarget]) -> Result<(), String> {
    let toolchain = Toolchain::read()?;
    step("build", &format!("toolchain {}", toolchain.channel), || toolchain.ensure_installed())?;
    rustc_src::prepare("build")?;
    step("build", "system tools of the test groups", test_tools::ensure_installed)?;
    step("build", "backend: cargo build --release", || {
        let status = toolchain
            .command("cargo")
            .args(["build", "--release"])
            .status()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !status.success() {
            return Err(format!("cargo build failed ({status})"));
        }
        Ok(())
    })?;
    let dist = dist_dylib();
    step("build", &format!("backend: install {}", dist.display()), || {
        // Copy then rename, so that a rustc still using the old dylib keeps a valid file.
        let temporary = dist.with_extension("so.partial");
        create_dir(Path::new("dist/"))?;
        fs::copy(PathBuf::from("target/release").join(DYLIB), &temporary)
            .map_err(|e| format!("cannot copy target/release/{DYLIB}: {e}"))?;
        move_into_place(&temporary, &dist)
    })?;
    let info = toolchain.rustc_info()?;
    let build_id = sysroot::build(&toolchain, &info, &dist)?;
    for target in targets.iter().filter(|target| target.triple != info.host) {
        sysroot::build_cross(&toolchain, &info, target.triple, &dist)?;
    }
    wrappers::build(&toolchain, &info, build_id)
}
