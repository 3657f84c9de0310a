//! The `bench` command: compile times of rustc-perf's benchmarks with LLVM, cg_clif and our
//! backend in interleaved rounds, each backend's share of a build (-Ztime-passes), and the
//! runtime of code each generates; the results as tables and as JSON in build/bench.
//!
//! The order of work: each benchmark is copied to build/bench/src (its dependencies fetched
//! once); then for each benchmark and debuginfo setting, the scenario clean first (it leaves
//! the dependencies built for the others; without it they are built untimed), then full,
//! incr-full, incr-unchanged and incr-patched, each as rounds of one build per backend, and
//! with debuginfo 2 the -Ztime-passes builds. Preparations (building dependencies, filling
//! the incremental cache) are untimed steps of their own. A backend whose build fails is not
//! measured further on that benchmark and debuginfo setting; the command fails at the end,
//! listing every failure.
//!
//! With `--instructions`, each benchmark is instead measured by the instructions its crate's
//! rustc executes under callgrind (instructions.rs), with no timed scenario and no runtime
//! programs.

mod backends;
mod compile;
mod inputs;
mod instructions;
mod options;
mod plan;
mod results;
mod runtime;
mod stats;
mod time_passes;

use std::path::Path;
use std::process::Command;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use self::backends::{Backend, Backends};
use self::compile::{Build, TargetState};
use self::inputs::Benchmark;
pub use self::options::Options;
use self::options::{Debuginfo, Scenario};
use self::results::{Measurement, Results, TimePasses};
use crate::build::dist_dylib;
use crate::fs::{create_dir, write_file};
use crate::json::Value;
use crate::step::step;
use crate::toolchain::Toolchain;

const TAG: &str = "bench";
/// Everything the command writes.
const OUT_DIR: &str = "build/bench";

pub fn bench(options: Options) -> Result<(), String> {
    let start = Instant::now();
    let started_at = SystemTime::now();
    let toolchain = Toolchain::read()?;
    // The instructions mode cannot run without valgrind: said before anything takes long.
    let valgrind = if options.instructions {
        Some(step(TAG, "find valgrind", instructions::find_valgrind)?)
    } else {
        None
    };
    let backends = step(TAG, "find the backends", || Backends::find(&toolchain, &dist_dylib()))?;
    println!("  llvm:    {}", first_line(&backends.rustc_version));
    println!("  cg_clif: {}", cranelift_version(&backends.cg_clif_version));
    println!("  ours:    {}", backends.ours.display());
    let baseline = match &options.baseline {
        Some(dylib) => Some(step(TAG, "check the baseline", || {
            instructions::baseline_backends(&backends, dylib)
        })?),
        None => None,
    };
    if let Some(baseline) = &baseline {
        println!("  baseline: {}", baseline.ours.display());
    }
    let out_dir = std::path::absolute(OUT_DIR).map_err(|e| e.to_string())?;
    create_dir(&out_dir.join("ice"))?;

    let benchmarks = inputs::read_benchmarks(&inputs::benchmarks_dir()?)?;
    let selected = select(&benchmarks, &options.benchmarks)?;
    println!("[{TAG}] plan:\n{}", plan::describe(&options, &selected));

    let mut results = Results::default();
    let src_dir = out_dir.join("src");
    for benchmark in &selected {
        let what = format!("{}: copy into build/bench/src, fetch its dependencies", benchmark.name);
        let (copy, copied) =
            step(TAG, &what, || inputs::prepare_copy(&backends.cargo, benchmark, &src_dir))?;
        if !copied {
            println!("  (the copy is up to date)");
        }
        if options.instructions {
            let stamp = inputs::stamp_of(&src_dir, benchmark);
            let counting = instructions::Counting {
                scenario: options.scenarios[0],
                backends: &backends,
                baseline: baseline.as_ref(),
            };
            instructions::measure(&counting, benchmark, &copy, &stamp, &out_dir, &mut results)?;
        } else {
            measure_benchmark(
                &options,
                &backends,
                benchmark,
                &copy,
                &src_dir,
                &out_dir,
                &mut results,
            )?;
        }
    }
    if options.runtime {
        results.runtime = runtime::run(&backends, &out_dir.join("runtime"), options.runtime_runs)?;
    }

    let elapsed = start.elapsed().as_secs_f64();
    let (file_stamp, iso_date) = utc_timestamp(started_at);
    let about = Value::object([
        ("date", Value::String(iso_date)),
        ("duration_seconds", Value::number(elapsed, 0)),
        ("commit", git_commit().map_or(Value::Null, Value::String)),
        ("toolchain", Value::String(toolchain.channel.clone())),
        ("rustc", Value::String(backends.rustc_version.clone())),
        ("cg_clif", Value::String(backends.cg_clif_version.clone())),
        ("ours", Value::String(backends.ours.display().to_string())),
        (
            "baseline",
            baseline
                .map_or(Value::Null, |baseline| Value::String(baseline.ours.display().to_string())),
        ),
        ("valgrind", valgrind.map_or(Value::Null, Value::String)),
        ("quick", Value::Bool(options.quick)),
        ("machine", Value::String(machine())),
    ]);
    let json = results.to_json(about).to_pretty_string();
    let results_file = out_dir.join(format!("results-{file_stamp}.json"));
    write_file(&results_file, json.as_bytes())?;
    write_file(&out_dir.join("latest.json"), json.as_bytes())?;
    println!("\n{}", results.tables());
    println!("[{TAG}] results: {} (and build/bench/latest.json)", results_file.display());
    println!("[{TAG}] all done in {:.0}s ({:.1} minutes)", elapsed, elapsed / 60.0);
    let failures = results.failures();
    if failures.is_empty() {
        return Ok(());
    }
    Err(format!("{} measurements failed:\n{}", failures.len(), failures.join("\n\n")))
}

/// The benchmarks `names` select (all for none), in their sorted order.
fn select<'a>(benchmarks: &'a [Benchmark], names: &[String]) -> Result<Vec<&'a Benchmark>, String> {
    for name in names {
        if !benchmarks.iter().any(|benchmark| benchmark.is_named(name)) {
            let known: Vec<&str> = benchmarks.iter().map(|b| b.name.as_str()).collect();
            return Err(format!("unknown benchmark `{name}` (known: {})", known.join(", ")));
        }
    }
    Ok(benchmarks
        .iter()
        .filter(|benchmark| names.is_empty() || names.iter().any(|name| benchmark.is_named(name)))
        .collect())
}

/// Every selected scenario and debuginfo setting of one benchmark, and its -Ztime-passes builds.
fn measure_benchmark(
    options: &Options,
    backends: &Backends,
    benchmark: &Benchmark,
    copy: &Path,
    src_dir: &Path,
    out_dir: &Path,
    results: &mut Results,
) -> Result<(), String> {
    let stamp = inputs::stamp_of(src_dir, benchmark);
    let make_build = |backend: Backend, debuginfo| Build {
        backends,
        backend,
        benchmark,
        copy,
        stamp: &stamp,
        target_dir: out_dir.join("target").join(backend.name()).join(&benchmark.name),
        debuginfo,
        ice_dir: out_dir.join("ice"),
        workspace_wrapper: None,
        leaf_args: Vec::new(),
    };
    // The scenario clean first: it leaves the dependencies built for the others.
    let mut scenarios = options.scenarios.clone();
    scenarios.sort_by_key(|scenario| *scenario != Scenario::Clean);
    for &debuginfo in &options.debuginfo {
        let builds = Backend::ALL.map(|backend| make_build(backend, debuginfo));
        let mut states: [TargetState; 3] = Default::default();
        // Why a backend is no longer measured here.
        let mut broken: [Option<String>; 3] = Default::default();
        for &scenario in &scenarios {
            let runs = options.runs_of(scenario, benchmark.config.runs);
            let mut measurements: Vec<Measurement> = Backend::ALL
                .iter()
                .map(|&backend| Measurement {
                    benchmark: benchmark.name.clone(),
                    scenario,
                    debuginfo,
                    backend,
                    times: Vec::new(),
                    failure: None,
                    fn_cache: None,
                })
                .collect();
            for run in 1..=runs {
                for (index, build) in builds.iter().enumerate() {
                    let measurement = &mut measurements[index];
                    if let Some(reason) = &broken[index] {
                        measurement.failure.get_or_insert_with(|| reason.clone());
                        continue;
                    }
                    let label = format!(
                        "{} {} debuginfo={} {}",
                        benchmark.name,
                        scenario.name(),
                        debuginfo.name(),
                        build.backend.name()
                    );
                    let state = &mut states[index];
                    let outcome = match build.needs_preparation(scenario, state) {
                        Some(what) => step(TAG, &format!("{label}: {what} (untimed)"), || {
                            build.prepare_for(scenario, state)
                        }),
                        None => Ok(()),
                    }
                    .and_then(|()| {
                        step(TAG, &format!("{label} run {run}/{runs}"), || {
                            build.measure(scenario, state)
                        })
                    });
                    match outcome {
                        Ok(seconds) => {
                            measurement.times.push(seconds);
                            if scenario.is_incremental() {
                                measurement.fn_cache = build.fn_cache_use();
                            }
                        }
                        Err(e) => {
                            eprintln!("{e}");
                            measurement.failure = Some(e.clone());
                            broken[index] = Some(format!(
                                "not measured: its {} build failed (run {run}, see there)",
                                scenario.name()
                            ));
                        }
                    }
                }
            }
            results.compile.extend(measurements);
        }
        // Before another debuginfo setting's clean build removes these dependencies.
        if debuginfo == Debuginfo::Full {
            measure_time_passes(benchmark, &builds, &mut states, &broken, out_dir, results)?;
        }
    }
    if !options.debuginfo.contains(&Debuginfo::Full) {
        let builds = Backend::ALL.map(|backend| make_build(backend, Debuginfo::Full));
        let mut states: [TargetState; 3] = Default::default();
        measure_time_passes(
            benchmark,
            &builds,
            &mut states,
            &Default::default(),
            out_dir,
            results,
        )?;
    }
    Ok(())
}

/// The backend's share, from a build of its own of the benchmark crate with -Ztime-passes
/// (scenario full, debuginfo 2) by each backend not `broken`; the output is kept in
/// build/bench/time-passes.
fn measure_time_passes(
    benchmark: &Benchmark,
    builds: &[Build; 3],
    states: &mut [TargetState; 3],
    broken: &[Option<String>; 3],
    out_dir: &Path,
    results: &mut Results,
) -> Result<(), String> {
    let samples_dir = out_dir.join("time-passes");
    create_dir(&samples_dir)?;
    for (index, build) in builds.iter().enumerate() {
        let passes = match &broken[index] {
            Some(reason) => Err(reason.clone()),
            None => {
                let what = format!(
                    "{} {}: -Ztime-passes build (scenario full, debuginfo 2, untimed)",
                    benchmark.name,
                    build.backend.name()
                );
                step(TAG, &what, || {
                    let (stderr, peak_rss) = build.time_passes(&mut states[index])?;
                    let file = samples_dir.join(format!(
                        "{}.{}.txt",
                        benchmark.name,
                        build.backend.name()
                    ));
                    write_file(&file, stderr.as_bytes())?;
                    let mut passes = time_passes::parse(&stderr)
                        .map_err(|e| format!("{}: {e}", file.display()))?;
                    // The passes' lines miss what is allocated and freed between two of them.
                    passes.peak_rss = peak_rss.or(passes.peak_rss);
                    Ok(passes)
                })
            }
        };
        if let Err(e) = &passes {
            eprintln!("{e}");
        }
        results.time_passes.push(TimePasses {
            benchmark: benchmark.name.clone(),
            backend: build.backend,
            passes,
        });
    }
    Ok(())
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or_default()
}

/// The `Cranelift version: ...` line of cg_clif's `-vV`.
fn cranelift_version(verbose_version: &str) -> &str {
    verbose_version.lines().find(|line| line.starts_with("Cranelift")).unwrap_or_default()
}

/// `git rev-parse HEAD`, with `+changes` when the work tree differs from it.
fn git_commit() -> Option<String> {
    let head = Command::new("git").args(["rev-parse", "HEAD"]).output().ok()?;
    if !head.status.success() {
        return None;
    }
    let mut commit = String::from_utf8_lossy(&head.stdout).trim().to_string();
    let status = Command::new("git")
        .args(["status", "--porcelain", "--untracked-files=no"])
        .output()
        .ok()?;
    if !status.stdout.is_empty() {
        commit.push_str("+changes");
    }
    Some(commit)
}

/// The processor (from /proc/cpuinfo) and the number of threads available.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines().find_map(|line| {
                line.strip_prefix("model name")?
                    .split_once(':')
                    .map(|(_, name)| name.trim().to_string())
            })
        })
        .unwrap_or_else(|| "unknown processor".to_string());
    let threads = std::thread::available_parallelism().map_or(0, |n| n.get());
    format!("{cpu}, {threads} threads")
}

/// `time` in UTC as `20261203T140512Z` (for file names) and `2026-12-03T14:05:12Z`.
fn utc_timestamp(time: SystemTime) -> (String, String) {
    let seconds = time.duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    let (year, month, day) = civil_date(seconds / 86_400);
    let (hour, minute, second) = (seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
    (
        format!("{year:04}{month:02}{day:02}T{hour:02}{minute:02}{second:02}Z"),
        format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z"),
    )
}

/// The Gregorian date `days` days after 1970-01-01: counted in 400-year eras of 146,097
/// days, each year starting on March 1st so that the leap day ends it.
fn civil_date(days: u64) -> (u64, u64, u64) {
    // Days since 0000-03-01.
    let days = days + 719_468;
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    // Months counted from March.
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = era * 400 + year_of_era + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use super::{civil_date, utc_timestamp};

    #[test]
    fn dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(59), (1970, 3, 1));
        // 2000 is a leap year, 2100 is not.
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(47_540), (2100, 2, 28));
        assert_eq!(civil_date(47_541), (2100, 3, 1));
        assert_eq!(civil_date(20_790), (2026, 12, 3));
        let time = UNIX_EPOCH + Duration::from_secs(1_796_306_712);
        assert_eq!(
            utc_timestamp(time),
            ("20261203T140512Z".to_string(), "2026-12-03T14:05:12Z".to_string())
        );
    }
}
