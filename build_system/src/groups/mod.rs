//! The test groups, in the order they run, and the context they share: the rustc under
//! test, the command-line options and the build directories.

mod abi_cafe;
mod backend_options;
mod codegen;
mod compile_fail;
mod core_arch;
mod core_arch_aarch64;
mod crates;
mod debuginfo;
mod dwarf_verify;
mod fn_cache;
mod libtest;
mod mini_core;
mod no_sysroot;
mod portable_simd;
mod run_pass;
mod run_pass_cross;
mod rustc_ui;
mod sysroot_tests;
mod toolchain;

use std::path::{Path, PathBuf};

use crate::fs::rust_files;
use crate::runner::{Case, Tally};
use crate::rustc::{Backend, Rustc};

/// Runs a group's cases, adding their results to the tally.
type RunGroup = fn(&mut Context, &mut Tally) -> Result<(), String>;

/// The groups, in the order they run.
pub const GROUPS: &[(&str, RunGroup)] = &[
    ("no_sysroot", no_sysroot::run),
    ("no_sysroot_opt", no_sysroot::run_opt),
    ("compile_fail", compile_fail::run),
    ("backend_options", backend_options::run),
    ("codegen", codegen::run),
    ("run_pass", run_pass::run),
    ("run_pass_debuginfo", run_pass::run_debuginfo),
    ("std_examples", run_pass::run_std_examples),
    ("run_pass_aarch64", run_pass_cross::run_aarch64),
    ("run_pass_riscv64", run_pass_cross::run_riscv64),
    ("run_pass_s390x", run_pass_cross::run_s390x),
    ("sysroot_tests", sysroot_tests::run),
    ("sysroot_tests_aarch64", sysroot_tests::run_aarch64),
    ("portable_simd", portable_simd::run),
    ("core_arch", core_arch::run),
    ("core_arch_aarch64", core_arch_aarch64::run),
    ("debuginfo", debuginfo::run),
    ("fn_cache", fn_cache::run),
    ("toolchain", toolchain::run),
    ("rustc_ui", rustc_ui::run),
    ("abi_cafe", abi_cafe::run),
    ("crates", crates::run),
];

/// Whether a group has anything to run here: std_examples only exists with example/std/.
/// A group without is left out of a run of all groups, without a word.
pub fn present(group: &str) -> bool {
    group != "std_examples" || run_pass::std_examples_present()
}

pub struct Context {
    pub rustc: Rustc,
    /// Write actual outputs to the expectation files instead of comparing.
    pub bless: bool,
    /// Only cases whose `group/name` contains this run.
    pub filter: Option<String>,
    /// rustc_ui: run every test, not only the sample.
    pub all: bool,
    /// Whether mini_core was built successfully, once it has been tried in this run.
    pub mini_core_built: Option<bool>,
}

impl Context {
    pub fn selects(&self, group: &str, name: &str) -> bool {
        self.filter
            .as_ref()
            .is_none_or(|filter| format!("{group}/{name}").contains(filter.as_str()))
    }

    /// `build/<group>`, or `build/<group>_llvm` when testing the LLVM reference.
    pub fn build_dir(&self, group: &str) -> PathBuf {
        match self.rustc.backend {
            Backend::Cranelift(_) => PathBuf::from("build").join(group),
            Backend::Llvm => PathBuf::from("build").join(format!("{group}_llvm")),
        }
    }
}

/// The names of the `*.rs` files in `dir`, without extension, sorted.
fn sources(dir: &str) -> Result<Vec<String>, String> {
    let files = rust_files(Path::new(dir))?;
    let mut names: Vec<String> =
        files.iter().map(|file| file.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    // By name: `a` before `a-b`, which its file `a-b.rs` is not before `a.rs`.
    names.sort();
    Ok(names)
}

/// The entries of a checked-in list `text` (read from `path`) whose lines are `<item> # <reason>`
/// (`form` says what an item looks like), blank lines and `#` comment lines aside: line number,
/// item, reason.
fn parse_reasons(
    text: &str,
    path: &str,
    form: &str,
) -> Result<Vec<(usize, String, String)>, String> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((item, reason)) = line.split_once(" # ") else {
            return Err(format!("{path}:{}: expected `{form} # <reason>`", index + 1));
        };
        // The line is trimmed, so that the reason is never empty.
        let (item, reason) = (item.trim(), reason.trim());
        entries.push((index + 1, item.to_string(), reason.to_string()));
    }
    Ok(entries)
}

/// One case per name, each running `check(ctx, name)`, or failing at once if mini_core
/// could not be built.
fn cases_needing_mini_core<'a>(
    ctx: &'a Context,
    names: Vec<String>,
    check: impl Fn(&Context, &str) -> Result<(), String> + Copy + Send + 'a,
) -> Vec<Case<'a>> {
    let built = ctx.mini_core_built == Some(true);
    let case = |name: String| {
        let case_name = name.clone();
        let run = move || {
            if built { check(ctx, &name) } else { Err(mini_core::NOT_BUILT.to_string()) }
        };
        Case { name: case_name, run: Box::new(run) }
    };
    names.into_iter().map(case).collect()
}

#[cfg(test)]
mod tests {
    use super::parse_reasons;

    #[test]
    fn entries_with_their_line_numbers() {
        let text = "\
# Tests known to fail.

coretests/tests/num::test_a # needs f128 formatting
  spaced/out/name   #   trimmed reason \t
with/a # hash # in the reason
";
        let entries = parse_reasons(text, "list.txt", "<test>").unwrap();
        assert_eq!(
            entries,
            [
                (3, "coretests/tests/num::test_a".to_string(), "needs f128 formatting".to_string()),
                (4, "spaced/out/name".to_string(), "trimmed reason".to_string()),
                (5, "with/a".to_string(), "hash # in the reason".to_string()),
            ]
        );
        assert!(parse_reasons("", "list.txt", "<test>").unwrap().is_empty());
    }

    #[test]
    fn unicode_reasons() {
        let entries = parse_reasons("a/b/c # ne marche pas → à revoir\n", "l", "<t>").unwrap();
        assert_eq!(entries[0].2, "ne marche pas → à revoir");
    }

    #[test]
    fn malformed_lines() {
        let error = |text: &str| parse_reasons(text, "list.txt", "<test>").unwrap_err();
        assert_eq!(error("\nno reason here\n"), "list.txt:2: expected `<test> # <reason>`");
        // The separator is ` # `, spaces included.
        assert_eq!(error("a/b#reason\n"), "list.txt:1: expected `<test> # <reason>`");
        assert_eq!(error("a/b #    \n"), "list.txt:1: expected `<test> # <reason>`");
        assert_eq!(error("a/b # \t x\nc #  \t\n"), "list.txt:2: expected `<test> # <reason>`");
    }
}
