//! The instructions mode (`./y.sh bench --instructions`): the benchmark crate's rustc of one
//! scenario (full unless `--scenario` says; debuginfo 2) run under valgrind's callgrind, once
//! with each backend, once with `--baseline`'s build of our backend if given, and once with
//! `-Zno-codegen` added to its arguments (the front end alone, the same for every backend),
//! counting the instructions each executes. Wall times on the shared machine drift by 10 to
//! 50 % from run to run; these counts are the same for the same compiler and inputs, so that
//! changes of a percent show.
//!
//! Only that rustc runs under valgrind: cargo runs the workspace's rustc through a wrapper
//! script (`RUSTC_WORKSPACE_WRAPPER`, which applies to workspace members only; the dependencies
//! are built without it), and the script runs the primary package's rustc under callgrind when
//! the measured build names an output directory. Each run writes into a fresh
//! build/bench/callgrind/<benchmark>/<scenario>/<rustc>/, kept for callgrind_annotate.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::TAG;
use super::backends::{Backend, Backends};
use super::compile::{Build, TargetState};
use super::inputs::Benchmark;
use super::options::{Debuginfo, Scenario};
use super::results::{InstructionCount, InstructionCounts, Results};
use crate::fs::{create_dir, remove_dir, write_file};
use crate::step::step;

/// The variable naming the directory of callgrind's output for the measured build; the
/// preparations leave it unset, and the wrapper then runs rustc as it is.
const OUTPUT_DIR_VARIABLE: &str = "BENCH_CALLGRIND_DIR";
/// The workspace wrapper. Cargo also runs its probes of rustc (`-vV`, `--print`) and the other
/// members of the workspace (ripgrep's crates/) through it; `CARGO_PRIMARY_PACKAGE` is set for
/// the package `cargo rustc` builds only.
const WRAPPER: &str = r#"#!/bin/sh
# Written by `./y.sh bench --instructions` (build_system/src/bench/instructions.rs): cargo runs
# the rustc of the benchmark's workspace members through this script (RUSTC_WORKSPACE_WRAPPER).
if [ -n "$BENCH_CALLGRIND_DIR" ] && [ "$CARGO_PRIMARY_PACKAGE" = 1 ]; then
    exec valgrind --tool=callgrind --callgrind-out-file="$BENCH_CALLGRIND_DIR/callgrind.out.%p" "$@"
fi
exec "$@"
"#;
/// The prefix of callgrind's output files (`callgrind.out.<pid>`).
const OUTPUT_PREFIX: &str = "callgrind.out.";

/// A rustc whose instructions are counted.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rustc {
    /// With one of the three backends.
    Backend(Backend),
    /// With `--baseline`'s build of our backend.
    Baseline,
    /// With `-Zno-codegen`: the front end alone.
    NoCodegen,
}

impl Rustc {
    pub fn name(self) -> &'static str {
        match self {
            Rustc::Backend(backend) => backend.name(),
            Rustc::Baseline => "baseline",
            Rustc::NoCodegen => "no-codegen",
        }
    }

    /// What it adds to the benchmark crate's rustc arguments.
    fn leaf_args(self) -> Vec<String> {
        match self {
            Rustc::NoCodegen => vec!["-Zno-codegen".to_string()],
            Rustc::Backend(_) | Rustc::Baseline => Vec::new(),
        }
    }
}

/// valgrind's version, or an error naming the Debian package when it cannot be run.
pub fn find_valgrind() -> Result<String, String> {
    match Command::new("valgrind").arg("--version").output() {
        Ok(output) if output.status.success() => {
            Ok(String::from_utf8_lossy(&output.stdout).trim().to_string())
        }
        _ => Err("cannot run valgrind, which --instructions runs rustc under: install the \
                  Debian package `valgrind` (apt-get install valgrind)"
            .to_string()),
    }
}

/// `backends` with `--baseline`'s dylib as our backend, failing if there is no such file or
/// rustc cannot load it.
pub fn baseline_backends(backends: &Backends, dylib: &Path) -> Result<Backends, String> {
    if !dylib.is_file() {
        return Err(format!(
            "--baseline {}: no such file (expected another build of our backend, a \
             librustc_codegen_cranelift.so)",
            dylib.display()
        ));
    }
    let dylib = std::path::absolute(dylib).map_err(|e| e.to_string())?;
    let flag = format!("-Zcodegen-backend={}", dylib.display());
    let output = Command::new(&backends.rustc)
        .args([flag.as_str(), "-vV"])
        .output()
        .map_err(|e| format!("cannot run rustc: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "--baseline {}: `rustc {flag} -vV` fails ({}): is it a build of our backend for \
             this toolchain?\n{}",
            dylib.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(Backends { ours: dylib, ..backends.clone() })
}

/// What the instructions mode counts: the rustc of which scenario, with which backends.
pub struct Counting<'a> {
    pub scenario: Scenario,
    pub backends: &'a Backends,
    /// `--baseline`'s build of our backend, with the others as in `backends`.
    pub baseline: Option<&'a Backends>,
}

/// Counts the instructions of the benchmark crate's rustc in the scenario with each backend,
/// then with `baseline` (our backend as `--baseline` gives it) and with -Zno-codegen. A run
/// that fails is recorded as such, and the others go on.
pub fn measure(
    counting: &Counting,
    benchmark: &Benchmark,
    copy: &Path,
    stamp: &Path,
    out_dir: &Path,
    results: &mut Results,
) -> Result<(), String> {
    let callgrind_dir = out_dir.join("callgrind");
    let wrapper = callgrind_dir.join("rustc-wrapper.sh");
    create_dir(&callgrind_dir)?;
    write_file(&wrapper, WRAPPER.as_bytes())?;
    fs::set_permissions(&wrapper, fs::Permissions::from_mode(0o755))
        .map_err(|e| format!("cannot make {} executable: {e}", wrapper.display()))?;
    let Counting { scenario, backends, baseline } = *counting;
    let make_build = |backends, backend: Backend, rustc: Rustc| Build {
        backends,
        backend,
        benchmark,
        copy,
        stamp,
        target_dir: out_dir.join("target").join(rustc.name()).join(&benchmark.name),
        debuginfo: Debuginfo::Full,
        ice_dir: out_dir.join("ice"),
        workspace_wrapper: Some(&wrapper),
        leaf_args: rustc.leaf_args(),
    };
    let mut runs: Vec<(Rustc, Build)> = Backend::ALL
        .iter()
        .map(|&backend| {
            let rustc = Rustc::Backend(backend);
            (rustc, make_build(backends, backend, rustc))
        })
        .collect();
    if let Some(baseline) = baseline {
        runs.push((Rustc::Baseline, make_build(baseline, Backend::Ours, Rustc::Baseline)));
    }
    // Its own target directory, the dependencies built by LLVM: the incremental scenarios need
    // a cache filled with -Zno-codegen (rustc drops one filled with other arguments).
    runs.push((Rustc::NoCodegen, make_build(backends, Backend::Llvm, Rustc::NoCodegen)));

    let mut states: BTreeMap<PathBuf, TargetState> = BTreeMap::new();
    let mut counts = Vec::new();
    for (rustc, build) in &runs {
        let label = format!("{} {}", benchmark.name, rustc.name());
        let state = states.entry(build.target_dir.clone()).or_default();
        let dir = callgrind_dir.join(&benchmark.name).join(scenario.name()).join(rustc.name());
        let count = match build.needs_preparation(scenario, state) {
            Some(what) => step(TAG, &format!("{label}: {what} (untimed)"), || {
                build.prepare_for(scenario, state)
            }),
            None => Ok(()),
        }
        .and_then(|()| {
            step(TAG, &format!("{label}: the benchmark crate's rustc under callgrind"), || {
                // A fresh directory: only this run's output is in it.
                remove_dir(&dir)?;
                create_dir(&dir)?;
                let env = [(OUTPUT_DIR_VARIABLE, dir.as_path())];
                build.measure_with(scenario, state, &env)?;
                largest_output(&dir)
            })
        });
        if let Err(e) = &count {
            eprintln!("{e}");
        }
        counts.push((*rustc, count));
    }
    results.instructions.push(InstructionCounts {
        benchmark: benchmark.name.clone(),
        scenario,
        counts,
    });
    Ok(())
}

/// The callgrind output of `dir` with the largest count: the benchmark crate's rustc, not a
/// smaller compilation of its package (a build script) that went through the wrapper too.
fn largest_output(dir: &Path) -> Result<InstructionCount, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut largest: Option<InstructionCount> = None;
    for entry in entries {
        let file = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?.path();
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        if !name.starts_with(OUTPUT_PREFIX) {
            continue;
        }
        let bytes = fs::read(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let instructions = total(&String::from_utf8_lossy(&bytes))
            .map_err(|e| format!("{}: {e}", file.display()))?;
        if largest.as_ref().is_none_or(|count| instructions > count.instructions) {
            largest = Some(InstructionCount { instructions, file });
        }
    }
    largest.ok_or_else(|| {
        format!(
            "no callgrind output in {}: cargo did not run the benchmark crate's rustc through \
             the wrapper",
            dir.display()
        )
    })
}

/// The instructions a callgrind output counts: its `totals:` line (the last), or for a file
/// without one its `summary:` line (in the header). Its first event is the instructions
/// executed (`Ir`), callgrind's only one unless told to simulate caches or branches.
pub fn total(output: &str) -> Result<u64, String> {
    let line_of = |prefix: &str| output.lines().find_map(|line| line.strip_prefix(prefix));
    let counts = line_of("totals:")
        .or_else(|| line_of("summary:"))
        .ok_or("no `totals:` or `summary:` line: not a complete callgrind output")?;
    let first = counts.split_whitespace().next().unwrap_or_default();
    first.parse().map_err(|_| format!("`{}` is not a count of instructions", counts.trim()))
}

#[cfg(test)]
mod tests {
    use super::total;

    // The header and the end of callgrind 3.19's output for /bin/true.
    const OUTPUT: &str = "# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 13967
cmd:  /bin/true
part: 1

positions: line
events: Ir
summary: 126403


ob=(1) /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
fl=(1) ???
fn=(1) 0x000000000001d100
0 3
cfn=(2) _dl_start
calls=1 0
0 126400

totals: 126403
";

    #[test]
    fn counts_of_callgrind_outputs() {
        assert_eq!(total(OUTPUT), Ok(126_403));
        // The totals win over the header's summary; further events (cache simulation) are
        // ignored.
        assert_eq!(total("summary: 5\ntotals: 9330123456 12 7\n"), Ok(9_330_123_456));
        let header_only = OUTPUT.replace("totals: 126403\n", "");
        assert_eq!(total(&header_only), Ok(126_403));
    }

    #[test]
    fn not_callgrind_outputs() {
        assert_eq!(
            total("events: Ir\n0 3\n"),
            Err("no `totals:` or `summary:` line: not a complete callgrind output".to_string())
        );
        assert_eq!(total(""), total("events: Ir\n"));
        assert_eq!(total("totals: 12k\n"), Err("`12k` is not a count of instructions".to_string()));
        assert_eq!(total("totals:\n"), Err("`` is not a count of instructions".to_string()));
    }
}
