//! The compile_fail group: each tests/compile-fail/<name>.rs uses something the backend does
//! not support yet, or gives it a bad option. rustc must exit with status 1 and print the
//! test's `//@ error-pattern:` texts (a "not yet supported" error when it gives none), each
//! "not yet supported" error with its help naming the workaround (`codegen-backend = "llvm"`),
//! and not crash.

use std::path::PathBuf;

use super::{Context, mini_core};
use crate::fs::{create_dir, read_text};
use crate::process::{self, Status};
use crate::runner::{self, Tally};
use crate::rustc::{self, Backend};
use crate::{directives, report};

const GROUP: &str = "compile_fail";
const SOURCES: &str = "tests/compile-fail";
const UNSUPPORTED: &str = "not yet supported by the Cranelift backend";
/// What the help of such an error tells to write in Cargo.toml.
pub const WORKAROUND: &str = "codegen-backend = \"llvm\"";
/// Signs of a crash rather than a reported error.
pub const FORBIDDEN: &[&str] =
    &["panicked", "internal compiler error", "stack backtrace", "RUST_BACKTRACE"];

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests check the Cranelift backend's own errors");
        return Ok(());
    }
    let mut names = super::sources(SOURCES)?;
    names.retain(|name| ctx.selects(GROUP, name));
    if names.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    let build_dir = ctx.build_dir(GROUP);
    create_dir(&build_dir)?;
    mini_core::ensure_built(ctx, GROUP, tally);
    let cases = super::cases_needing_mini_core(ctx, names, check);
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

fn check(ctx: &Context, name: &str) -> Result<(), String> {
    let source = PathBuf::from(format!("{SOURCES}/{name}.rs"));
    let text = read_text(&source)?;
    let directives = directives::parse(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    let output_path = ctx.build_dir(GROUP).join(name);
    let mut cmd =
        ctx.rustc.binary(&source, &output_path, &mini_core::dir(ctx), &directives.compile_flags);
    let output = rustc::run(&mut cmd)?;
    let stderr = String::from_utf8_lossy(&output.stderr);

    let mut problems = Vec::new();
    if output.status != Status::Exit(1) {
        problems.push(format!("rustc should exit with status 1, got: {}", output.status));
    }
    let default_pattern = [UNSUPPORTED.to_owned()];
    let wanted_patterns = if directives.error_patterns.is_empty() {
        &default_pattern[..]
    } else {
        &directives.error_patterns[..]
    };
    for wanted in wanted_patterns {
        if !stderr.contains(wanted) {
            problems.push(format!("stderr lacks `{wanted}`"));
        }
    }
    // Every "not yet supported" error comes with the way around it.
    let unsupported = stderr.matches(UNSUPPORTED).count();
    let helped = stderr.matches(WORKAROUND).count();
    if helped < unsupported {
        problems.push(format!(
            "{unsupported} \"{UNSUPPORTED}\" errors but {helped} helps naming `{WORKAROUND}`"
        ));
    }
    for crash in FORBIDDEN {
        if stderr.contains(crash) {
            problems.push(format!(
                "stderr contains `{crash}`: the compiler crashed instead of reporting an error"
            ));
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    problems.push(format!("command: {}", process::command_line(&cmd)));
    problems.push(report::excerpt("compiler stderr", &output.stderr));
    Err(problems.join("\n"))
}
