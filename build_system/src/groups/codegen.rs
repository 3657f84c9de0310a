//! The codegen group: the machine code the backend chooses, where running a program cannot
//! tell (an atomic ordering's fence costs time, not output). Each tests/codegen/<name>.rs is
//! compiled as a library with `--emit=asm` (Cranelift's listing: a `# <symbol>` line, then the
//! function's instructions) for every target its checks name, against the toolchain's
//! standard library of that target, and must satisfy its checks:
//!
//! `//@ check <target> <function> has <text>` (or `lacks <text>`): the listing of the
//! `#[no_mangle]` function `<function>` for `<target>` contains (does not contain) `<text>`.
//! `//@ compile-flags: ...` lines add rustc flags for every target.
//!
//! A target other than the host needs rustup's standard library for it (as run_pass_aarch64).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::Context;
use crate::fs::{create_dir, read_text, remove_dir};
use crate::process::{self, Status};
use crate::report;
use crate::runner::{self, Case, Tally};
use crate::rustc::{self, Backend};

const GROUP: &str = "codegen";
const SOURCES: &str = "tests/codegen";

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests check the Cranelift backend's machine code");
        return Ok(());
    }
    let mut names = super::sources(SOURCES)?;
    names.retain(|name| ctx.selects(GROUP, name));
    if names.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    create_dir(&ctx.build_dir(GROUP))?;
    let ctx: &Context = ctx;
    let cases = names
        .into_iter()
        .map(|name| Case { name: name.clone(), run: Box::new(move || check(ctx, &name)) })
        .collect();
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

/// One `//@ check` line.
#[derive(Debug, PartialEq)]
struct Check {
    target: String,
    function: String,
    /// `has` (true) or `lacks` (false).
    has: bool,
    text: String,
}

fn parse_checks(source: &str) -> Result<Vec<Check>, String> {
    let mut checks = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let Some(rest) = line.trim().strip_prefix("//@ check ") else { continue };
        let mut words = rest.splitn(4, ' ');
        let (Some(target), Some(function), Some(verb), Some(text)) =
            (words.next(), words.next(), words.next(), words.next())
        else {
            return Err(format!(
                "line {}: expected `//@ check <target> <function> has|lacks <text>`",
                index + 1
            ));
        };
        let has = match verb {
            "has" => true,
            "lacks" => false,
            _ => return Err(format!("line {}: `{verb}` is neither `has` nor `lacks`", index + 1)),
        };
        checks.push(Check {
            target: target.to_string(),
            function: function.to_string(),
            has,
            text: text.trim().to_string(),
        });
    }
    Ok(checks)
}

/// The instructions of `function` in a listing: the lines after its `# <symbol>` line, up to
/// the next function's.
fn function_listing<'a>(listing: &'a str, function: &str) -> Option<&'a str> {
    let header = format!("# {function}\n");
    let start = if listing.starts_with(&header) {
        header.len()
    } else {
        listing.find(&format!("\n{header}"))? + header.len() + 1
    };
    let rest = &listing[start..];
    Some(rest.find("\n# ").map_or(rest, |end| &rest[..end]))
}

fn check(ctx: &Context, name: &str) -> Result<(), String> {
    let source = PathBuf::from(format!("{SOURCES}/{name}.rs"));
    let text = read_text(&source)?;
    let checks = parse_checks(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    let flags: Vec<&str> = text
        .lines()
        .filter_map(|line| line.trim().strip_prefix("//@ compile-flags:"))
        .flat_map(str::split_whitespace)
        .collect();
    if checks.is_empty() {
        return Err(format!("{} has no `//@ check` line", source.display()));
    }
    let case_dir = ctx.build_dir(GROUP).join(name);
    remove_dir(&case_dir)?;
    create_dir(&case_dir)?;
    let targets: BTreeSet<&str> = checks.iter().map(|check| check.target.as_str()).collect();
    let mut problems = Vec::new();
    for target in targets {
        let listing = match emit_listing(ctx, &source, &flags, &case_dir, target) {
            Ok(listing) => listing,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        for check in checks.iter().filter(|check| check.target == target) {
            let Some(code) = function_listing(&listing, &check.function) else {
                problems
                    .push(format!("{target}: the listing has no function `{}`", check.function));
                continue;
            };
            if code.contains(&check.text) != check.has {
                let verb = if check.has { "lacks" } else { "has" };
                problems.push(format!(
                    "{target}: `{}` {verb} `{}`:\n{code}",
                    check.function, check.text
                ));
            }
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// Compiles `source` for `target` with the extra rustc `flags` and reads the listing.
fn emit_listing(
    ctx: &Context,
    source: &Path,
    flags: &[&str],
    dir: &Path,
    target: &str,
) -> Result<String, String> {
    if !ctx.rustc.toolchain.has_target(target) {
        return Err(format!(
            "the standard library for {target} is missing: rustup target add {target} \
             --toolchain {}",
            ctx.rustc.toolchain.channel
        ));
    }
    let listing = dir.join(format!("{target}.s"));
    let mut cmd = ctx.rustc.command();
    cmd.args(["--crate-type", "lib", "--emit=asm", "--target", target])
        .args(flags)
        .arg("-o")
        .arg(&listing)
        .arg(source);
    let output = rustc::run(&mut cmd)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "{target}: rustc failed ({})\ncommand: {}\n{}",
            output.status,
            process::command_line(&cmd),
            report::excerpt("compiler stderr", &output.stderr)
        ));
    }
    read_text(&listing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_parse() {
        let source = "//@ check x86_64-unknown-linux-gnu store lacks mfence\n\
                      fn f() {}\n    //@ check aarch64-unknown-linux-gnu load has ldr x0, [x0]";
        let checks = parse_checks(source).unwrap();
        assert_eq!(checks.len(), 2);
        assert_eq!(checks[0].function, "store");
        assert!(!checks[0].has);
        assert_eq!(checks[1].text, "ldr x0, [x0]");
        assert!(parse_checks("//@ check x86_64 f contains x").is_err());
        assert!(parse_checks("//@ check x86_64 f").is_err());
    }

    #[test]
    fn listings_split_by_function() {
        let listing = "# first\n  mov a\n  ret\n\n# second\n  mfence\n  ret\n";
        assert_eq!(function_listing(listing, "first"), Some("  mov a\n  ret\n"));
        assert_eq!(function_listing(listing, "second"), Some("  mfence\n  ret\n"));
        assert_eq!(function_listing(listing, "fir"), None);
    }
}
