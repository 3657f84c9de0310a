//! What a bench run will do and about how long it will take, printed before it starts. The
//! estimate scales build times measured once on the 2-core development machine (LLVM, debug
//! profile, debuginfo 2, nothing else running) by how many builds each scenario makes.

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

/// Estimated seconds of the whole run.
pub fn estimate(options: &Options, benchmarks: &[&Benchmark]) -> f64 {
    let mut seconds = 0.0;
    for benchmark in benchmarks {
        let (full, clean) = MEASURED
            .iter()
            .find(|(name, ..)| *name == benchmark.name)
            .map_or(UNKNOWN_BENCHMARK, |(_, full, clean)| (*full, *clean));
        let leaf_round = |share: f64| ROUND_OF_LEAF_BUILDS * (share * full + CARGO_OVERHEAD);
        let runs = |scenario| options.runs_of(scenario, benchmark.config.runs) as f64;
        for _ in &options.debuginfo {
            // Without a clean build first, the dependencies are built once (untimed).
            seconds += ROUND_OF_CLEAN_BUILDS * (clean + CARGO_OVERHEAD);
            for &scenario in &options.scenarios {
                seconds += runs(scenario)
                    * match scenario {
                        Scenario::Clean => 0.0,
                        Scenario::Full => leaf_round(1.0),
                        Scenario::IncrFull => leaf_round(INCR_FULL_SHARE),
                        Scenario::IncrUnchanged => leaf_round(INCR_UNCHANGED_SHARE),
                        // The patched build, and the untimed one refilling the cache after the
                        // revert.
                        Scenario::IncrPatched => 2.0 * leaf_round(INCR_SMALL_CHANGE_SHARE),
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

/// The plan as printed: what is measured, how often, and the estimate.
pub fn describe(options: &Options, benchmarks: &[&Benchmark]) -> String {
    let names: Vec<&str> = benchmarks.iter().map(|b| b.name.as_str()).collect();
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
    let minutes = estimate(options, benchmarks) / 60.0;
    format!(
        "  benchmarks: {}\n  scenarios:  {}\n  debuginfo:  {}\n  backends:   llvm, cg_clif, ours \
         (interleaved in this order every round)\n  runtime:    {runtime}\n  estimate:   about \
         {minutes:.0} minutes on 2 cores (from build times measured once; more under load)",
        names.join(", "),
        scenarios.join(", "),
        debuginfo.join(", "),
    )
}
