//! The runtime of generated code: the std-only programs of bench/runtime/, each built four
//! ways (LLVM debug `-Copt-level=0 -g`, LLVM release `-Copt-level=3`, cg_clif and ours at
//! `-Copt-level=0 -g`, all against the toolchain's standard library), run in interleaved
//! rounds. Every build of a program must print the same (its checksum): a difference is a
//! miscompile.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use super::backends::{Backend, Backends};
use super::stats::Summary;
use crate::fs::{create_dir, rust_files};
use crate::process::{self, Status};
use crate::step::step;

/// The programs' sources.
pub const PROGRAMS_DIR: &str = "bench/runtime";
/// One run of a program.
const RUN_TIME_LIMIT: Duration = Duration::from_secs(10 * 60);
const BUILD_TIME_LIMIT: Duration = Duration::from_secs(5 * 60);

/// A way of building the programs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Build {
    pub name: &'static str,
    pub backend: Backend,
    pub flags: &'static [&'static str],
}

/// In the order of every round; times are compared with the first's.
pub const BUILDS: [Build; 4] = [
    Build { name: "llvm-debug", backend: Backend::Llvm, flags: &["-Copt-level=0", "-g"] },
    Build { name: "llvm-release", backend: Backend::Llvm, flags: &["-Copt-level=3"] },
    Build { name: "cg_clif", backend: Backend::CgClif, flags: &["-Copt-level=0", "-g"] },
    Build { name: "ours", backend: Backend::Ours, flags: &["-Copt-level=0", "-g"] },
];

/// A program's results: for each build (in `BUILDS` order), its run times or why it has none.
pub struct ProgramResult {
    pub program: String,
    pub builds: Vec<(Build, Result<Vec<f64>, String>)>,
    /// The first output of the program and which build printed it (LLVM debug, unless that
    /// failed): every other run must print the same.
    pub output: Option<(&'static str, String)>,
}

impl ProgramResult {
    pub fn summary(&self, build: &str) -> Option<Summary> {
        let (_, times) = self.builds.iter().find(|(b, _)| b.name == build)?;
        Summary::of(times.as_ref().ok()?)
    }
}

/// Builds every program of bench/runtime/ every way into `out_dir`, then runs them `runs`
/// times in rounds (each round: every program, every build).
pub fn run(backends: &Backends, out_dir: &Path, runs: usize) -> Result<Vec<ProgramResult>, String> {
    let sources = rust_files(Path::new(PROGRAMS_DIR))?;
    let mut results = Vec::new();
    let mut binaries: Vec<Vec<Option<PathBuf>>> = Vec::new();
    for source in &sources {
        let program = source.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let mut program_builds = Vec::new();
        let mut program_binaries = Vec::new();
        for build in BUILDS {
            let what = format!("runtime: build {program} ({})", build.name);
            match step("bench", &what, || compile(backends, build, source, &program, out_dir)) {
                Ok(binary) => {
                    program_binaries.push(Some(binary));
                    program_builds.push((build, Ok(Vec::new())));
                }
                Err(e) => {
                    eprintln!("{e}");
                    program_binaries.push(None);
                    program_builds.push((build, Err(format!("build failed: {e}"))));
                }
            }
        }
        results.push(ProgramResult { program, builds: program_builds, output: None });
        binaries.push(program_binaries);
    }
    for run in 1..=runs {
        for (result, program_binaries) in results.iter_mut().zip(&binaries) {
            for (index, binary) in program_binaries.iter().enumerate() {
                let Some(binary) = binary else { continue };
                let (build, times) = &mut result.builds[index];
                let Ok(series) = times else { continue };
                let what = format!("runtime: run {} ({}) {run}/{runs}", result.program, build.name);
                match step("bench", &what, || run_once(binary)) {
                    Ok((seconds, output)) => match &result.output {
                        Some((reference, expected)) if *expected != output => {
                            *times = Err(format!(
                                "miscompile: prints {:?}, {reference} printed {:?}",
                                output.trim_end(),
                                expected.trim_end()
                            ));
                        }
                        Some(_) => series.push(seconds),
                        None => {
                            result.output = Some((build.name, output));
                            series.push(seconds);
                        }
                    },
                    Err(e) => *times = Err(e),
                }
            }
        }
    }
    Ok(results)
}

fn compile(
    backends: &Backends,
    build: Build,
    source: &Path,
    program: &str,
    out_dir: &Path,
) -> Result<PathBuf, String> {
    let dir = out_dir.join(build.name);
    create_dir(&dir)?;
    let binary = dir.join(program);
    let mut cmd = Command::new(&backends.rustc);
    cmd.args(backends.codegen_flag(build.backend))
        .args(["--edition", "2024", "--crate-type", "bin"])
        .args(build.flags)
        .arg(source)
        .arg("-o")
        .arg(&binary);
    let output = process::run(&mut cmd, BUILD_TIME_LIMIT)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "`{}` failed ({}):\n{}",
            process::command_line(&cmd),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(binary)
}

/// Runs `binary` once: its wall time in seconds and its stdout.
fn run_once(binary: &Path) -> Result<(f64, String), String> {
    let mut cmd = Command::new(binary);
    let start = Instant::now();
    let output = process::run(&mut cmd, RUN_TIME_LIMIT)?;
    let seconds = start.elapsed().as_secs_f64();
    if output.status != Status::Exit(0) {
        return Err(format!(
            "{} failed ({}):\n{}",
            binary.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok((seconds, String::from_utf8_lossy(&output.stdout).into_owned()))
}
