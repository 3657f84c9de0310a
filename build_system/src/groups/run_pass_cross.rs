//! The run_pass_aarch64, run_pass_riscv64 and run_pass_s390x groups: the programs of
//! tests/run-pass built for a cross target (see cross.rs) and run under qemu, to show that the
//! backend (its panic=unwind support too: landing pads, LSDA, catch_unwind) and our standard
//! library built with it work on that architecture, not only on x86-64.
//!
//! Each program is compiled twice with run_pass's flags (`--edition 2024` and the program's
//! `//@ compile-flags`; their `//@ c-source` files compiled by the target's cross gcc): by the
//! toolchain's rustc (LLVM) against LLVM's standard library of the target (rustup's rust-std
//! where rustup has it for the pinned nightly, AArch64; else one built from the toolchain's
//! library sources with LLVM into build/llvm_sysroot, see sysroot.rs), and by the same rustc
//! with `-Zcodegen-backend=<dist/librustc_codegen_cranelift.so>` against our sysroot for the
//! target in dist/ (which the group builds with that backend first when it is missing or was
//! built by another backend). Both are linked by `<arch>-linux-gnu-gcc`, run by `qemu-<arch>`
//! with `QEMU_LD_PREFIX` pointing at Debian's libc for the target, and compared as run_pass
//! compares (see run_pass.rs, whose machinery this group uses).
//!
//! One more case, `rustc-clif`, builds a program with dist/rustc-clif and `--target` alone (the
//! wrapper picks the cross linker) and runs it under qemu.
//!
//! Known differences are listed in tests/run_pass_<arch>_expected_failures.txt, lines
//! `<name> # <reason>`: a listed program that fails passes; one that passes, or that is not in
//! tests/run-pass, fails the group.
//!
//! Tools: qemu and the cross compiler and libc of Debian's packages (`./y.sh build` installs
//! them as root, see test_tools.rs) and, for AArch64, the rustup target, which
//! rust-toolchain.toml lists for `./y.sh build` to add. Without them the group is skipped,
//! saying what to install; a sysroot that fails to build is a failed case, `sysroot`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use super::Context;
use super::debuginfo::tool;
use super::run_pass::{self, Group, Sides};
use crate::cross::CrossTarget;
use crate::fs::{read_text, write_file};
use crate::process::{self, Status};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::{sysroot, wrappers};

/// The programs of a group: run_pass's.
const fn programs(name: &'static str) -> Group {
    Group { name, sources: "tests/run-pass", flags: &[] }
}

pub fn run_aarch64(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    const PROGRAMS: Group = programs("run_pass_aarch64");
    run(ctx, tally, &PROGRAMS, "aarch64-unknown-linux-gnu")
}

pub fn run_riscv64(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    const PROGRAMS: Group = programs("run_pass_riscv64");
    run(ctx, tally, &PROGRAMS, "riscv64gc-unknown-linux-gnu")
}

pub fn run_s390x(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    const PROGRAMS: Group = programs("run_pass_s390x");
    run(ctx, tally, &PROGRAMS, "s390x-unknown-linux-gnu")
}

fn run(
    ctx: &mut Context,
    tally: &mut Tally,
    programs: &'static Group,
    triple: &str,
) -> Result<(), String> {
    let group = programs.name;
    let Backend::Cranelift(dylib) = &ctx.rustc.backend else {
        println!("  skipped: these tests compare the LLVM backend with ours");
        return Ok(());
    };
    let dylib = dylib.clone();
    let names = super::sources(programs.sources)?;
    if !names.iter().any(|name| ctx.selects(group, name)) && !ctx.selects(group, WRAPPER_CASE) {
        // Nothing to build the sysroots for.
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let target = CrossTarget::get(triple)?;
    if let Err(missing) = check_tools(ctx, target) {
        println!("  skipped: {missing}");
        return Ok(());
    }
    let (llvm_sysroot, our_sysroot) = match sysroots(ctx, target, &dylib) {
        Ok(sysroots) => sysroots,
        Err(failure) => {
            // One failed case, rather than an error that would stop the groups after this one.
            let case = Case { name: "sysroot".to_string(), run: Box::new(move || Err(failure)) };
            runner::run_cases(group, vec![case], tally);
            return Ok(());
        }
    };
    let expected_failures = format!("tests/{group}_expected_failures.txt");
    let expected = read_expected(&expected_failures)?;
    let stale: Vec<&String> =
        expected.keys().filter(|name| !names.contains(name) && ctx.selects(group, name)).collect();

    let toolchain = ctx.rustc.toolchain.clone();
    let gcc = target.gcc();
    let rustc = {
        let gcc = gcc.clone();
        move || {
            let mut cmd = toolchain.command("rustc");
            cmd.args(["--target", target.triple]).arg(format!("-Clinker={gcc}"));
            cmd
        }
    };
    let llvm = rustc.clone();
    let codegen_backend = format!("-Zcodegen-backend={}", dylib.display());
    let (qemu, ld_prefix) = (target.qemu(), target.ld_prefix());
    let sides = Sides {
        llvm: Box::new(move || {
            let mut cmd = llvm();
            if let Some(sysroot) = &llvm_sysroot {
                cmd.arg("--sysroot").arg(sysroot);
            }
            cmd
        }),
        clif: Box::new(move || {
            let mut cmd = rustc();
            cmd.arg(&codegen_backend).arg("--sysroot").arg(&our_sysroot);
            cmd
        }),
        cc: Box::new(move || Command::new(&gcc)),
        launch: Box::new(move |program: &Path| {
            let mut cmd = Command::new(&qemu);
            cmd.arg(program).env("QEMU_LD_PREFIX", &ld_prefix);
            cmd
        }),
    };
    let failed_as_expected = Mutex::new(Vec::new());
    let emulator_crashed = Mutex::new(Vec::new());
    let judge = |name: &str, result: Result<(), String>| match (expected.get(name), result) {
        (_, Err(explanation)) if explanation.contains(QEMU_TRANSLATOR_CRASH) => {
            emulator_crashed.lock().unwrap().push(name.to_string());
            Ok(())
        }
        (None, result) => result,
        (Some(_), Err(_)) => {
            failed_as_expected.lock().unwrap().push(name.to_string());
            Ok(())
        }
        (Some(reason), Ok(())) => Err(format!(
            "listed in {expected_failures} ({reason}), but passes: remove it from the list"
        )),
    };
    run_pass::run_programs(ctx, tally, programs, &sides, &judge)?;
    if ctx.selects(group, WRAPPER_CASE) {
        let dir = std::path::absolute(ctx.build_dir(group)).map_err(|e| e.to_string())?;
        let run = move || wrapper_builds_for(target, &dir);
        runner::run_cases(
            group,
            vec![Case { name: WRAPPER_CASE.to_string(), run: Box::new(run) }],
            tally,
        );
    }

    let mut emulator_crashed = emulator_crashed.into_inner().unwrap();
    emulator_crashed.sort();
    if !emulator_crashed.is_empty() {
        // Judged `Ok` above, so that the list of expected failures is not consulted.
        tally.passed -= emulator_crashed.len();
        tally.skipped += emulator_crashed.len();
        println!(
            "  {} of the cases skipped: qemu's own code translator crashed (`{QEMU_TRANSLATOR_CRASH}`), \
             not the program; Debian's qemu 7.2 does on an s390x `rxsbg` that tests only and ends a \
             translation block, as Cranelift's 8-bit compare-and-swap does where it reaches a page's end:",
            emulator_crashed.len()
        );
        for name in &emulator_crashed {
            println!("    {name}");
        }
    }
    let mut failed_as_expected = failed_as_expected.into_inner().unwrap();
    failed_as_expected.sort();
    if !failed_as_expected.is_empty() {
        println!(
            "  {} of the cases passed as expected failures ({expected_failures}):",
            failed_as_expected.len()
        );
        for name in &failed_as_expected {
            println!("    {name}: {}", expected[name]);
        }
    }
    for name in stale {
        println!(
            "  `{name}` is listed in {expected_failures} but is no program of {}: remove it",
            programs.sources
        );
        tally.failed += 1;
    }
    Ok(())
}

/// What qemu prints when its translator of guest code fails, a bug of the emulator.
const QEMU_TRANSLATOR_CRASH: &str = "tcg fatal error";

/// The case of dist/rustc-clif with `--target`.
const WRAPPER_CASE: &str = "rustc-clif";

/// Builds a program with `dist/rustc-clif --target <triple>` in `dir` and runs it under qemu.
fn wrapper_builds_for(target: &CrossTarget, dir: &Path) -> Result<(), String> {
    let source = dir.join("wrapper_hello.rs");
    let program = dir.join("wrapper_hello");
    write_file(
        &source,
        b"fn main() {\n    println!(\"hello from {}\", std::env::consts::ARCH);\n}\n",
    )?;
    let rustc_clif = wrappers::built(wrappers::rustc_clif())?;
    crate::rustc::compile(
        Command::new(rustc_clif)
            .args(["--edition", "2024", "--target", target.triple])
            .arg(&source)
            .arg("-o")
            .arg(&program),
    )?;
    let output = process::run(
        Command::new(target.qemu()).arg(&program).env("QEMU_LD_PREFIX", target.ld_prefix()),
        Duration::from_secs(60),
    )?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expected = format!("hello from {}\n", target.gnu_arch);
    if output.status != Status::Exit(0) || stdout != expected {
        return Err(format!(
            "{} under qemu: {}, stdout {stdout:?} (expected {expected:?})",
            program.display(),
            output.status
        ));
    }
    Ok(())
}

/// The sysroots of the two sides: LLVM's (`None`: the toolchain's own, from rustup) and ours,
/// each built first if needed.
fn sysroots(
    ctx: &Context,
    target: &CrossTarget,
    dylib: &Path,
) -> Result<(Option<PathBuf>, PathBuf), String> {
    let toolchain = &ctx.rustc.toolchain;
    let info = toolchain.rustc_info()?;
    sysroot::build_cross(toolchain, &info, target.triple, dylib)?;
    let ours = std::path::absolute(sysroot::SYSROOT).map_err(|e| e.to_string())?;
    let llvm = if target.rustup_std {
        None
    } else {
        Some(sysroot::ensure_llvm(toolchain, &info, target.triple)?)
    };
    Ok((llvm, ours))
}

/// Checks that qemu, the cross compiler and libc of `target` are installed, and rustup's
/// standard library where the group uses it; the error says how to install what is missing.
pub(super) fn check_tools(ctx: &Context, target: &CrossTarget) -> Result<(), String> {
    let packages = target.packages;
    let needs = format!("this group needs qemu, a cross linker and libc for {}", target.gnu_arch);
    tool(&target.qemu(), packages).map_err(|e| format!("{needs}: {e}"))?;
    tool(&target.gcc(), packages).map_err(|e| format!("{needs}: {e}"))?;
    let ld_prefix = target.ld_prefix();
    if !Path::new(&ld_prefix).join("lib").is_dir() {
        return Err(format!(
            "{needs}: {ld_prefix}/lib not found: install it (on Debian or Ubuntu: \
             `apt-get install {packages}`)"
        ));
    }
    let toolchain = &ctx.rustc.toolchain;
    if target.rustup_std && !toolchain.has_target(target.triple) {
        return Err(format!(
            "the toolchain {} has no standard library for {}: run `./y.sh prepare` \
             (or `rustup target add {} --toolchain {}`)",
            toolchain.channel, target.triple, target.triple, toolchain.channel
        ));
    }
    Ok(())
}

/// The expected failures of the list `path`: program name -> reason.
fn read_expected(path: &str) -> Result<BTreeMap<String, String>, String> {
    parse_expected(&read_text(Path::new(path))?, path)
}

/// The list `text` of `read_expected`, read from `path`.
fn parse_expected(text: &str, path: &str) -> Result<BTreeMap<String, String>, String> {
    let mut expected = BTreeMap::new();
    for (line, name, reason) in super::parse_reasons(text, path, "<name>")? {
        let at = |problem: &str| format!("{path}:{line}: {problem}");
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(at("the name is empty or has spaces"));
        }
        if expected.insert(name.clone(), reason).is_some() {
            return Err(at(&format!("`{name}` is listed twice")));
        }
    }
    Ok(expected)
}

#[cfg(test)]
mod tests {
    use super::parse_expected;

    const EXPECTED_FAILURES: &str = "tests/run_pass_aarch64_expected_failures.txt";

    #[test]
    fn programs_with_reasons() {
        let text =
            "# Known differences.\n\nf128_math # libm's f128 on aarch64\nsimd_x86 # x86 only\n";
        let expected = parse_expected(text, EXPECTED_FAILURES).unwrap();
        assert_eq!(expected.len(), 2);
        assert_eq!(expected["f128_math"], "libm's f128 on aarch64");
        assert_eq!(expected["simd_x86"], "x86 only");
        assert!(parse_expected("", EXPECTED_FAILURES).unwrap().is_empty());
    }

    #[test]
    fn malformed_lists() {
        let error = |text: &str| parse_expected(text, EXPECTED_FAILURES).unwrap_err();
        assert_eq!(
            error("two words # r\n"),
            format!("{EXPECTED_FAILURES}:1: the name is empty or has spaces")
        );
        assert_eq!(
            error("a # one\nb # two\na # three\n"),
            format!("{EXPECTED_FAILURES}:3: `a` is listed twice")
        );
        assert_eq!(
            error("no_reason\n"),
            format!("{EXPECTED_FAILURES}:1: expected `<name> # <reason>`")
        );
    }
}
