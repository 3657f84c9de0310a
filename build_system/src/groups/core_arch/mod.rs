//! The core_arch group: stdarch's own unit tests of `core::arch` (the crate `core_arch` of the
//! toolchain's library/stdarch), built by our backend against our sysroot and run, one case
//! per module of tests (`x86::sse2`, `x86_64::avx512f`, ...).
//!
//! The stdarch workspace is copied from the sysroot's copy of the library
//! (build/sysroot/library/stdarch, see sysroot.rs) to build/core_arch/stdarch: under library/,
//! cargo would take crates.io's crates from the library's vendored ones, which lack the test
//! dependencies' (syn, quote, proc-macro2, syscalls). stdarch's Cargo.lock pins them and cargo
//! downloads them once into its cache. The copy leaves out the tests of
//! tests/core_arch_exclusions.txt (see exclusions.rs): the tests the backend cannot compile,
//! since a compile error anywhere stops the whole test executable. It is made again when the
//! toolchain or that list changes.
//!
//! `dist/cargo-clif test --release --no-run --package core_arch --lib` builds the tests into
//! build/core_arch/target (case `build`), with what stdarch's CI sets (ci/run.sh): `TARGET`,
//! which `#[simd_test]` reads, and `STDARCH_DISABLE_ASSERT_INSTR`, which turns off the
//! `#[assert_instr]` tests: they disassemble the executable and look for the instruction LLVM
//! chooses, meaningless for another backend. Release as in stdarch's CI: it builds as fast as
//! unoptimized (about 25 s), and the tests take seconds either way.
//!
//! Most `llvm.x86.*` intrinsics are not implemented by the backend yet, and reaching one is a
//! non-unwinding panic, which aborts the test executable: libtest::run_isolating_aborts runs
//! each module's tests one at a time and starts the executable again after each abort. A test
//! whose CPU features are missing at run time prints that it skips itself and passes; it
//! counts as skipped. The failing tests must be exactly those of
//! tests/core_arch_expected_failures.txt (see results.rs); `--bless` rewrites it.

mod exclusions;
mod results;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use results::Verdict;

use super::Context;
use super::libtest::{self, Suite};
use crate::fs::{copy_dir, read_text, remove_dir, remove_file, stamp_matches, write_file};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::{sysroot, wrappers};

const GROUP: &str = "core_arch";
/// The build, the test dependencies' downloads included.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// One start of the test executable (the tests take microseconds each).
const RUN_TIME_LIMIT: Duration = Duration::from_secs(2 * 60);

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests build core_arch's tests with our backend and sysroot");
        return Ok(());
    }
    let selected = ctx.filter.as_ref().is_none_or(|filter| {
        format!("{GROUP}/").contains(filter.as_str()) || filter.starts_with(&format!("{GROUP}/"))
    });
    if !selected {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let cargo_clif = wrappers::built(wrappers::cargo_clif())?;
    let stdarch = sysroot::library_dir().join("stdarch");
    if !stdarch.join("Cargo.toml").is_file() {
        return Err(format!("{} not found: run `./y.sh build` first", stdarch.display()));
    }
    let exclusions = exclusions::read()?;
    let expected = results::read_expected()?;
    let dir = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let info = ctx.rustc.toolchain.rustc_info()?;
    let bless = ctx.bless;

    let built: Mutex<Option<(Suite, BTreeSet<String>)>> = Mutex::new(None);
    let build = Case {
        name: "build".to_string(),
        run: Box::new(|| {
            let key =
                format!("{}\n{}", info.verbose_version, read_text(Path::new(exclusions::PATH))?);
            let workspace = copy_workspace(&stdarch, &dir, &key, &exclusions)?;
            let suite = build_tests(&cargo_clif, &workspace, &dir.join("target"), &info.host)?;
            let tests = libtest::list_tests(&suite)?;
            let unknown: Vec<&str> =
                expected.keys().map(String::as_str).filter(|test| !tests.contains(*test)).collect();
            *built.lock().unwrap() = Some((suite, tests));
            if !unknown.is_empty() && !bless {
                return Err(format!(
                    "{} names tests that the executable does not have (or --bless): {}",
                    results::PATH,
                    unknown.join(", ")
                ));
            }
            Ok(())
        }),
    };
    runner::run_cases(GROUP, vec![build], tally);
    let Some((suite, tests)) = built.into_inner().unwrap() else {
        return Ok(());
    };

    let mut modules: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for test in &tests {
        modules.entry(results::module_of(test)).or_default().push(test.clone());
    }
    modules.retain(|module, _| ctx.selects(GROUP, module));
    let verdicts = Mutex::new(BTreeMap::new());
    let cases = modules
        .iter()
        .map(|(module, tests)| {
            let (suite, expected, verdicts) = (&suite, &expected, &verdicts);
            Case {
                name: module.clone(),
                run: Box::new(move || {
                    let outcomes = libtest::run_isolating_aborts(suite, tests, RUN_TIME_LIMIT)?;
                    let module_verdicts: BTreeMap<String, Verdict> = outcomes
                        .iter()
                        .map(|(test, outcome)| (test.clone(), Verdict::of(outcome)))
                        .collect();
                    let problems = results::compare(&module_verdicts, expected);
                    verdicts.lock().unwrap().extend(module_verdicts);
                    if problems.is_empty() || bless {
                        return Ok(());
                    }
                    Err(format!(
                        "{}\nrun one by hand: cd {} && {} --exact --nocapture <test name>",
                        problems.join("\n"),
                        suite.package_dir.display(),
                        suite.executable.display()
                    ))
                }),
            }
        })
        .collect();
    runner::run_cases(GROUP, cases, tally);
    let verdicts = verdicts.into_inner().unwrap();
    let excluded: Vec<String> = exclusions.iter().map(|exclusion| exclusion.name.clone()).collect();
    results::print_summary(&verdicts, &expected, &excluded);
    results::write_results(&dir.join("results.txt"), &verdicts)?;
    println!("  each test's verdict: {}", dir.join("results.txt").display());
    if bless {
        let list = results::blessed(&expected, &verdicts, |test| tests.contains(test));
        results::write_expected(&list)?;
        println!("  wrote {} ({} entries)", results::PATH, list.len());
    }
    Ok(())
}

/// Copies the stdarch workspace to `<dir>/stdarch` with the `exclusions` left out, unless it is
/// there for `key` (the toolchain and the list of exclusions); returns the copy.
fn copy_workspace(
    stdarch: &Path,
    dir: &Path,
    key: &str,
    exclusions: &[exclusions::Exclusion],
) -> Result<PathBuf, String> {
    let workspace = dir.join("stdarch");
    let stamp = dir.join("source.stamp");
    if stamp_matches(&stamp, key) && workspace.join("Cargo.toml").is_file() {
        return Ok(workspace);
    }
    // The stamp goes first and comes back last, so that an interrupted copy is not taken for a
    // finished one.
    remove_file(&stamp)?;
    remove_dir(&workspace)?;
    copy_dir(stdarch, &workspace)?;
    exclusions::apply(exclusions, &workspace.join("crates/core_arch"))?;
    write_file(&stamp, key.as_bytes())?;
    Ok(workspace)
}

/// Builds core_arch's unit tests for `host`; returns the test executable.
fn build_tests(
    cargo_clif: &Path,
    workspace: &Path,
    target_dir: &Path,
    host: &str,
) -> Result<Suite, String> {
    let mut cmd = Command::new(cargo_clif);
    cmd.args(["test", "--release", "--no-run", "--locked", "--package", "core_arch", "--lib"])
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(workspace)
        // `#[simd_test]` reads the target (as ci/run.sh has it), to choose the macro detecting
        // the features at run time.
        .env("TARGET", host)
        // Read by `#[assert_instr]` when it expands (its presence is what counts).
        .env("STDARCH_DISABLE_ASSERT_INSTR", "1");
    let (libtest::TestBuild { mut suites, .. }, result) =
        libtest::build_tests(cmd, BUILD_TIME_LIMIT);
    result?;
    match suites.len() {
        1 => Ok(suites.remove(0)),
        count => Err(format!("cargo built {count} test executables, not core_arch's unit tests")),
    }
}
