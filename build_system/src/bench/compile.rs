//! One benchmark built by one backend with one debuginfo setting: the cargo command (as
//! rustc-perf runs it: `cargo rustc` of the benchmark crate, its `cargo_rustc_opts` and
//! `-Cincremental` given to that crate only), and each scenario's preparation (untimed) and
//! timed build.
//!
//! The backend's flag goes in `RUSTFLAGS`, so that dependencies, build scripts and proc macros
//! are compiled by the same backend. Cargo's own incremental mode is off (`CARGO_INCREMENTAL=0`)
//! and the benchmark crate gets `-Cincremental=<target>/incremental-state` in the incremental
//! scenarios, as rustc-perf does, so that dependencies are never built incrementally.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::backends::{Backend, Backends};
use super::inputs::{self, Benchmark};
use super::options::{Debuginfo, Scenario};
use super::results::FnCacheUse;
use crate::fs::{read_text, remove_dir, remove_file, write_file};
use crate::process::{self, Output, Status};

/// A build still running after this long is killed and fails.
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(60 * 60);
/// Lines of a failed build's output kept in its explanation.
const EXCERPT_LINES: usize = 30;
/// Frames of a panic's backtrace in the backend kept in the explanation.
const BACKEND_FRAMES: usize = 3;

/// What is known of a build's target directory between scenarios.
#[derive(Default)]
pub struct TargetState {
    /// The dependencies are built (and the benchmark crate once): the leaf scenarios can run.
    pub ready: bool,
    /// The incremental cache holds the benchmark crate as its sources are now, unpatched.
    pub incremental_cache_current: bool,
}

pub struct Build<'a> {
    pub backends: &'a Backends,
    pub backend: Backend,
    pub benchmark: &'a Benchmark,
    /// The benchmark's copy, which builds and patches change.
    pub copy: &'a Path,
    /// The stamp of the copy (see `inputs::stamp_of`).
    pub stamp: &'a Path,
    /// `build/bench/target/<backend>/<benchmark>`.
    pub target_dir: PathBuf,
    pub debuginfo: Debuginfo,
    /// Where rustc writes its reports of a crash (`RUSTC_ICE`), instead of the crate's
    /// directory (in cargo's registry, for a dependency).
    pub ice_dir: PathBuf,
    /// A program cargo runs the rustc of the benchmark's workspace members through
    /// (`RUSTC_WORKSPACE_WRAPPER`), in every build of this target directory: cargo hashes its
    /// path into those crates' metadata, so that a build without it would rebuild them.
    pub workspace_wrapper: Option<&'a Path>,
    /// Added to the benchmark crate's rustc arguments in every build of this target directory
    /// (`-Zno-codegen`): rustc's incremental cache is only reused by builds with the same
    /// arguments.
    pub leaf_args: Vec<String>,
}

impl Build<'_> {
    fn incremental_dir(&self) -> PathBuf {
        self.target_dir.join("incremental-state")
    }

    /// `cargo rustc` of the benchmark crate, `leaf_args` given to its rustc after the
    /// benchmark's `cargo_rustc_opts`.
    fn command(&self, leaf_args: &[String]) -> Command {
        let config = &self.benchmark.config;
        let mut cmd = Command::new(&self.backends.cargo);
        cmd.current_dir(self.copy)
            .args(["rustc", "--frozen", "--manifest-path"])
            .arg(self.copy.join("Cargo.toml"))
            .arg("--target-dir")
            .arg(&self.target_dir)
            .args(&config.cargo_opts)
            .arg("--")
            .args(&config.cargo_rustc_opts)
            .args(&self.leaf_args)
            .args(leaf_args);
        cmd.env("RUSTC", &self.backends.rustc)
            .env("RUSTFLAGS", self.backends.codegen_flag(self.backend).unwrap_or_default())
            .env("CARGO_INCREMENTAL", "0")
            .env("CARGO_PROFILE_DEV_DEBUG", self.debuginfo.name())
            .env("RUSTC_ICE", &self.ice_dir);
        // Nothing of the caller's environment may change what is measured.
        for variable in [
            "CARGO_ENCODED_RUSTFLAGS",
            "CARGO_BUILD_RUSTFLAGS",
            "RUSTC_WRAPPER",
            "RUSTC_WORKSPACE_WRAPPER",
            "CARGO_BUILD_JOBS",
            "CARGO_TARGET_DIR",
        ] {
            cmd.env_remove(variable);
        }
        if let Some(wrapper) = self.workspace_wrapper {
            cmd.env("RUSTC_WORKSPACE_WRAPPER", wrapper);
        }
        cmd
    }

    /// Runs cargo, returning its wall time in seconds and its output; a failed build is an
    /// error showing its errors.
    fn run(&self, leaf_args: &[String]) -> Result<(f64, Output), String> {
        self.run_with(leaf_args, &[])
    }

    /// `run`, with `env` added to cargo's environment (which the workspace wrapper inherits).
    fn run_with(
        &self,
        leaf_args: &[String],
        env: &[(&str, &Path)],
    ) -> Result<(f64, Output), String> {
        let mut cmd = self.command(leaf_args);
        cmd.envs(env.iter().copied());
        let start = Instant::now();
        let output = process::run(&mut cmd, BUILD_TIME_LIMIT)?;
        let seconds = start.elapsed().as_secs_f64();
        if output.status != Status::Exit(0) {
            // What the command line does not show.
            let mut settings = format!(
                "RUSTFLAGS={} CARGO_PROFILE_DEV_DEBUG={}",
                self.backends.codegen_flag(self.backend).unwrap_or_default(),
                self.debuginfo.name()
            );
            if let Some(wrapper) = self.workspace_wrapper {
                settings.push_str(&format!(" RUSTC_WORKSPACE_WRAPPER={}", wrapper.display()));
            }
            for (name, value) in env {
                settings.push_str(&format!(" {name}={}", value.display()));
            }
            return Err(format!(
                "`{}` failed ({}); with {settings}:\n{}",
                process::command_line(&cmd),
                output.status,
                failure_excerpt(&String::from_utf8_lossy(&output.stderr))
            ));
        }
        Ok((seconds, output))
    }

    fn incremental_args(&self) -> Vec<String> {
        vec![format!("-Cincremental={}", self.incremental_dir().display())]
    }

    /// Builds the dependencies and the benchmark crate (untimed), as the leaf scenarios expect.
    pub fn prepare(&self, state: &mut TargetState) -> Result<(), String> {
        self.run(&[])?;
        state.ready = true;
        Ok(())
    }

    /// Fills the incremental cache from the current sources (untimed), unless it holds them.
    pub fn prepare_incremental_cache(&self, state: &mut TargetState) -> Result<(), String> {
        if state.incremental_cache_current {
            return Ok(());
        }
        inputs::touch(self.copy, &self.benchmark.config)?;
        self.run(&self.incremental_args())?;
        state.incremental_cache_current = true;
        Ok(())
    }

    /// The preparation `scenario` needs before its timed build, if any: what it says and does.
    pub fn needs_preparation(&self, scenario: Scenario, state: &TargetState) -> Option<&str> {
        let needs_cache = matches!(scenario, Scenario::IncrUnchanged | Scenario::IncrPatched)
            && !state.incremental_cache_current;
        match (scenario, state.ready, needs_cache) {
            (Scenario::Clean, ..) => None,
            (_, false, false) => Some("build the dependencies"),
            (_, false, true) => Some("build the dependencies, fill the incremental cache"),
            (_, true, true) => Some("fill the incremental cache"),
            (_, true, false) => None,
        }
    }

    /// Runs `needs_preparation`'s preparation.
    pub fn prepare_for(&self, scenario: Scenario, state: &mut TargetState) -> Result<(), String> {
        if !state.ready && scenario != Scenario::Clean {
            self.prepare(state)?;
        }
        if matches!(scenario, Scenario::IncrUnchanged | Scenario::IncrPatched) {
            self.prepare_incremental_cache(state)?;
        }
        Ok(())
    }

    /// One run of `scenario` after its preparation: the wall time of its build, in seconds.
    pub fn measure(&self, scenario: Scenario, state: &mut TargetState) -> Result<f64, String> {
        self.measure_with(scenario, state, &[])
    }

    /// `measure`, with `env` added to cargo's environment.
    pub fn measure_with(
        &self,
        scenario: Scenario,
        state: &mut TargetState,
        env: &[(&str, &Path)],
    ) -> Result<f64, String> {
        let config = &self.benchmark.config;
        match scenario {
            Scenario::Clean => {
                state.ready = false;
                state.incremental_cache_current = false;
                remove_dir(&self.target_dir)?;
                let (seconds, _) = self.run_with(&[], env)?;
                state.ready = true;
                Ok(seconds)
            }
            Scenario::Full => {
                inputs::touch(self.copy, config)?;
                Ok(self.run_with(&[], env)?.0)
            }
            Scenario::IncrFull => {
                state.incremental_cache_current = false;
                remove_dir(&self.incremental_dir())?;
                inputs::touch(self.copy, config)?;
                let (seconds, _) = self.run_with(&self.incremental_args(), env)?;
                state.incremental_cache_current = true;
                Ok(seconds)
            }
            Scenario::IncrUnchanged => {
                inputs::touch(self.copy, config)?;
                Ok(self.run_with(&self.incremental_args(), env)?.0)
            }
            Scenario::IncrPatched => {
                let patch = self.benchmark.first_patch.as_deref().ok_or_else(|| {
                    format!("{} has no 0-*.patch for incr-patched", self.benchmark.name)
                })?;
                // Without its stamp, a copy left patched by an interrupted run is made again.
                let key = read_text(self.stamp)?;
                remove_file(self.stamp)?;
                state.incremental_cache_current = false;
                apply_patch(self.copy, patch, false)?;
                let timed = inputs::touch(self.copy, config)
                    .and_then(|()| self.run_with(&self.incremental_args(), env));
                apply_patch(self.copy, patch, true)?;
                write_file(self.stamp, key.as_bytes())?;
                Ok(timed?.0)
            }
        }
    }

    /// What our backend's function cache did in the last incremental build (its summaries,
    /// `last-session-<crate>.txt`, in the incremental directory's `*.cranelift-fn-cache`) and
    /// the size of those directories; none for the other backends or without a summary.
    pub fn fn_cache_use(&self) -> Option<FnCacheUse> {
        if self.backend != Backend::Ours {
            return None;
        }
        let mut total = FnCacheUse { hits: 0, misses: 0, disk_bytes: 0 };
        let mut summaries = 0;
        for cache in std::fs::read_dir(self.incremental_dir()).ok()?.filter_map(Result::ok) {
            if !cache.file_name().to_string_lossy().ends_with(".cranelift-fn-cache") {
                continue;
            }
            for file in std::fs::read_dir(cache.path()).ok()?.filter_map(Result::ok) {
                total.disk_bytes += file.metadata().map_or(0, |metadata| metadata.len());
                let name = file.file_name().to_string_lossy().into_owned();
                if !(name.starts_with("last-session-") && name.ends_with(".txt")) {
                    continue;
                }
                let text = read_text(&file.path()).ok()?;
                let count = |label: &str| {
                    text.lines()
                        .find_map(|line| line.strip_prefix(label)?.trim().parse::<u64>().ok())
                };
                total.hits += count("hits ")?;
                total.misses += count("misses ")?;
                summaries += 1;
            }
        }
        (summaries > 0).then_some(total)
    }

    /// Rebuilds the benchmark crate (scenario full, untimed) with `-Ztime-passes`, returning
    /// rustc's stderr and the build's peak resident set size (that of its largest process,
    /// rustc), in bytes.
    pub fn time_passes(&self, state: &mut TargetState) -> Result<(String, Option<u64>), String> {
        self.prepare_for(Scenario::Full, state)?;
        inputs::touch(self.copy, &self.benchmark.config)?;
        let args = ["-Ztime-passes", "-Ztime-passes-format=json"].map(str::to_string);
        let (_, output) = self.run(&args)?;
        Ok((String::from_utf8_lossy(&output.stderr).into_owned(), output.peak_rss))
    }
}

/// Applies `patch` in `dir` (`patch -p1`), or reverts it (`-R`).
fn apply_patch(dir: &Path, patch: &Path, reverse: bool) -> Result<(), String> {
    let mut cmd = Command::new("patch");
    cmd.current_dir(dir).args(["-p1", "--forward", "-i"]).arg(patch);
    if reverse {
        cmd.arg("-R");
    }
    let output = process::run(&mut cmd, Duration::from_secs(60))?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "`{}` in {} failed ({}):\n{}{}",
            process::command_line(&cmd),
            dir.display(),
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}

/// The lines of a failed build's stderr that say why: where each panic happened and its
/// message, the first frames of its backtrace in a Cranelift backend, and each `error` line
/// with its context (up to a blank line); the last lines if there is none of these.
pub fn failure_excerpt(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut backend_frames = 0;
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        index += 1;
        if line.contains(" panicked at ") {
            kept.push(line);
            kept.extend(lines.get(index));
            index += 1;
            backend_frames = 0;
        } else if line.contains("rustc_codegen_cranelift::") {
            if backend_frames < BACKEND_FRAMES {
                kept.push(line);
            }
            backend_frames += 1;
        } else if line.starts_with("error") {
            kept.push(line);
            while let Some(next) = lines.get(index)
                && !next.trim().is_empty()
                && !next.starts_with("error")
                && !next.starts_with("warning")
            {
                kept.push(next);
                index += 1;
            }
        }
    }
    if kept.is_empty() {
        kept = lines[lines.len().saturating_sub(EXCERPT_LINES)..].to_vec();
    }
    let mut excerpt = kept[..kept.len().min(EXCERPT_LINES)].join("\n");
    if kept.len() > EXCERPT_LINES {
        excerpt.push_str(&format!("\n... ({} more lines)", kept.len() - EXCERPT_LINES));
    }
    excerpt
}

#[cfg(test)]
mod tests {
    use super::failure_excerpt;

    #[test]
    fn compile_errors_with_their_context() {
        let stderr = "   Compiling a v0.1.0\nwarning: unused\n  |\nerror[E0425]: cannot find value \
                      `x`\n --> src/lib.rs:1:1\n  |\n\nerror: aborting due to 1 previous error\n\n\
                      error: could not compile `a` (lib)\n\nCaused by:\n  process didn't exit";
        assert_eq!(
            failure_excerpt(stderr),
            "error[E0425]: cannot find value `x`\n --> src/lib.rs:1:1\n  |\n\
             error: aborting due to 1 previous error\nerror: could not compile `a` (lib)"
        );
    }

    // Shortened from ours building hyper's dependency httparse.
    const ICE: &str = "   Compiling httparse v1.9.5
thread 'rustc' (31194) panicked at /rustc-dev/7df8138/compiler/rustc_errors/src/lib.rs:458:17:
`trimmed_def_paths` called, diagnostics were expected but none were emitted.
   0: <rustc_errors::DiagCtxtHandle>::set_must_produce_diag
   7: <rustc_middle::ty::context::TyCtxt>::def_path_str::<rustc_span::def_id::DefId>
   8: rustc_codegen_cranelift::intrinsics::llvm::lower_llvm_intrinsic
   9: rustc_codegen_cranelift::lower::call::lower_call
  10: <rustc_codegen_cranelift::lower::FunctionCx>::lower_terminator
  11: <rustc_codegen_cranelift::lower::FunctionCx>::lower_block
  12: rustc_codegen_cranelift::lower::lower_function

error: the compiler unexpectedly panicked. This is a bug

note: compiler flags: -Z codegen-backend=/work/dist/librustc_codegen_cranelift.so

error: could not compile `httparse` (lib)

Caused by:
  process didn't exit successfully: `rustc --crate-name httparse` (exit status: 101)
";

    #[test]
    fn panics_with_the_backend_frames() {
        assert_eq!(
            failure_excerpt(ICE),
            "thread 'rustc' (31194) panicked at /rustc-dev/7df8138/compiler/rustc_errors/src/lib.rs:458:17:
`trimmed_def_paths` called, diagnostics were expected but none were emitted.
   8: rustc_codegen_cranelift::intrinsics::llvm::lower_llvm_intrinsic
   9: rustc_codegen_cranelift::lower::call::lower_call
  10: <rustc_codegen_cranelift::lower::FunctionCx>::lower_terminator
error: the compiler unexpectedly panicked. This is a bug
error: could not compile `httparse` (lib)"
        );
    }

    #[test]
    fn without_errors_the_last_lines() {
        let stderr: String = (1..=40).map(|n| format!("line {n}\n")).collect();
        let excerpt = failure_excerpt(&stderr);
        assert!(excerpt.starts_with("line 11\n") && excerpt.ends_with("line 40"));
        assert_eq!(failure_excerpt("only\n"), "only");
        assert_eq!(failure_excerpt(""), "");
    }

    #[test]
    fn long_explanations_are_cut() {
        let stderr: String = (1..=50).map(|n| format!("error: number {n}\n")).collect();
        let excerpt = failure_excerpt(&stderr);
        assert!(excerpt.starts_with("error: number 1\nerror: number 2\n"));
        assert!(excerpt.ends_with("error: number 30\n... (20 more lines)"));
    }
}
