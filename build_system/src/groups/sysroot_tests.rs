//! The sysroot_tests group: the standard library's own tests, `library/coretests` and
//! `library/alloctests`, built by our backend against our sysroot and run.
//!
//! They are members of the library workspace that the sysroot is built from (the copy
//! build/sysroot/library, see sysroot.rs), so they are built there, offline from the vendored
//! crates, with `dist/cargo-clif test --release --no-run` (our backend and sysroot, unwinding
//! panics: `#[should_panic]` tests and those catching panics run in-process, as with LLVM)
//! into build/sysroot_tests/target. cargo-clif's rustc answers `-vV`
//! with the backend's and sysroot's identity, so cargo rebuilds everything when they change.
//! Release: the build takes as long as an unoptimized one (about 30 s on 2 cores), and the tests
//! run about twice as fast.
//!
//! Case `build` is the cargo build (with `--no-fail-fast`, so that one test crate failing to
//! compile leaves the others built and run); then one case per test executable cargo built,
//! named `<package>/<target>` (`lib` for the library's unit tests), run with `--exact` and a
//! `--skip` for each of its tests in tests/sysroot_tests_exclusions.txt. A case fails when any
//! other test fails, when the run ends without libtest's summary line (a crash, or the time
//! limit), or when an exclusion names a test the executable does not have. The counts from the
//! summary lines are printed per executable and in total at the end.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::Context;
use super::libtest::{self, ListedTests, Suite, TestList};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::{sysroot, wrappers};

const GROUP: &str = "sysroot_tests";
/// The library workspace's test packages.
const PACKAGES: &[&str] = &["coretests", "alloctests"];
/// The tests not run, each with the reason.
const EXCLUSIONS: &str = "tests/sysroot_tests_exclusions.txt";
/// The cargo build is killed after this long.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// A test executable still running after this long (a test hanging, most likely) is killed: the
/// longest, coretests, takes 10 to 30 s.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(5 * 60);

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests build the library's tests with our backend and sysroot");
        return Ok(());
    }
    let packages: Vec<&str> =
        PACKAGES.iter().copied().filter(|package| package_selected(ctx, package)).collect();
    if packages.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let cargo_clif = std::path::absolute(wrappers::cargo_clif()).map_err(|e| e.to_string())?;
    let library = std::path::absolute(sysroot::library_dir()).map_err(|e| e.to_string())?;
    if !cargo_clif.is_file() || !library.join("Cargo.toml").is_file() {
        return Err(format!(
            "{} or {} not found: run `./y.sh build` first",
            wrappers::cargo_clif().display(),
            sysroot::library_dir().join("Cargo.toml").display()
        ));
    }
    // A malformed list fails the case `build`, which then builds nothing.
    let exclusions = libtest::read_test_list(EXCLUSIONS);
    let target_dir =
        std::path::absolute(ctx.build_dir(GROUP).join("target")).map_err(|e| e.to_string())?;

    let built = Mutex::new(Vec::new());
    let build = Case {
        name: "build".to_string(),
        run: Box::new(|| {
            let exclusions = exclusions.as_ref().map_err(String::clone)?;
            let (suites, result) = build_tests(&cargo_clif, &library, &target_dir, &packages);
            let result = result.and(check_suites_known(&suites, exclusions, &packages));
            *built.lock().unwrap() = suites;
            result
        }),
    };
    runner::run_cases(GROUP, vec![build], tally);
    let mut suites = built.into_inner().unwrap();
    suites.retain(|suite| ctx.selects(GROUP, &suite.name));
    suites.sort_by(|a, b| a.name.cmp(&b.name));

    let counts = Mutex::new(BTreeMap::new());
    // Without the list, the case `build` failed and built nothing.
    let no_exclusions = TestList::new();
    let exclusions = exclusions.as_ref().unwrap_or(&no_exclusions);
    let cases = libtest::suite_cases(
        &suites,
        exclusions,
        EXCLUSIONS,
        ListedTests::Excluded,
        RUN_TIME_LIMIT,
        &counts,
    );
    runner::run_cases(GROUP, cases, tally);
    let names: Vec<&str> = suites.iter().map(|suite| suite.name.as_str()).collect();
    libtest::print_counts(&names, &counts.into_inner().unwrap(), ("excluded", |c| c.excluded));
    Ok(())
}

/// Whether the filter may select cases of `package` (`sysroot_tests/<package>/<target>`): when
/// it is part of `sysroot_tests/<package>/`, or starts with that or with `<package>/` (the
/// targets are only known once built), or selects the case `build` (which builds them all).
fn package_selected(ctx: &Context, package: &str) -> bool {
    let Some(filter) = &ctx.filter else {
        return true;
    };
    let prefix = format!("{GROUP}/{package}/");
    prefix.contains(filter.as_str())
        || filter.starts_with(&prefix)
        || filter.starts_with(&format!("{package}/"))
        || ctx.selects(GROUP, "build")
}

/// Builds the test executables of `packages`; returns those built, and whether all were.
fn build_tests(
    cargo_clif: &Path,
    library: &Path,
    target_dir: &Path,
    packages: &[&str],
) -> (Vec<Suite>, Result<(), String>) {
    let mut cmd = Command::new(cargo_clif);
    cmd.args(["test", "--release", "--no-run", "--no-fail-fast"])
        // The library's .cargo/config.toml points crates.io to its vendored sources.
        .args(["--offline", "--locked"])
        .arg("--target-dir")
        .arg(target_dir);
    for package in packages {
        cmd.args(["--package", package]);
    }
    cmd.current_dir(library);
    libtest::build_tests(cmd, BUILD_TIME_LIMIT)
}

/// The exclusions of the selected packages must name suites that cargo built (unless the build
/// failed, in which case some are missing anyway).
fn check_suites_known(
    suites: &[Suite],
    exclusions: &TestList,
    packages: &[&str],
) -> Result<(), String> {
    let built: BTreeSet<&str> = suites.iter().map(|suite| suite.name.as_str()).collect();
    let unknown: Vec<&str> = exclusions
        .keys()
        .map(String::as_str)
        .filter(|suite| {
            let package = suite.split('/').next().unwrap_or_default();
            packages.contains(&package) && !built.contains(suite)
        })
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{EXCLUSIONS} names test executables that cargo did not build: {}",
        unknown.join(", ")
    ))
}
