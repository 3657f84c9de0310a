//! Cargo projects' tests built by dist/cargo-clif and run with libtest, for the sysroot_tests,
//! portable_simd and crates groups: building the test executables (`cargo test --no-run`,
//! learning them from cargo's JSON messages), running them, reading libtest's output (counts,
//! failed tests and their panic messages), the checked-in lists of tests with a reason each,
//! and the table of counts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use crate::json;
use crate::process::{self, Status};
use crate::report;
use crate::rustc;

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
/// `--list` should take no time.
const LIST_TIME_LIMIT: Duration = Duration::from_secs(60);
/// At most this many failed tests are detailed in a case's explanation.
pub const MAX_FAILURES_SHOWN: usize = 40;

/// A test executable cargo built.
pub struct Suite {
    /// `<package>/<target>`, `<package>/lib` for the library's unit tests; `<package>` is the
    /// name of the package's directory.
    pub name: String,
    /// Absolute path of the executable.
    pub executable: PathBuf,
    /// The package's directory, where cargo would run it.
    pub package_dir: PathBuf,
}

/// The counts of libtest's summary line.
#[derive(Clone, Copy, Default)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
    pub ignored: usize,
    /// Tests skipped by `--skip` (libtest's "filtered out").
    pub excluded: usize,
    /// Failed tests listed as expected to fail (see `run_expecting_failures`).
    pub expected_failures: usize,
}

/// Tests with a reason each, by suite (`<package>/<target>`), as read by `read_test_list`.
pub type TestList = BTreeMap<String, BTreeMap<String, String>>;

/// `cmd`, a `cargo-clif test --no-run ...` command, with the variables that would change the
/// build cleared and JSON messages on stdout, run within `limit`. Returns the test executables
/// built, and whether all were.
pub fn build_tests(mut cmd: Command, limit: Duration) -> (Vec<Suite>, Result<(), String>) {
    cmd.arg("--message-format=json-render-diagnostics");
    for variable in CLEARED_VARIABLES {
        cmd.env_remove(variable);
    }
    match std::path::absolute(rustc::ICE_DIR) {
        Ok(dir) => cmd.env("RUSTC_ICE", dir),
        Err(e) => return (Vec::new(), Err(e.to_string())),
    };
    let output = match process::run(&mut cmd, limit) {
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
        let dir = cmd.get_current_dir().unwrap_or(Path::new("."));
        problems.insert(
            0,
            format!(
                "cargo failed ({}): {} of the test executables were built\ncommand: cd {} && {}\n{}",
                output.status,
                suites.len(),
                dir.display(),
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

/// Reads a list of tests: lines `<package>/<target>/<test name> # <reason>`, blank lines and
/// `#` comment lines.
pub fn read_test_list(path: &str) -> Result<TestList, String> {
    let mut list = TestList::new();
    let entries = super::read_reasons(path, "<package>/<target>/<test name>")?;
    for (line, test_path, reason) in entries {
        let at = |problem: &str| format!("{path}:{line}: {problem}");
        let mut parts = test_path.splitn(3, '/');
        let (Some(package), Some(target), Some(test)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(at("expected `<package>/<target>/<test name>` before ` # `"));
        };
        if test.is_empty() || test.contains(char::is_whitespace) {
            return Err(at("the test name is empty or has spaces"));
        }
        let suite = list.entry(format!("{package}/{target}")).or_default();
        if suite.insert(test.to_string(), reason).is_some() {
            return Err(at(&format!("`{test_path}` is listed twice")));
        }
    }
    Ok(list)
}

/// The executable, run from its package's directory as cargo would.
pub fn test_command(suite: &Suite) -> Command {
    let mut cmd = Command::new(&suite.executable);
    cmd.current_dir(&suite.package_dir);
    for variable in CLEARED_VARIABLES {
        cmd.env_remove(variable);
    }
    cmd
}

/// The names of the executable's tests (`--list`).
pub fn list_tests(suite: &Suite) -> Result<BTreeSet<String>, String> {
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
pub fn summary(stdout: &str) -> Option<Counts> {
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

/// The failed tests: libtest's list after its last `failures:` heading.
pub fn failed_tests(stdout: &str) -> Vec<&str> {
    let lines: Vec<&str> = stdout.lines().collect();
    // The names follow the heading, indented by four spaces.
    match lines.iter().rposition(|line| *line == "failures:") {
        Some(heading) => lines[heading + 1..]
            .iter()
            .skip_while(|line| line.is_empty())
            .map_while(|line| line.strip_prefix("    "))
            .collect(),
        None => Vec::new(),
    }
}

/// `names` (failed tests), at most `MAX_FAILURES_SHOWN`, one per line after `heading`, each
/// with the first lines of its panic message.
pub fn failures(heading: &str, stdout: &str, names: &[&str]) -> String {
    let lines: Vec<&str> = stdout.lines().collect();
    let mut out = heading.to_string();
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
pub fn hanging(stdout: &str) -> String {
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
pub fn tail(title: &str, text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let last = &lines[lines.len().saturating_sub(20)..];
    report::excerpt(title, last.join("\n").as_bytes())
}

/// The table of the counts of each executable that printed them, and their sums: passed,
/// failed, ignored, and a last column `last` (its title and its value).
pub fn print_counts(
    suites: &[Suite],
    counts: &BTreeMap<String, Counts>,
    last: (&str, fn(&Counts) -> usize),
) {
    if suites.is_empty() {
        return;
    }
    let (title, value) = last;
    let mut total = Counts::default();
    println!(
        "  {:<40} {:>7} {:>7} {:>7} {:>8}",
        "tests", "passed", "failed", "ignored", title
    );
    let mut total_last = 0;
    for suite in suites {
        match counts.get(&suite.name) {
            Some(c) => {
                println!(
                    "  {:<40} {:>7} {:>7} {:>7} {:>8}",
                    suite.name,
                    c.passed,
                    c.failed,
                    c.ignored,
                    value(c)
                );
                total.passed += c.passed;
                total.failed += c.failed;
                total.ignored += c.ignored;
                total_last += value(c);
            }
            None => println!("  {:<40} (no summary: see its failure above)", suite.name),
        }
    }
    println!(
        "  {:<40} {:>7} {:>7} {:>7} {:>8}",
        "total", total.passed, total.failed, total.ignored, total_last
    );
}

/// Runs all the tests of one executable (`--test-threads 2`, within `limit`): the tests that
/// fail must be exactly its tests listed in `expected` (from the list `list`), with a reason
/// each, as expected failures. Returns its counts if libtest printed them.
pub fn run_expecting_failures(
    suite: &Suite,
    expected: &BTreeMap<String, String>,
    list: &str,
    limit: Duration,
) -> (Option<Counts>, Result<(), String>) {
    let mut problems = Vec::new();
    match list_tests(suite) {
        Ok(tests) => {
            let unknown: Vec<&str> = expected
                .keys()
                .map(String::as_str)
                .filter(|test| !tests.contains(*test))
                .collect();
            if !unknown.is_empty() {
                problems.push(format!(
                    "{list} names tests that {} does not have: {}",
                    suite.name,
                    unknown.join(", ")
                ));
            }
        }
        Err(e) => problems.push(e),
    }
    let mut cmd = test_command(suite);
    cmd.args(["--test-threads", "2"]);
    let output = match process::run(&mut cmd, limit) {
        Ok(output) => output,
        Err(e) => return (None, Err(e)),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut counts = summary(&stdout);
    let failed = failed_tests(&stdout);
    match &mut counts {
        Some(counts) if counts.failed == failed.len() => {
            counts.expected_failures = failed
                .iter()
                .filter(|test| expected.contains_key(**test))
                .count();
            let unexpected: Vec<&str> = failed
                .iter()
                .copied()
                .filter(|test| !expected.contains_key(*test))
                .collect();
            if !unexpected.is_empty() {
                let heading = format!(
                    "{} of {} tests failed (not listed in {list}):",
                    unexpected.len(),
                    counts.passed + counts.failed
                );
                problems.push(failures(&heading, &stdout, &unexpected));
            }
            let passing: Vec<&str> = expected
                .keys()
                .map(String::as_str)
                .filter(|test| !failed.contains(test))
                .filter(|test| stdout.contains(&format!("test {test} ... ok")))
                .collect();
            if !passing.is_empty() {
                problems.push(format!(
                    "tests listed in {list} as failing now pass (remove them): {}",
                    passing.join(", ")
                ));
            }
        }
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
