//! The crates group: the test suites of real crates from crates.io, at the versions pinned in
//! tests/crates.txt, built by our backend against our sysroot (`dist/cargo-clif test`) and run.
//!
//! A crate's published package holds its Cargo.lock, so its tests build with the dependencies
//! its authors tested with (`--locked`). The package is fetched by cargo itself: a throwaway
//! project depending on exactly that version (build/crates/fetch/<crate>) is resolved with
//! `cargo metadata`, which downloads and unpacks the package into cargo's cache, and the
//! unpacked package is copied to build/crates/src/<crate> (again only when the pinned version
//! changes). Cargo downloads the dependencies once into its cache, then builds offline.
//!
//! A package published without its Cargo.lock (base64-simd) gets the one checked in as
//! tests/crates/<crate>.Cargo.lock, made once with `cargo generate-lockfile`.
//!
//! One case per crate: the build (`cargo-clif test --no-run` with the crate's arguments, into
//! build/crates/target/<crate>) and a run of each test executable built. The tests that fail must
//! be exactly those listed in tests/crates_expected_failures.txt (`<crate>/<target>/<test name>
//! # <reason>`), which is for tests needing what the backend cannot do yet (LLVM intrinsics it
//! does not implement), not for backend bugs; a listed test that passes fails the case, so that
//! the list stays true. A test reaching an unimplemented intrinsic aborts its executable: the
//! tests that did not pass then run again one at a time (see libtest::run_suite). The counts of
//! each test executable are printed at the end. The debug info of the build (its libraries and
//! test executables) must pass `llvm-dwarfdump --verify`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::libtest::{self, Counts, ListedTests, Suite, TestBuild, TestList};
use super::{Context, dwarf_verify};
use crate::fs::{copy_dir_stamped, create_dir, read_text, stamp_matches, write_file};
use crate::process::{self, Status};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::toolchain::Toolchain;
use crate::{json, report, wrappers};

const GROUP: &str = "crates";
/// The crates and their versions: lines `<crate> <version> [<arguments of cargo test>]`.
const CRATES: &str = "tests/crates.txt";
/// The tests expected to fail, each with the reason.
const EXPECTED_FAILURES: &str = "tests/crates_expected_failures.txt";
/// Where the lock file of a crate published without one is checked in, as
/// `<crate>.Cargo.lock`.
const LOCKS: &str = "tests/crates";
/// Without `--all`, only these crates run (less than half of the group's time): the
/// fastest to build of the general ones, and every crate whose SIMD code runs on x86-64. The
/// others (regex, regex-automata, hashbrown, serde_json, itertools, memchr, httparse) take a
/// minute or more each to build.
const SAMPLE: &[&str] = &[
    "regex-syntax",
    "rand",
    "indexmap",
    "smallvec",
    "num-bigint",
    "simd-adler32",
    "crc32fast",
    "simdutf8",
    "bytecount",
    "base64-simd",
];
/// The test targets built when a crate's line gives no arguments.
const DEFAULT_ARGS: &[&str] = &["--tests"];
/// Resolving the throwaway project, downloads included.
const FETCH_TIME_LIMIT: Duration = Duration::from_secs(10 * 60);
/// A crate's build, its dependencies' downloads included.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// One test executable.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(10 * 60);

/// A line of tests/crates.txt.
struct Crate {
    name: String,
    version: String,
    /// Arguments of `cargo test` choosing what to build.
    args: Vec<String>,
}

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests build crates with our backend and sysroot");
        return Ok(());
    }
    let mut crates = read_crates()?;
    let expected = libtest::read_test_list(EXPECTED_FAILURES)?;
    let unknown: Vec<&str> = expected
        .keys()
        .filter_map(|suite| suite.split('/').next())
        .filter(|listed| !crates.iter().any(|krate| krate.name == *listed))
        .collect();
    if !unknown.is_empty() {
        return Err(format!(
            "{EXPECTED_FAILURES} names crates that {CRATES} does not list: {}",
            unknown.join(", ")
        ));
    }
    if !ctx.all {
        let unknown: Vec<&str> =
            SAMPLE.iter().copied().filter(|s| !crates.iter().any(|k| k.name == *s)).collect();
        if !unknown.is_empty() {
            return Err(format!("the sample names crates {CRATES} lacks: {}", unknown.join(", ")));
        }
        println!(
            "  the sample: {} of the {} crates; --all runs them all",
            SAMPLE.len(),
            crates.len()
        );
        crates.retain(|krate| SAMPLE.contains(&krate.name.as_str()));
    }
    crates.retain(|krate| ctx.selects(GROUP, &krate.name));
    if crates.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let cargo_clif = wrappers::built(wrappers::cargo_clif())?;
    let dir = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let toolchain = &ctx.rustc.toolchain;
    let results = Mutex::new(Vec::new());
    let cases = crates
        .iter()
        .map(|krate| {
            let (expected, cargo_clif, dir, results) = (&expected, &cargo_clif, &dir, &results);
            Case {
                name: krate.name.clone(),
                run: Box::new(move || {
                    let source = fetch(toolchain, krate, dir)?;
                    let target_dir = dir.join("target").join(&krate.name);
                    let (built, result) = build(cargo_clif, krate, &source, &target_dir);
                    let mut problems: Vec<String> = result.err().into_iter().collect();
                    if let Err(e) = verify_debug_info(&built) {
                        problems.push(format!("the debug info of {}'s build: {e}", krate.name));
                    }
                    let mut suites = built.suites;
                    suites.sort_by(|a, b| a.name.cmp(&b.name));
                    let mut counts = BTreeMap::new();
                    for suite in &suites {
                        let listed = libtest::tests_of(expected, &suite.name);
                        let (suite_counts, result) = libtest::run_suite(
                            suite,
                            listed,
                            EXPECTED_FAILURES,
                            ListedTests::ExpectedFailures,
                            RUN_TIME_LIMIT,
                        );
                        if let Some(suite_counts) = suite_counts {
                            counts.insert(suite.name.clone(), suite_counts);
                        }
                        if let Err(e) = result {
                            problems.push(format!("{}: {e}", suite.name));
                        }
                    }
                    problems.extend(unbuilt_suites(krate, &suites, expected));
                    results.lock().unwrap().push((suites, counts));
                    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
                }),
            }
        })
        .collect();
    runner::run_cases(GROUP, cases, tally);
    let mut suites: Vec<Suite> = Vec::new();
    let mut counts: BTreeMap<String, Counts> = BTreeMap::new();
    for (crate_suites, crate_counts) in results.into_inner().unwrap() {
        suites.extend(crate_suites);
        counts.extend(crate_counts);
    }
    suites.sort_by(|a, b| a.name.cmp(&b.name));
    let names: Vec<&str> = suites.iter().map(|suite| suite.name.as_str()).collect();
    libtest::print_counts(&names, &counts, ("xfail", |c| c.expected_failures));
    // Then each crate's sums.
    let mut by_crate: BTreeMap<String, Counts> = BTreeMap::new();
    for (suite, c) in &counts {
        let name = suite.split('/').next().unwrap_or_default();
        let sum = by_crate.entry(name.to_string()).or_default();
        sum.passed += c.passed;
        sum.failed += c.failed;
        sum.ignored += c.ignored;
        sum.expected_failures += c.expected_failures;
    }
    let crate_names: Vec<&str> = crates.iter().map(|krate| krate.name.as_str()).collect();
    println!();
    libtest::print_counts(&crate_names, &by_crate, ("xfail", |c| c.expected_failures));
    Ok(())
}

/// Reads tests/crates.txt (blank lines and `#` comment lines aside).
fn read_crates() -> Result<Vec<Crate>, String> {
    let text = read_text(Path::new(CRATES))?;
    let mut crates: Vec<Crate> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words = line.split_whitespace();
        let (Some(name), Some(version)) = (words.next(), words.next()) else {
            return Err(format!(
                "{CRATES}:{}: expected `<crate> <version> [<arguments of cargo test>]`",
                index + 1
            ));
        };
        if crates.iter().any(|krate| krate.name == name) {
            return Err(format!("{CRATES}:{}: {name} is listed twice", index + 1));
        }
        let mut args: Vec<String> = words.map(str::to_string).collect();
        if args.is_empty() {
            args = DEFAULT_ARGS.iter().map(|arg| arg.to_string()).collect();
        }
        crates.push(Crate { name: name.to_string(), version: version.to_string(), args });
    }
    Ok(crates)
}

/// The listed suites of the crate that cargo did not build.
fn unbuilt_suites(krate: &Crate, suites: &[Suite], expected: &TestList) -> Option<String> {
    let prefix = format!("{}/", krate.name);
    let unbuilt: Vec<&str> = expected
        .keys()
        .map(String::as_str)
        .filter(|suite| suite.starts_with(&prefix) && !suites.iter().any(|s| s.name == *suite))
        .collect();
    if unbuilt.is_empty() {
        return None;
    }
    Some(format!(
        "{EXPECTED_FAILURES} names test executables that cargo did not build: {}",
        unbuilt.join(", ")
    ))
}

/// The crate's package, unpacked into build/crates/src/<crate>, fetched if it is not there at
/// the pinned version.
fn fetch(toolchain: &Toolchain, krate: &Crate, dir: &Path) -> Result<PathBuf, String> {
    let source = dir.join("src").join(&krate.name);
    let stamp = dir.join("src").join(format!("{}.version", krate.name));
    let lock = Path::new(LOCKS).join(format!("{}.Cargo.lock", krate.name));
    if stamp_matches(&stamp, &krate.version) && source.join("Cargo.toml").is_file() {
        use_checked_in_lock(&lock, &source)?;
        return Ok(source);
    }
    let project = dir.join("fetch").join(&krate.name);
    let src = project.join("src");
    create_dir(&src)?;
    let manifest = format!(
        "[package]\nname = \"fetch-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\
         publish = false\n\n[dependencies]\n{name} = \"={version}\"\n\n[workspace]\n",
        name = krate.name,
        version = krate.version
    );
    write_file(&project.join("Cargo.toml"), manifest.as_bytes())?;
    write_file(&src.join("lib.rs"), b"")?;
    let mut cmd = toolchain.command("cargo");
    cmd.args(["metadata", "--format-version", "1", "--manifest-path"])
        .arg(project.join("Cargo.toml"))
        .env_remove("CARGO_TARGET_DIR");
    let output = process::run(&mut cmd, FETCH_TIME_LIMIT)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "cannot fetch {} {} ({})\ncommand: {}\n{}",
            krate.name,
            krate.version,
            output.status,
            process::command_line(&cmd),
            report::excerpt("cargo's stderr", &output.stderr)
        ));
    }
    let unpacked = unpacked_package(&String::from_utf8_lossy(&output.stdout), krate)?;
    if !unpacked.join("Cargo.lock").is_file() && !lock.is_file() {
        return Err(format!(
            "{} {} was published without its Cargo.lock ({}): check one in as {} (`cargo \
             generate-lockfile` in a copy of the package) or pin another version",
            krate.name,
            krate.version,
            unpacked.display(),
            lock.display()
        ));
    }
    copy_dir_stamped(&unpacked, &source, &stamp, &krate.version)?;
    use_checked_in_lock(&lock, &source)?;
    Ok(source)
}

/// Copies the checked-in lock file `lock`, if there is one, into the package `source` (again
/// each time, so that a change to it is seen).
fn use_checked_in_lock(lock: &Path, source: &Path) -> Result<(), String> {
    if !lock.is_file() {
        return Ok(());
    }
    write_file(&source.join("Cargo.lock"), read_text(lock)?.as_bytes())
}

/// The directory of the crate's package, from `cargo metadata`'s JSON.
fn unpacked_package(metadata: &str, krate: &Crate) -> Result<PathBuf, String> {
    let metadata = json::parse(metadata.trim())?;
    let packages = metadata
        .get("packages")
        .and_then(json::Value::as_array)
        .ok_or("cargo metadata printed no `packages`")?;
    let package = packages
        .iter()
        .find(|package| {
            package.get("name").and_then(json::Value::as_str) == Some(&krate.name)
                && package.get("version").and_then(json::Value::as_str) == Some(&krate.version)
        })
        .ok_or_else(|| format!("cargo metadata does not list {} {}", krate.name, krate.version))?;
    let manifest = package
        .get("manifest_path")
        .and_then(json::Value::as_str)
        .ok_or("a package without `manifest_path` in cargo metadata")?;
    Path::new(manifest)
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{manifest} has no directory"))
}

/// The libraries (the crate's and its dependencies', built with `-g` as cargo's test profile
/// says) and the test executables of a crate's build must pass `llvm-dwarfdump --verify`.
fn verify_debug_info(built: &TestBuild) -> Result<(), String> {
    let executables = built.suites.iter().map(|suite| suite.executable.clone());
    let files: Vec<PathBuf> = built.libraries.iter().cloned().chain(executables).collect();
    dwarf_verify::verify_all(&files)
}

/// Builds the crate's tests; returns what was built (the executables named
/// `<crate>/<target>`), and whether all was.
fn build(
    cargo_clif: &Path,
    krate: &Crate,
    source: &Path,
    target_dir: &Path,
) -> (TestBuild, Result<(), String>) {
    let mut cmd = Command::new(cargo_clif);
    cmd.args(["test", "--no-run", "--no-fail-fast", "--locked"])
        .args(&krate.args)
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(source);
    // They are named after the package's directory, which is the crate's name here.
    libtest::build_tests(cmd, BUILD_TIME_LIMIT)
}
