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
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::Context;
use crate::json;
use crate::process::{self, Status};
use crate::report;
use crate::runner::{self, Case, Tally};
use crate::rustc::{self, Backend};
use crate::sysroot;
use crate::wrappers;

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
/// `--list` should take no time.
const LIST_TIME_LIMIT: Duration = Duration::from_secs(60);
/// libtest's threads per executable (two executables run at a time).
const TEST_THREADS: &str = "2";
/// At most this many failed tests are detailed in a case's explanation.
const MAX_FAILURES_SHOWN: usize = 40;
/// Variables that would change what cargo builds or how libtest runs.
const CLEARED_VARIABLES: &[&str] = &[
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET",
    "CARGO_CLIF_HOST_LLVM",
    "RUST_BACKTRACE",
    "RUST_LIB_BACKTRACE",
    "RUST_TEST_THREADS",
    "RUST_TEST_NOCAPTURE",
    "RUST_TEST_SHUFFLE",
    "RUST_TEST_SHUFFLE_SEED",
    "RUST_TEST_TIME_UNIT",
    "RUST_TEST_TIME_INTEGRATION",
    "RUST_TEST_TIME_DOCTEST",
];

/// A test executable cargo built.
struct Suite {
    /// `<package>/<target>`, `<package>/lib` for the library's unit tests.
    name: String,
    /// Absolute path of the executable.
    executable: PathBuf,
    /// The package's directory, where cargo would run it.
    package_dir: PathBuf,
}

/// The counts of libtest's summary line.
#[derive(Clone, Copy, Default)]
struct Counts {
    passed: usize,
    failed: usize,
    ignored: usize,
    /// Tests skipped as excluded (libtest's "filtered out").
    excluded: usize,
}

/// The exclusion list: test names by suite, each with its reason.
type Exclusions = BTreeMap<String, BTreeMap<String, String>>;

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests build the library's tests with our backend and sysroot");
        return Ok(());
    }
    let packages: Vec<&str> = PACKAGES
        .iter()
        .copied()
        .filter(|package| package_selected(ctx, package))
        .collect();
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
    let exclusions = read_exclusions();
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
    let no_exclusions = BTreeMap::new();
    let cases = suites
        .iter()
        .map(|suite| {
            let excluded = exclusions
                .as_ref()
                .ok()
                .and_then(|exclusions| exclusions.get(&suite.name))
                .unwrap_or(&no_exclusions);
            let counts = &counts;
            Case {
                name: suite.name.clone(),
                run: Box::new(move || {
                    let (suite_counts, result) = run_suite(suite, excluded);
                    if let Some(suite_counts) = suite_counts {
                        counts
                            .lock()
                            .unwrap()
                            .insert(suite.name.clone(), suite_counts);
                    }
                    result
                }),
            }
        })
        .collect();
    runner::run_cases(GROUP, cases, tally);
    print_counts(&suites, &counts.into_inner().unwrap());
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

/// Reads tests/sysroot_tests_exclusions.txt: lines `<package>/<target>/<test name> # <reason>`,
/// blank lines and `#` comment lines.
fn read_exclusions() -> Result<Exclusions, String> {
    let text =
        fs::read_to_string(EXCLUSIONS).map_err(|e| format!("cannot read {EXCLUSIONS}: {e}"))?;
    let mut exclusions = Exclusions::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |problem: &str| format!("{EXCLUSIONS}:{}: {problem}", index + 1);
        let Some((path, reason)) = line.split_once(" # ") else {
            return Err(at("expected `<package>/<target>/<test name> # <reason>`"));
        };
        let (path, reason) = (path.trim(), reason.trim());
        if reason.is_empty() {
            return Err(at("the reason is empty"));
        }
        let mut parts = path.splitn(3, '/');
        let (Some(package), Some(target), Some(test)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(at("expected `<package>/<target>/<test name>` before ` # `"));
        };
        if test.is_empty() || test.contains(char::is_whitespace) {
            return Err(at("the test name is empty or has spaces"));
        }
        let suite = exclusions.entry(format!("{package}/{target}")).or_default();
        if suite.insert(test.to_string(), reason.to_string()).is_some() {
            return Err(at(&format!("`{path}` is listed twice")));
        }
    }
    Ok(exclusions)
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
        .args([
            "--offline",
            "--locked",
            "--message-format=json-render-diagnostics",
        ])
        .arg("--target-dir")
        .arg(target_dir);
    for package in packages {
        cmd.args(["--package", package]);
    }
    cmd.current_dir(library);
    for variable in CLEARED_VARIABLES {
        cmd.env_remove(variable);
    }
    match std::path::absolute(rustc::ICE_DIR) {
        Ok(dir) => cmd.env("RUSTC_ICE", dir),
        Err(e) => return (Vec::new(), Err(e.to_string())),
    };
    let output = match process::run(&mut cmd, BUILD_TIME_LIMIT) {
        Ok(output) => output,
        Err(e) => return (Vec::new(), Err(e)),
    };
    let mut suites = Vec::new();
    let mut problems = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        if !line.starts_with('{') {
            continue;
        }
        match test_executable(line) {
            Ok(Some(suite)) => suites.push(suite),
            Ok(None) => {}
            Err(e) => problems.push(format!("cannot understand cargo's message: {e}")),
        }
    }
    if output.status != Status::Exit(0) {
        problems.insert(
            0,
            format!(
                "cargo failed ({}): {} of the test executables were built\ncommand: cd {} && {}\n{}",
                output.status,
                suites.len(),
                library.display(),
                process::command_line(&cmd),
                errors(&output.stderr)
            ),
        );
    }
    let result = if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    };
    (suites, result)
}

/// The test executable of a `compiler-artifact` message, if it is one.
fn test_executable(line: &str) -> Result<Option<Suite>, String> {
    let message = json::parse(line)?;
    if message.get("reason").and_then(json::Value::as_str) != Some("compiler-artifact") {
        return Ok(None);
    }
    let Some(executable) = message.get("executable").and_then(json::Value::as_str) else {
        return Ok(None);
    };
    let manifest = message
        .get("manifest_path")
        .and_then(json::Value::as_str)
        .ok_or("a compiler-artifact message without `manifest_path`")?;
    let target = message
        .get("target")
        .ok_or("a compiler-artifact message without `target`")?;
    let target_name = target
        .get("name")
        .and_then(json::Value::as_str)
        .ok_or("a compiler-artifact message without `target.name`")?;
    let is_lib = target
        .get("kind")
        .and_then(json::Value::as_array)
        .is_some_and(|kinds| kinds.iter().any(|kind| kind.as_str() == Some("lib")));
    let package_dir = Path::new(manifest)
        .parent()
        .ok_or("a manifest path without a directory")?;
    let package = package_dir
        .file_name()
        .ok_or("a manifest path without a directory")?
        .to_string_lossy();
    let target_name = if is_lib { "lib" } else { target_name };
    Ok(Some(Suite {
        name: format!("{package}/{target_name}"),
        executable: PathBuf::from(executable),
        package_dir: package_dir.to_path_buf(),
    }))
}

/// The error messages in cargo's stderr, each with the `-->` line locating it (not the source
/// excerpts; the warnings are left out).
fn errors(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let mut out = String::new();
    let mut in_error = false;
    for line in text.lines() {
        if line.starts_with("error") {
            in_error = true;
        } else if !line.starts_with(' ') {
            in_error = false;
        }
        let keep = line.starts_with("error") || line.trim_start().starts_with("--> ");
        if in_error && keep {
            out.push_str(line);
            out.push('\n');
        }
    }
    if out.is_empty() {
        return report::excerpt("cargo's stderr", stderr);
    }
    report::excerpt("errors", out.as_bytes())
}

/// The exclusions of the selected packages must name suites that cargo built (unless the build
/// failed, in which case some are missing anyway).
fn check_suites_known(
    suites: &[Suite],
    exclusions: &Exclusions,
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

/// Runs one test executable without its excluded tests; returns its counts if libtest printed
/// them.
fn run_suite(
    suite: &Suite,
    excluded: &BTreeMap<String, String>,
) -> (Option<Counts>, Result<(), String>) {
    let mut problems = Vec::new();
    match list_tests(suite) {
        Ok(tests) => {
            let stale: Vec<&str> = excluded
                .keys()
                .map(String::as_str)
                .filter(|test| !tests.contains(*test))
                .collect();
            if !stale.is_empty() {
                problems.push(format!(
                    "{EXCLUSIONS} names tests that {} does not have: {}",
                    suite.name,
                    stale.join(", ")
                ));
            }
        }
        Err(e) => problems.push(e),
    }

    let mut cmd = test_command(suite);
    cmd.args(["--exact", "--test-threads", TEST_THREADS]);
    for test in excluded.keys() {
        cmd.arg("--skip").arg(test);
    }
    let output = match process::run(&mut cmd, RUN_TIME_LIMIT) {
        Ok(output) => output,
        Err(e) => return (None, Err(e)),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let counts = summary(&stdout);
    match counts {
        Some(counts) if counts.failed > 0 => problems.push(failures(&stdout, counts)),
        Some(_) if output.status == Status::Exit(0) => {}
        _ => problems.push(format!(
            "the tests did not run to the end: {}{}\n{}\n{}",
            output.status,
            hanging(&stdout),
            tail("stdout, last lines", &stdout),
            report::excerpt("stderr", &output.stderr)
        )),
    }
    if problems.is_empty() {
        return (counts, Ok(()));
    }
    problems.push(format!(
        "run by hand: cd {} && {} --exact <test name>",
        suite.package_dir.display(),
        suite.executable.display()
    ));
    (counts, Err(problems.join("\n")))
}

/// The executable, run from its package's directory as cargo would.
fn test_command(suite: &Suite) -> Command {
    let mut cmd = Command::new(&suite.executable);
    cmd.current_dir(&suite.package_dir);
    for variable in CLEARED_VARIABLES {
        cmd.env_remove(variable);
    }
    cmd
}

/// The names of the executable's tests (`--list`).
fn list_tests(suite: &Suite) -> Result<BTreeSet<String>, String> {
    let mut cmd = test_command(suite);
    cmd.args(["--list", "--format", "terse"]);
    let output = process::run(&mut cmd, LIST_TIME_LIMIT)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "{} failed ({})\n{}",
            process::command_line(&cmd),
            output.status,
            report::excerpt("stderr", &output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            line.strip_suffix(": test")
                .or_else(|| line.strip_suffix(": bench"))
                .map(str::to_string)
        })
        .collect())
}

/// The counts of the summary line, `test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured;
/// 2 filtered out; finished in 0.01s`.
fn summary(stdout: &str) -> Option<Counts> {
    let line = stdout
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix("test result: "))?;
    let mut counts = Counts::default();
    for part in line.split(';') {
        let part = part.trim();
        let part = part
            .strip_prefix("ok. ")
            .or_else(|| part.strip_prefix("FAILED. "))
            .unwrap_or(part);
        let Some((number, what)) = part.split_once(' ') else {
            continue;
        };
        let Ok(number) = number.parse() else {
            continue;
        };
        match what {
            "passed" => counts.passed = number,
            "failed" => counts.failed = number,
            "ignored" => counts.ignored = number,
            "filtered out" => counts.excluded = number,
            _ => {}
        }
    }
    Some(counts)
}

/// The failed tests (libtest's list after `failures:`), each with the first lines of its panic
/// message (from its `---- <name> stderr ----` or `stdout` section).
fn failures(stdout: &str, counts: Counts) -> String {
    let lines: Vec<&str> = stdout.lines().collect();
    // The last `failures:` heading is followed by the names, indented by four spaces.
    let names: Vec<&str> = match lines.iter().rposition(|line| *line == "failures:") {
        Some(heading) => lines[heading + 1..]
            .iter()
            .skip_while(|line| line.is_empty())
            .map_while(|line| line.strip_prefix("    "))
            .collect(),
        None => Vec::new(),
    };
    let mut out = format!(
        "{} of {} tests failed (not excluded in {EXCLUSIONS}):",
        counts.failed,
        counts.passed + counts.failed
    );
    for name in names.iter().take(MAX_FAILURES_SHOWN) {
        write!(out, "\n  {name}: {}", failure_message(&lines, name)).unwrap();
    }
    if names.len() > MAX_FAILURES_SHOWN {
        write!(out, "\n  ... and {} more", names.len() - MAX_FAILURES_SHOWN).unwrap();
    }
    out
}

/// The panic message of the failed test `name`, on one line: from its `---- <name> stderr ----`
/// section (or `stdout`), the `panicked at` line and the three after it, else the first three.
fn failure_message(lines: &[&str], name: &str) -> String {
    let mut message = Vec::new();
    for stream in ["stderr", "stdout"] {
        let heading = format!("---- {name} {stream} ----");
        let Some(start) = lines.iter().position(|line| *line == heading) else {
            continue;
        };
        let body: Vec<&str> = lines[start + 1..]
            .iter()
            .take_while(|line| !line.starts_with("---- ") && **line != "failures:")
            .map(|line| line.trim())
            .filter(|line| !line.is_empty())
            .take_while(|line| !line.starts_with("note: ") && *line != "stack backtrace:")
            .collect();
        message = match body.iter().position(|line| line.contains(" panicked at ")) {
            Some(panic) => {
                let (_, place) = body[panic].split_once(" panicked at ").unwrap();
                let mut text = format!("panicked at {place}");
                for (index, line) in body[panic + 1..].iter().take(3).enumerate() {
                    text.push_str(if index == 0 { " " } else { "; " });
                    text.push_str(line);
                }
                vec![text]
            }
            None => body.iter().take(3).map(|line| line.to_string()).collect(),
        };
        if !message.is_empty() {
            break;
        }
    }
    if message.is_empty() {
        return "(no message)".to_string();
    }
    let text = message.join("; ");
    match text.char_indices().nth(300) {
        Some((cut, _)) => format!("{} ...", &text[..cut]),
        None => text,
    }
}

/// The tests libtest reported as running for over 60 seconds (and not finished since).
fn hanging(stdout: &str) -> String {
    let slow: Vec<&str> = stdout
        .lines()
        .filter_map(|line| {
            line.strip_prefix("test ")?
                .strip_suffix(" has been running for over 60 seconds")
        })
        .filter(|name| {
            let done = format!("test {name} ... ");
            !stdout.lines().any(|line| line.starts_with(&done))
        })
        .collect();
    if slow.is_empty() {
        return String::new();
    }
    format!("\nstill running for over 60 seconds: {}", slow.join(", "))
}

/// The last lines of `text`.
fn tail(title: &str, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let last = &lines[lines.len().saturating_sub(20)..];
    report::excerpt(title, last.join("\n").as_bytes())
}

/// The counts of each executable that printed them, and their sums.
fn print_counts(suites: &[Suite], counts: &BTreeMap<String, Counts>) {
    if suites.is_empty() {
        return;
    }
    let mut total = Counts::default();
    println!(
        "  {:<32} {:>7} {:>7} {:>7} {:>8}",
        "tests", "passed", "failed", "ignored", "excluded"
    );
    for suite in suites {
        match counts.get(&suite.name) {
            Some(c) => {
                println!(
                    "  {:<32} {:>7} {:>7} {:>7} {:>8}",
                    suite.name, c.passed, c.failed, c.ignored, c.excluded
                );
                total.passed += c.passed;
                total.failed += c.failed;
                total.ignored += c.ignored;
                total.excluded += c.excluded;
            }
            None => println!("  {:<32} (no summary: see its failure above)", suite.name),
        }
    }
    println!(
        "  {:<32} {:>7} {:>7} {:>7} {:>8}",
        "total", total.passed, total.failed, total.ignored, total.excluded
    );
}
