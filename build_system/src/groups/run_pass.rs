//! The run_pass and std_examples groups: programs using the standard library, each compiled
//! twice, by the toolchain's rustc (LLVM) and by dist/rustc-clif (our backend and sysroot), with
//! the same flags: `--edition 2024` and the program's `//@ compile-flags` (so panic=unwind
//! unless a program asks for `-Cpanic=abort`). Both
//! builds are run with the program's `//@ run-args`; their stdout, stderr and status must be
//! the same. The programs run in an empty directory of their own, build/<group>/<name>.cwd
//! (emptied again between the two runs, removed afterwards). Panic messages name the thread's
//! id (`thread 'main' (12345) panicked`), which differs from run to run, so that number is
//! blanked out in both stderrs before comparing; so is the duration in libtest's summary
//! (`finished in 0.01s`) of programs built with `--test` (see normalize.rs).
//!
//! A program's `//@ c-source: name.c` files (beside it) are compiled by the group's C compiler
//! (`cc`) into build/<group>/<name>-<file>.o, which both builds link (`-Clink-arg`).
//!
//! run_pass takes tests/run-pass/*.rs; run_pass_debuginfo the same programs, built with
//! `-Cdebuginfo=2` before their own flags (the debug info of variables changes how the backend
//! keeps them); std_examples takes example/std/*.rs when that directory
//! exists (the group is left out silently otherwise). run_pass_aarch64 builds and runs the same
//! programs another way, through `run_programs` and `Sides`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::Context;
use crate::fs::{create_dir, read_text, remove_dir, remove_file};
use crate::normalize::{RUN_PASS_STDERR, RUN_PASS_STDOUT, normalize};
use crate::runner::{self, Case, Tally};
use crate::rustc::{self, Backend};
use crate::{directives, process, report, wrappers};

/// A program still running after this long is killed and fails.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(30);

/// A group of this kind: its name and where its programs are.
pub(super) struct Group {
    pub name: &'static str,
    pub sources: &'static str,
    /// Flags of every program, before its own `//@ compile-flags`.
    pub flags: &'static [&'static str],
}

const RUN_PASS: Group = Group { name: "run_pass", sources: "tests/run-pass", flags: &[] };
/// At `-Cdebuginfo=2 -Copt-level=0` user variables live in stack slots (for the debugger), a
/// lowering of its own that the programs must go through too.
const RUN_PASS_DEBUGINFO: Group =
    Group { name: "run_pass_debuginfo", sources: "tests/run-pass", flags: &["-Cdebuginfo=2"] };
const STD_EXAMPLES: Group = Group { name: "std_examples", sources: "example/std", flags: &[] };

/// How a group builds and runs its programs: the two compilers (commands to which `compile`
/// adds the common flags), LLVM's the reference, the C compiler of the programs' C files, and
/// the command that starts a built program, given its absolute path (to which `run_program`
/// adds the arguments).
pub(super) struct Sides {
    pub llvm: Box<dyn Fn() -> Command + Sync>,
    pub clif: Box<dyn Fn() -> Command + Sync>,
    pub cc: Box<dyn Fn() -> Command + Sync>,
    pub launch: Box<dyn Fn(&Path) -> Command + Sync>,
}

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    run_group(ctx, tally, &RUN_PASS)
}

pub fn run_debuginfo(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    run_group(ctx, tally, &RUN_PASS_DEBUGINFO)
}

pub fn run_std_examples(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    run_group(ctx, tally, &STD_EXAMPLES)
}

/// Whether std_examples has programs to run (whether example/std exists).
pub fn std_examples_present() -> bool {
    Path::new(STD_EXAMPLES.sources).is_dir()
}

fn run_group(ctx: &mut Context, tally: &mut Tally, group: &'static Group) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests compare the LLVM backend with ours");
        return Ok(());
    }
    let rustc_clif = wrappers::built(wrappers::rustc_clif())?;
    let toolchain = ctx.rustc.toolchain.clone();
    let sides = Sides {
        llvm: Box::new(move || toolchain.command("rustc")),
        clif: Box::new(move || Command::new(&rustc_clif)),
        cc: Box::new(|| Command::new("cc")),
        launch: Box::new(|program: &Path| Command::new(program)),
    };
    run_programs(ctx, tally, group, &sides, &|_, result| result)
}

/// Gives a case's verdict from its name and the result of the comparison.
pub(super) type Judge<'a> = dyn Fn(&str, Result<(), String>) -> Result<(), String> + Sync + 'a;

/// Runs the group's programs as cases, built and run by both `sides`. `judge` gives a case's
/// verdict from its name and the comparison's result (which it may turn around, for a known
/// failure).
pub(super) fn run_programs(
    ctx: &mut Context,
    tally: &mut Tally,
    group: &'static Group,
    sides: &Sides,
    judge: &Judge<'_>,
) -> Result<(), String> {
    if !Path::new(group.sources).is_dir() {
        println!("  skipped: no {}/ directory", group.sources);
        return Ok(());
    }
    let mut names = super::sources(group.sources)?;
    if names.is_empty() {
        println!("  skipped: no programs in {}/", group.sources);
        return Ok(());
    }
    names.retain(|name| ctx.selects(group.name, name));
    if names.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let build_dir = ctx.build_dir(group.name);
    create_dir(&build_dir)?;
    let ctx: &Context = ctx;
    let cases = names
        .into_iter()
        .map(|name| Case {
            name: name.clone(),
            run: Box::new(move || judge(&name, check(ctx, group, sides, &name))),
        })
        .collect();
    runner::run_cases(group.name, cases, tally);
    Ok(())
}

/// Builds and runs one program with both backends, and compares.
fn check(ctx: &Context, group: &Group, sides: &Sides, name: &str) -> Result<(), String> {
    let source = PathBuf::from(format!("{}/{name}.rs", group.sources));
    let text = read_text(&source)?;
    let directives = directives::parse(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    let build_dir = ctx.build_dir(group.name);

    let llvm_program = build_dir.join(format!("{name}-llvm"));
    let clif_program = build_dir.join(format!("{name}-clif"));
    let work_dir = build_dir.join(format!("{name}.cwd"));
    let mut objects = Vec::new();
    let result = (|| {
        let mut flags: Vec<String> = group.flags.iter().map(|flag| flag.to_string()).collect();
        flags.extend(directives.compile_flags.iter().cloned());
        for c_source in &directives.c_sources {
            let object = build_dir.join(format!("{name}-{c_source}.o"));
            compile_c(sides, &Path::new(group.sources).join(c_source), &object)?;
            let object = std::path::absolute(&object).map_err(|e| e.to_string())?;
            flags.push(format!("-Clink-arg={}", object.display()));
            objects.push(object);
        }
        let mut llvm = (sides.llvm)();
        compile(&mut llvm, &source, &llvm_program, &flags)
            .map_err(|e| format!("with LLVM (the reference): {e}"))?;
        let mut clif = (sides.clif)();
        compile(&mut clif, &source, &clif_program, &flags)?;
        let run = |program: &Path| run_program(sides, program, &directives.run_args, &work_dir);
        let expected = run(&llvm_program).map_err(|e| format!("the LLVM build: {e}"))?;
        let actual = run(&clif_program)?;
        compare(&expected, &actual).map_err(|e| {
            format!(
                "{e}\nbuilt with: {}\n       and: {}",
                process::command_line(&llvm),
                process::command_line(&clif)
            )
        })
    })();
    // The binaries are not kept: the commands in the explanation rebuild them.
    remove_file(&llvm_program)?;
    remove_file(&clif_program)?;
    for object in objects {
        remove_file(&object)?;
    }
    remove_dir(&work_dir)?;
    result
}

/// Compiles `source` into `program` with `cmd` (a rustc), the common flags and `flags`.
fn compile(
    cmd: &mut Command,
    source: &Path,
    program: &Path,
    flags: &[String],
) -> Result<(), String> {
    cmd.args(["--edition", "2024", "--crate-type", "bin"])
        .arg(source)
        .arg("-o")
        .arg(program)
        .args(flags)
        .env_remove("RUST_BACKTRACE")
        .env("RUSTC_ICE", rustc::ICE_DIR);
    rustc::compile(cmd)
}

/// Compiles the C file `source` into the object `object` with the group's C compiler.
fn compile_c(sides: &Sides, source: &Path, object: &Path) -> Result<(), String> {
    let mut cc = (sides.cc)();
    cc.args(["-c", "-O1", "-fPIC", "-Wall", "-Werror"]).arg(source).arg("-o").arg(object);
    let output = process::run(&mut cc, RUN_TIME_LIMIT)?;
    if output.status != process::Status::Exit(0) {
        return Err(format!(
            "{} failed: {}\n{}",
            process::command_line(&cc),
            output.status,
            report::excerpt("its stderr", &output.stderr)
        ));
    }
    Ok(())
}

/// Runs the program (started by `sides.launch`), within the time and output limits, in
/// `work_dir` emptied first (both builds run in the same directory, so that a program printing
/// its path prints the same).
fn run_program(
    sides: &Sides,
    program: &Path,
    args: &[String],
    work_dir: &Path,
) -> Result<process::Output, String> {
    let program = std::path::absolute(program).map_err(|e| e.to_string())?;
    remove_dir(work_dir)?;
    create_dir(work_dir)?;
    let mut cmd = (sides.launch)(&program);
    cmd.args(args)
        .current_dir(work_dir)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    let output = process::run(&mut cmd, RUN_TIME_LIMIT)?;
    if output.status.exceeded_limit() {
        return Err(format!(
            "{}: {}\n{}\n{}",
            process::command_line(&cmd),
            output.status,
            report::excerpt("stdout so far", &output.stdout),
            report::excerpt("stderr so far", &output.stderr)
        ));
    }
    Ok(output)
}

/// The differences between the LLVM build's run (`expected`) and ours (`actual`).
fn compare(expected: &process::Output, actual: &process::Output) -> Result<(), String> {
    let mut problems = Vec::new();
    if actual.status != expected.status {
        problems.push(format!(
            "status: LLVM's build ended with {}, ours with {}",
            expected.status, actual.status
        ));
    }
    let expected_stdout = normalize(&expected.stdout, &RUN_PASS_STDOUT);
    let actual_stdout = normalize(&actual.stdout, &RUN_PASS_STDOUT);
    if actual_stdout != expected_stdout {
        problems.push(format!(
            "stdout differs (- LLVM, + ours), {}",
            report::diff(&expected_stdout, &actual_stdout)
        ));
    }
    let expected_stderr = normalize(&expected.stderr, &RUN_PASS_STDERR);
    let actual_stderr = normalize(&actual.stderr, &RUN_PASS_STDERR);
    if actual_stderr != expected_stderr {
        problems.push(format!(
            "stderr differs (- LLVM, + ours), {}",
            report::diff(&expected_stderr, &actual_stderr)
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    if actual.stdout == expected.stdout && !actual.stdout.is_empty() {
        problems.push(report::excerpt("stdout (the same)", &actual.stdout));
    }
    Err(problems.join("\n"))
}
