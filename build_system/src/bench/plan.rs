//! What a bench run will do and about how long it will take, printed before it starts. The
//! estimate scales build times measured once on the 2-core development machine (LLVM, debug
//! profile, debuginfo 2, nothing else running) by how many builds each scenario makes, and in
//! the instructions mode by how much slower rustc runs under callgrind.

use super::inputs::Benchmark;
use super::options::{Options, Scenario};

/// Seconds of an LLVM rebuild of the benchmark crate alone (scenario full) and of a clean
/// build with its dependencies, as measured on the development machine; benchmarks missing
/// here count as `UNKNOWN_BENCHMARK`.
const MEASURED: &[(&str, f64, f64)] = &[
    ("cranelift-codegen-0.119.0", 18.6, 38.2),
    ("helloworld", 0.3, 0.3),
    ("hyper-1.6.0", 1.4, 12.3),
    ("image-0.25.6", 6.7, 50.3),
    ("regex-automata-0.4.8", 6.0, 12.5),
    ("ripgrep-14.1.1", 9.1, 41.4),
    ("serde-1.0.219", 1.7, 1.9),
    ("syn-2.0.101", 2.8, 7.7),
];
const UNKNOWN_BENCHMARK: (f64, f64) = (10.0, 30.0);
/// The three backends' builds together, in LLVM builds: the Cranelift backends build the
/// benchmark crate in about 0.65 of LLVM's time, and a whole clean build in about 0.85.
const ROUND_OF_LEAF_BUILDS: f64 = 2.3;
const ROUND_OF_CLEAN_BUILDS: f64 = 2.7;
/// Cargo's own start and checks, per build.
const CARGO_OVERHEAD: f64 = 0.4;
/// An incremental rebuild from an empty cache, and one after a patch (or its revert), in
/// builds of the scenario full.
const INCR_FULL_SHARE: f64 = 1.15;
const INCR_SMALL_CHANGE_SHARE: f64 = 0.3;
const INCR_UNCHANGED_SHARE: f64 = 0.1;
/// One round of the runtime programs (each build of each program run once), and building
/// them all.
const RUNTIME_ROUND: f64 = 35.0;
const RUNTIME_BUILDS: f64 = 15.0;
/// The instructions mode: the benchmark crate's rustc under callgrind, in LLVM rebuilds of it
/// (scenario full, `MEASURED`), as measured on regex-automata (6.0 s) in three runs: LLVM's
/// (1.40e10 instructions) took 200 to 210 s, each Cranelift backend's (9.3e9) 112 to 157 s,
/// -Zno-codegen's (5.9e9) 96 to 102 s.
const CALLGRIND_LLVM: f64 = 34.0;
const CALLGRIND_CRANELIFT: f64 = 23.0;
const CALLGRIND_NO_CODEGEN: f64 = 16.5;

/// The seconds of an LLVM rebuild of the benchmark crate alone (scenario full) and of a clean
/// build with its dependencies.
fn measured(benchmark: &Benchmark) -> (f64, f64) {
    MEASURED
        .iter()
        .find(|(name, ..)| *name == benchmark.name)
        .map_or(UNKNOWN_BENCHMARK, |(_, full, clean)| (*full, *clean))
}

/// Estimated seconds of the whole run.
pub fn estimate(options: &Options, benchmarks: &[&Benchmark]) -> f64 {
    if options.instructions {
        return estimate_instructions(options, benchmarks);
    }
    let mut seconds = 0.0;
    for benchmark in benchmarks {
        let (full, clean) = measured(benchmark);
        let leaf_round = |share: f64| ROUND_OF_LEAF_BUILDS * (share * full + CARGO_OVERHEAD);
        let runs = |scenario| options.runs_of(scenario, benchmark.config.runs) as f64;
        for _ in &options.debuginfo {
            // Without a clean build first, the dependencies are built once (untimed).
            seconds += ROUND_OF_CLEAN_BUILDS * (clean + CARGO_OVERHEAD);
            for &scenario in &options.scenarios {
                seconds += runs(scenario)
                    * match scenario {
                        Scenario::Clean => 0.0,
                        // The patched build, and the untimed one refilling the cache after the
                        // revert.
                        Scenario::IncrPatched => 2.0 * leaf_round(leaf_share(scenario)),
                        _ => leaf_round(leaf_share(scenario)),
                    };
            }
            if options.scenarios.contains(&Scenario::Clean) {
                seconds += (runs(Scenario::Clean) - 1.0)
                    * ROUND_OF_CLEAN_BUILDS
                    * (clean + CARGO_OVERHEAD);
            }
        }
        // The -Ztime-passes builds.
        seconds += leaf_round(1.0);
    }
    if options.runtime {
        seconds += RUNTIME_BUILDS + options.runtime_runs as f64 * RUNTIME_ROUND;
    }
    seconds
}

/// The benchmark crate's build in `scenario` as a share of its build in the scenario full.
fn leaf_share(scenario: Scenario) -> f64 {
    match scenario {
        Scenario::Full | Scenario::Clean => 1.0,
        Scenario::IncrFull => INCR_FULL_SHARE,
        Scenario::IncrUnchanged => INCR_UNCHANGED_SHARE,
        Scenario::IncrPatched => INCR_SMALL_CHANGE_SHARE,
    }
}

/// Estimated seconds of an instructions run: the dependencies built by each backend (none
/// are when an earlier run left them), then one rustc under callgrind per backend, baseline
/// and -Zno-codegen, each after filling the incremental cache (untimed) if its scenario needs
/// one.
fn estimate_instructions(options: &Options, benchmarks: &[&Benchmark]) -> f64 {
    let scenario = options.scenarios[0];
    let share = leaf_share(scenario);
    let needs_cache = matches!(scenario, Scenario::IncrUnchanged | Scenario::IncrPatched);
    let mut seconds = 0.0;
    for benchmark in benchmarks {
        let (full, clean) = measured(benchmark);
        let rustcs = if options.baseline.is_some() { 5.0 } else { 4.0 };
        seconds += ROUND_OF_CLEAN_BUILDS * (clean + CARGO_OVERHEAD);
        seconds +=
            (CALLGRIND_LLVM + 2.0 * CALLGRIND_CRANELIFT + CALLGRIND_NO_CODEGEN) * full * share;
        if needs_cache {
            seconds += rustcs * (INCR_FULL_SHARE * full + CARGO_OVERHEAD);
        }
        if options.baseline.is_some() {
            // One Cranelift clean build: a round of them is LLVM's and two of these.
            let clean_build = (ROUND_OF_CLEAN_BUILDS - 1.0) / 2.0 * (clean + CARGO_OVERHEAD);
            seconds += clean_build + CALLGRIND_CRANELIFT * full * share;
        }
    }
    seconds
}

/// The plan as printed: what is measured, how often, and the estimate.
pub fn describe(options: &Options, benchmarks: &[&Benchmark]) -> String {
    let names: Vec<&str> = benchmarks.iter().map(|b| b.name.as_str()).collect();
    let minutes = estimate(options, benchmarks) / 60.0;
    if options.instructions {
        let baseline = options
            .baseline
            .as_ref()
            .map_or(String::new(), |dylib| format!(", baseline ({})", dylib.display()));
        return format!(
            "  benchmarks:   {}\n  instructions: the benchmark crate's rustc under callgrind \
             (scenario {}, debuginfo 2), once each with llvm, cg_clif, ours{baseline} and \
             -Zno-codegen\n  runtime:      not measured (--instructions)\n  estimate:     about \
             {minutes:.0} minutes on 2 cores (from build times measured once; more under load)",
            names.join(", "),
            options.scenarios[0].name(),
        );
    }
    let scenarios: Vec<String> = options
        .scenarios
        .iter()
        .map(|&scenario| {
            let runs: Vec<String> = benchmarks
                .iter()
                .map(|b| options.runs_of(scenario, b.config.runs).to_string())
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            format!("{} (x{})", scenario.name(), runs.join("/"))
        })
        .collect();
    let debuginfo: Vec<&str> = options.debuginfo.iter().map(|d| d.name()).collect();
    let runtime = if options.runtime {
        format!("the programs of bench/runtime, x{} (4 builds each)", options.runtime_runs)
    } else {
        "not measured (--no-runtime)".to_string()
    };
    format!(
        "  benchmarks: {}\n  scenarios:  {}\n  debuginfo:  {}\n  backends:   llvm, cg_clif, ours \
         (interleaved in this order every round)\n  runtime:    {runtime}\n  estimate:   about \
         {minutes:.0} minutes on 2 cores (from build times measured once; more under load)",
        names.join(", "),
        scenarios.join(", "),
        debuginfo.join(", "),
    )
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::estimate;
    use crate::Error;
    use crate::bench::inputs::{Benchmark, Config};
    use crate::bench::options::Options;

    fn options(line: &str) -> Options {
        let args: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        match Options::parse(&args) {
            Ok(options) => options,
            Err(Error::Usage(message) | Error::Failed(message)) => panic!("{line}: {message}"),
        }
    }

    fn benchmark(name: &str) -> Benchmark {
        Benchmark {
            name: name.to_string(),
            shared: PathBuf::new(),
            config: Config {
                cargo_opts: Vec::new(),
                cargo_rustc_opts: Vec::new(),
                touch_file: None,
                artifact: "library".to_string(),
                runs: 3,
            },
            first_patch: None,
        }
    }

    #[test]
    fn instructions_estimates() {
        let regex = benchmark("regex-automata-0.4.8");
        // The dependencies by three backends (2.7 * 12.9 s), then 96.5 LLVM leaf builds' time
        // (6.0 s) under callgrind.
        let seconds = estimate(&options("--instructions --quick"), &[&regex]);
        assert!((seconds - 613.83).abs() < 0.01, "{seconds}");
        // The baseline's dependencies (0.85 * 12.9 s) and its rustc (23 * 6.0 s).
        let with_baseline = estimate(&options("--instructions --baseline a.so"), &[&regex]);
        assert!((with_baseline - seconds - 148.965).abs() < 0.01, "{with_baseline}");
        // Other benchmarks in proportion to their leaf builds.
        let syn = estimate(&options("--instructions"), &[&benchmark("syn-2.0.101")]);
        assert!((syn - (2.7 * 8.1 + 96.5 * 2.8)).abs() < 0.01, "{syn}");
        // incr-patched: 0.3 of the leaf builds under callgrind, after each rustc's
        // incremental cache is filled (1.15 leaf builds, and cargo's overhead of 0.4 s).
        let patched =
            estimate(&options("--instructions --quick --scenario incr-patched"), &[&regex]);
        let expected = 2.7 * 12.9 + 96.5 * 6.0 * 0.3 + 4.0 * (1.15 * 6.0 + 0.4);
        assert!((patched - expected).abs() < 0.01, "{patched} {expected}");
    }
}
