//! One test of the rustc_ui group: its auxiliary crates, its build by the toolchain's rustc
//! (LLVM, the reference) and by dist/rustc-clif, the runs of both programs and the comparison.
//! What is compared depends on the test's `Kind`.
//!
//! Everything a test produces goes to its own directory, build/rustc_ui/cases/<id>/:
//! - `aux-llvm/`, `aux-clif/`: its auxiliary libraries (rlibs, whatever crate type their
//!   sources ask for) built by each side, `bin/` in them the programs of `aux-bin`;
//! - `aux-host/`: proc macros, built once with the toolchain's rustc as it is (LLVM, unwinding)
//!   so that rustc can load them, and used by both sides; `aux-host/deps/` the libraries
//!   they depend on;
//! - `<name>-llvm`, `<name>-clif`: the programs, deleted at the end of the test; each runs as
//!   `run/<name>` (a hard link), so that a test printing its own path prints the same;
//! - `out-llvm/`, `out-clif/`: what a build-pass test's builds write (any crate type);
//! - `cwd/`: the empty working directory of the runs (emptied before each run).
//!
//! The directory is removed afterwards, unless the test failed (then its auxiliary crates stay
//! for reproducing the commands shown).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::categorize;
use super::directives::{self, Aux, AuxKind, Props, Target};
use crate::fs::{create_dir, remove_dir, remove_file};
use crate::normalize::{COMPILETEST, normalize};
use crate::process::{self, Status};
use crate::report;
use crate::toolchain::Toolchain;

/// A program still running after this long is killed.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(30);
/// A compilation still running after this long is killed.
const COMPILE_TIME_LIMIT: Duration = Duration::from_secs(300);

/// What every case shares.
pub struct Setup<'a> {
    pub toolchain: &'a Toolchain,
    /// Absolute path of dist/rustc-clif.
    pub rustc_clif: PathBuf,
    /// Absolute path of the directory holding `librust_test_helpers.a`.
    pub helpers_dir: PathBuf,
    /// Absolute path of build/rustc_ui/cases.
    pub cases_dir: PathBuf,
    /// Absolute paths substituted for `{{src-base}}`, `{{build-base}}` and `{{cwd}}`.
    pub ui_dir: PathBuf,
    pub repo_root: PathBuf,
    pub host: String,
    pub target: Target,
    /// The rlib of std's libc in the toolchain's sysroot and in ours (see `common_args`).
    pub libc_llvm: Option<PathBuf>,
    pub libc_clif: Option<PathBuf>,
}

/// What a test checks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `run-pass`: our program behaves as LLVM's (exit status and stdout).
    RunPass,
    /// A `run-pass` test again, both sides at `-Copt-level=2`, so that the backend meets the
    /// MIR of rustc's optimizations (inlining, ...) and its own optimizing pipeline.
    Optimized,
    /// `build-pass`: both builds succeed (whatever the crate type).
    BuildPass,
    /// `run-fail`, `run-crash`, `run-fail-or-crash`: our program fails as LLVM's does (the
    /// same exit status or class of signal, the same panic messages, the same stdout).
    RunFail,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::RunPass, Kind::Optimized, Kind::BuildPass, Kind::RunFail];

    /// The kind of a test whose mode directive is `mode`, if it is one this group runs.
    pub fn of_mode(mode: &str) -> Option<Kind> {
        match mode {
            "run-pass" => Some(Kind::RunPass),
            "build-pass" => Some(Kind::BuildPass),
            "run-fail" | "run-crash" | "run-fail-or-crash" => Some(Kind::RunFail),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::RunPass => "run-pass",
            Kind::Optimized => "run-pass at -Copt-level=2",
            Kind::BuildPass => "build-pass",
            Kind::RunFail => "run-fail",
        }
    }
}

/// One test, or one revision of a test.
pub struct TestCase {
    /// `ui/<path>.rs`, or `ui/<path>.rs#<revision>`; `opt/ui/...` for `Kind::Optimized`.
    pub id: String,
    pub kind: Kind,
    /// Absolute path of the source.
    pub path: PathBuf,
    pub revision: Option<String>,
    /// All revisions of the test (for `--check-cfg`).
    pub revisions: Vec<String>,
    pub props: Props,
}

pub enum Outcome {
    /// Our build behaves as LLVM's.
    Passed,
    /// Our build fails or behaves differently: a short category (what the expected-failure
    /// list gives as the reason) and the whole explanation.
    Failed { category: String, explanation: String },
    /// The test cannot tell anything here: LLVM's build fails, or its runs fail or differ,
    /// or the test needs what the tests are built without. A short reason on the first line,
    /// details (what LLVM's build printed ...) on the next ones.
    Unusable(String),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Side {
    /// The toolchain's rustc.
    Llvm,
    /// dist/rustc-clif.
    Clif,
    /// The toolchain's rustc as it is, for proc macros and their dependencies.
    Host,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Side::Llvm => "llvm",
            Side::Clif => "clif",
            Side::Host => "host",
        }
    }
}

/// A compilation that failed.
struct CompileError {
    command: String,
    output: process::Output,
}

impl CompileError {
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    fn explain(&self) -> String {
        format!(
            "compilation failed: {}\ncommand: {}\n{}",
            self.output.status,
            self.command,
            report::excerpt("compiler stderr", &self.output.stderr)
        )
    }
}

pub fn run(setup: &Setup, case: &TestCase) -> Outcome {
    if let Some(reason) = &case.props.unusable {
        return Outcome::Unusable(reason.clone());
    }
    if case.props.check_run_results
        && case.props.normalize_stdout.iter().chain(&case.props.normalize_stderr).any(
            |(from, _)| {
                from != directives::TEST_TIME_PATTERN && directives::literal_pattern(from).is_none()
            },
        )
    {
        return Outcome::Unusable(
            "check-run-results with a regular expression in normalize-* (not supported)"
                .to_string(),
        );
    }
    let dir = setup.cases_dir.join(&case.id);
    let mut test = Test {
        setup,
        case,
        dir: dir.clone(),
        built: HashMap::new(),
        counter: 0,
        clif_command: None,
    };
    let prepared = remove_dir(&dir).and_then(|()| {
        ["aux-llvm", "aux-clif", "aux-host/deps"]
            .iter()
            .try_for_each(|sub| create_dir(&dir.join(sub)))
    });
    let outcome = match prepared {
        Ok(()) => test.run(),
        Err(e) => Outcome::Failed { category: "runner error".to_string(), explanation: e },
    };
    let cleanup = match outcome {
        Outcome::Failed { .. } => remove_dir(&dir.join("cwd")),
        _ => remove_dir(&dir),
    };
    match (outcome, cleanup) {
        (outcome, Ok(())) => outcome,
        (_, Err(e)) => Outcome::Failed { category: "runner error".to_string(), explanation: e },
    }
}

struct Test<'a> {
    setup: &'a Setup<'a>,
    case: &'a TestCase,
    dir: PathBuf,
    /// The auxiliary crates built so far: (side, source, kind is Bin) -> artifact.
    built: HashMap<(Side, PathBuf, bool), PathBuf>,
    /// Numbers the temporary output directories of auxiliary builds.
    counter: usize,
    /// How our build of the test was compiled, for explanations.
    clif_command: Option<String>,
}

impl Test<'_> {
    fn run(&mut self) -> Outcome {
        // The reference first: if it is not usable, our build is not tried.
        let llvm_program = match self.build_test(Side::Llvm) {
            Ok(program) => program,
            Err(e) => {
                return Outcome::Unusable(format!(
                    "LLVM build fails: {}\n{}",
                    categorize::first_error(&e.stderr(), &e.output.status),
                    e.explain()
                ));
            }
        };
        if self.case.kind == Kind::BuildPass {
            return match self.build_test(Side::Clif) {
                Ok(_) => Outcome::Passed,
                Err(e) => Outcome::Failed {
                    category: categorize::compile_failure(&e.stderr(), &e.output.status),
                    explanation: e.explain(),
                },
            };
        }
        let outcome = self.run_and_compare(&llvm_program);
        let removed =
            remove_file(&llvm_program).and_then(|()| remove_file(&self.program(Side::Clif)));
        match removed {
            Ok(()) => outcome,
            Err(e) => runner_error(e),
        }
    }

    fn run_and_compare(&mut self, llvm_program: &Path) -> Outcome {
        let expected = match self.run_program(llvm_program, Side::Llvm) {
            Ok(output) => output,
            Err(e) => return runner_error(e),
        };
        let failing = self.case.kind == Kind::RunFail;
        if failing && expected.status == Status::Exit(0) {
            return Outcome::Unusable(format!(
                "LLVM build's run succeeds (the test expects it to fail)\n{}\n{}",
                report::excerpt("stdout", &expected.stdout),
                report::excerpt("stderr", &expected.stderr)
            ));
        }
        if expected.status.exceeded_limit() || (!failing && expected.status != Status::Exit(0)) {
            return Outcome::Unusable(format!(
                "LLVM build's run ends with {}{}\n{}\n{}",
                expected.status,
                categorize::panic_message(&expected.stderr)
                    .map(|m| format!(": {m}"))
                    .unwrap_or_default(),
                report::excerpt("stdout", &expected.stdout),
                report::excerpt("stderr", &expected.stderr)
            ));
        }
        if let Some(unusable) = self.check_deterministic(llvm_program, &expected, 1) {
            return unusable;
        }
        if self.case.props.check_run_results
            && let Err(e) = self.check_run_results(&expected)
        {
            return Outcome::Unusable(format!("LLVM build's output {e}"));
        }

        let clif_program = match self.build_test(Side::Clif) {
            Ok(program) => program,
            Err(e) => {
                return Outcome::Failed {
                    category: categorize::compile_failure(&e.stderr(), &e.output.status),
                    explanation: e.explain(),
                };
            }
        };
        let actual = match self.run_program(&clif_program, Side::Clif) {
            Ok(actual) => actual,
            Err(e) => return runner_error(e),
        };
        let outcome = self.compare(&expected, &actual);
        if let Outcome::Failed { .. } = outcome {
            // Before blaming our build: does LLVM's always print the same?
            if let Some(unusable) = self.check_deterministic(llvm_program, &expected, 3) {
                return unusable;
            }
            let uses_threads =
                read_source(&self.case.path).is_ok_and(|source| source.contains("thread"));
            if uses_threads
                && actual.status == expected.status
                && sorted_lines(&actual.stdout) == sorted_lines(&expected.stdout)
            {
                return Outcome::Unusable(
                    "the same lines in another order, from a test with threads (a race)"
                        .to_string(),
                );
            }
            // Threads racing (a panic hook set by one while another panics) can print
            // differently from run to run with either backend's build.
            if uses_threads {
                for _ in 0..2 {
                    let again = match self.run_program(&clif_program, Side::Clif) {
                        Ok(again) => again,
                        Err(e) => return runner_error(e),
                    };
                    if let Outcome::Passed = self.compare(&expected, &again) {
                        return Outcome::Unusable(
                            "our build's output differs between runs, from a test with threads \
                             (a race)"
                                .to_string(),
                        );
                    }
                }
            }
        }
        outcome
    }

    /// Runs LLVM's build `runs` more times: unusable if a run differs from `expected`.
    fn check_deterministic(
        &self,
        llvm_program: &Path,
        expected: &process::Output,
        runs: usize,
    ) -> Option<Outcome> {
        for _ in 0..runs {
            let again = match self.run_program(llvm_program, Side::Llvm) {
                Ok(again) => again,
                Err(e) => return Some(runner_error(e)),
            };
            if again.status != expected.status
                || self.comparable_stdout(&again.stdout) != self.comparable_stdout(&expected.stdout)
            {
                return Some(Outcome::Unusable(format!(
                    "LLVM build's output differs between runs\n{}\n{}",
                    report::diff(&expected.stdout, &again.stdout),
                    if again.status != expected.status {
                        format!("status: {} then {}", expected.status, again.status)
                    } else {
                        String::new()
                    }
                )));
            }
        }
        None
    }

    /// Where `build_test` puts the program of `side`.
    fn program(&self, side: Side) -> PathBuf {
        let stem = self.case.path.file_stem().unwrap().to_string_lossy().into_owned();
        self.dir.join(format!("{stem}-{}", side.name()))
    }

    /// Builds the test's auxiliary crates and the test itself for `side`.
    fn build_test(&mut self, side: Side) -> Result<PathBuf, CompileError> {
        let case = self.case;
        let externs = self.build_auxes(side, &case.path, &case.props.aux)?;
        let program = self.program(side);
        let mut cmd = self.rustc(side);
        cmd.arg(&case.path);
        let source = read_source(&case.path).map_err(runner_compile_error)?;
        self.common_args(&mut cmd, side, &case.props, &source);
        cmd.args(&externs);
        if case.kind == Kind::BuildPass {
            let out = self.dir.join(format!("out-{}", side.name()));
            create_dir(&out).map_err(runner_compile_error)?;
            cmd.arg("--out-dir").arg(&out);
        } else {
            cmd.arg("-o").arg(&program);
        }
        if side == Side::Clif {
            self.clif_command = Some(process::command_line(&cmd));
        }
        compile(&mut cmd)?;
        Ok(program)
    }

    /// Builds `auxes` (named by the crate `from`) for `side`; returns the `--extern` flags
    /// for those passed that way.
    fn build_auxes(
        &mut self,
        side: Side,
        from: &Path,
        auxes: &[Aux],
    ) -> Result<Vec<String>, CompileError> {
        let mut externs = Vec::new();
        for aux in auxes {
            let artifact = self.build_aux(side, from, aux)?;
            let name = match (&aux.extern_spec, aux.kind) {
                (Some(spec), _) => spec.clone(),
                (None, AuxKind::ProcMacro) => crate_name_of_file(&aux.file),
                _ => continue,
            };
            externs.push("--extern".to_string());
            externs.push(format!("{name}={}", artifact.display()));
        }
        Ok(externs)
    }

    fn build_aux(&mut self, side: Side, from: &Path, aux: &Aux) -> Result<PathBuf, CompileError> {
        let from_dir = from.parent().unwrap();
        let candidates = [from_dir.join("auxiliary").join(&aux.file), from_dir.join(&aux.file)];
        let Some(path) = candidates.iter().find(|p| p.is_file()) else {
            return Err(runner_compile_error(format!(
                "auxiliary file `{}` of {} not found",
                aux.file,
                from.display()
            )));
        };
        let path = normalize_path(path);
        let source = read_source(&path).map_err(runner_compile_error)?;
        let props = directives::props(&source, self.case.revision.as_deref(), &self.setup.target);
        let bin = aux.kind == AuxKind::Bin;
        let proc_macro = !bin
            && (aux.kind == AuxKind::ProcMacro
                || crate_types(&props.compile_flags).iter().any(|t| t == "proc-macro")
                || declares_proc_macro(&source));
        // Proc macros, what they depend on, and what says `force-host` are built for the host.
        let side = if proc_macro || props.force_host { Side::Host } else { side };
        let key = (side, path.clone(), bin);
        if let Some(artifact) = self.built.get(&key) {
            return Ok(artifact.clone());
        }
        let externs = self.build_auxes(side, &path, &props.aux)?;

        self.counter += 1;
        let out = self.dir.join(format!("tmp-{}", self.counter));
        create_dir(&out).map_err(runner_compile_error)?;
        let mut cmd = self.rustc(side);
        cmd.arg(&path);
        if crate_types(&props.compile_flags).is_empty() {
            if bin {
                cmd.args(["--crate-type", "bin"]);
            } else if proc_macro {
                cmd.args(["--crate-type", "proc-macro"]);
            } else {
                cmd.args(["--crate-type", "rlib"]);
            }
        }
        if proc_macro {
            cmd.args(["--extern", "proc_macro"]);
        }
        self.common_args(&mut cmd, side, &props, &source);
        cmd.args(&externs);
        cmd.arg("--out-dir").arg(&out);
        compile(&mut cmd)?;

        // Move what was produced to where the crates that need it look.
        let dest = if bin {
            self.aux_dir(side).join("bin")
        } else if proc_macro {
            self.dir.join("aux-host")
        } else {
            self.aux_dir(side)
        };
        create_dir(&dest).map_err(runner_compile_error)?;
        let mut artifact = None;
        let entries = fs::read_dir(&out)
            .map_err(|e| runner_compile_error(format!("cannot list {}: {e}", out.display())))?;
        for entry in entries {
            let file = entry
                .map_err(|e| runner_compile_error(format!("cannot list {}: {e}", out.display())))?
                .path();
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let is_artifact = if bin {
                !name.contains('.')
            } else if proc_macro {
                name.ends_with(".so")
            } else {
                name.ends_with(".rlib")
            };
            // A program goes where the test looks for it, under its source's name.
            let target = if bin && is_artifact {
                dest.join(path.file_stem().unwrap())
            } else {
                dest.join(&name)
            };
            fs::rename(&file, &target).map_err(|e| {
                runner_compile_error(format!("cannot move {}: {e}", file.display()))
            })?;
            if is_artifact {
                artifact = Some(target);
            }
        }
        remove_dir(&out).map_err(runner_compile_error)?;
        let artifact = artifact.unwrap_or_else(|| dest.join(path.file_name().unwrap()));
        self.built.insert(key, artifact.clone());
        Ok(artifact)
    }

    /// Where the auxiliary libraries built for `side` go.
    fn aux_dir(&self, side: Side) -> PathBuf {
        match side {
            Side::Host => self.dir.join("aux-host/deps"),
            side => self.dir.join(format!("aux-{}", side.name())),
        }
    }

    fn rustc(&self, side: Side) -> Command {
        let mut cmd = match side {
            Side::Llvm | Side::Host => self.setup.toolchain.command("rustc"),
            Side::Clif => Command::new(&self.setup.rustc_clif),
        };
        cmd.current_dir(&self.setup.repo_root)
            .env_remove("RUST_BACKTRACE")
            .env_remove("CARGO_CLIF_HOST_LLVM")
            // No rustc-ice-*.txt files.
            .env("RUSTC_ICE", "0");
        cmd
    }

    /// The flags every crate of the test gets, then those of its directives.
    fn common_args(&self, cmd: &mut Command, side: Side, props: &Props, source: &str) {
        // `extern crate libc` (with `rustc_private`) finds two libcs in the toolchain's
        // sysroot, std's and the one of the rustc-dev component: the test means std's.
        if source.contains("extern crate libc") {
            let libc = match side {
                Side::Clif => &self.setup.libc_clif,
                Side::Llvm | Side::Host => &self.setup.libc_llvm,
            };
            if let Some(libc) = libc {
                // The rlib only has a metadata stub: the .rmeta beside it has the rest.
                cmd.arg("--extern").arg(format!("libc={}", libc.display()));
                let rmeta = libc.with_extension("rmeta");
                if rmeta.is_file() {
                    cmd.arg("--extern").arg(format!("libc={}", rmeta.display()));
                }
            }
        }
        if let Some(edition) = &props.edition {
            cmd.arg(format!("--edition={edition}"));
        }
        if let Some(revision) = &self.case.revision {
            cmd.arg("--cfg").arg(directives::cfg_name(revision));
        }
        if !self.case.props.no_auto_check_cfg {
            let mut names = vec!["FALSE".to_string()];
            names.extend(self.case.revisions.iter().map(|r| directives::cfg_name(r)));
            cmd.arg(format!("--check-cfg=cfg({})", names.join(",")));
        }
        cmd.args(["-A", "unused", "-A", "internal_features"]);
        if self.case.kind == Kind::Optimized && side != Side::Host {
            cmd.arg("-Copt-level=2");
        }
        cmd.arg("-L").arg(format!("native={}", self.setup.helpers_dir.display()));
        cmd.arg("-L").arg(self.aux_dir(side));
        cmd.arg("-L").arg(self.dir.join("aux-host"));
        for flag in &props.compile_flags {
            cmd.arg(self.substitute(flag));
        }
        for (key, value) in &props.rustc_env {
            cmd.env(key, value);
        }
        for key in &props.unset_rustc_env {
            cmd.env_remove(key);
        }
    }

    fn substitute(&self, flag: &str) -> String {
        flag.replace("{{src-base}}", &self.setup.ui_dir.display().to_string())
            .replace("{{build-base}}", &self.setup.cases_dir.display().to_string())
            .replace("{{cwd}}", &self.setup.repo_root.display().to_string())
            .replace("{{target}}", &self.setup.host)
    }

    /// Runs a program in the emptied `cwd/`, with an empty environment but the test's
    /// `exec-env`, and the `aux-bin` programs of its side in `cwd/auxiliary/bin/`.
    fn run_program(&self, program: &Path, side: Side) -> Result<process::Output, String> {
        let cwd = self.dir.join("cwd");
        remove_dir(&cwd)?;
        create_dir(&cwd)?;
        let bins = self.aux_dir(side).join("bin");
        if bins.is_dir() {
            let dest = cwd.join("auxiliary/bin");
            create_dir(&dest)?;
            for entry in fs::read_dir(&bins).map_err(|e| e.to_string())? {
                let file = entry.map_err(|e| e.to_string())?.path();
                fs::copy(&file, dest.join(file.file_name().unwrap()))
                    .map_err(|e| format!("cannot copy {}: {e}", file.display()))?;
            }
        }
        // Both builds run from the same path (`run/<name>`, a link to the program), for tests
        // that print it.
        let run_dir = self.dir.join("run");
        create_dir(&run_dir)?;
        let linked = run_dir.join(self.case.path.file_stem().unwrap());
        remove_file(&linked)?;
        fs::hard_link(program, &linked).map_err(|e| {
            format!("cannot link {} to {}: {e}", program.display(), linked.display())
        })?;
        let mut cmd = Command::new(&linked);
        cmd.args(&self.case.props.run_flags)
            .current_dir(&cwd)
            .env_clear()
            .envs(self.case.props.exec_env.iter().map(|(k, v)| (k, v)));
        let output = process::run(&mut cmd, RUN_TIME_LIMIT);
        remove_file(&linked)?;
        output
    }

    /// Compares the run of our build with LLVM's (and with the `.run.*` files).
    fn compare(&self, expected: &process::Output, actual: &process::Output) -> Outcome {
        let mut problems = Vec::new();
        let mut category = None;
        let failing = self.case.kind == Kind::RunFail;
        let same_status = if failing {
            fail_alike(expected.status, actual.status)
        } else {
            actual.status == expected.status
        };
        if !same_status {
            problems.push(format!(
                "status: LLVM's build ended with {}, ours with {}",
                expected.status, actual.status
            ));
            category = Some(categorize::run_status(&actual.status, &actual.stderr));
        }
        if failing {
            let (llvm, ours) = (panic_messages(&expected.stderr), panic_messages(&actual.stderr));
            if llvm != ours {
                problems.push(format!(
                    "panic messages differ (- LLVM, + ours), {}",
                    report::diff(llvm.as_bytes(), ours.as_bytes())
                ));
                category.get_or_insert_with(|| "run: panic messages differ".to_string());
            }
        }
        if self.comparable_stdout(&actual.stdout) != self.comparable_stdout(&expected.stdout) {
            problems.push(format!(
                "stdout differs (- LLVM, + ours), {}",
                report::diff(&expected.stdout, &actual.stdout)
            ));
            category.get_or_insert_with(|| "run: stdout differs".to_string());
        }
        if self.case.props.check_run_results
            && let Err(e) = self.check_run_results(actual)
        {
            problems.push(format!("our build's output {e}"));
            category.get_or_insert_with(|| {
                "run: output differs from .run.stdout/.run.stderr".to_string()
            });
        }
        let Some(category) = category else {
            return Outcome::Passed;
        };
        if !actual.stderr.is_empty() && !same_status {
            problems.push(report::excerpt("our build's stderr", &actual.stderr));
        }
        if let Some(command) = &self.clif_command {
            problems.push(format!("built with: {command}"));
        }
        Outcome::Failed { category, explanation: problems.join("\n") }
    }

    /// Stdout as compared between runs: normalized, and for a test harness (`--test`) with
    /// its lines sorted, since libtest reports tests in the order their threads end.
    fn comparable_stdout(&self, stdout: &[u8]) -> Vec<u8> {
        let normalized = normalize(stdout, &COMPILETEST);
        if !self.case.props.compile_flags.iter().any(|f| f == "--test") {
            return normalized;
        }
        let mut lines: Vec<&[u8]> = normalized.split_inclusive(|b| *b == b'\n').collect();
        lines.sort();
        lines.concat()
    }

    /// Compares the output of a run with the test's `.run.stdout` and `.run.stderr` files
    /// (absent: empty), after normalizing it: the test's directory as `$DIR`, thread ids as
    /// `$TID`, and the test's plain-string `normalize-*` replacements.
    fn check_run_results(&self, output: &process::Output) -> Result<(), String> {
        let dir = self.case.path.parent().unwrap().display().to_string();
        for (stream, bytes, rules) in [
            ("stdout", &output.stdout, &self.case.props.normalize_stdout),
            ("stderr", &output.stderr, &self.case.props.normalize_stderr),
        ] {
            let (file, expected) = self.expected_output(stream);
            let mut text =
                String::from_utf8_lossy(&normalize(bytes, &COMPILETEST)).replace(&dir, "$DIR");
            for (from, to) in rules {
                if let Some(literal) = directives::literal_pattern(from) {
                    text = text.replace(&literal, to);
                }
            }
            if text.trim_end() != expected.trim_end() {
                return Err(format!(
                    "differs from its .run.* file: {file}\n(- expected, + actual), {}",
                    report::diff(expected.as_bytes(), text.as_bytes())
                ));
            }
        }
        Ok(())
    }

    /// `<name>.<revision>.run.<stream>` or `<name>.run.<stream>`, and its text ("" if absent).
    fn expected_output(&self, stream: &str) -> (String, String) {
        let stem = self.case.path.with_extension("");
        let mut names = Vec::new();
        if let Some(revision) = &self.case.revision {
            names.push(format!("{}.{revision}.run.{stream}", stem.display()));
        }
        names.push(format!("{}.run.{stream}", stem.display()));
        for name in &names {
            if let Ok(text) = fs::read_to_string(name) {
                let short = Path::new(name).file_name().unwrap().to_string_lossy().into_owned();
                return (short, text);
            }
        }
        (format!("(no .run.{stream} file: empty)"), String::new())
    }
}

/// Whether two failed runs failed alike: the same exit status, or signals of one class (a
/// trap instruction raises SIGILL or SIGTRAP, a bad access SIGSEGV or SIGBUS, depending on
/// the instruction and the page; the other signals only match themselves).
fn fail_alike(llvm: Status, ours: Status) -> bool {
    const SIGILL: i32 = 4;
    const SIGTRAP: i32 = 5;
    const SIGBUS: i32 = 7;
    const SIGSEGV: i32 = 11;
    let class = |signal: i32| match signal {
        SIGILL | SIGTRAP => SIGILL,
        SIGBUS | SIGSEGV => SIGSEGV,
        other => other,
    };
    match (llvm, ours) {
        (Status::Signal(a), Status::Signal(b)) => class(a) == class(b),
        (a, b) => a == b,
    }
}

/// The panics reported on `stderr`, one per line: where and with what message (the lines
/// from `thread '...' panicked at` up to the next `note:` line, the backtrace or the end of
/// the message), thread ids blanked. Backtraces are left out: how many frames have file
/// names depends on the debug information of the standard library each side links.
fn panic_messages(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(&normalize(stderr, &COMPILETEST)).into_owned();
    let mut panics = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let Some((_, at)) = line.split_once(" panicked at ") else { continue };
        panics.push_str(vendored_crate_path(at));
        while let Some(next) = lines.peek() {
            if next.starts_with("note: ")
                || next.starts_with("stack backtrace:")
                || next.contains(" panicked at ")
                || next.is_empty()
            {
                break;
            }
            panics.push(' ');
            panics.push_str(next);
            lines.next();
        }
        panics.push('\n');
    }
    blank_addresses(&panics)
}

/// A location in a crate that the standard library vendors, from the crate's directory on:
/// the toolchain's std was built with it in `/cargo/registry/<hash>/<crate>-<version>`, ours
/// in `library/vendor/<crate>-<version>`.
fn vendored_crate_path(location: &str) -> &str {
    if let Some((_, rest)) = location.split_once("/library/vendor/") {
        return rest;
    }
    match location.strip_prefix("/cargo/registry/").and_then(|rest| rest.split_once('/')) {
        Some((_hash, rest)) => rest,
        None => location,
    }
}

/// `text` with hexadecimal numbers of more than 8 digits (addresses, which differ from run to
/// run) written as `0x…`.
fn blank_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("0x") {
        let digits = rest[start + 2..].bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(&rest[..start + 2]);
        if digits > 8 {
            out.push('…');
        } else {
            out.push_str(&rest[start + 2..start + 2 + digits]);
        }
        rest = &rest[start + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// The lines of `bytes`, normalized and sorted.
fn sorted_lines(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(&normalize(bytes, &COMPILETEST)).into_owned();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    lines.sort();
    lines
}

fn runner_error(explanation: String) -> Outcome {
    Outcome::Failed { category: "runner error".to_string(), explanation }
}

fn runner_compile_error(message: String) -> CompileError {
    CompileError {
        command: "(none)".to_string(),
        output: process::Output {
            status: Status::Exit(-1),
            stdout: Vec::new(),
            stderr: format!("error: {message}").into_bytes(),
            peak_rss: None,
        },
    }
}

fn compile(cmd: &mut Command) -> Result<(), CompileError> {
    let command = process::command_line(cmd);
    let output = match process::run(cmd, COMPILE_TIME_LIMIT) {
        Ok(output) => output,
        Err(e) => return Err(runner_compile_error(e)),
    };
    if output.status == Status::Exit(0) { Ok(()) } else { Err(CompileError { command, output }) }
}

/// The crate types `--crate-type` flags ask for.
fn crate_types(flags: &[String]) -> Vec<String> {
    let mut types = Vec::new();
    let mut iter = flags.iter();
    while let Some(flag) = iter.next() {
        let value = if flag == "--crate-type" {
            iter.next().cloned()
        } else {
            flag.strip_prefix("--crate-type=").map(String::from)
        };
        if let Some(value) = value {
            types.extend(value.split(',').map(|t| t.trim().to_string()));
        }
    }
    types
}

/// Whether the source declares itself a proc macro (`#![crate_type = "proc-macro"]`).
fn declares_proc_macro(source: &str) -> bool {
    source.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("#![") && line.contains("crate_type") && line.contains("\"proc-macro\"")
    })
}

/// The crate name rustc derives from a file name: its stem with `-` as `_`.
fn crate_name_of_file(file: &str) -> String {
    Path::new(file).file_stem().map(|s| s.to_string_lossy().replace('-', "_")).unwrap_or_default()
}

/// `a/b/../c` as `a/c` (the auxiliary paths may climb out of `auxiliary/`).
fn normalize_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// A test source as text (a few are not UTF-8).
pub fn read_source(path: &Path) -> Result<String, String> {
    fs::read(path)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_alike_by_exit_status_or_signal_class() {
        assert!(fail_alike(Status::Exit(101), Status::Exit(101)));
        assert!(!fail_alike(Status::Exit(101), Status::Exit(1)));
        assert!(fail_alike(Status::Signal(4), Status::Signal(5)));
        assert!(fail_alike(Status::Signal(11), Status::Signal(7)));
        assert!(fail_alike(Status::Signal(6), Status::Signal(6)));
        assert!(!fail_alike(Status::Signal(6), Status::Signal(4)));
        assert!(!fail_alike(Status::Signal(6), Status::Exit(134)));
    }

    #[test]
    fn panic_messages_with_their_locations() {
        let stderr = b"before\n\
            thread 'main' (4242) panicked at src/main.rs:3:5:\n\
            attempt to add with overflow\n\
            second line\n\
            note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\
            thread 'main' (4242) panicked at library/core/src/panicking.rs:1:1:\n\
            panic in a destructor during cleanup\n\
            stack backtrace:\n   0: std::panicking::begin_panic\n";
        assert_eq!(
            panic_messages(stderr),
            "src/main.rs:3:5: attempt to add with overflow second line\n\
             library/core/src/panicking.rs:1:1: panic in a destructor during cleanup\n"
        );
        assert_eq!(panic_messages(b"fatal runtime error: stack overflow\n"), "");
        let misaligned = b"thread 'main' (7) panicked at a.rs:1:1:\n\
            address must be a multiple of 0x4 but is 0x7ffedc854da1\n";
        assert_eq!(
            panic_messages(misaligned),
            "a.rs:1:1: address must be a multiple of 0x4 but is 0x…\n"
        );
        let llvm = b"thread 'main' (7) panicked at /cargo/registry/25cd/hashbrown-0.17.1/src/raw.rs:36:40:\nHash table capacity overflow\n";
        let ours = b"thread 'main' (9) panicked at /rustc/7df8/library/vendor/hashbrown-0.17.1/src/raw.rs:36:40:\nHash table capacity overflow\n";
        assert_eq!(panic_messages(llvm), panic_messages(ours));
    }
}
