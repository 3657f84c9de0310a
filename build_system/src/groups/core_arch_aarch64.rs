//! The core_arch_aarch64 group: stdarch's own unit tests of `core::arch` for AArch64 (the crate
//! `core_arch` of the library's stdarch workspace, its `aarch64` and `arm_shared` modules),
//! built by the toolchain's cargo with our backend for aarch64-unknown-linux-gnu against the
//! toolchain's aarch64 standard library (as the run_pass_aarch64 group builds), and run under
//! qemu-aarch64 (whose default CPU has every feature the tests detect), one case per module of
//! tests. Every test must pass: the group has no list of expected failures.
//!
//! The workspace is copied to build/core_arch_aarch64/stdarch (again when the toolchain
//! changes) with the SVE modules left out: their scalable vector types are not supported by the
//! backend and stop the build. The tests run as the core_arch group runs them
//! (libtest::run_isolating_aborts), through a script that starts the executable under qemu.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use super::Context;
use super::libtest::{self, Suite};
use super::run_pass_cross::check_tools;
use crate::cross::CrossTarget;
use crate::fs::{copy_dir, read_text, remove_dir, remove_file, stamp_matches, write_file};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::sysroot;

const GROUP: &str = "core_arch_aarch64";
const TARGET: &str = "aarch64-unknown-linux-gnu";
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// One start of the test executable under qemu.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(5 * 60);
/// The SVE modules of `core_arch::aarch64`, as its mod.rs declares them.
const SVE_MODULES: [&str; 4] =
    ["mod sve;", "pub use self::sve::*;", "mod sve2;", "pub use self::sve2::*;"];

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    let Backend::Cranelift(dylib) = &ctx.rustc.backend else {
        println!("  skipped: these tests build core_arch's tests with our backend");
        return Ok(());
    };
    let dylib = dylib.clone();
    let selected = ctx.filter.as_ref().is_none_or(|filter| {
        format!("{GROUP}/").contains(filter.as_str()) || filter.starts_with(&format!("{GROUP}/"))
    });
    if !selected {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let target = CrossTarget::get(TARGET)?;
    if let Err(missing) = check_tools(ctx, target) {
        println!("  skipped: {missing}");
        return Ok(());
    }
    let stdarch = sysroot::library_dir().join("stdarch");
    if !stdarch.join("Cargo.toml").is_file() {
        return Err(format!("{} not found: run `./y.sh build` first", stdarch.display()));
    }
    let dir = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let info = ctx.rustc.toolchain.rustc_info()?;
    let toolchain = ctx.rustc.toolchain.clone();

    let built: Mutex<Option<(Suite, Vec<String>)>> = Mutex::new(None);
    let build = Case {
        name: "build".to_string(),
        run: Box::new(|| {
            let workspace = copy_workspace(&stdarch, &dir, &info.verbose_version)?;
            let mut cmd = toolchain.command("cargo");
            cmd.args(["test", "--release", "--no-run", "--locked", "--package", "core_arch"])
                .args(["--lib", "--target", TARGET])
                .arg("--target-dir")
                .arg(dir.join("target"))
                .current_dir(&workspace)
                .env("RUSTFLAGS", rustflags(&dylib)?)
                .env("CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER", target.gcc())
                // As the core_arch group sets them (see core_arch/mod.rs).
                .env("TARGET", TARGET)
                .env("STDARCH_DISABLE_ASSERT_INSTR", "1");
            let (libtest::TestBuild { mut suites, .. }, result) =
                libtest::build_tests(cmd, BUILD_TIME_LIMIT);
            result?;
            if suites.len() != 1 {
                return Err(format!("cargo built {} test executables, not one", suites.len()));
            }
            let mut suite = suites.remove(0);
            suite.executable =
                target.runner_script(&dir.join("core_arch-under-qemu"), &suite.executable)?;
            let tests = libtest::list_tests(&suite)?.into_iter().collect();
            *built.lock().unwrap() = Some((suite, tests));
            Ok(())
        }),
    };
    runner::run_cases(GROUP, vec![build], tally);
    let Some((suite, tests)) = built.into_inner().unwrap() else {
        return Ok(());
    };

    let mut modules: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for test in tests {
        // `core_arch::aarch64::neon::tests::test_vaddq_u8` is of the module `aarch64::neon`.
        let path = test.strip_prefix("core_arch::").unwrap_or(&test);
        let parent = path.rsplit_once("::").map_or(path, |(parent, _)| parent);
        let module = parent.strip_suffix("::tests").unwrap_or(parent).to_string();
        modules.entry(module).or_default().push(test);
    }
    modules.retain(|module, _| ctx.selects(GROUP, module));
    let cases = modules
        .iter()
        .map(|(module, tests)| {
            let suite = &suite;
            Case {
                name: module.clone(),
                run: Box::new(move || {
                    let outcomes = libtest::run_isolating_aborts(suite, tests, RUN_TIME_LIMIT)?;
                    let failures: Vec<String> = outcomes
                        .iter()
                        .filter(|(_, outcome)| outcome.is_failure())
                        .map(|(test, outcome)| format!("{test}: {}", outcome.describe()))
                        .collect();
                    if failures.is_empty() {
                        return Ok(());
                    }
                    Err(format!(
                        "{} of {} tests failed:\n{}",
                        failures.len(),
                        tests.len(),
                        failures.join("\n")
                    ))
                }),
            }
        })
        .collect();
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

/// Copies the stdarch workspace to `<dir>/stdarch` without the SVE modules, unless it is there
/// for `key` (the toolchain); returns the copy.
fn copy_workspace(stdarch: &Path, dir: &Path, key: &str) -> Result<PathBuf, String> {
    let workspace = dir.join("stdarch");
    let stamp = dir.join("source.stamp");
    if stamp_matches(&stamp, key) && workspace.join("Cargo.toml").is_file() {
        return Ok(workspace);
    }
    remove_file(&stamp)?;
    remove_dir(&workspace)?;
    copy_dir(stdarch, &workspace)?;
    let module = workspace.join("crates/core_arch/src/aarch64/mod.rs");
    let mut text = read_text(&module)?;
    for declaration in SVE_MODULES {
        if !text.lines().any(|line| line == declaration) {
            return Err(format!("`{declaration}` not found in {}", module.display()));
        }
        text = text
            .replace(&format!("\n{declaration}\n"), &format!("\n#[cfg(any())]\n{declaration}\n"));
    }
    write_file(&module, text.as_bytes())?;
    write_file(&stamp, key.as_bytes())?;
    Ok(workspace)
}

/// The backend for the build, and a `-Cmetadata` naming its version (size and modification
/// time): cargo rebuilds when its flags change, not when the backend does.
fn rustflags(dylib: &Path) -> Result<String, String> {
    let metadata = std::fs::metadata(dylib).map_err(|e| format!("{}: {e}", dylib.display()))?;
    let modified = metadata
        .modified()
        .ok()
        .and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |since| since.as_nanos());
    Ok(format!(
        "-Zcodegen-backend={} -Cmetadata=clif-{}-{modified}",
        dylib.display(),
        metadata.len()
    ))
}
