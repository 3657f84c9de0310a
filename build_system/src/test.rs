//! The `test` and `bless-with-llvm` commands: option parsing, choosing the backend under
//! test, and running the selected groups in order, ending with the `N passed, N failed` line.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use crate::Error;
use crate::build::dist_dylib;
use crate::fs::create_dir;
use crate::groups::{self, Context, GROUPS};
use crate::runner::Tally;
use crate::rustc::{self, Backend, Rustc};
use crate::toolchain::Toolchain;

#[derive(Default)]
pub struct Options {
    /// Empty means all groups.
    groups: Vec<String>,
    filter: Option<String>,
    bless: bool,
    /// Test the toolchain's LLVM backend instead of ours (`--reference llvm`).
    reference_llvm: bool,
    /// rustc_ui: every test rather than the sample (`--all`).
    all: bool,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, Error> {
        let mut options = Options::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value =
                || args.next().cloned().ok_or_else(|| Error::Usage(format!("{arg} needs a value")));
            match arg.as_str() {
                "--group" => {
                    let group = value()?;
                    if !GROUPS.iter().any(|(name, _)| *name == group) {
                        return Err(Error::Usage(format!("unknown test group `{group}`")));
                    }
                    options.groups.push(group);
                }
                "--filter" => options.filter = Some(value()?),
                "--bless" => options.bless = true,
                "--all" => options.all = true,
                "--reference" => match value()?.as_str() {
                    "llvm" => options.reference_llvm = true,
                    other => {
                        return Err(Error::Usage(format!(
                            "unknown reference `{other}` (only `llvm`)"
                        )));
                    }
                },
                other => return Err(Error::Usage(format!("unknown test option `{other}`"))),
            }
        }
        Ok(options)
    }
}

/// `bless-with-llvm [--filter SUBSTR]`: the no_sysroot expectations, as LLVM produces them.
pub fn bless_with_llvm(args: &[String]) -> Result<ExitCode, Error> {
    let options = Options::parse(args)?;
    if !options.groups.is_empty() || options.bless || options.reference_llvm || options.all {
        return Err(Error::Usage("bless-with-llvm only takes --filter".to_string()));
    }
    test(Options {
        groups: vec!["no_sysroot".to_string()],
        bless: true,
        reference_llvm: true,
        ..options
    })
}

pub fn test(options: Options) -> Result<ExitCode, Error> {
    let backend = if options.reference_llvm {
        println!("testing the toolchain's LLVM backend (reference mode)");
        Backend::Llvm
    } else {
        let dylib = dist_dylib();
        if !dylib.is_file() {
            return Err(Error::Failed(format!(
                "{} not found: run `./y.sh build` first",
                dylib.display()
            )));
        }
        let dylib = std::path::absolute(dylib).map_err(|e| Error::Failed(e.to_string()))?;
        println!("testing {}", dylib.display());
        Backend::Cranelift(dylib)
    };
    create_dir(Path::new(rustc::ICE_DIR))?;
    let rustc = Rustc { toolchain: Toolchain::read()?, backend };
    let mut ctx = Context {
        rustc,
        bless: options.bless,
        filter: options.filter,
        all: options.all,
        mini_core_built: None,
    };

    let mut total = Tally::default();
    // Each group run: name, passed, failed, seconds; for the closing table.
    let mut summary: Vec<(&str, usize, usize, f64)> = Vec::new();
    for (group, run) in GROUPS {
        if options.groups.is_empty() && !groups::present(group) {
            continue;
        }
        if !options.groups.is_empty() && !options.groups.iter().any(|g| g == group) {
            continue;
        }
        println!("\n== {group}");
        let start = Instant::now();
        let mut tally = Tally::default();
        run(&mut ctx, &mut tally)?;
        let secs = start.elapsed().as_secs_f64();
        println!("== {group}: {} in {secs:.1}s", counts(&tally));
        total.passed += tally.passed;
        total.failed += tally.failed;
        total.skipped += tally.skipped;
        summary.push((group, tally.passed, tally.failed, secs));
    }
    print_summary(&summary);
    println!("\n{}", counts(&total));
    Ok(if total.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// `N passed, N failed`, and `, N skipped` when some were.
fn counts(tally: &Tally) -> String {
    let skipped = match tally.skipped {
        0 => String::new(),
        n => format!(", {n} skipped"),
    };
    format!("{} passed, {} failed{skipped}", tally.passed, tally.failed)
}

/// The closing table: one line per group that ran, with its counts and time, and the total.
fn print_summary(groups: &[(&str, usize, usize, f64)]) {
    println!("\n== summary");
    println!("{:<20} {:>7} {:>7} {:>9}", "group", "passed", "failed", "time");
    for (group, passed, failed, secs) in groups {
        let mark = if *failed > 0 { "  FAILED" } else { "" };
        println!("{group:<20} {passed:>7} {failed:>7} {secs:>8.1}s{mark}");
    }
    let secs: f64 = groups.iter().map(|(_, _, _, secs)| secs).sum();
    println!("{:<20} {:>7} {:>7} {:>8.1}s ({:.1} min)", "all", "", "", secs, secs / 60.0);
}
