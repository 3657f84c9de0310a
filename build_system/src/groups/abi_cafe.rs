//! The abi_cafe group: abi-cafe (crates.io, pinned version) generates functions passing and
//! returning many kinds of values, compiles the caller and the callee with different compilers,
//! links and runs them, and checks that both sides saw the same values. Here one side is our
//! backend (abi-cafe's toolchain `ours`), the other the toolchain's rustc with LLVM (`rustc`) or
//! the C compiler (`cc`), with the C and Rust calling conventions.
//!
//! abi-cafe is installed with `cargo install --locked` into build/abi_cafe/tool, once. It runs
//! `rustc` from the PATH (rustup's proxy, made to run the pinned toolchain by
//! `RUSTUP_TOOLCHAIN`), adding `-Zcodegen-backend=<our dylib>` for `ours`. Both sides use the
//! toolchain's standard library, not our sysroot: each side is a staticlib bundling the std it
//! was compiled against, and abi-cafe links them with the toolchain's rustc into one program,
//! where two different builds of std would define the same internal symbols
//! (`__rustc::rust_panic`, `__rustc::__rdl_alloc`, ...) and fail to link.
//!
//! Case `run` installs and runs abi-cafe; then each test set abi-cafe ran (a test, calling
//! convention, repr and pairing, such as `f16::conv_c::repr_c::cc_calls_ours`) is a case,
//! failing with abi-cafe's explanation when abi-cafe says it failed.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::Context;
use crate::fs::{create_dir, remove_dir, write_file};
use crate::process::{self, Status};
use crate::report;
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;

const GROUP: &str = "abi_cafe";
const VERSION: &str = "1.1.0";
const CONVENTIONS: &[&str] = &["c", "rust"];
/// Our backend is abi-cafe's toolchain `ours`, paired with LLVM and with the C compiler.
const PAIRS: &[&str] = &["rustc_calls_ours", "ours_calls_rustc", "cc_calls_ours", "ours_calls_cc"];
/// Without `--all` (and without a filter naming a test), abi-cafe runs only these of its 39
/// tests, a third of its test sets: scalars of every class (f16 and f128, 128-bit integers, bool,
/// pointers), aggregates with padding and over-alignment, unions, enums and arrays, and its two
/// tests mixing many kinds of values (`simple`, `typemess`).
const SAMPLE: &[&str] = &[
    "simple",
    "typemess",
    "f16",
    "f128",
    "i128",
    "u128",
    "bool",
    "ptr",
    "OptionU128",
    "SimplePaddedStruct",
    "TwoAlignedU64s",
    "MultiVariantUnion",
    "CLikeTagged",
    "F32Array",
];
/// `cargo install` takes about two minutes on 2 cores.
const INSTALL_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// abi-cafe takes about 2.5 minutes on 2 cores.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(30 * 60);
/// Starts abi-cafe's final report, after its progress lines.
const REPORT_HEADING: &str = "Final Results:";

/// One test set of abi-cafe's report: its name, and its verdict with the lines explaining it.
struct TestSet {
    name: String,
    passed: bool,
    text: String,
}

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    let Backend::Cranelift(dylib) = &ctx.rustc.backend else {
        println!("  skipped: abi-cafe pairs our backend with LLVM and with the C compiler");
        return Ok(());
    };
    let Some(test) = selected_test(ctx) else {
        println!("  skipped: no case matches the filter");
        return Ok(());
    };
    let dir = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let sets = Mutex::new(Vec::new());
    let run = Case {
        name: "run".to_string(),
        run: Box::new(|| {
            let abi_cafe = install(ctx, &dir)?;
            let channel = &ctx.rustc.toolchain.channel;
            let tests = match test {
                Some(test) => vec![test],
                None if ctx.all => Vec::new(),
                None => {
                    println!(
                        "  the sample: {} of abi-cafe's tests; --all runs them all",
                        SAMPLE.len()
                    );
                    SAMPLE.iter().map(|test| test.to_string()).collect()
                }
            };
            let (found, result) = run_abi_cafe(&abi_cafe, channel, dylib, &dir, &tests);
            *sets.lock().unwrap() = found;
            result
        }),
    };
    runner::run_cases(GROUP, vec![run], tally);
    let cases = sets
        .into_inner()
        .unwrap()
        .into_iter()
        .filter(|set| ctx.selects(GROUP, &set.name))
        .map(|set| Case {
            name: set.name,
            run: Box::new(move || if set.passed { Ok(()) } else { Err(set.text) }),
        })
        .collect();
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

/// Whether the filter may select cases of the group, and if so the abi-cafe test it names, if
/// it names one: the filter is part of `abi_cafe/`, or starts with `abi_cafe/` or holds a test
/// set's `::` (`f16::conv_c` runs abi-cafe's test `f16` only).
fn selected_test(ctx: &Context) -> Option<Option<String>> {
    let Some(filter) = &ctx.filter else {
        return Some(None);
    };
    let prefix = format!("{GROUP}/");
    if prefix.contains(filter.as_str()) {
        return Some(None);
    }
    let name = filter.strip_prefix(&prefix);
    if name.is_none() && !filter.contains("::") {
        return None;
    }
    let name = name.unwrap_or(filter);
    Some(name.split_once("::").map(|(test, _)| test.to_string()).filter(|test| !test.is_empty()))
}

/// Installs abi-cafe into `<dir>/tool` unless it is there; returns the executable.
fn install(ctx: &Context, dir: &Path) -> Result<PathBuf, String> {
    let root = dir.join("tool");
    let executable = root.join("bin/abi-cafe");
    // cargo install records what it installed there.
    let installed = fs::read_to_string(root.join(".crates.toml"))
        .is_ok_and(|list| list.contains(&format!("\"abi-cafe {VERSION} ")));
    if installed && executable.is_file() {
        return Ok(executable);
    }
    let mut cmd = ctx.rustc.toolchain.command("cargo");
    cmd.args(["install", "abi-cafe", "--version", VERSION, "--locked", "--force"])
        .arg("--root")
        .arg(&root)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS");
    let output = process::run(&mut cmd, INSTALL_TIME_LIMIT)?;
    if output.status != Status::Exit(0) || !executable.is_file() {
        return Err(format!(
            "cannot install abi-cafe {VERSION} ({})\ncommand: {}\n{}",
            output.status,
            process::command_line(&cmd),
            report::excerpt("cargo's stderr", &output.stderr)
        ));
    }
    Ok(executable)
}

/// Runs abi-cafe in `<dir>/work` (where it writes its `target/`), only its tests `tests` if any;
/// returns the test sets of its report, and whether it ran them all and none failed.
fn run_abi_cafe(
    abi_cafe: &Path,
    channel: &str,
    dylib: &Path,
    dir: &Path,
    tests: &[String],
) -> (Vec<TestSet>, Result<(), String>) {
    let work = dir.join("work");
    if let Err(e) = create_dir(&work) {
        return (Vec::new(), Err(e));
    }
    let mut cmd = Command::new(abi_cafe);
    for convention in CONVENTIONS {
        cmd.args(["--conventions", convention]);
    }
    for pair in PAIRS {
        cmd.args(["--pairs", pair]);
    }
    cmd.arg("--add-rustc-codegen-backend").arg(format!("ours:{}", dylib.display()));
    for test in tests {
        cmd.args(["--tests", test]);
    }
    match c_compiler_has_f16(dir) {
        // abi-cafe's only built-in rule for this host ignores the results of f16 with the C
        // convention, for C compilers without `_Float16`.
        Ok(true) => {
            cmd.arg("--disable-builtin-rules");
        }
        Ok(false) => println!("  the C compiler lacks _Float16: f16 with C convention unchecked"),
        Err(e) => return (Vec::new(), Err(e)),
    }
    cmd.current_dir(&work).env("RUSTUP_TOOLCHAIN", channel);
    let output = process::run(&mut cmd, RUN_TIME_LIMIT);
    // The libraries and programs it built take about 13 GB; the generated sources stay.
    if let Err(e) = remove_dir(&work.join("target/temp")) {
        return (Vec::new(), Err(e));
    }
    let output = match output {
        Ok(output) => output,
        Err(e) => return (Vec::new(), Err(e)),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let (sets, summary) = parse_report(&stdout);
    let failed = sets.iter().filter(|set| !set.passed).count();
    let command = format!(
        "command: cd {} && RUSTUP_TOOLCHAIN={channel} {}",
        work.display(),
        process::command_line(&cmd)
    );
    let result = match summary {
        None => Err(format!(
            "abi-cafe did not report its results ({})\n{command}\n{}\n{}",
            output.status,
            report::excerpt("stdout", &output.stdout),
            report::excerpt("stderr", &output.stderr)
        )),
        Some(summary) => {
            println!("  abi-cafe: {summary}");
            if failed > 0 {
                Err(format!("{failed} test sets failed (see below)\n{command}"))
            } else if summary.contains(" 0 failed") {
                Ok(())
            } else {
                Err(format!("abi-cafe reports failures: {summary}\n{command}"))
            }
        }
    };
    (sets, result)
}

/// Whether the C compiler (`$CC`, else `cc`, as abi-cafe chooses it) compiles `_Float16`.
fn c_compiler_has_f16(dir: &Path) -> Result<bool, String> {
    let source = dir.join("f16_probe.c");
    write_file(&source, b"_Float16 half(_Float16 x) { return x / 2; }\n")?;
    let compiler = std::env::var_os("CC").unwrap_or_else(|| "cc".into());
    let mut cmd = Command::new(compiler);
    cmd.arg("-c").arg(&source).arg("-o").arg(dir.join("f16_probe.o"));
    let output = process::run(&mut cmd, Duration::from_secs(60))?;
    Ok(output.status == Status::Exit(0))
}

/// The test sets of abi-cafe's final report, `<name> <verdict>` lines each followed by the
/// lines explaining a failure, and its summary line (`N test sets run - N passed, ...`).
fn parse_report(stdout: &str) -> (Vec<TestSet>, Option<String>) {
    let mut sets: Vec<TestSet> = Vec::new();
    let mut summary = None;
    let Some(start) = stdout.find(REPORT_HEADING) else {
        return (sets, summary);
    };
    for line in stdout[start + REPORT_HEADING.len()..].lines() {
        if line.contains(" test sets run - ") {
            summary = Some(line.trim().to_string());
            break;
        }
        let set_line = !line.starts_with(' ')
            && line.split_once(' ').is_some_and(|(name, _)| name.contains("::conv_"));
        if set_line {
            let (name, verdict) = line.split_once(' ').unwrap();
            let verdict = verdict.trim();
            sets.push(TestSet {
                name: name.to_string(),
                // `passed`, `passed (failed as expected)`, `busted (known failure, ignored)`
                // pass; `failed ...` and `fixed (test was busted, congrats!)` fail.
                passed: verdict.starts_with("passed") || verdict.starts_with("busted"),
                text: format!("abi-cafe: {verdict}"),
            });
        } else if let Some(set) = sets.last_mut()
            && !line.trim().is_empty()
        {
            set.text.push('\n');
            set.text.push_str(line);
        }
    }
    for set in &mut sets {
        set.text = report::excerpt("abi-cafe's report", set.text.as_bytes());
    }
    (sets, summary)
}
