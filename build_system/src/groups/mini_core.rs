//! example/mini_core.rs: the `#![no_core]` library that the examples and the compile-fail
//! tests link against. It is built once per run, as a test case of the first group needing it.

use std::path::PathBuf;

use super::Context;
use crate::fs::create_dir;
use crate::runner::{self, Case, Tally};
use crate::rustc;

/// Where mini_core is built: the no_sysroot build directory.
pub fn dir(ctx: &Context) -> PathBuf {
    ctx.build_dir("no_sysroot")
}

/// Builds mini_core into `dir(ctx)` unless that was already tried in this run, recording the
/// outcome in `ctx.mini_core_built`.
pub fn ensure_built(ctx: &mut Context, group: &str, tally: &mut Tally) {
    if ctx.mini_core_built.is_some() {
        return;
    }
    let out_dir = dir(ctx);
    let mut cmd = ctx.rustc.command();
    cmd.args([
        "--crate-type",
        "lib",
        "--crate-name",
        "mini_core",
        "example/mini_core.rs",
        "--out-dir",
    ])
    .arg(&out_dir);
    let run = || {
        create_dir(&out_dir)?;
        rustc::compile(&mut cmd)
    };
    let case = Case { name: "mini_core".to_string(), run: Box::new(run) };
    ctx.mini_core_built = Some(runner::run_cases(group, vec![case], tally));
}

/// Why a case could not run.
pub const NOT_BUILT: &str = "not run: mini_core failed to build (see its failure above)";
