//! The no_sysroot group: each example/<name>.rs (other than mini_core) is compiled against
//! mini_core and run; its stdout must equal tests/no_sysroot/<name>.stdout and its status
//! the `exit N` or `signal N` line of tests/no_sysroot/<name>.status (`exit 0` if absent).

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Context, mini_core};
use crate::directives;
use crate::process::{self, Status};
use crate::report;
use crate::runner::{self, Tally};
use crate::rustc;

const GROUP: &str = "no_sysroot";
const EXPECTATIONS: &str = "tests/no_sysroot";
/// A program still running after this long is killed and fails.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(20);

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    let mut names = super::sources("example")?;
    names.retain(|name| name != "mini_core" && ctx.selects(GROUP, name));
    if names.is_empty() && !ctx.selects(GROUP, "mini_core") {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    mini_core::ensure_built(ctx, GROUP, tally);
    let cases = super::cases_needing_mini_core(ctx, names, run_example);
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

/// Compiles, runs and checks (or blesses) one example.
fn run_example(ctx: &Context, name: &str) -> Result<(), String> {
    let source = PathBuf::from(format!("example/{name}.rs"));
    let text = fs::read_to_string(&source)
        .map_err(|e| format!("cannot read {}: {e}", source.display()))?;
    let directives = directives::parse(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    let build_dir = ctx.build_dir(GROUP);
    let program = build_dir.join(name);
    rustc::compile(&mut ctx.rustc.binary(
        &source,
        &program,
        &build_dir,
        &directives.compile_flags,
    ))?;

    let program = std::path::absolute(&program).map_err(|e| e.to_string())?;
    let mut cmd = Command::new(&program);
    cmd.args(&directives.run_args).env_remove("RUST_BACKTRACE");
    let output = process::run(&mut cmd, RUN_TIME_LIMIT)?;
    if let Status::TimedOut(_) = output.status {
        return Err(format!(
            "{}: {}\n{}",
            process::command_line(&cmd),
            output.status,
            report::excerpt("stdout so far", &output.stdout)
        ));
    }
    if ctx.bless {
        return bless(name, &output);
    }
    check(name, &output)
}

/// Compares the program's stdout and status with the expectation files.
fn check(name: &str, output: &process::Output) -> Result<(), String> {
    let mut problems = Vec::new();
    let expected_status = match read_optional(&expectation(name, "status"))? {
        None => Status::Exit(0),
        Some(text) => Status::parse(&String::from_utf8_lossy(&text)).ok_or_else(|| {
            format!(
                "{}: expected one line `exit N` or `signal N`",
                expectation(name, "status").display()
            )
        })?,
    };
    if output.status != expected_status {
        problems.push(format!(
            "status: expected {expected_status}, got {}",
            output.status
        ));
    }
    let stdout_path = expectation(name, "stdout");
    match read_optional(&stdout_path)? {
        None => problems.push(format!(
            "no expectation: {} is missing (./y.sh bless-with-llvm writes it)\n{}",
            stdout_path.display(),
            report::excerpt("actual stdout", &output.stdout)
        )),
        Some(expected) if expected != output.stdout => problems.push(format!(
            "stdout differs from {}, {}",
            stdout_path.display(),
            report::diff(&expected, &output.stdout)
        )),
        Some(_) => {}
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(report::excerpt("program stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// Writes the program's stdout and status as the new expectations.
fn bless(name: &str, output: &process::Output) -> Result<(), String> {
    fs::create_dir_all(EXPECTATIONS).map_err(|e| format!("cannot create {EXPECTATIONS}/: {e}"))?;
    let write = |path: PathBuf, bytes: &[u8]| {
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(expectation(name, "stdout"), &output.stdout)?;
    let status_path = expectation(name, "status");
    if output.status == Status::Exit(0) {
        // An absent status file means `exit 0`.
        return match fs::remove_file(&status_path) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                Err(format!("cannot remove {}: {e}", status_path.display()))
            }
            _ => Ok(()),
        };
    }
    write(status_path, format!("{}\n", output.status).as_bytes())
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
