//! The no_sysroot and no_sysroot_opt groups: each example/<name>.rs (other than mini_core) is
//! compiled against mini_core and run; its stdout must equal tests/no_sysroot/<name>.stdout and
//! its status the `exit N` or `signal N` line of tests/no_sysroot/<name>.status (`exit 0` if
//! absent). no_sysroot_opt builds the examples optimized and expects exactly the same.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Context, mini_core};
use crate::directives::{self, Directives};
use crate::fs::{create_dir, read_text, remove_file, write_file};
use crate::process::{self, Status};
use crate::runner::{self, Tally};
use crate::{report, rustc};

const EXPECTATIONS: &str = "tests/no_sysroot";
/// A program still running after this long is killed and fails.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(20);

/// A way of building the examples, as one group.
struct Variant {
    /// The group's name, which also names its build directory (see `Context::build_dir`).
    group: &'static str,
    /// rustc flags added after the example's own `//@ compile-flags`.
    flags: &'static [&'static str],
}

const NO_SYSROOT: Variant = Variant { group: "no_sysroot", flags: &[] };
const NO_SYSROOT_OPT: Variant =
    Variant { group: "no_sysroot_opt", flags: &["-Copt-level=2", "-Ccodegen-units=4"] };

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    run_variant(ctx, tally, &NO_SYSROOT)
}

pub fn run_opt(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if ctx.bless {
        println!("  skipped: with --bless, each no_sysroot case builds and compares this variant");
        return Ok(());
    }
    run_variant(ctx, tally, &NO_SYSROOT_OPT)
}

fn run_variant(
    ctx: &mut Context,
    tally: &mut Tally,
    variant: &'static Variant,
) -> Result<(), String> {
    let mut names = super::sources("example")?;
    names.retain(|name| name != "mini_core" && ctx.selects(variant.group, name));
    if names.is_empty() && !ctx.selects(variant.group, "mini_core") {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    mini_core::ensure_built(ctx, variant.group, tally);
    let cases =
        super::cases_needing_mini_core(ctx, names, |ctx, name| run_example(ctx, variant, name));
    runner::run_cases(variant.group, cases, tally);
    Ok(())
}

/// Compiles, runs and checks (or blesses) one example.
fn run_example(ctx: &Context, variant: &Variant, name: &str) -> Result<(), String> {
    let source = PathBuf::from(format!("example/{name}.rs"));
    let text = read_text(&source)?;
    let directives = directives::parse(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    let output = build_and_run(ctx, variant, &source, &directives)?;
    if !ctx.bless {
        return check(name, &output);
    }
    // Only no_sysroot blesses. A program that behaves differently when optimized probably has
    // undefined behaviour, so that its output is no reference.
    let optimized = build_and_run(ctx, &NO_SYSROOT_OPT, &source, &directives)?;
    compare(output.status, &output.stdout, "the unoptimized build", &optimized).map_err(|e| {
        format!(
            "not blessed: the {} build behaves differently (undefined behaviour?)\n{e}",
            NO_SYSROOT_OPT.group
        )
    })?;
    bless(name, &output)
}

/// Builds the example `source` into the variant's build directory and runs it.
fn build_and_run(
    ctx: &Context,
    variant: &Variant,
    source: &Path,
    directives: &Directives,
) -> Result<process::Output, String> {
    let build_dir = ctx.build_dir(variant.group);
    create_dir(&build_dir)?;
    let program = build_dir.join(source.file_stem().unwrap());
    let mut flags = directives.compile_flags.clone();
    flags.extend(variant.flags.iter().map(|flag| flag.to_string()));
    rustc::compile(&mut ctx.rustc.binary(source, &program, &mini_core::dir(ctx), &flags))?;

    let program = std::path::absolute(&program).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(&program);
    cmd.args(&directives.run_args).env_remove("RUST_BACKTRACE");
    let output = process::run(&mut cmd, RUN_TIME_LIMIT)?;
    if output.status.exceeded_limit() {
        return Err(format!(
            "{}: {}\n{}",
            process::command_line(&cmd),
            output.status,
            report::excerpt("stdout so far", &output.stdout)
        ));
    }
    Ok(output)
}

/// Compares the program's stdout and status with the expectation files.
fn check(name: &str, output: &process::Output) -> Result<(), String> {
    let status_path = expectation(name, "status");
    let expected_status = match read_optional(&status_path)? {
        None => Status::Exit(0),
        Some(text) => Status::parse(&String::from_utf8_lossy(&text)).ok_or_else(|| {
            format!("{}: expected one line `exit N` or `signal N`", status_path.display())
        })?,
    };
    let stdout_path = expectation(name, "stdout");
    let Some(expected_stdout) = read_optional(&stdout_path)? else {
        return Err(format!(
            "no expectation: {} is missing (./y.sh bless-with-llvm writes it)\n{}",
            stdout_path.display(),
            report::excerpt("actual stdout", &output.stdout)
        ));
    };
    let source = stdout_path.display().to_string();
    compare(expected_status, &expected_stdout, &source, output)
}

/// Compares the program's status and stdout with the expected ones, which come from `source`.
fn compare(
    expected_status: Status,
    expected_stdout: &[u8],
    source: &str,
    output: &process::Output,
) -> Result<(), String> {
    let mut problems = Vec::new();
    if output.status != expected_status {
        problems.push(format!("status: expected {expected_status}, got {}", output.status));
    }
    if output.stdout != expected_stdout {
        problems.push(format!(
            "stdout differs from {source}, {}",
            report::diff(expected_stdout, &output.stdout)
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(report::excerpt("program stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// Writes the program's stdout and status as the new expectations.
fn bless(name: &str, output: &process::Output) -> Result<(), String> {
    create_dir(Path::new(EXPECTATIONS))?;
    write_file(&expectation(name, "stdout"), &output.stdout)?;
    let status_path = expectation(name, "status");
    if output.status == Status::Exit(0) {
        // An absent status file means `exit 0`.
        return remove_file(&status_path);
    }
    write_file(&status_path, format!("{}\n", output.status).as_bytes())
}

fn expectation(name: &str, extension: &str) -> PathBuf {
    PathBuf::from(EXPECTATIONS).join(format!("{name}.{extension}"))
}

/// The file's contents, or `None` if it does not exist.
fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}
