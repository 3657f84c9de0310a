//! The portable_simd group: the tests of `core_simd`, the crate behind `core::simd`, from the
//! portable-simd workspace of the toolchain's library sources, built by our backend against our
//! sysroot and run.
//!
//! The workspace is copied from the sysroot's copy of the library (build/sysroot/library, see
//! sysroot.rs) to build/portable_simd/portable-simd, again when the toolchain changes: under
//! library/, cargo would take crates.io's crates from the library's vendored ones, which lack
//! the test dependencies (proptest). Its Cargo.lock pins them; cargo downloads them once into
//! its cache. `dist/cargo-clif test --release --no-run --package core_simd` builds the tests into
//! build/portable_simd/target (release: proptest's many cases then run in seconds).
//!
//! Case `build` is the cargo build; then one case per test executable, `core_simd/<target>`
//! (`lib` for the unit tests), whose failing tests must be exactly those listed in
//! tests/portable_simd_expected_failures.txt (`core_simd/<target>/<test name> # <reason>`, for
//! what the backend cannot do yet, not for its bugs; a listed test that passes fails the case).
//! The counts of each executable are printed at the end.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::Context;
use super::libtest::{self, ListedTests, Suite};
use crate::fs::{copy_dir_stamped, stamp_matches};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::{sysroot, wrappers};

/// Without `--all`, each proptest runs this many cases instead of proptest's default 256: the
/// inputs are still drawn from every lane count and value class, at a quarter of the time
/// (f32_ops and f64_ops take most of the group).
const SAMPLE_CASES: u32 = 64;
const GROUP: &str = "portable_simd";
/// The tests expected to fail, each with the reason.
const EXPECTED_FAILURES: &str = "tests/portable_simd_expected_failures.txt";
/// The build, the test dependencies' downloads included.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// One test executable.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(10 * 60);

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests build core_simd's tests with our backend and sysroot");
        return Ok(());
    }
    let selected = ctx.filter.as_ref().is_none_or(|filter| {
        format!("{GROUP}/core_simd/").contains(filter.as_str())
            || filter.starts_with(&format!("{GROUP}/"))
            || filter.starts_with("core_simd/")
    });
    if !selected {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let cargo_clif = std::path::absolute(wrappers::cargo_clif()).map_err(|e| e.to_string())?;
    let library = sysroot::library_dir();
    if !cargo_clif.is_file() || !library.join("portable-simd/Cargo.toml").is_file() {
        return Err(format!(
            "{} or {} not found: run `./y.sh build` first",
            wrappers::cargo_clif().display(),
            library.join("portable-simd/Cargo.toml").display()
        ));
    }
    let expected = libtest::read_test_list(EXPECTED_FAILURES)?;
    let dir = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let toolchain_version = ctx.rustc.toolchain.rustc_info()?.verbose_version;

    let built = Mutex::new(Vec::new());
    let build = Case {
        name: "build".to_string(),
        run: Box::new(|| {
            let workspace = copy_workspace(&library, &dir, &toolchain_version)?;
            let (suites, result) = build_tests(&cargo_clif, &workspace, &dir.join("target"));
            let unbuilt: Vec<&str> = expected
                .keys()
                .map(String::as_str)
                .filter(|listed| !suites.iter().any(|suite| suite.name == *listed))
                .collect();
            *built.lock().unwrap() = suites;
            result?;
            if !unbuilt.is_empty() {
                return Err(format!(
                    "{EXPECTED_FAILURES} names test executables that cargo did not build: {}",
                    unbuilt.join(", ")
                ));
            }
            Ok(())
        }),
    };
    runner::run_cases(GROUP, vec![build], tally);
    let mut suites = built.into_inner().unwrap();
    suites.retain(|suite| ctx.selects(GROUP, &suite.name));
    if !ctx.all {
        println!(
            "  the sample: {SAMPLE_CASES} cases of each proptest (PROPTEST_CASES), not its 256; \
             --all runs them all"
        );
        for suite in &mut suites {
            suite.env.push(("PROPTEST_CASES".to_string(), SAMPLE_CASES.to_string()));
        }
    }
    suites.sort_by(|a, b| a.name.cmp(&b.name));

    let counts = Mutex::new(BTreeMap::new());
    let cases = libtest::suite_cases(
        &suites,
        &expected,
        EXPECTED_FAILURES,
        ListedTests::ExpectedFailures,
        RUN_TIME_LIMIT,
        &counts,
    );
    runner::run_cases(GROUP, cases, tally);
    let counts = counts.into_inner().unwrap();
    let names: Vec<&str> = suites.iter().map(|suite| suite.name.as_str()).collect();
    libtest::print_counts(&names, &counts, ("xfail", |c| c.expected_failures));
    Ok(())
}

/// Copies library/portable-simd to `<dir>/portable-simd` unless it is there for this toolchain;
/// returns the copy.
fn copy_workspace(
    library: &Path,
    dir: &Path,
    toolchain_version: &str,
) -> Result<std::path::PathBuf, String> {
    let workspace = dir.join("portable-simd");
    let stamp = dir.join("source.stamp");
    if stamp_matches(&stamp, toolchain_version) && workspace.join("Cargo.toml").is_file() {
        return Ok(workspace);
    }
    copy_dir_stamped(&library.join("portable-simd"), &workspace, &stamp, toolchain_version)?;
    Ok(workspace)
}

/// Builds core_simd's tests; returns the executables built, and whether all were.
fn build_tests(
    cargo_clif: &Path,
    workspace: &Path,
    target_dir: &Path,
) -> (Vec<Suite>, Result<(), String>) {
    let mut cmd = Command::new(cargo_clif);
    cmd.args(["test", "--release", "--no-run", "--no-fail-fast", "--locked"])
        .args(["--package", "core_simd", "--tests"])
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(workspace);
    let (built, result) = libtest::build_tests(cmd, BUILD_TIME_LIMIT);
    (built.suites, result)
}
