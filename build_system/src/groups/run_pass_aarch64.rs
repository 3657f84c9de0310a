//! The run_pass_aarch64 group: the programs of tests/run-pass built for AArch64 Linux and run
//! under qemu, to show that the backend (its panic=unwind support too: landing pads, LSDA,
//! catch_unwind) works on that architecture, not only on x86-64.
//!
//! Each program is compiled for `aarch64-unknown-linux-gnu` twice, by the toolchain's rustc
//! (LLVM) and by the same rustc with `-Zcodegen-backend=<dist/librustc_codegen_cranelift.so>`,
//! both against the toolchain's own aarch64 standard library (rustup's rust-std component of
//! that target, built by LLVM: our sysroot is for the host only), linked by
//! `aarch64-linux-gnu-gcc`, with run_pass's flags (`--edition 2024` and the program's
//! `//@ compile-flags`; their `//@ c-source` files compiled by `aarch64-linux-gnu-gcc`). Both
//! are run by `qemu-aarch64` with `QEMU_LD_PREFIX` pointing at
//! Debian's aarch64 libc, and compared as run_pass compares (see run_pass.rs, whose machinery
//! this group uses).
//!
//! Known differences are listed in tests/run_pass_aarch64_expected_failures.txt, lines
//! `<name> # <reason>`: a listed program that fails passes; one that passes, or that is not in
//! tests/run-pass, fails the group.
//!
//! Tools: qemu-aarch64, aarch64-linux-gnu-gcc (Debian's qemu-user, gcc-aarch64-linux-gnu and
//! libc6-dev-arm64-cross; `./y.sh build` installs them as root, see test_tools.rs) and the
//! rustup target, which rust-toolchain.toml lists for `./y.sh build` to add. Without them the group has one failing case, `tools`,
//! saying what to install.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;

use super::Context;
use super::debuginfo::tool;
use super::run_pass::{self, Group, Sides};
use crate::fs::read_text;
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;

const GROUP: &str = "run_pass_aarch64";
pub(super) const TARGET: &str = "aarch64-unknown-linux-gnu";
pub(super) const LINKER: &str = "aarch64-linux-gnu-gcc";
pub(super) const QEMU: &str = "qemu-aarch64";
/// Where Debian's libc6-arm64-cross has the aarch64 dynamic loader and libraries.
pub(super) const QEMU_LD_PREFIX: &str = "/usr/aarch64-linux-gnu";
const EXPECTED_FAILURES: &str = "tests/run_pass_aarch64_expected_failures.txt";
const PROGRAMS: Group = Group { name: GROUP, sources: "tests/run-pass", flags: &[] };

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    let Backend::Cranelift(dylib) = &ctx.rustc.backend else {
        println!("  skipped: these tests compare the LLVM backend with ours");
        return Ok(());
    };
    let codegen_backend = format!("-Zcodegen-backend={}", dylib.display());
    if let Err(missing) = check_tools(ctx) {
        // One failed case, rather than an error that would stop the groups after this one.
        let case = Case { name: "tools".to_string(), run: Box::new(move || Err(missing)) };
        runner::run_cases(GROUP, vec![case], tally);
        return Ok(());
    }
    let expected = read_expected()?;
    let names = super::sources(PROGRAMS.sources)?;
    let stale: Vec<&String> =
        expected.keys().filter(|name| !names.contains(name) && ctx.selects(GROUP, name)).collect();

    let toolchain = ctx.rustc.toolchain.clone();
    let rustc = move || {
        let mut cmd = toolchain.command("rustc");
        cmd.args(["--target", TARGET]).arg(format!("-Clinker={LINKER}"));
        cmd
    };
    let llvm = rustc.clone();
    let sides = Sides {
        llvm: Box::new(llvm),
        clif: Box::new(move || {
            let mut cmd = rustc();
            cmd.arg(&codegen_backend);
            cmd
        }),
        cc: Box::new(|| Command::new(LINKER)),
        launch: Box::new(move |program: &Path| {
            let mut cmd = Command::new(QEMU);
            cmd.arg(program).env("QEMU_LD_PREFIX", QEMU_LD_PREFIX);
            cmd
        }),
    };
    let failed_as_expected = Mutex::new(Vec::new());
    let judge = |name: &str, result: Result<(), String>| match (expected.get(name), result) {
        (None, result) => result,
        (Some(_), Err(_)) => {
            failed_as_expected.lock().unwrap().push(name.to_string());
            Ok(())
        }
        (Some(reason), Ok(())) => Err(format!(
            "listed in {EXPECTED_FAILURES} ({reason}), but passes: remove it from the list"
        )),
    };
    run_pass::run_programs(ctx, tally, &PROGRAMS, &sides, &judge)?;

    let mut failed_as_expected = failed_as_expected.into_inner().unwrap();
    failed_as_expected.sort();
    if !failed_as_expected.is_empty() {
        println!(
            "  {} of the cases passed as expected failures ({EXPECTED_FAILURES}):",
            failed_as_expected.len()
        );
        for name in &failed_as_expected {
            println!("    {name}: {}", expected[name]);
        }
    }
    for name in stale {
        println!(
            "  `{name}` is listed in {EXPECTED_FAILURES} but is no program of {}: remove it",
            PROGRAMS.sources
        );
        tally.failed += 1;
    }
    Ok(())
}

/// Checks that qemu-aarch64, aarch64-linux-gnu-gcc, the aarch64 libc and the toolchain's
/// aarch64 standard library are installed; the error says how to install what is missing.
pub(super) fn check_tools(ctx: &Context) -> Result<(), String> {
    let packages = "qemu-user gcc-aarch64-linux-gnu libc6-dev-arm64-cross";
    let needs = "this group needs qemu, a cross linker and libc for aarch64";
    tool(QEMU, packages).map_err(|e| format!("{needs}: {e}"))?;
    tool(LINKER, packages).map_err(|e| format!("{needs}: {e}"))?;
    if !Path::new(QEMU_LD_PREFIX).join("lib").is_dir() {
        return Err(format!(
            "{needs}: {QEMU_LD_PREFIX}/lib not found: install it (on Debian or Ubuntu: \
             `apt-get install {packages}`)"
        ));
    }
    let toolchain = &ctx.rustc.toolchain;
    if !toolchain.has_target(TARGET) {
        return Err(format!(
            "the toolchain {} has no standard library for {TARGET}: run `./y.sh prepare` \
             (or `rustup target add {TARGET} --toolchain {}`)",
            toolchain.channel, toolchain.channel
        ));
    }
    Ok(())
}

/// The expected failures: program name -> reason.
fn read_expected() -> Result<BTreeMap<String, String>, String> {
    parse_expected(&read_text(Path::new(EXPECTED_FAILURES))?)
}

/// The list `text` of `read_expected`.
fn parse_expected(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut expected = BTreeMap::new();
    for (line, name, reason) in super::parse_reasons(text, EXPECTED_FAILURES, "<name>")? {
        let at = |problem: &str| format!("{EXPECTED_FAILURES}:{line}: {problem}");
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
    use super::{EXPECTED_FAILURES, parse_expected};

    #[test]
    fn programs_with_reasons() {
        let text =
            "# Known differences.\n\nf128_math # libm's f128 on aarch64\nsimd_x86 # x86 only\n";
        let expected = parse_expected(text).unwrap();
        assert_eq!(expected.len(), 2);
        assert_eq!(expected["f128_math"], "libm's f128 on aarch64");
        assert_eq!(expected["simd_x86"], "x86 only");
        assert!(parse_expected("").unwrap().is_empty());
    }

    #[test]
    fn malformed_lists() {
        let error = |text: &str| parse_expected(text).unwrap_err();
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
