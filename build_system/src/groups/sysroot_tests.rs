//! The sysroot_tests group: the standard library's own tests, `library/coretests` and
//! `library/alloctests`, built by our backend against our sysroot and run; and
//! sysroot_tests_aarch64, the same for AArch64 Linux against our AArch64 sysroot (built first
//! when missing, as run_pass_aarch64 does), run under qemu through a script beside each test
//! executable (see cross.rs).
//!
//! They are members of the library workspace that the sysroot is built from (the copy
//! build/sysroot/library, see sysroot.rs), so they are built there, offline from the vendored
//! crates, with `dist/cargo-clif test --release --no-run` (our backend and sysroot, unwinding
//! panics: `#[should_panic]` tests and those catching panics run in-process, as with LLVM)
//! into build/<group>/target. cargo-clif's rustc answers `-vV`
//! with the backend's and sysroot's identity, so cargo rebuilds everything when they change.
//! Release: the build takes as long as an unoptimized one (about 30 s on 2 cores), and the tests
//! run about twice as fast.
//!
//! Case `build` is the cargo build (with `--no-fail-fast`, so that one test crate failing to
//! compile leaves the others built and run); then one case per test executable cargo built,
//! named `<package>/<target>` (`lib` for the library's unit tests), run with `--exact` and a
//! `--skip` for each of its tests in tests/<group>_exclusions.txt. A case fails when any
//! other test fails, when the run ends without libtest's summary line (a crash, or the time
//! limit), or when an exclusion names a test the executable does not have. The counts from the
//! summary lines are printed per executable and in total at the end.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::libtest::{self, ListedTests, Suite, TestList};
use super::{Context, run_pass_cross};
use crate::cross::CrossTarget;
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::{sysroot, wrappers};

/// The library workspace's test packages.
const PACKAGES: &[&str] = &["coretests", "alloctests"];
/// The cargo build is killed after this long.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// A test executable still running after this long (a test hanging, most likely) is killed: the
/// longest, coretests, takes 10 to 30 s.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(5 * 60);
/// The same under qemu, where alloctests alone takes 280 to 300 s on the 2-core machine.
const EMULATED_RUN_TIME_LIMIT: Duration = Duration::from_secs(15 * 60);

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    run_for(ctx, tally, "sysroot_tests", None)
}

pub fn run_aarch64(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    run_for(ctx, tally, "sysroot_tests_aarch64", Some("aarch64-unknown-linux-gnu"))
}

/// The group `group`, for the host or for the cross target `triple`.
fn run_for(
    ctx: &mut Context,
    tally: &mut Tally,
    group: &'static str,
    triple: Option<&str>,
) -> Result<(), String> {
    let Backend::Cranelift(dylib) = &ctx.rustc.backend else {
        println!("  skipped: these tests build the library's tests with our backend and sysroot");
        return Ok(());
    };
    let dylib = dylib.clone();
    let packages: Vec<&str> =
        PACKAGES.iter().copied().filter(|package| package_selected(ctx, group, package)).collect();
    if packages.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let exclusions_path = format!("tests/{group}_exclusions.txt");
    let target = triple.map(CrossTarget::get).transpose()?;
    if let Some(target) = target {
        if let Err(missing) = run_pass_cross::check_tools(ctx, target) {
            println!("  skipped: {missing}");
            return Ok(());
        }
        let toolchain = &ctx.rustc.toolchain;
        let built = toolchain
            .rustc_info()
            .and_then(|info| sysroot::build_cross(toolchain, &info, target.triple, &dylib));
        if let Err(failure) = built {
            let case = Case { name: "sysroot".to_string(), run: Box::new(move || Err(failure)) };
            runner::run_cases(group, vec![case], tally);
            return Ok(());
        }
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
    let exclusions = libtest::read_test_list(&exclusions_path);
    let build_dir = std::path::absolute(ctx.build_dir(group)).map_err(|e| e.to_string())?;
    let target_dir = build_dir.join("target");

    let built = Mutex::new(Vec::new());
    let build = Case {
        name: "build".to_string(),
        run: Box::new(|| {
            let exclusions = exclusions.as_ref().map_err(String::clone)?;
            let triple = target.map(|target| target.triple);
            let (mut suites, result) =
                build_tests(&cargo_clif, &library, &target_dir, &packages, triple);
            let result =
                result.and(check_suites_known(&suites, exclusions, &exclusions_path, &packages));
            if let Some(target) = target {
                for suite in &mut suites {
                    let script =
                        build_dir.join(format!("{}-under-qemu", suite.name.replace('/', "-")));
                    suite.executable = target.runner_script(&script, &suite.executable)?;
                }
            }
            *built.lock().unwrap() = suites;
            result
        }),
    };
    runner::run_cases(group, vec![build], tally);
    let mut suites = built.into_inner().unwrap();
    suites.retain(|suite| ctx.selects(group, &suite.name));
    suites.sort_by(|a, b| a.name.cmp(&b.name));

    let counts = Mutex::new(BTreeMap::new());
    // Without the list, the case `build` failed and built nothing.
    let no_exclusions = TestList::new();
    let exclusions = exclusions.as_ref().unwrap_or(&no_exclusions);
    let cases = libtest::suite_cases(
        &suites,
        exclusions,
        &exclusions_path,
        ListedTests::Excluded,
        if triple.is_some() { EMULATED_RUN_TIME_LIMIT } else { RUN_TIME_LIMIT },
        &counts,
    );
    runner::run_cases(group, cases, tally);
    let names: Vec<&str> = suites.iter().map(|suite| suite.name.as_str()).collect();
    libtest::print_counts(&names, &counts.into_inner().unwrap(), ("excluded", |c| c.excluded));
    Ok(())
}

/// Whether the filter may select cases of `package` (`sysroot_tests/<package>/<target>`): when
/// it is part of `sysroot_tests/<package>/`, or starts with that or with `<package>/` (the
/// targets are only known once built), or selects the case `build` (which builds them all).
fn package_selected(ctx: &Context, group: &str, package: &str) -> bool {
    let Some(filter) = &ctx.filter else {
        return true;
    };
    let prefix = format!("{group}/{package}/");
    prefix.contains(filter.as_str())
        || filter.starts_with(&prefix)
        || filter.starts_with(&format!("{package}/"))
        || ctx.selects(group, "build")
}

/// Builds the test executables of `packages`; returns those built, and whether all were.
fn build_tests(
    cargo_clif: &Path,
    library: &Path,
    target_dir: &Path,
    packages: &[&str],
    triple: Option<&str>,
) -> (Vec<Suite>, Result<(), String>) {
    let mut cmd = Command::new(cargo_clif);
    cmd.args(["test", "--release", "--no-run", "--no-fail-fast"])
        .args(triple.map(|triple| ["--target", triple]).into_iter().flatten())
        // The library's .cargo/config.toml points crates.io to its vendored sources.
        .args(["--offline", "--locked"])
        .arg("--target-dir")
        .arg(target_dir);
    for package in packages {
        cmd.args(["--package", package]);
    }
    cmd.current_dir(library);
    let (built, result) = libtest::build_tests(cmd, BUILD_TIME_LIMIT);
    (built.suites, result)
}

/// The exclusions of the selected packages must name suites that cargo built (unless the build
/// failed, in which case some are missing anyway).
fn check_suites_known(
    suites: &[Suite],
    exclusions: &TestList,
    exclusions_path: &str,
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
        "{exclusions_path} names test executables that cargo did not build: {}",
        unknown.join(", ")
    ))
}
