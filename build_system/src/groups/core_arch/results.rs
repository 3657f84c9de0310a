//! What the core_arch group makes of each test's outcome (`Verdict`): passed, skipped (libtest
//! says it passed, but `#[simd_test]` found a target feature missing at run time and did not
//! run it), failed (the reason naming the LLVM intrinsic whose call aborted it, when that is
//! why) or ignored; the comparison with tests/core_arch_expected_failures.txt and its rewriting
//! (`--bless`); the table of counts per module, the intrinsics by failing tests, and
//! build/core_arch/results.txt.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use super::super::libtest::{Outcome, unimplemented_intrinsic};
use crate::fs::{read_text, write_file};

pub const PATH: &str = "tests/core_arch_expected_failures.txt";

const HEADER: &str = "\
# Tests of the core_arch group (stdarch's unit tests, see docs/testing.md) that fail with the
# backend: `<test name> # <reason>`, the reason naming the LLVM intrinsic whose call aborts the
# test when that is why. A listed test that passes fails the group, so that the list stays true
# (one skipped for lack of a CPU feature does not). Made from a run on an x86-64 CPU with
# AVX-512 (whose state the backend hides from run-time detection: those tests skip).
# `./y.sh test --group core_arch --bless` rewrites the entries of the modules that ran.
";

/// The message `#[simd_test]` prints (to stdout) for a test it does not run.
const SKIP_MESSAGE: &str = "Skipping test `";
/// At most this many intrinsics are printed at the end (results.txt has them all).
const INTRINSICS_SHOWN: usize = 25;

/// Test name -> reason.
pub type Expected = BTreeMap<String, String>;

pub enum Verdict {
    Passed,
    /// The target features it lacked.
    Skipped(Vec<String>),
    Failed {
        /// For the list: `<intrinsic> not implemented yet (aborts)`, `aborts: ...` or
        /// `fails: <panic message>`.
        reason: String,
        /// The unimplemented LLVM intrinsic it aborted on, if that is why it failed.
        intrinsic: Option<String>,
    },
    Ignored,
}

impl Verdict {
    pub fn of(outcome: &Outcome) -> Verdict {
        match outcome {
            Outcome::Passed { stdout } if stdout.contains(SKIP_MESSAGE) => {
                // `  - <feature>` lines follow the message.
                let features = stdout
                    .lines()
                    .filter_map(|line| line.strip_prefix("  - "))
                    .map(str::to_string)
                    .collect();
                Verdict::Skipped(features)
            }
            Outcome::Passed { .. } => Verdict::Passed,
            Outcome::Ignored => Verdict::Ignored,
            Outcome::Aborted { panic: Some(panic), .. }
                if unimplemented_intrinsic(panic).is_some() =>
            {
                let intrinsic = unimplemented_intrinsic(panic).unwrap().to_string();
                Verdict::Failed {
                    reason: format!("{intrinsic} not implemented yet (aborts)"),
                    intrinsic: Some(intrinsic),
                }
            }
            Outcome::Aborted { .. } => Verdict::Failed {
                reason: format!("aborts: {}", outcome.describe()),
                intrinsic: None,
            },
            Outcome::Failed { message } => {
                Verdict::Failed { reason: format!("fails: {message}"), intrinsic: None }
            }
        }
    }
}

/// Reads the list of expected failures.
pub fn read_expected() -> Result<Expected, String> {
    parse_expected(&read_text(Path::new(PATH))?)
}

/// The list `text` of `read_expected`.
fn parse_expected(text: &str) -> Result<Expected, String> {
    let mut expected = Expected::new();
    for (line, test, reason) in super::super::parse_reasons(text, PATH, "<test name>")? {
        if expected.insert(test.clone(), reason).is_some() {
            return Err(format!("{PATH}:{line}: `{test}` is listed twice"));
        }
    }
    Ok(expected)
}

pub fn write_expected(expected: &Expected) -> Result<(), String> {
    let mut text = HEADER.to_string();
    for (test, reason) in expected {
        writeln!(text, "{test} # {reason}").unwrap();
    }
    write_file(Path::new(PATH), text.as_bytes())
}

/// What is wrong with `verdicts` (of some of the tests) against the list `expected`: failures
/// that are not listed, listed tests that no longer fail.
pub fn compare(verdicts: &BTreeMap<String, Verdict>, expected: &Expected) -> Vec<String> {
    let mut unlisted = Vec::new();
    let mut fixed = Vec::new();
    for (test, verdict) in verdicts {
        match (verdict, expected.contains_key(test)) {
            (Verdict::Failed { reason, .. }, false) => unlisted.push(format!("  {test}: {reason}")),
            (Verdict::Passed | Verdict::Ignored, true) => fixed.push(test.as_str()),
            _ => {}
        }
    }
    let mut problems = Vec::new();
    if !unlisted.is_empty() {
        problems.push(format!(
            "{} of {} tests failed (not listed in {PATH}):\n{}",
            unlisted.len(),
            verdicts.len(),
            unlisted.join("\n")
        ));
    }
    if !fixed.is_empty() {
        problems.push(format!(
            "tests listed in {PATH} as failing no longer fail (remove them, or --bless): {}",
            fixed.join(", ")
        ));
    }
    problems
}

/// `expected` with the entries of the tests in `verdicts` made true: failing tests listed
/// (keeping a listed reason unless it does not name the intrinsic the test now aborts on), the
/// others not. Entries of tests not in `verdicts` are kept if `kept` says so.
pub fn blessed(
    expected: &Expected,
    verdicts: &BTreeMap<String, Verdict>,
    kept: impl Fn(&str) -> bool,
) -> Expected {
    let mut list: Expected = expected
        .iter()
        .filter(|(test, _)| !verdicts.contains_key(*test) && kept(test))
        .map(|(test, reason)| (test.clone(), reason.clone()))
        .collect();
    for (test, verdict) in verdicts {
        let reason = match (verdict, expected.get(test)) {
            (Verdict::Skipped(_), Some(listed)) => listed.clone(),
            (Verdict::Failed { intrinsic: Some(intrinsic), reason }, Some(listed)) => {
                if listed.contains(intrinsic.as_str()) { listed.clone() } else { reason.clone() }
            }
            (Verdict::Failed { intrinsic: None, .. }, Some(listed)) => listed.clone(),
            (Verdict::Failed { reason, .. }, None) => reason.clone(),
            _ => continue,
        };
        list.insert(test.clone(), reason);
    }
    list
}

/// The counts of one module's tests.
#[derive(Default)]
struct Counts {
    passed: usize,
    skipped: usize,
    expected_failures: usize,
    failed: usize,
    ignored: usize,
    /// Entries of the exclusions.
    not_built: usize,
    /// Whether its whole tests module is left out.
    module_left_out: bool,
}

/// The module of a test, `<arch>::<module>` (`x86::sse2` for
/// `core_arch::x86::sse2::tests::test_mm_add_epi8`).
pub fn module_of(test: &str) -> String {
    let path = test.strip_prefix("core_arch::").unwrap_or(test);
    let segments: Vec<&str> = path.split("::").collect();
    segments[..segments.len().min(2)].join("::")
}

/// Prints the counts per module (of the tests in `verdicts`, and of the `excluded` tests and
/// tests modules), then the intrinsics that the most failing tests abort on.
pub fn print_summary(
    verdicts: &BTreeMap<String, Verdict>,
    expected: &Expected,
    excluded: &[String],
) {
    let mut modules: BTreeMap<String, Counts> = BTreeMap::new();
    for (test, verdict) in verdicts {
        let counts = modules.entry(module_of(test)).or_default();
        match verdict {
            Verdict::Passed => counts.passed += 1,
            Verdict::Skipped(_) => counts.skipped += 1,
            Verdict::Failed { .. } if expected.contains_key(test) => counts.expected_failures += 1,
            Verdict::Failed { .. } => counts.failed += 1,
            Verdict::Ignored => counts.ignored += 1,
        }
    }
    for name in excluded {
        let counts = modules.entry(module_of(name)).or_default();
        counts.not_built += 1;
        counts.module_left_out |= name.ends_with("::tests");
    }
    let row = |name: &str, c: &Counts| {
        let not_built = if c.module_left_out { "all".to_string() } else { c.not_built.to_string() };
        println!(
            "  {name:<24} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9}",
            c.passed, c.skipped, c.expected_failures, c.failed, c.ignored, not_built
        );
    };
    println!(
        "  {:<24} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9}",
        "module", "passed", "skipped", "xfail", "failed", "ignored", "not built"
    );
    let mut total = Counts::default();
    for (name, counts) in &modules {
        row(name, counts);
        total.passed += counts.passed;
        total.skipped += counts.skipped;
        total.expected_failures += counts.expected_failures;
        total.failed += counts.failed;
        total.ignored += counts.ignored;
        total.not_built += counts.not_built;
    }
    row("total", &total);
    let intrinsics = by_intrinsic(verdicts);
    if intrinsics.is_empty() {
        return;
    }
    println!(
        "\n  {} unimplemented LLVM intrinsics abort {} tests; by tests aborted:",
        intrinsics.len(),
        intrinsics.iter().map(|(_, tests)| tests).sum::<usize>()
    );
    for (intrinsic, tests) in intrinsics.iter().take(INTRINSICS_SHOWN) {
        println!("  {tests:>5}  {intrinsic}");
    }
    if intrinsics.len() > INTRINSICS_SHOWN {
        println!(
            "  ... and {} more (build/core_arch/results.txt)",
            intrinsics.len() - INTRINSICS_SHOWN
        );
    }
}

/// The intrinsics the failing tests of `verdicts` abort on, with the number of tests each,
/// most first.
fn by_intrinsic(verdicts: &BTreeMap<String, Verdict>) -> Vec<(&str, usize)> {
    let mut tests: BTreeMap<&str, usize> = BTreeMap::new();
    for verdict in verdicts.values() {
        if let Verdict::Failed { intrinsic: Some(intrinsic), .. } = verdict {
            *tests.entry(intrinsic.as_str()).or_default() += 1;
        }
    }
    let mut sorted: Vec<(&str, usize)> = tests.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    sorted
}

/// Writes one line per test (`<verdict> <test> [# <reason or missing features>]`), then the
/// intrinsics by failing tests.
pub fn write_results(path: &Path, verdicts: &BTreeMap<String, Verdict>) -> Result<(), String> {
    let mut text = String::new();
    for (test, verdict) in verdicts {
        match verdict {
            Verdict::Passed => writeln!(text, "passed {test}"),
            Verdict::Skipped(features) => {
                writeln!(text, "skipped {test} # lacks {}", features.join(", "))
            }
            Verdict::Failed { reason, .. } => writeln!(text, "failed {test} # {reason}"),
            Verdict::Ignored => writeln!(text, "ignored {test}"),
        }
        .unwrap();
    }
    text.push_str("\n# Unimplemented LLVM intrinsics: tests aborted, intrinsic.\n");
    for (intrinsic, tests) in by_intrinsic(verdicts) {
        writeln!(text, "# {tests:>5} {intrinsic}").unwrap();
    }
    write_file(path, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::process::Status;

    const ABORT: &str = "panicked at library/core/src/panicking.rs:225:5: the LLVM intrinsic \
                         `llvm.x86.sse42.pcmpestri128` (called in `sse42::_mm_cmpestri`) is not \
                         implemented by the Cranelift backend";

    fn failed(reason: &str, intrinsic: Option<&str>) -> Verdict {
        Verdict::Failed { reason: reason.to_string(), intrinsic: intrinsic.map(str::to_string) }
    }

    #[test]
    fn verdicts() {
        let aborted =
            Outcome::Aborted { panic: Some(ABORT.to_string()), status: Status::Signal(6) };
        let Verdict::Failed { reason, intrinsic } = Verdict::of(&aborted) else { panic!() };
        assert_eq!(reason, "llvm.x86.sse42.pcmpestri128 not implemented yet (aborts)");
        assert_eq!(intrinsic.as_deref(), Some("llvm.x86.sse42.pcmpestri128"));

        let crashed = Outcome::Aborted { panic: None, status: Status::Signal(11) };
        let Verdict::Failed { reason, intrinsic: None } = Verdict::of(&crashed) else { panic!() };
        assert_eq!(reason, "aborts: (no panic message) [the test executable ended: signal 11]");

        let wrong = Outcome::Failed { message: "panicked at a.rs:1:1: left != right".into() };
        let Verdict::Failed { reason, .. } = Verdict::of(&wrong) else { panic!() };
        assert_eq!(reason, "fails: panicked at a.rs:1:1: left != right");

        let skipped = Outcome::Passed {
            stdout: "Skipping test `test_mm512_abs_epi32` due to missing target features:\n  \
                     - avx512f\n  - avx512vl\nSet STDARCH_TEST_EVERYTHING to make this an error.\n"
                .to_string(),
        };
        let Verdict::Skipped(features) = Verdict::of(&skipped) else { panic!() };
        assert_eq!(features, ["avx512f", "avx512vl"]);
        assert!(matches!(Verdict::of(&Outcome::Passed { stdout: String::new() }), Verdict::Passed));
    }

    #[test]
    fn comparisons() {
        let expected: Expected = [("t::fails", "x"), ("t::fixed", "y"), ("t::skipped", "z")]
            .into_iter()
            .map(|(test, reason)| (test.to_string(), reason.to_string()))
            .collect();
        let mut verdicts = BTreeMap::new();
        verdicts.insert("t::fails".to_string(), failed("r", None));
        verdicts.insert("t::skipped".to_string(), Verdict::Skipped(vec!["avx512f".into()]));
        assert!(compare(&verdicts, &expected).is_empty());
        verdicts.insert("t::fixed".to_string(), Verdict::Passed);
        verdicts
            .insert("t::new".to_string(), failed("llvm.x86.a not implemented yet (aborts)", None));
        assert_eq!(
            compare(&verdicts, &expected),
            [
                format!(
                    "1 of 4 tests failed (not listed in {PATH}):\n  t::new: llvm.x86.a not \
                     implemented yet (aborts)"
                ),
                format!(
                    "tests listed in {PATH} as failing no longer fail (remove them, or \
                     --bless): t::fixed"
                ),
            ]
        );
    }

    #[test]
    fn blessing() {
        let expected: Expected = [
            ("a::aborts", "llvm.x86.a not implemented yet (aborts)"),
            ("a::moved_on", "llvm.x86.a not implemented yet (aborts)"),
            ("a::wrong", "fails: a hand-written note"),
            ("a::fixed", "llvm.x86.b not implemented yet (aborts)"),
            ("b::not_run", "kept"),
            ("c::gone", "dropped"),
        ]
        .into_iter()
        .map(|(test, reason)| (test.to_string(), reason.to_string()))
        .collect();
        let mut verdicts = BTreeMap::new();
        verdicts.insert("a::aborts".to_string(), failed("new words", Some("llvm.x86.a")));
        verdicts.insert(
            "a::moved_on".to_string(),
            failed("llvm.x86.c not implemented yet (aborts)", Some("llvm.x86.c")),
        );
        verdicts.insert("a::wrong".to_string(), failed("fails: panicked", None));
        verdicts.insert("a::fixed".to_string(), Verdict::Passed);
        verdicts.insert("a::new".to_string(), failed("fails: new", None));
        let list = blessed(&expected, &verdicts, |test| test != "c::gone");
        let entries: Vec<(&str, &str)> =
            list.iter().map(|(test, reason)| (test.as_str(), reason.as_str())).collect();
        assert_eq!(
            entries,
            [
                ("a::aborts", "llvm.x86.a not implemented yet (aborts)"),
                ("a::moved_on", "llvm.x86.c not implemented yet (aborts)"),
                ("a::new", "fails: new"),
                ("a::wrong", "fails: a hand-written note"),
                ("b::not_run", "kept"),
            ]
        );
    }

    #[test]
    fn modules_and_intrinsics() {
        assert_eq!(module_of("core_arch::x86::sse2::tests::test_mm_add_epi8"), "x86::sse2");
        assert_eq!(module_of("core_arch::x86_64::avx512fp16::tests"), "x86_64::avx512fp16");
        assert_eq!(module_of("core_arch::simd"), "simd");
        let mut verdicts = BTreeMap::new();
        verdicts.insert("t1".to_string(), failed("", Some("llvm.b")));
        verdicts.insert("t2".to_string(), failed("", Some("llvm.a")));
        verdicts.insert("t3".to_string(), failed("", Some("llvm.b")));
        verdicts.insert("t4".to_string(), failed("", None));
        assert_eq!(by_intrinsic(&verdicts), [("llvm.b", 2), ("llvm.a", 1)]);
    }

    #[test]
    fn expected_lists() {
        let list =
            parse_expected(&format!("{HEADER}core_arch::x86::a::tests::t # r # s\n")).unwrap();
        assert_eq!(list["core_arch::x86::a::tests::t"], "r # s");
        let twice = parse_expected("a::t # 1\na::t # 2\n").unwrap_err();
        assert_eq!(twice, format!("{PATH}:2: `a::t` is listed twice"));
    }
}
