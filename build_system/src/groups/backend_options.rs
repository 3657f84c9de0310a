//! The backend_options group: the backend's own options (src/options.rs) do what they say.
//! `example/hello.rs` is compiled against mini_core with `-Cllvm-args=verify dump-clif=DIR` plus
//! an LLVM option (case `llvm_args`), and with the same options from the environment variable
//! `CRANELIFT_BACKEND_ARGS` (case `environment`): the build succeeds, the LLVM option is
//! reported as ignored, and DIR holds each codegen unit's `.clif`, `.opt.clif` and `.s`.
//! Case `emit_asm`: `--emit=asm,link` writes `hello.s`, the listing of the machine code, with
//! `main` in it, beside the program. Case `emit_llvm_ir`: `--emit=llvm-ir,link` writes
//! `hello.ll`, the Cranelift IR standing in for LLVM IR, saying so on its first line. In both,
//! that file is the only one of its kind: the allocator shim's unit writes none, as with LLVM.
//!
//! The cases `llvm_only/<name>` (table `LLVM_ONLY`) give rustc an option only LLVM acts on, or
//! one of the target options that must work (`-Ctarget-cpu=native`, `-Ctarget-feature=+avx2`):
//! each must end with its exit status, print its message, and show no sign of a crash.

use std::path::{Path, PathBuf};

use super::{Context, mini_core};
use crate::fs::{create_dir, read_text, remove_dir};
use crate::process::{self, Status};
use crate::report;
use crate::runner::{self, Tally};
use crate::rustc::{self, Backend};

const GROUP: &str = "backend_options";
const PROGRAM: &str = "example/hello.rs";
const LLVM_OPTION: &str = "-some-llvm-option";
const DUMP_EXTENSIONS: &[&str] = &[".clif", ".opt.clif", ".s"];
/// The README's wording for what the backend rejects.
const REJECTED: &str = "not yet supported by the Cranelift backend: ";

/// One option case: its name, rustc's flags, the exit status, and a text stderr or stdout must
/// contain (none: stderr must have no warning at all).
struct OptionCase {
    name: &'static str,
    flags: &'static [&'static str],
    status: i32,
    message: Option<&'static str>,
}

/// `{PROGRAM}` in a flag is the program's path, as an existing file.
const LLVM_ONLY: &[OptionCase] = &[
    OptionCase {
        name: "target_cpu_native",
        flags: &["-Ctarget-cpu=native"],
        status: 0,
        message: None,
    },
    OptionCase {
        name: "target_feature_avx2",
        flags: &["-Ctarget-feature=+avx2"],
        status: 0,
        message: None,
    },
    OptionCase {
        name: "target_cpu_model",
        flags: &["-Ctarget-cpu=skylake"],
        status: 0,
        message: Some("warning: the Cranelift backend ignores `-Ctarget-cpu=skylake`"),
    },
    OptionCase {
        name: "llvm_args",
        flags: &["-Cllvm-args=-inline-threshold=10"],
        status: 0,
        message: Some(
            "warning: the Cranelift backend ignores the LLVM option `-inline-threshold=10`",
        ),
    },
    OptionCase {
        name: "linker_plugin_lto",
        flags: &["-Clinker-plugin-lto"],
        status: 0,
        message: Some("warning: the Cranelift backend ignores `-Clinker-plugin-lto`"),
    },
    OptionCase {
        name: "profile_use",
        flags: &["-Cprofile-use={PROGRAM}"],
        status: 0,
        message: Some("warning: the Cranelift backend ignores `-Cprofile-use`"),
    },
    OptionCase {
        name: "print_target_cpus",
        flags: &["--print=target-cpus"],
        status: 0,
        message: Some("native - the CPU of the machine compiling"),
    },
    OptionCase {
        name: "profile_generate",
        flags: &["-Cprofile-generate"],
        status: 1,
        message: Some("error: not yet supported by the Cranelift backend: `-Cprofile-generate`"),
    },
    OptionCase {
        name: "instrument_coverage",
        flags: &["-Cinstrument-coverage"],
        status: 1,
        message: Some("error: not yet supported by the Cranelift backend: `-Cinstrument-coverage`"),
    },
    OptionCase {
        name: "sanitizer_address",
        flags: &["-Zsanitizer=address"],
        status: 1,
        message: Some("error: not yet supported by the Cranelift backend: `-Zsanitizer=address`"),
    },
    OptionCase {
        name: "sanitizer_thread",
        flags: &["-Zsanitizer=thread"],
        status: 1,
        message: Some("error: not yet supported by the Cranelift backend: `-Zsanitizer=thread`"),
    },
];

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests check the Cranelift backend's own options");
        return Ok(());
    }
    let mut names = ["llvm_args", "environment"]
        .into_iter()
        .chain(EMIT_CASES.iter().map(|case| case.name))
        .map(str::to_string)
        .collect::<Vec<_>>();
    names.extend(LLVM_ONLY.iter().map(|case| format!("llvm_only/{}", case.name)));
    names.retain(|name| ctx.selects(GROUP, name));
    if names.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    create_dir(&ctx.build_dir(GROUP))?;
    mini_core::ensure_built(ctx, GROUP, tally);
    let cases = super::cases_needing_mini_core(ctx, names, check);
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

fn check(ctx: &Context, name: &str) -> Result<(), String> {
    let case_dir = ctx.build_dir(GROUP).join(name);
    remove_dir(&case_dir)?;
    create_dir(&case_dir)?;
    if let Some(case) = EMIT_CASES.iter().find(|case| case.name == name) {
        return check_emit(ctx, &case_dir, case);
    }
    if let Some(option) = name.strip_prefix("llvm_only/") {
        let case = LLVM_ONLY.iter().find(|case| case.name == option).expect("a case of the table");
        return check_option(ctx, &case_dir, case);
    }
    let dump_dir = std::path::absolute(case_dir.join("clif"))
        .map_err(|e| format!("cannot make {} absolute: {e}", case_dir.display()))?;
    let options = format!("verify dump-clif={} {LLVM_OPTION}", dump_dir.display());
    let flags = match name {
        "llvm_args" => {
            options.split(' ').map(|word| format!("-Cllvm-args={word}")).collect::<Vec<_>>()
        }
        _ => Vec::new(),
    };
    let mut cmd =
        ctx.rustc.binary(Path::new(PROGRAM), &case_dir.join("hello"), &mini_core::dir(ctx), &flags);
    if name == "environment" {
        cmd.env("CRANELIFT_BACKEND_ARGS", &options);
    }
    let output = rustc::run(&mut cmd)?;
    let stderr = String::from_utf8_lossy(&output.stderr);

    let mut problems = Vec::new();
    if output.status != Status::Exit(0) {
        problems.push(format!("rustc should succeed, got: {}", output.status));
    }
    let warning = format!("the Cranelift backend ignores the LLVM option `{LLVM_OPTION}`");
    if !stderr.contains(&warning) {
        problems.push(format!("stderr lacks `{warning}`"));
    }
    if let Err(problem) = check_dump(&dump_dir) {
        problems.push(problem);
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("command: {}", process::command_line(&cmd)));
    problems.push(report::excerpt("compiler stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// `--emit=asm,link`: the program builds and `hello.s` lists `main`'s machine code.
/// An `--emit` case: rustc's flag, the file it writes beside the program (`hello.<extension>`)
/// and what that must contain.
struct EmitCase {
    name: &'static str,
    flag: &'static str,
    extension: &'static str,
    contains: &'static [&'static str],
}

const EMIT_CASES: &[EmitCase] = &[
    EmitCase {
        name: "emit_asm",
        flag: "--emit=asm,link",
        extension: "s",
        contains: &["main", "ret"],
    },
    EmitCase {
        name: "emit_llvm_ir",
        flag: "--emit=llvm-ir,link",
        extension: "ll",
        contains: &["; Cranelift IR of the codegen unit", "function main(", "return"],
    },
];

fn check_emit(ctx: &Context, case_dir: &Path, case: &EmitCase) -> Result<(), String> {
    let flags = vec![case.flag.to_string()];
    let mut cmd =
        ctx.rustc.binary(Path::new(PROGRAM), &case_dir.join("hello"), &mini_core::dir(ctx), &flags);
    let output = rustc::run(&mut cmd)?;
    let mut problems = Vec::new();
    if output.status != Status::Exit(0) {
        problems.push(format!("rustc should succeed, got: {}", output.status));
    }
    let file = format!("hello.{}", case.extension);
    match read_text(&case_dir.join(&file)) {
        Ok(text) => {
            for wanted in case.contains.iter().filter(|wanted| !text.contains(*wanted)) {
                problems.push(format!("{file} does not contain `{wanted}`"));
            }
        }
        Err(e) => problems.push(e),
    }
    let suffix = format!(".{}", case.extension);
    let others: Vec<String> = std::fs::read_dir(case_dir)
        .map_err(|e| format!("cannot list {}: {e}", case_dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(&suffix) && *name != file)
        .collect();
    if !others.is_empty() {
        problems.push(format!("files other than {file} were written: {}", others.join(", ")));
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("command: {}", process::command_line(&cmd)));
    problems.push(report::excerpt("compiler stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// An option case: the status, the message (or no warning at all), no crash.
fn check_option(ctx: &Context, case_dir: &Path, case: &OptionCase) -> Result<(), String> {
    let flags: Vec<String> =
        case.flags.iter().map(|flag| flag.replace("{PROGRAM}", PROGRAM)).collect();
    let mut cmd =
        ctx.rustc.binary(Path::new(PROGRAM), &case_dir.join("hello"), &mini_core::dir(ctx), &flags);
    let output = rustc::run(&mut cmd)?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut problems = Vec::new();
    if output.status != Status::Exit(case.status) {
        problems.push(format!("rustc should exit with {}, got: {}", case.status, output.status));
    }
    match case.message {
        Some(message) if !stderr.contains(message) && !stdout.contains(message) => {
            problems.push(format!("neither stderr nor stdout has `{message}`"));
        }
        Some(_) => {}
        None if stderr.contains("warning") || stderr.contains("error") => {
            problems.push("rustc should print no warning nor error".to_string());
        }
        None => {}
    }
    let workaround = super::compile_fail::WORKAROUND;
    if stderr.contains(REJECTED) && !stderr.contains(workaround) {
        problems.push(format!("the error lacks the workaround (`{workaround}`)"));
    }
    for sign in super::compile_fail::FORBIDDEN {
        if stderr.contains(sign) {
            problems.push(format!("stderr shows a crash (`{sign}`)"));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("command: {}", process::command_line(&cmd)));
    problems.push(report::excerpt("compiler stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// Every codegen unit of `hello` has the three dumps, and its `.clif` holds `main`'s function.
fn check_dump(dir: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("the dump directory {} was not written: {e}", dir.display()))?;
    let files: Vec<PathBuf> = entries.filter_map(|entry| entry.ok()).map(|e| e.path()).collect();
    let units: Vec<String> = files
        .iter()
        .filter_map(|path| path.file_name()?.to_str()?.strip_suffix(".opt.clif"))
        .filter(|unit| unit.starts_with("hello."))
        .map(str::to_string)
        .collect();
    if units.is_empty() {
        return Err(format!("{} has no hello.*.opt.clif", dir.display()));
    }
    let mut lowered = String::new();
    for unit in &units {
        for extension in DUMP_EXTENSIONS {
            let path = dir.join(format!("{unit}{extension}"));
            let text = read_text(&path)?;
            if text.is_empty() {
                return Err(format!("{} is empty", path.display()));
            }
            if *extension == ".clif" {
                lowered.push_str(&text);
            }
        }
    }
    if !lowered.contains("function ") || !lowered.contains("main") {
        return Err("the .clif dumps hold no function named after `main`".to_string());
    }
    Ok(())
}
