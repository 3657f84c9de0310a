//! The debuginfo group: the DWARF the backend writes, checked with the usual tools on the
//! programs of tests/debuginfo/ (built with dist/rustc-clif, or with the bare backend for the
//! `#![no_core]` library). llvm-dwarfdump must find no error in the objects and binaries; gdb
//! must stop at a source line and step, show inlined calls as frames, and show a program's
//! variables as for LLVM's build;
//! std's backtraces, nm and addr2line must name the right
//! lines; `-Cdebuginfo=0` and `line-tables-only` must leave out what they should; and the
//! no_core library's objects for other architectures must verify too. Each case builds into its
//! own directory under build/debuginfo/. The lines checked are found in the sources by marker
//! comments (`// BREAK HERE`, ...) or by their text (`fn name(`), not by number.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Context, dwarf_verify};
use crate::fs::{create_dir, read_text, remove_dir};
use crate::process::{self, Status};
use crate::runner::{self, Case, Tally};
use crate::rustc::{self, Backend};
use crate::{report, sysroot, wrappers};

const GROUP: &str = "debuginfo";
const SOURCES: &str = "tests/debuginfo";
/// The program with several kinds of functions (gdb, addr2line, no_debuginfo).
const FUNCTIONS: &str = "functions";
/// The program with a call MIR inlining removes (gdb_inlined_frames).
const INLINED: &str = "inlined";
/// The program built optimized (gdb_optimized).
const OPTIMIZED: &str = "optimized";
/// The program that panics (backtrace_lines).
const PANICS: &str = "panics";
/// The debugger of a session.
#[derive(Clone, Copy, PartialEq)]
enum Debugger {
    Gdb,
    /// The toolchain's rust-gdb: gdb with Rust's pretty-printers, which it loads as the
    /// program's `.debug_gdb_scripts` section asks.
    RustGdb,
    /// Debian's lldb, without Rust's formatters (they need lldb's Python module).
    Lldb,
}

/// A debugger session on a program of tests/debuginfo/, which must show the same for our build
/// as for LLVM's (addresses aside), but for the listed differences.
struct GdbSession {
    /// The case's name.
    case: &'static str,
    /// The program; gdb runs it to its `// BREAK HERE` line, then runs `commands`.
    program: &'static str,
    debugger: Debugger,
    /// In `break @MARKER` (gdb), `@MARKER` stands for the line of the program with `// MARKER`.
    commands: &'static [&'static str],
    /// Where our build's output may differ from LLVM's: the command, its output (lines
    /// joined by `\n`) in LLVM's build, in ours, why.
    differences: &'static [(&'static str, &'static str, &'static str, &'static str)],
}

const GDB_SESSIONS: &[GdbSession] = &[
    // Variables of many types.
    GdbSession {
        case: "gdb_variables",
        program: "variables",
        debugger: Debugger::Gdb,
        commands: &[
            "info args",
            "info locals",
            "print count",
            "print scale",
            "print flag",
            "print small",
            "print big",
            "print signed",
            "print single",
            "print letter",
            "print yes",
            "print pair",
            "print pair.1",
            "print digits",
            "print digits[2]",
            "print here",
            "print here.y",
            "print there",
            "print *there",
            "print origin",
            "print *origin",
            "print origin.x",
            "print line",
            "print line.to.y",
            "print raw",
            "ptype here",
            "ptype pair",
            "ptype line",
            "up",
            "info locals",
            "print boxed",
            "print *boxed",
            "ptype boxed",
            "print pair",
            "print pair.1",
            "ptype pair",
            "print aligned",
            "print empty",
            "print unit",
        ],
        differences: &[],
    },
    // Enums, wide and function pointers, unions, closures and their captures, statics, the
    // concrete value behind a trait object (found through its vtable).
    GdbSession {
        case: "gdb_enums_and_pointers",
        program: "enums_and_pointers",
        debugger: Debugger::Gdb,
        commands: &[
            "info args",
            "info locals",
            "print color",
            "print signed",
            "print *shape",
            "print maybe",
            "print *maybe.0",
            "print number",
            "print text",
            "print text.length",
            "print slice",
            "print slice[1]",
            "print *dynamic",
            "print *boxed",
            "print bytes",
            "print owned",
            "print owned.vec.len",
            "print list",
            "print list.len",
            "print function",
            "print niche",
            "print nothing",
            "print chain",
            "print bits",
            "print none",
            "print result",
            "print add",
            "print GREETING",
            "print enums_and_pointers::LIMITS",
            "print PREFERRED",
            "ptype color",
            "ptype signed",
            "ptype shape",
            "ptype niche",
            "ptype bits",
            "ptype add",
            "ptype text",
            "ptype function",
            "break @CLOSURE HERE",
            "continue",
            "info args",
            "info locals",
            "print offset",
            "print number",
            "up",
            "print total",
        ],
        differences: &[],
    },
    // rust-gdb's pretty-printers: `String`, `Vec`, `HashMap`, slices, `Option`, boxes.
    GdbSession {
        case: "rust_gdb_printers",
        program: "enums_and_pointers",
        debugger: Debugger::RustGdb,
        commands: &[
            "print owned",
            "print list",
            "print table",
            "print text",
            "print slice",
            "print bytes",
            "print maybe",
            "print number",
            "print result",
            "print chain",
            "print *boxed",
            "print niche",
        ],
        differences: &[],
    },
    // `finish` shows the value the function returns (its subprogram's type).
    GdbSession {
        case: "gdb_finish",
        program: "variables",
        debugger: Debugger::Gdb,
        commands: &["finish"],
        differences: &[],
    },
    // Coroutines: async functions' and blocks' states (not yet polled, suspended with their
    // saved locals, finished), their captured variables.
    GdbSession {
        case: "gdb_coroutines",
        program: "coroutines",
        debugger: Debugger::Gdb,
        commands: &[
            "print fresh",
            "print running",
            "print finished",
            "print block",
            "ptype running",
            "ptype block",
            "info locals",
            // One breakpoint location for a line whose code enters scopes (`println!`'s).
            "break @PRINT HERE",
            "continue",
            "next",
        ],
        differences: &[],
    },
    // A subset for lldb: `frame variable` and `p` of scalars, tuples, arrays, structs and
    // pointers, the frames of `bt` and `up`, a type's layout.
    GdbSession {
        case: "lldb_variables",
        program: "variables",
        debugger: Debugger::Lldb,
        commands: &[
            "frame variable count scale flag big signed single letter yes pair digits",
            "frame variable here there origin line raw",
            "p *there",
            "p here.y",
            "p line.to.y",
            "p digits[2]",
            "bt 2",
            "up",
            "frame variable boxed pair aligned empty origin line",
            "p *boxed",
            "image lookup -t variables::Line",
        ],
        differences: &[(
            "bt 2",
            "* thread #1, name = 'variables', stop reason = breakpoint 1.1\n  * frame #0: 0x_ \
             variables`variables::inspect(count=42, scale=2, origin=0x_, line=Line @ 0x_, \
             flag=false) at variables.rs:46:18\n    frame #1: 0x_ variables`variables::main at \
             variables.rs:59:17",
            "* thread #1, name = 'variables', stop reason = breakpoint 1.1\n  * frame #0: 0x_ \
             variables`variables::inspect(count=42, scale=2, origin=0x_, line=Line @ 0x_, \
             flag=false) at variables.rs:46:27\n    frame #1: 0x_ variables`variables::main at \
             variables.rs:59:17",
            "the breakpoint's column: the line's first instruction is the load of `there.y`, \
             `here` being in registers (its values also stored to its slot for the debugger), \
             so that `here.y` needs none",
        )],
    },
    GdbSession {
        case: "lldb_enums_and_pointers",
        program: "enums_and_pointers",
        debugger: Debugger::Lldb,
        commands: &[
            // Not `text`: lldb reads a `&str`'s data as a C string, up to a zero byte.
            "frame variable color signed shape maybe number slice",
            "frame variable dynamic boxed bytes function niche nothing bits none result",
            "p *shape",
            "p text.length",
            "p slice.data_ptr[1]",
            "image lookup -t enums_and_pointers::Color",
        ],
        differences: &[],
    },
];
/// The `#![no_core]` library, compiled as a library object by the bare backend.
const NO_CORE: &str = "no_core";
/// The other architectures the no_core library is compiled for.
const CROSS_TARGETS: &[&str] =
    &["aarch64-unknown-linux-gnu", "riscv64gc-unknown-linux-gnu", "s390x-unknown-linux-gnu"];
/// Functions of the functions program, by their name as `nm -C` shows it, and the text of the
/// line where each starts (addr2line must give that line for the function's address).
const DECLARATIONS: &[(&str, &str)] = &[
    ("functions::sum_of_squares", "fn sum_of_squares("),
    ("functions::largest::<u64>", "fn largest<"),
    ("<functions::Rect as functions::Shape>::area", "fn area(&self) -> u64 {"),
    ("functions::main::{closure#0}", "let scaled = |"),
    ("functions::first_copy", "fn first_copy("),
    ("functions::second_copy", "fn second_copy("),
];
/// Functions of the panics program that its backtrace must show at their `// FRAME <name>` line.
const PANIC_FRAMES: &[&str] = &["inner", "outer", "main"];
/// What gdb echoes before each `next`, to find where each one stopped.
const STEP_MARK: &str = "@@ next";

/// A tool (llvm-dwarfdump, gdb, readelf, nm, addr2line) or a test program still running after
/// this long is killed and fails.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// What the cases share.
struct Setup<'a> {
    ctx: &'a Context,
    /// Absolute path of dist/rustc-clif.
    rustc_clif: PathBuf,
}

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests check the Cranelift backend's debug info");
        return Ok(());
    }
    let rustc_clif = wrappers::built(wrappers::rustc_clif())?;
    let ctx: &Context = ctx;
    let setup = Setup { ctx, rustc_clif };
    let setup = &setup;
    let mut cases = vec![
        case("dwarfdump_verify", move || dwarfdump_verify(setup)),
        case("dwarfdump_verify_sysroot", move || dwarfdump_verify_sysroot(setup)),
        case("gdb_breakpoint", move || gdb_breakpoint(setup)),
        case("gdb_inlined_frames", move || gdb_inlined_frames(setup)),
        case("inlined_origins", move || inlined_origins(setup)),
        case("gdb_optimized", move || gdb_optimized(setup)),
        case("backtrace_lines", move || backtrace_lines(setup)),
        case("addr2line", move || addr2line(setup)),
        case("no_debuginfo", move || no_debuginfo(setup)),
        case("producer", move || producer(setup)),
    ];
    for session in GDB_SESSIONS {
        cases.push(case(session.case, move || gdb_session(setup, session)));
    }
    for target in CROSS_TARGETS {
        let arch = target.split('-').next().unwrap();
        let name = format!("cross_isa_objects/{arch}");
        cases.push(case(&name, move || cross_isa_object(setup, target)));
    }
    cases.retain(|case| ctx.selects(GROUP, &case.name));
    if cases.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

fn case<'a>(name: &str, run: impl FnOnce() -> Result<(), String> + Send + 'a) -> Case<'a> {
    Case { name: name.to_string(), run: Box::new(run) }
}

impl Setup<'_> {
    /// build/debuginfo/<case>, emptied.
    fn fresh_dir(&self, case: &str) -> Result<PathBuf, String> {
        let dir = self.ctx.build_dir(GROUP).join(case);
        remove_dir(&dir)?;
        create_dir(&dir)?;
        Ok(dir)
    }

    /// `dist/rustc-clif` compiling the program `name` in one codegen unit (so that
    /// `--emit obj` writes one object file), with `dir` for whatever else rustc writes; the
    /// caller adds the debug info flag and `--emit` with the outputs' paths.
    fn rustc_clif(&self, name: &str, dir: &Path) -> Command {
        let mut cmd = command(&self.rustc_clif);
        cmd.args(["--edition", "2024", "-Cpanic=abort", "-Ccodegen-units=1"])
            .arg("--out-dir")
            .arg(dir)
            .arg(source(name))
            .env("RUSTC_ICE", rustc::ICE_DIR);
        cmd
    }

    /// Compiles the program `name` with `-g` into the binary `dir/name`, and returns its path.
    fn build_program(&self, name: &str, dir: &Path) -> Result<PathBuf, String> {
        let binary = dir.join(name);
        let emit = format!("link={}", binary.display());
        rustc::compile(self.rustc_clif(name, dir).args(["-g", "--emit", &emit]))?;
        std::path::absolute(&binary).map_err(|e| e.to_string())
    }

    /// Compiles the no_core library with `-g` by the bare backend, for `target` (the host's if
    /// `None`), into the object `dir/no_core.o`, and returns its path.
    fn build_no_core(&self, target: Option<&str>, dir: &Path) -> Result<PathBuf, String> {
        let object = dir.join(format!("{NO_CORE}.o"));
        let mut cmd = self.ctx.rustc.command();
        if let Some(target) = target {
            cmd.args(["--target", target]);
        }
        cmd.args(["--crate-type", "lib", "-g", "-Ccodegen-units=1", "--out-dir"])
            .arg(dir)
            .arg("--emit")
            .arg(format!("obj={}", object.display()))
            .arg(source(NO_CORE));
        rustc::compile(&mut cmd)?;
        Ok(object)
    }
}

/// Every program's object and binary (the no_core library's object) must pass
/// `llvm-dwarfdump --verify`.
fn dwarfdump_verify(setup: &Setup) -> Result<(), String> {
    let dir = setup.fresh_dir("dwarfdump_verify")?;
    let mut files = Vec::new();
    for name in super::sources(SOURCES)? {
        if name == NO_CORE {
            files.push(setup.build_no_core(None, &dir)?);
            continue;
        }
        let object = dir.join(format!("{name}.o"));
        let binary = dir.join(&name);
        let emit = format!("obj={},link={}", object.display(), binary.display());
        rustc::compile(setup.rustc_clif(&name, &dir).args(["-g", "--emit", &emit]))?;
        files.extend([object, binary]);
    }
    dwarf_verify::verify_all(&files)
}

/// Every library of our sysroot for the host (the objects of its rlibs), built with debug info
/// as the toolchain's is, must pass `llvm-dwarfdump --verify`.
fn dwarfdump_verify_sysroot(setup: &Setup) -> Result<(), String> {
    let info = setup.ctx.rustc.toolchain.rustc_info()?;
    let lib = sysroot::target_dir(&info).join("lib");
    let entries =
        std::fs::read_dir(&lib).map_err(|e| format!("cannot list {}: {e}", lib.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot list {}: {e}", lib.display()))?.path();
        if path.extension().is_some_and(|extension| extension == "rlib") {
            files.push(path);
        }
    }
    if !files.iter().any(|file| file.to_string_lossy().contains("libstd-")) {
        return Err(format!("{} holds no std: build the sysroot first", lib.display()));
    }
    files.sort();
    dwarf_verify::verify_all(&files)
}

/// The object of the no_core library names our backend as its producer: every compile unit's
/// `DW_AT_producer`, and its `.comment` (see src/producer.rs).
fn producer(setup: &Setup) -> Result<(), String> {
    const OURS: &str = "rustc_codegen_cranelift ";
    let dwarfdump = tool("llvm-dwarfdump", "llvm")?;
    let dir = setup.fresh_dir("producer")?;
    let object = setup.build_no_core(None, &dir)?;
    let mut problems = Vec::new();
    let output = run_limited(command(&dwarfdump).arg("--debug-info").arg(&object))?;
    let info = String::from_utf8_lossy(&output.stdout);
    let producers: Vec<&str> = info.lines().filter(|l| l.contains("DW_AT_producer")).collect();
    if producers.is_empty() || producers.iter().any(|line| !line.contains(OURS)) {
        problems.push(format!("DW_AT_producer should name `{OURS}`: {producers:?}"));
    }
    let output = run_limited(command(Path::new("readelf")).args(["-p", ".comment"]).arg(&object))?;
    let comment = String::from_utf8_lossy(&output.stdout);
    if !comment.contains(OURS) {
        problems.push(format!("`readelf -p .comment` should show `{OURS}`:\n{comment}"));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// The no_core library compiled for another architecture must pass `llvm-dwarfdump --verify`.
fn cross_isa_object(setup: &Setup, target: &str) -> Result<(), String> {
    let dir = setup.fresh_dir(&format!("cross_isa_objects/{target}"))?;
    let object = setup.build_no_core(Some(target), &dir)?;
    dwarf_verify::verify_all(&[object])
}

/// gdb stops at the `BREAK HERE` line, shows the function and its caller `main` at the
/// `CALLER LINE` in the backtrace, and steps forward twice with `next`.
fn gdb_breakpoint(setup: &Setup) -> Result<(), String> {
    let gdb = tool("gdb", "gdb")?;
    let text = read_source(FUNCTIONS)?;
    let line = line_of(&text, "// BREAK HERE")?;
    let caller_line = line_of(&text, "// CALLER LINE")?;
    let binary = setup.build_program(FUNCTIONS, &setup.fresh_dir("gdb_breakpoint")?)?;
    let file = format!("{FUNCTIONS}.rs");
    let mark = format!("echo {STEP_MARK}\\n");
    let mut cmd = command(&gdb);
    cmd.args(["-nx", "-batch", "-iex", "set debuginfod enabled off", "-ex"])
        .arg(format!("break {file}:{line}"))
        .args(["-ex", "run", "-ex", "bt"])
        .args(["-ex", &mark, "-ex", "next", "-ex", &mark, "-ex", "next"])
        .arg(&binary);
    let output = run_limited(&mut cmd)?;
    let stdout = String::from_utf8_lossy(&output.stdout);

    let mut problems =
        wrong_frames(&stdout, &file, &[(0, "sum_of_squares", line), (1, "main", caller_line)]);
    let steps: Vec<Option<usize>> = stdout.split(STEP_MARK).skip(1).map(stopped_at).collect();
    if !matches!(steps[..], [Some(first), Some(second)] if line < first && first < second) {
        problems.push(format!(
            "`next` twice from {file}:{line} should stop at increasing lines of the same \
             function, stopped at (line numbers, None: elsewhere): {steps:?}"
        ));
    }
    verdict(problems, &cmd, &output)
}

/// Ok if a gdb run found no `problems`, otherwise them with the command and its output.
fn verdict(
    mut problems: Vec<String>,
    cmd: &Command,
    output: &process::Output,
) -> Result<(), String> {
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("command: {}", process::command_line(cmd)));
    problems.push(report::excerpt("gdb stdout", &output.stdout));
    problems.push(report::excerpt("gdb stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// The frames of a gdb backtrace (`bt` output in `stdout`) that are not as `expected`
/// (number, function, line of `file`) says.
fn wrong_frames(stdout: &str, file: &str, expected: &[(usize, &str, usize)]) -> Vec<String> {
    let mut problems = Vec::new();
    for &(number, function, line) in expected {
        let prefix = format!("#{number} ");
        let Some(frame) = stdout.lines().find(|l| l.starts_with(&prefix)) else {
            problems.push(format!("the backtrace has no frame #{number}"));
            continue;
        };
        if !(frame_function(frame).is_some_and(|name| is_function(name, function))
            && mentions(frame, file, line))
        {
            problems
                .push(format!("frame #{number} should be `{function}` at {file}:{line}: {frame}"));
        }
    }
    problems
}

/// A call inlined by MIR inlining is a frame of its own: gdb, stopped in the inlined body of
/// `square` (an `#[inline(always)]` function, with `-Zinline-mir`), shows `square` at that
/// line and `caller` at the line of the call.
fn gdb_inlined_frames(setup: &Setup) -> Result<(), String> {
    let gdb = tool("gdb", "gdb")?;
    let text = read_source(INLINED)?;
    let line = line_of(&text, "// BREAK HERE")?;
    let call_line = line_of(&text, "// CALL HERE")?;
    let dir = setup.fresh_dir("gdb_inlined_frames")?;
    let binary = std::path::absolute(dir.join(INLINED)).map_err(|e| e.to_string())?;
    let emit = format!("link={}", binary.display());
    rustc::compile(setup.rustc_clif(INLINED, &dir).args(["-g", "-Zinline-mir", "--emit", &emit]))?;
    let file = format!("{INLINED}.rs");
    let mut cmd = command(&gdb);
    cmd.args(["-nx", "-batch", "-iex", "set debuginfod enabled off", "-ex"])
        .arg(format!("break {file}:{line}"))
        .args(["-ex", "run", "-ex", "bt"])
        .arg(&binary);
    let output = run_limited(&mut cmd)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let problems = wrong_frames(&stdout, &file, &[(0, "square", line), (1, "caller", call_line)]);
    verdict(problems, &cmd, &output)
}

/// In `optimized` built with `-Copt-level=2 -g`, stopped at its `// BREAK HERE` line, gdb shows
/// the variable that lives in memory with its value and the parameters, in registers, as
/// optimized out (rather than a wrong value, or nothing).
fn gdb_optimized(setup: &Setup) -> Result<(), String> {
    let gdb = tool("gdb", "gdb")?;
    let text = read_source(OPTIMIZED)?;
    let line = line_of(&text, "// BREAK HERE")?;
    let dir = setup.fresh_dir("gdb_optimized")?;
    let binary = std::path::absolute(dir.join(OPTIMIZED)).map_err(|e| e.to_string())?;
    let emit = format!("link={}", binary.display());
    let mut compile = setup.rustc_clif(OPTIMIZED, &dir);
    rustc::compile(compile.args(["-g", "-Copt-level=2", "--emit", &emit]))?;
    let file = format!("{OPTIMIZED}.rs");
    let mut cmd = command(&gdb);
    cmd.args(["-nx", "-batch", "-iex", "set debuginfod enabled off", "-ex"])
        .arg(format!("break {file}:{line}"))
        .args(["-ex", "run", "-ex", "info args", "-ex", "print scaled"])
        .arg(&binary);
    let output = run_limited(&mut cmd)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut problems = Vec::new();
    if !stdout.lines().any(|l| l.starts_with(&format!("{line}\t"))) {
        problems.push(format!("gdb should stop at {file}:{line}"));
    }
    for expected in ["values = <optimized out>", "factor = <optimized out>", "$1 = [3, 6, 9, 12]"] {
        if !stdout.lines().any(|l| l == expected) {
            problems.push(format!("gdb should print the line `{expected}`"));
        }
    }
    verdict(problems, &cmd, &output)
}

/// The callees MIR inlining put into `inlined`'s functions are described (as abstract
/// subprograms) where their bodies left code, as LLVM's are: `square`, and not `nothing`, whose
/// body is empty.
fn inlined_origins(setup: &Setup) -> Result<(), String> {
    let dwarfdump = tool("llvm-dwarfdump", "llvm")?;
    let dir = setup.fresh_dir("inlined_origins")?;
    let object = dir.join(format!("{INLINED}.o"));
    let emit = format!("obj={}", object.display());
    rustc::compile(setup.rustc_clif(INLINED, &dir).args(["-g", "-Zinline-mir", "--emit", &emit]))?;
    let info = stdout_of(command(&dwarfdump).arg("--debug-info").arg(&object))?;
    let described = |name: &str| info.contains(&format!("DW_AT_name\t(\"{name}\")"));
    match (described("square"), described("nothing")) {
        (true, false) => Ok(()),
        (square, nothing) => Err(format!(
            "`square` should be described ({square}) and `nothing` not ({nothing}):\n{}",
            report::excerpt("llvm-dwarfdump --debug-info", info.as_bytes())
        )),
    }
}

/// Runs `session`'s gdb commands on our build of its program and on LLVM's: each command's
/// output must be the same for both (addresses aside), but for the listed differences.
fn gdb_session(setup: &Setup, session: &GdbSession) -> Result<(), String> {
    let program = session.program;
    let text = read_source(program)?;
    let line = line_of(&text, "// BREAK HERE")?;
    let dir = setup.fresh_dir(session.case)?;
    let ours = setup.build_program(program, &dir)?;
    // LLVM's build has the same file name, in a directory of its own: lldb names frames by
    // the module.
    let llvm_dir = dir.join("llvm");
    create_dir(&llvm_dir)?;
    let llvm = llvm_dir.join(program);
    rustc::compile(
        setup
            .ctx
            .rustc
            .toolchain
            .command("rustc")
            .args(["--edition", "2024", "-Cpanic=abort", "-Ccodegen-units=1", "-g", "-o"])
            .arg(&llvm)
            .arg(source(program))
            .env("RUSTC_ICE", rustc::ICE_DIR),
    )?;
    let mut commands = Vec::new();
    for command in session.commands {
        commands.push(match command.strip_prefix("break @") {
            Some(marker) => {
                format!("break {program}.rs:{}", line_of(&text, &format!("// {marker}"))?)
            }
            None => command.to_string(),
        });
    }
    let run_debugger = |binary: &Path| match session.debugger {
        Debugger::Lldb => run_lldb(binary, program, line, &commands),
        Debugger::Gdb | Debugger::RustGdb => {
            run_gdb(setup, session.debugger, binary, program, line, &commands)
        }
    };
    let (expected, llvm_command) = run_debugger(&llvm)?;
    let (actual, our_command) = run_debugger(&ours)?;
    if !mentions(&expected, &format!("{program}.rs"), line) {
        return Err(format!(
            "LLVM's build did not stop at {program}.rs:{line}: {llvm_command}\n{expected}"
        ));
    }

    let mut problems = Vec::new();
    let expected_sections: Vec<&str> = expected.split(STEP_MARK).collect();
    let actual_sections: Vec<&str> = actual.split(STEP_MARK).collect();
    if expected_sections.len() != actual_sections.len() {
        problems.push(format!(
            "gdb ran {} commands for LLVM's build, {} for ours",
            expected_sections.len() - 1,
            actual_sections.len().saturating_sub(1)
        ));
    }
    for (index, (expected, actual)) in expected_sections.iter().zip(&actual_sections).enumerate() {
        // Every section but the first starts with the command that made it.
        let (command, skip) = match index {
            0 => ("", 0),
            _ => (expected.lines().next().unwrap_or_default().trim(), 1),
        };
        let expected: Vec<&str> = expected.lines().skip(skip).collect();
        let actual: Vec<&str> = actual.lines().skip(skip).collect();
        if expected == actual || is_listed_difference(session, command, &expected, &actual) {
            continue;
        }
        problems.push(format!(
            "`{}`:\n  LLVM's build:\n    {}\n  ours:\n    {}",
            if command.is_empty() { "(stopping at the breakpoint)" } else { command },
            expected.join("\n    "),
            actual.join("\n    ")
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("commands: {llvm_command}\n          {our_command}"));
    Err(problems.join("\n"))
}

/// gdb's output for `binary` stopped at `program`.rs:`line`, each command's part after a line
/// `STEP_MARK <command>`, addresses and value history numbers blanked; and its command line.
fn run_gdb(
    setup: &Setup,
    debugger: Debugger,
    binary: &Path,
    program: &str,
    line: usize,
    commands: &[String],
) -> Result<(String, String), String> {
    // Commands given by `-ex` go on after one fails (a script would stop there).
    let break_at = format!("break {program}.rs:{line}");
    let mut args: Vec<String> = ["set debuginfod enabled off", "set width 0", "set height 0"]
        .into_iter()
        .chain([break_at.as_str(), "run"])
        .map(str::to_string)
        .collect();
    for command in commands {
        args.push(format!("echo {STEP_MARK} {command}\\n"));
        args.push(command.clone());
    }
    let mut cmd = match debugger {
        Debugger::RustGdb => {
            let bin = setup.ctx.rustc.toolchain.sysroot()?.join("bin");
            let mut cmd = command(&bin.join("rust-gdb"));
            // It finds the printers by the sysroot of the `rustc` it runs.
            cmd.env("RUSTC", bin.join("rustc"));
            cmd
        }
        _ => command(&tool("gdb", "gdb")?),
    };
    cmd.args(["-nx", "-batch"]);
    for arg in &args {
        cmd.args(["-ex", arg]);
    }
    cmd.arg(binary);
    let output = run_limited(&mut cmd)?;
    let stdout = without_addresses(&String::from_utf8_lossy(&output.stdout));
    Ok((without_history_numbers(&stdout), process::command_line(&cmd)))
}

/// lldb's output for `binary` stopped at `program`.rs:`line`, in `run_gdb`'s form: what comes
/// before the first command (the program's path, process id, code offsets) is left out but for
/// the stop's position, and addresses, process ids and value history numbers are blanked.
fn run_lldb(
    binary: &Path,
    program: &str,
    line: usize,
    commands: &[String],
) -> Result<(String, String), String> {
    let mut cmd = command(&tool("lldb", "lldb")?);
    cmd.args(["-b", "-x", "-o", &format!("breakpoint set -f {program}.rs -l {line}"), "-o", "run"]);
    for command in commands {
        cmd.args(["-o", command]);
    }
    cmd.arg(binary);
    let output = run_limited(&mut cmd)?;
    // The builds differ in their paths, which lldb prints absolute.
    let path = env::current_dir().map_err(|e| e.to_string())?.join(binary);
    let stdout =
        String::from_utf8_lossy(&output.stdout).replace(&*path.to_string_lossy(), "<program>");
    // lldb echoes each command as `(lldb) <command>` before its output.
    let mut sections = String::new();
    let mut stopped_at_line = false;
    let mut past_run = false;
    for text in stdout.lines() {
        match text.strip_prefix("(lldb) ") {
            Some(command) if past_run => {
                sections.push_str(&format!("{STEP_MARK} {command}\n"));
                continue;
            }
            Some("run") => past_run = true,
            _ => {}
        }
        if past_run && sections.is_empty() {
            stopped_at_line |= mentions(text, &format!("{program}.rs"), line);
            continue;
        }
        if past_run {
            sections.push_str(text);
            sections.push('\n');
        }
    }
    let stop =
        if stopped_at_line { format!("stopped at {program}.rs:{line}\n") } else { String::new() };
    let normalized = without_lldb_numbers(&without_addresses(&(stop + &sections)));
    Ok((normalized, process::command_line(&cmd)))
}

/// `text` with lldb's process ids (`Process 1234`) and value history numbers (`$3 = ...`)
/// written `_`.
fn without_lldb_numbers(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(['$', 'P']) {
        let (before, from) = rest.split_at(at);
        result.push_str(before);
        let prefix = if from.starts_with("Process ") { "Process " } else { &from[..1] };
        result.push_str(prefix);
        let after = &from[prefix.len()..];
        let digits = after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len());
        if digits > 0 && prefix != "P" {
            result.push('_');
            rest = &after[digits..];
        } else {
            rest = after;
        }
    }
    result.push_str(rest);
    result
}

/// Whether `command`'s output (its lines joined) is as `session` lists it for each build.
fn is_listed_difference(
    session: &GdbSession,
    command: &str,
    expected: &[&str],
    actual: &[&str],
) -> bool {
    let (expected, actual) = (expected.join("\n"), actual.join("\n"));
    session
        .differences
        .iter()
        .any(|(listed, llvm, ours, _)| *listed == command && *llvm == expected && *ours == actual)
}

/// `text` with every hexadecimal number (`0x...`: addresses, which differ between builds)
/// written `0x_`.
fn without_addresses(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("0x") {
        result.push_str(&rest[..at + 2]);
        rest = &rest[at + 2..];
        let digits = rest.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(rest.len());
        if digits > 0 {
            result.push('_');
        }
        rest = &rest[digits..];
    }
    result.push_str(rest);
    result
}

/// `text` with the numbers of gdb's value history (`$12 = ...`) written `$_`, so that a
/// command that prints nothing in one build does not change the lines of all that follow.
fn without_history_numbers(text: &str) -> String {
    let mut result = String::with_capacity(text.len());
    for line in text.lines() {
        let numbered = line.strip_prefix('$').and_then(|rest| {
            let digits = rest.find(|c: char| !c.is_ascii_digit())?;
            (digits > 0 && rest[digits..].starts_with(" = ")).then(|| &rest[digits..])
        });
        match numbered {
            Some(value) => {
                result.push_str("$_");
                result.push_str(value);
            }
            None => result.push_str(line),
        }
        result.push('\n');
    }
    result
}

/// The function of a gdb backtrace line: `#0  name (...) at ...` or `#1  0x... in name (...)`.
fn frame_function(frame: &str) -> Option<&str> {
    let (_, rest) = frame.split_once("  ")?;
    let rest = rest.split_once(" in ").map_or(rest, |(_, name)| name);
    Some(rest.split_once(" (")?.0)
}

/// The line where a `next` stopped, from gdb's output after it (`LINE\tsource text`), or `None`
/// if it is not shown or if gdb names a frame (as it does when `next` leaves the function).
fn stopped_at(output: &str) -> Option<usize> {
    if output.contains(" at ") {
        return None;
    }
    output.lines().find_map(|l| l.split_once('\t')?.0.parse().ok())
}

/// With RUST_BACKTRACE=1, the panics program's backtrace shows each of `PANIC_FRAMES` at its
/// `// FRAME <name>` line.
fn backtrace_lines(setup: &Setup) -> Result<(), String> {
    let text = read_source(PANICS)?;
    let binary = setup.build_program(PANICS, &setup.fresh_dir("backtrace_lines")?)?;
    let mut cmd = command(&binary);
    cmd.env("RUST_BACKTRACE", "1");
    let output = run_limited(&mut cmd)?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().map(str::trim).collect();
    let file = format!("{PANICS}.rs");

    let mut problems = Vec::new();
    if !stderr.contains("panicked at") {
        problems.push(format!("the program did not panic ({})", output.status));
    }
    for function in PANIC_FRAMES {
        let line = line_of(&text, &format!("// FRAME {function}"))?;
        let name = format!("{PANICS}::{function}");
        // A frame is `N: name` and, on the next line, `at path:LINE:COLUMN`.
        let location = lines
            .iter()
            .position(|l| l.split_once(": ").is_some_and(|(_, f)| f == name))
            .and_then(|at| lines.get(at + 1))
            .filter(|l| l.starts_with("at "));
        match location {
            Some(location) if mentions(location, &file, line) => {}
            Some(location) => {
                problems.push(format!("frame `{name}` should be at {file}:{line}, is {location}"))
            }
            None => problems.push(format!("no frame `{name}` with a location")),
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("command: RUST_BACKTRACE=1 {}", binary.display()));
    problems.push(report::excerpt("program stderr", &output.stderr));
    Err(problems.join("\n"))
}

/// addr2line, given the address of a function from `nm`, gives the line of its `fn`.
fn addr2line(setup: &Setup) -> Result<(), String> {
    let nm = tool("nm", "binutils")?;
    let addr2line = tool("addr2line", "binutils")?;
    let text = read_source(FUNCTIONS)?;
    let binary = setup.build_program(FUNCTIONS, &setup.fresh_dir("addr2line")?)?;
    let symbols = stdout_of(command(&nm).arg("-C").arg(&binary))?;
    let file = format!("{FUNCTIONS}.rs");

    let mut problems = Vec::new();
    for (function, declaration) in DECLARATIONS {
        let line = line_of(&text, declaration)?;
        // `nm -C` lines: `ADDRESS KIND NAME`.
        let address = symbols.lines().find_map(|symbol| {
            let (address, rest) = symbol.split_once(' ')?;
            (rest.split_once(' ')?.1 == *function).then_some(address)
        });
        let Some(address) = address else {
            problems.push(format!("nm -C lists no `{function}`"));
            continue;
        };
        let location =
            stdout_of(command(&addr2line).arg("-e").arg(&binary).arg(format!("0x{address}")))?;
        if !mentions(&location, &file, line) {
            problems.push(format!(
                "`{function}` (0x{address}): addr2line says {}, expected {file}:{line}",
                location.trim()
            ));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// `-Cdebuginfo=0` writes no `.debug_*` section; `-Cdebuginfo=line-tables-only` writes
/// `.debug_line` but no subprogram.
fn no_debuginfo(setup: &Setup) -> Result<(), String> {
    let dwarfdump = tool("llvm-dwarfdump", "llvm")?;
    let readelf = tool("readelf", "binutils")?;
    let dir = setup.fresh_dir("no_debuginfo")?;
    let compile = |level: &str| {
        let object = dir.join(format!("{FUNCTIONS}-{level}.o"));
        rustc::compile(
            setup
                .rustc_clif(FUNCTIONS, &dir)
                .arg(format!("-Cdebuginfo={level}"))
                .arg("--emit")
                .arg(format!("obj={}", object.display())),
        )?;
        Ok::<_, String>(object)
    };

    let mut problems = Vec::new();
    let object = compile("0")?;
    let debug: Vec<String> =
        sections(&readelf, &object)?.into_iter().filter(|name| name.contains(".debug_")).collect();
    if !debug.is_empty() {
        problems.push(format!(
            "-Cdebuginfo=0: {} has debug sections: {}",
            object.display(),
            debug.join(" ")
        ));
    }
    let object = compile("line-tables-only")?;
    if !sections(&readelf, &object)?.iter().any(|name| name == ".debug_line") {
        problems.push(format!(
            "-Cdebuginfo=line-tables-only: {} has no .debug_line section",
            object.display()
        ));
    }
    let info = stdout_of(command(&dwarfdump).arg("--debug-info").arg(&object))?;
    let subprograms = info.matches("DW_TAG_subprogram").count();
    if subprograms > 0 {
        problems.push(format!(
            "-Cdebuginfo=line-tables-only: {} has {subprograms} DW_TAG_subprogram",
            object.display()
        ));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// The names of the object's sections, from `readelf -SW`.
fn sections(readelf: &Path, object: &Path) -> Result<Vec<String>, String> {
    let table = stdout_of(command(readelf).arg("-SW").arg(object))?;
    // Section lines: `[ N] NAME TYPE ...`.
    Ok(table
        .lines()
        .filter_map(|line| {
            let (number, rest) = line.trim_start().strip_prefix('[')?.split_once(']')?;
            number.trim().parse::<usize>().ok()?;
            Some(rest.split_whitespace().next()?.to_string())
        })
        .collect())
}

fn source(name: &str) -> PathBuf {
    Path::new(SOURCES).join(format!("{name}.rs"))
}

fn read_source(name: &str) -> Result<String, String> {
    read_text(&source(name))
}

/// The number (from 1) of the one line of `text` containing `needle`.
fn line_of(text: &str, needle: &str) -> Result<usize, String> {
    let mut found = text.lines().enumerate().filter(|(_, l)| l.contains(needle));
    match (found.next(), found.next()) {
        (Some((index, _)), None) => Ok(index + 1),
        _ => Err(format!("no single line with `{needle}` in the test source")),
    }
}

/// Whether `text` mentions `file:line`, not followed by another digit.
fn mentions(text: &str, file: &str, line: usize) -> bool {
    let wanted = format!("{file}:{line}");
    text.match_indices(&wanted)
        .any(|(at, _)| !text[at + wanted.len()..].starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a debugger's function name is `function`, possibly with its path.
fn is_function(name: &str, function: &str) -> bool {
    name == function || name.ends_with(&format!("::{function}"))
}

/// A command for `program` without the backtrace variables of our environment.
fn command(program: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE");
    cmd
}

/// The path of the tool `name` found on PATH, or an error saying how to install it.
pub(super) fn tool(name: &str, package: &str) -> Result<PathBuf, String> {
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
        .ok_or_else(|| {
            format!(
                "`{name}` not found on PATH: install it (on Debian or Ubuntu: \
                 `apt-get install {package}`)"
            )
        })
}

/// Runs `cmd` within the time limit; the error says if it exceeded a limit.
fn run_limited(cmd: &mut Command) -> Result<process::Output, String> {
    let output = process::run(cmd, TIME_LIMIT)?;
    if output.status.exceeded_limit() {
        return Err(format!(
            "{}: {}\n{}\n{}",
            process::command_line(cmd),
            output.status,
            report::excerpt("stdout so far", &output.stdout),
            report::excerpt("stderr so far", &output.stderr)
        ));
    }
    Ok(output)
}

/// Runs `cmd`, which must succeed, and returns its stdout.
fn stdout_of(cmd: &mut Command) -> Result<String, String> {
    let output = run_limited(cmd)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "{}: {}\n{}",
            process::command_line(cmd),
            output.status,
            report::excerpt("stderr", &output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
