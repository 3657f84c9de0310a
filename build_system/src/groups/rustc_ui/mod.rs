//! The rustc_ui group: the run-pass, build-pass and run-fail tests of rustc's own test suite
//! (`tests/ui` of the rustc sources that `./y.sh build` extracts into build/rustc_src), each
//! built by the toolchain's rustc with LLVM and by dist/rustc-clif, and compared: run-pass
//! programs must behave the same (exit status and stdout), again with both sides at
//! `-Copt-level=2`; build-pass tests must build; run-fail programs must fail the same way.
//! See docs/testing.md for the rules; in short:
//!
//! - A test is a `.rs` file under tests/ui (not in an `auxiliary` directory) whose directives
//!   give it one of those modes; each of its `revisions` is a test of its own
//!   (`<path>#<revision>`), and a run-pass test is a second one at `-Copt-level=2`
//!   (`opt/<path>`), unless its flags choose an optimization level themselves.
//! - `only-*`, `ignore-*`, `needs-*` and `ignore-backends` leave out the tests that do not
//!   apply to the host or to this backend (they are counted, not run).
//! - A test is *unusable* when it cannot tell anything about our backend: LLVM's build fails,
//!   LLVM's program does not exit successfully, or its two runs differ, or its output differs
//!   from the test's `.run.stdout`/`.run.stderr` (`check-run-results`).
//! - Known failures are listed with a reason in tests/rustc_ui_expected_failures.txt; a listed
//!   test that passes makes the group fail, as does an unlisted failure.
//! - Without `--all`, only a fixed sample runs: the tests whose id has an FNV-1a hash divisible
//!   by SAMPLE_EVERY.

mod case;
mod categorize;
mod directives;
mod expected;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};
use std::{fs, thread};

use case::{Kind, Outcome, Setup, TestCase};
use directives::Target;
use expected::Expected;

use super::Context;
use crate::fs::{create_dir, write_file};
use crate::hash::fnv1a;
use crate::runner::{self, Tally};
use crate::rustc::Backend;
use crate::{rustc_src, wrappers};

const GROUP: &str = "rustc_ui";
/// The sample is the tests whose id's FNV-1a hash is divisible by this (about a ninth, so that
/// the default `./y.sh test` takes about 10 minutes)...
const SAMPLE_EVERY: u64 = 9;
/// ... and, of the run-pass tests at `-Copt-level=2`, by this (about a 27th: the optimizing
/// builds take longest, and find less that the others do not).
const OPT_SAMPLE_EVERY: u64 = 27;
/// Example tests shown per failure category in the summary.
const EXAMPLES: usize = 4;

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests compare the LLVM backend with ours");
        return Ok(());
    }
    if !rustc_src::present() {
        return Err(format!(
            "the rustc {} tests are not in {}: run `./y.sh build` first",
            rustc_src::VERSION,
            rustc_src::DIR
        ));
    }
    let rustc_clif = wrappers::built(wrappers::rustc_clif())?;
    let info = ctx.rustc.toolchain.rustc_info()?;
    let llvm_major = info
        .verbose_version
        .lines()
        .find_map(|line| line.strip_prefix("LLVM version: "))
        .and_then(|version| version.split('.').next()?.trim().parse().ok())
        .unwrap_or(0);
    let target = Target::new(&info.host, llvm_major);
    let ui_dir = absolute(&rustc_src::tests_dir().join("ui"))?;
    let build_dir = absolute(Path::new("build").join(GROUP).as_path())?;
    let cases_dir = build_dir.join("cases");

    let start = Instant::now();
    let collected = collect(&ui_dir, &target)?;
    let (skipped, cases): (Vec<TestCase>, Vec<TestCase>) =
        collected.into_iter().partition(|c| c.props.skip.is_some());
    println!(
        "  {} tests in {} ({}), {} more left out by only-/ignore-/needs- directives, \
         found in {:.1}s",
        cases.len(),
        ui_dir.display(),
        count_by_kind(&cases),
        skipped.len(),
        start.elapsed().as_secs_f64()
    );

    if ctx.filter.is_some() {
        for case in skipped.iter().filter(|c| ctx.selects(GROUP, &c.id)) {
            let reason = case.props.skip.as_deref().unwrap_or("");
            println!("  left out: {} ({reason})", case.id);
        }
    }

    let mut expected = Expected::load()?;
    let known: BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    let stale: Vec<String> =
        expected.entries.keys().filter(|id| !known.contains(id.as_str())).cloned().collect();

    let total = cases.len();
    let mut selected: Vec<TestCase> =
        cases.into_iter().filter(|c| ctx.all || in_sample(c)).collect();
    if !ctx.all {
        println!(
            "  the sample: {} of them (FNV-1a hash of the id divisible by {SAMPLE_EVERY}, \
             by {OPT_SAMPLE_EVERY} for opt/; --all runs all {total})",
            selected.len()
        );
    }
    selected.retain(|c| ctx.selects(GROUP, &c.id));
    if ctx.filter.is_some() {
        println!("  {} of them match the filter", selected.len());
    }

    let _ = fs::remove_dir_all(&cases_dir);
    create_dir(&cases_dir)?;
    let helpers_dir = build_dir.join("helpers");
    build_test_helpers(&helpers_dir)?;

    let setup = Setup {
        toolchain: &ctx.rustc.toolchain,
        rustc_clif,
        helpers_dir,
        cases_dir,
        ui_dir,
        repo_root: std::env::current_dir().map_err(|e| e.to_string())?,
        libc_llvm: find_libc(
            &ctx.rustc.toolchain.sysroot()?.join("lib/rustlib").join(&info.host).join("lib"),
        ),
        libc_clif: find_libc(
            &Path::new(crate::sysroot::SYSROOT).join("lib/rustlib").join(&info.host).join("lib"),
        ),
        host: info.host.clone(),
        target,
    };
    let results = run_cases(&setup, selected, &expected, ctx.filter.is_some());

    let mut summary = Summary::default();
    for (id, kind, outcome) in &results {
        summary.add(id, *kind, outcome, expected.reason(id));
    }
    write_results(&build_dir.join("results.txt"), &results)?;
    summary.print();
    for id in &stale {
        println!(
            "{GROUP}: `{id}` is listed in {} but is no test of this group here: remove it",
            expected::PATH
        );
    }

    if ctx.bless {
        for (id, _, outcome) in &results {
            match outcome {
                Outcome::Failed { category, .. } => {
                    expected
                        .entries
                        .entry(id.clone())
                        .or_insert_with(|| category.replace('\n', " "));
                }
                Outcome::Passed | Outcome::Unusable(_) => {
                    expected.entries.remove(id);
                }
            }
        }
        for id in &stale {
            expected.entries.remove(id);
        }
        expected.save()?;
        println!("  wrote {} ({} entries)", expected::PATH, expected.entries.len());
        tally.passed += summary.passed + summary.unexpected_passes;
        return Ok(());
    }
    tally.passed += summary.passed;
    tally.failed += summary.failed + summary.unexpected_passes + stale.len();
    Ok(())
}

/// The run-pass, build-pass and run-fail tests (and revisions) under `ui_dir`, and the
/// optimized run of each run-pass test, sorted by id, with their directives.
fn collect(ui_dir: &Path, target: &Target) -> Result<Vec<TestCase>, String> {
    let mut files = Vec::new();
    list_sources(ui_dir, &mut files)?;
    let mut cases = Vec::new();
    for path in files {
        let source = case::read_source(&path)?;
        if !["run-pass", "build-pass", "run-fail", "run-crash"].iter().any(|m| source.contains(m)) {
            continue;
        }
        let relative = path.strip_prefix(ui_dir).unwrap().display().to_string();
        let revisions = directives::revisions(&source);
        let mut each: Vec<Option<String>> = revisions.iter().cloned().map(Some).collect();
        if each.is_empty() {
            each.push(None);
        }
        for revision in each {
            let props = directives::props(&source, revision.as_deref(), target);
            let Some(kind) = props.mode.as_deref().and_then(Kind::of_mode) else {
                continue;
            };
            let id = match &revision {
                Some(revision) => format!("ui/{relative}#{revision}"),
                None => format!("ui/{relative}"),
            };
            let chooses_level = directives::codegen_option(&props.compile_flags, "opt-level")
                .is_some()
                || props.compile_flags.iter().any(|f| f == "-O");
            if kind == Kind::RunPass && !chooses_level {
                cases.push(TestCase {
                    id: format!("opt/{id}"),
                    kind: Kind::Optimized,
                    path: path.clone(),
                    revision: revision.clone(),
                    revisions: revisions.clone(),
                    props: props.clone(),
                });
            }
            cases.push(TestCase {
                id,
                kind,
                path: path.clone(),
                revision,
                revisions: revisions.clone(),
                props,
            });
        }
    }
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(cases)
}

/// `N run-pass, N optimized, ...`: how many of `cases` check each thing.
fn count_by_kind(cases: &[TestCase]) -> String {
    Kind::ALL
        .iter()
        .map(|kind| format!("{} {}", cases.iter().filter(|c| c.kind == *kind).count(), kind.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `.rs` files under `dir`, except in `auxiliary` directories and directories holding a
/// `compiletest-ignore-dir` file (their sources are modules of tests elsewhere).
fn list_sources(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if dir.join("compiletest-ignore-dir").exists() {
        return Ok(());
    }
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            if entry.file_name() != "auxiliary" {
                list_sources(&path, files)?;
            }
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    Ok(())
}

/// The one `liblibc-*.rlib` in a sysroot's library directory, absolute.
fn find_libc(dir: &Path) -> Option<PathBuf> {
    let mut found = fs::read_dir(dir).ok()?.filter_map(|entry| {
        let path = entry.ok()?.path();
        let name = path.file_name()?.to_str()?;
        (name.starts_with("liblibc-") && name.ends_with(".rlib")).then_some(path)
    });
    let libc = found.next()?;
    if found.next().is_some() {
        return None;
    }
    std::path::absolute(libc).ok()
}

/// Whether a test belongs to the default sample: its id's 64-bit FNV-1a hash is divisible
/// by SAMPLE_EVERY (OPT_SAMPLE_EVERY for the optimized builds). Membership depends on
/// nothing but the id.
fn in_sample(case: &TestCase) -> bool {
    let every = if case.kind == Kind::Optimized { OPT_SAMPLE_EVERY } else { SAMPLE_EVERY };
    fnv1a(case.id.as_bytes()).is_multiple_of(every)
}

/// Compiles the C helpers some tests link (`#[link(name = "rust_test_helpers", kind =
/// "static")]`) into `dir/librust_test_helpers.a`; every crate of the tests gets
/// `-L native=<dir>`.
fn build_test_helpers(dir: &Path) -> Result<(), String> {
    create_dir(dir)?;
    let source = rustc_src::tests_dir().join("auxiliary/rust_test_helpers.c");
    let object = dir.join("rust_test_helpers.o");
    let library = dir.join("librust_test_helpers.a");
    let _ = fs::remove_file(&library);
    let mut cc = Command::new("cc");
    cc.args(["-c", "-O2", "-fPIC"]).arg(&source).arg("-o").arg(&object);
    let mut ar = Command::new("ar");
    ar.arg("crs").arg(&library).arg(&object);
    for cmd in [&mut cc, &mut ar] {
        let status = cmd
            .status()
            .map_err(|e| format!("cannot run `{}`: {e}", crate::process::command_line(cmd)))?;
        if !status.success() {
            return Err(format!("`{}` failed ({status})", crate::process::command_line(cmd)));
        }
    }
    Ok(())
}

/// Runs the cases on the worker threads, printing a line for each as it ends; returns the
/// outcomes in the cases' order.
fn run_cases(
    setup: &Setup,
    cases: Vec<TestCase>,
    expected: &Expected,
    details: bool,
) -> Vec<(String, Kind, Outcome)> {
    let count = cases.len();
    let queue = Mutex::new(cases.into_iter().enumerate());
    let (sender, receiver) = mpsc::channel();
    let mut results: Vec<Option<(String, Kind, Outcome)>> = (0..count).map(|_| None).collect();
    thread::scope(|scope| {
        for _ in 0..runner::WORKERS.min(count) {
            let sender = sender.clone();
            let queue = &queue;
            scope.spawn(move || {
                loop {
                    let next = queue.lock().unwrap().next();
                    let Some((index, case)) = next else { break };
                    let start = Instant::now();
                    let outcome = case::run(setup, &case);
                    let time = start.elapsed();
                    sender.send((index, case.id, case.kind, outcome, time)).unwrap();
                }
            });
        }
        drop(sender);
        for (done, (index, id, kind, outcome, time)) in receiver.into_iter().enumerate() {
            report(&id, &outcome, expected.reason(&id), time, (done + 1, count), details);
            results[index] = Some((id, kind, outcome));
        }
    });
    results.into_iter().flatten().collect()
}

/// Prints the line of a finished test and, indented below, why it failed; for an unusable
/// test its reason, and with `details` (a run with --filter) what LLVM's build printed.
fn report(
    id: &str,
    outcome: &Outcome,
    listed: Option<&str>,
    time: Duration,
    progress: (usize, usize),
    details: bool,
) {
    let (done, count) = progress;
    let (verdict, detail) = match (outcome, listed) {
        (Outcome::Passed, None) => ("ok", String::new()),
        (Outcome::Passed, Some(reason)) => (
            "FAILED",
            format!("passes, but is listed in {} ({reason}): remove it from there", expected::PATH),
        ),
        (Outcome::Failed { category, .. }, Some(_)) => ("xfail", category.clone()),
        (Outcome::Failed { explanation, .. }, None) => ("FAILED", explanation.clone()),
        (Outcome::Unusable(reason), _) if details => ("unusable", reason.clone()),
        (Outcome::Unusable(reason), _) => ("unusable", first_line(reason).to_string()),
    };
    let mut text =
        format!("{GROUP}/{id:<60} {verdict:<8} {:>6.2}s  [{done}/{count}]\n", time.as_secs_f64());
    for line in detail.lines() {
        let _ = writeln!(text, "    {line}");
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).unwrap();
    stdout.flush().unwrap();
}

#[derive(Default)]
struct Summary {
    passed: usize,
    failed: usize,
    expected_failures: usize,
    unexpected_passes: usize,
    unusable: usize,
    /// Category -> the tests that failed with it (listed or not).
    failures: BTreeMap<String, Vec<String>>,
    /// Reason (up to its first `:`) -> the tests.
    unusable_reasons: BTreeMap<String, Vec<String>>,
    /// Per kind of test: passed, failed (listed or not), unusable.
    by_kind: BTreeMap<&'static str, [usize; 3]>,
}

impl Summary {
    fn add(&mut self, id: &str, kind: Kind, outcome: &Outcome, listed: Option<&str>) {
        let counts = self.by_kind.entry(kind.name()).or_default();
        match outcome {
            Outcome::Passed => counts[0] += 1,
            Outcome::Failed { .. } => counts[1] += 1,
            Outcome::Unusable(_) => counts[2] += 1,
        }
        match (outcome, listed) {
            (Outcome::Passed, None) => self.passed += 1,
            (Outcome::Passed, Some(_)) => self.unexpected_passes += 1,
            (Outcome::Failed { category, .. }, listed) => {
                if listed.is_some() {
                    self.expected_failures += 1;
                } else {
                    self.failed += 1;
                }
                // `category [detail]` is grouped by its category.
                let key = category.split(" [").next().unwrap_or(category);
                self.failures.entry(key.to_string()).or_default().push(id.to_string());
            }
            (Outcome::Unusable(reason), _) => {
                self.unusable += 1;
                let reason = first_line(reason);
                let key = reason.split(": ").next().unwrap_or(reason).to_string();
                self.unusable_reasons.entry(key).or_default().push(id.to_string());
            }
        }
    }

    fn print(&self) {
        let usable = self.passed + self.unexpected_passes + self.failed + self.expected_failures;
        let identical = self.passed + self.unexpected_passes;
        println!("\n{GROUP} failures by category:");
        print_groups(&self.failures);
        println!("{GROUP} unusable tests by reason:");
        print_groups(&self.unusable_reasons);
        for (kind, [passed, failed, unusable]) in &self.by_kind {
            println!(
                "{GROUP} {kind}: {passed} passed, {failed} failed (listed or not), \
                 {unusable} unusable"
            );
        }
        println!(
            "{GROUP}: {} passed, {} failed, {} unusable, {} expected failures{}",
            self.passed,
            self.failed,
            self.unusable,
            self.expected_failures,
            if self.unexpected_passes > 0 {
                format!(", {} listed as expected failures but passing", self.unexpected_passes)
            } else {
                String::new()
            }
        );
        if usable > 0 {
            println!(
                "{GROUP}: identical to LLVM: {identical} of {usable} usable tests ({:.1}%)",
                100.0 * identical as f64 / usable as f64
            );
        }
    }
}

/// The groups, largest first, each with a few of its tests.
fn print_groups(groups: &BTreeMap<String, Vec<String>>) {
    let mut sorted: Vec<_> = groups.iter().collect();
    sorted.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    for (key, ids) in sorted {
        println!("  {:>5}  {key}", ids.len());
        let shown: Vec<&str> = ids.iter().take(EXAMPLES).map(String::as_str).collect();
        let more = if ids.len() > EXAMPLES { ", ..." } else { "" };
        println!("         {}{more}", shown.join(", "));
    }
}

/// One line per test run: outcome, id, category or reason (tab-separated).
fn write_results(path: &Path, results: &[(String, Kind, Outcome)]) -> Result<(), String> {
    let mut text = String::new();
    for (id, _, outcome) in results {
        let (kind, detail) = match outcome {
            Outcome::Passed => ("passed", ""),
            Outcome::Failed { category, .. } => ("failed", category.as_str()),
            Outcome::Unusable(reason) => ("unusable", first_line(reason)),
        };
        let _ = writeln!(text, "{kind}\t{id}\t{}", detail.replace('\n', " "));
    }
    write_file(path, text.as_bytes())
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("")
}

fn absolute(path: &Path) -> Result<PathBuf, String> {
    std::path::absolute(path).map_err(|e| format!("{}: {e}", path.display()))
}
