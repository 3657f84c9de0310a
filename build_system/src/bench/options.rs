//! The command line of `./y.sh bench`, and what it selects: benchmarks by name, scenarios,
//! debuginfo settings, the number of runs, whether the runtime programs run; `--quick` the
//! short selection; `--instructions` the mode counting instructions instead (with
//! `--baseline`, another build of our backend to compare with).

use std::path::PathBuf;

use crate::Error;

/// The scenarios of a compile-time measurement (rustc-perf's four, and `clean`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Scenario {
    /// The benchmark crate rebuilt from scratch, dependencies kept, incremental off.
    Full,
    /// The same with incremental compilation on and an empty incremental cache.
    IncrFull,
    /// An incremental rebuild with nothing changed (the sources touched, so rustc runs).
    IncrUnchanged,
    /// An incremental rebuild after the benchmark's first patch.
    IncrPatched,
    /// The benchmark and all its dependencies built into an empty target directory.
    Clean,
}

impl Scenario {
    pub const ALL: [Scenario; 5] = [
        Scenario::Full,
        Scenario::IncrFull,
        Scenario::IncrUnchanged,
        Scenario::IncrPatched,
        Scenario::Clean,
    ];

    /// Whether the benchmark crate is built with `-Cincremental`.
    pub fn is_incremental(self) -> bool {
        matches!(self, Scenario::IncrFull | Scenario::IncrUnchanged | Scenario::IncrPatched)
    }

    pub fn name(self) -> &'static str {
        match self {
            Scenario::Full => "full",
            Scenario::IncrFull => "incr-full",
            Scenario::IncrUnchanged => "incr-unchanged",
            Scenario::IncrPatched => "incr-patched",
            Scenario::Clean => "clean",
        }
    }

    fn parse(name: &str) -> Option<Scenario> {
        Scenario::ALL.into_iter().find(|scenario| scenario.name() == name)
    }
}

/// The debuginfo setting of the dev profile (`CARGO_PROFILE_DEV_DEBUG`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Debuginfo {
    /// `2`, cargo's default for the dev profile: full debug info.
    Full,
    LineTablesOnly,
}

impl Debuginfo {
    pub const ALL: [Debuginfo; 2] = [Debuginfo::Full, Debuginfo::LineTablesOnly];

    /// As cargo takes it, and as it is written on the command line and in the results.
    pub fn name(self) -> &'static str {
        match self {
            Debuginfo::Full => "2",
            Debuginfo::LineTablesOnly => "line-tables-only",
        }
    }

    fn parse(name: &str) -> Option<Debuginfo> {
        Debuginfo::ALL.into_iter().find(|debuginfo| debuginfo.name() == name)
    }
}

/// The benchmark `--quick` measures.
pub const QUICK_BENCHMARK: &str = "regex-automata";
const QUICK_SCENARIOS: [Scenario; 2] = [Scenario::Full, Scenario::IncrPatched];
const QUICK_RUNS: usize = 3;
/// Runs of each runtime program and build under `--quick`.
const QUICK_RUNTIME_RUNS: usize = 1;
/// Runs of each runtime program and build otherwise, unless `--runs` says.
const DEFAULT_RUNTIME_RUNS: usize = 3;

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub struct Options {
    /// Names as given (a benchmark's directory name, or that name without its version);
    /// empty means every benchmark.
    pub benchmarks: Vec<String>,
    /// In the order of `Scenario::ALL`, without repetitions.
    pub scenarios: Vec<Scenario>,
    /// In the order of `Debuginfo::ALL`, without repetitions.
    pub debuginfo: Vec<Debuginfo>,
    /// Runs of every scenario, when given; otherwise each benchmark's default (`runs_of`).
    pub runs: Option<usize>,
    pub runtime_runs: usize,
    /// Whether the runtime programs are built and run.
    pub runtime: bool,
    pub quick: bool,
    /// The instructions mode: the benchmark crate's rustc under callgrind once per backend
    /// (one scenario, full unless given; debuginfo 2) instead of the timed scenarios and the
    /// runtime programs.
    pub instructions: bool,
    /// In the instructions mode, another build of our backend (a dylib, as given) measured
    /// beside ours.
    pub baseline: Option<PathBuf>,
}

impl Options {
    pub fn parse(args: &[String]) -> Result<Options, Error> {
        let mut benchmarks = Vec::new();
        let mut scenarios = Vec::new();
        let mut debuginfo = Vec::new();
        let mut runs = None;
        let mut runtime = true;
        let mut quick = false;
        let mut instructions = false;
        let mut baseline = None;
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let mut value =
                || args.next().cloned().ok_or_else(|| Error::Usage(format!("{arg} needs a value")));
            match arg.as_str() {
                "--quick" => quick = true,
                "--no-runtime" => runtime = false,
                "--instructions" => instructions = true,
                "--baseline" => baseline = Some(PathBuf::from(value()?)),
                "--bench" => benchmarks.push(value()?),
                "--scenario" => {
                    let name = value()?;
                    let scenario = Scenario::parse(&name).ok_or_else(|| {
                        let known: Vec<&str> = Scenario::ALL.iter().map(|s| s.name()).collect();
                        Error::Usage(format!(
                            "unknown scenario `{name}` (known: {})",
                            known.join(", ")
                        ))
                    })?;
                    scenarios.push(scenario);
                }
                "--debuginfo" => {
                    let name = value()?;
                    let setting = Debuginfo::parse(&name).ok_or_else(|| {
                        Error::Usage(format!(
                            "unknown debuginfo `{name}` (known: 2, line-tables-only)"
                        ))
                    })?;
                    debuginfo.push(setting);
                }
                "--runs" => {
                    let text = value()?;
                    match text.parse::<usize>() {
                        Ok(count) if count > 0 => runs = Some(count),
                        _ => {
                            return Err(Error::Usage(format!(
                                "--runs takes a positive number, not `{text}`"
                            )));
                        }
                    }
                }
                other => return Err(Error::Usage(format!("unknown bench option `{other}`"))),
            }
        }
        if baseline.is_some() && !instructions {
            return Err(Error::Usage(
                "--baseline is an option of --instructions (a build of our backend to count \
                 instructions of beside ours)"
                    .to_string(),
            ));
        }
        if instructions {
            // One build per backend of one scenario: only the benchmarks and the scenario are
            // chosen.
            let given = [("--debuginfo", !debuginfo.is_empty()), ("--runs", runs.is_some())];
            if let Some((option, _)) = given.iter().find(|(_, given)| *given) {
                return Err(Error::Usage(format!(
                    "{option} makes no sense with --instructions, which runs one scenario with \
                     debuginfo 2 once per backend"
                )));
            }
            scenarios.sort();
            scenarios.dedup();
            match scenarios[..] {
                [] => scenarios.push(Scenario::Full),
                [Scenario::Clean] => {
                    return Err(Error::Usage(
                        "--instructions counts the benchmark crate's rustc, which the scenario \
                         clean does not run alone: choose full, incr-full, incr-unchanged or \
                         incr-patched"
                            .to_string(),
                    ));
                }
                [_] => {}
                _ => {
                    return Err(Error::Usage(
                        "--instructions counts one scenario per run: give --scenario once"
                            .to_string(),
                    ));
                }
            }
            debuginfo.push(Debuginfo::Full);
            runtime = false;
        }
        if quick {
            if benchmarks.is_empty() {
                benchmarks.push(QUICK_BENCHMARK.to_string());
            }
            if scenarios.is_empty() {
                scenarios.extend(QUICK_SCENARIOS);
            }
            if debuginfo.is_empty() {
                debuginfo.push(Debuginfo::Full);
            }
            if !instructions {
                runs = runs.or(Some(QUICK_RUNS));
            }
        }
        if scenarios.is_empty() {
            scenarios.extend(Scenario::ALL);
        }
        if debuginfo.is_empty() {
            debuginfo.extend(Debuginfo::ALL);
        }
        scenarios.sort();
        scenarios.dedup();
        debuginfo.sort();
        debuginfo.dedup();
        benchmarks.dedup();
        let runtime_runs = match (runs, quick) {
            (Some(count), false) => count,
            (_, true) => QUICK_RUNTIME_RUNS,
            (None, false) => DEFAULT_RUNTIME_RUNS,
        };
        Ok(Options {
            benchmarks,
            scenarios,
            debuginfo,
            runs,
            runtime_runs,
            runtime,
            quick,
            instructions,
            baseline,
        })
    }

    /// How many runs of `scenario` a benchmark gets whose perf-config.json asks for
    /// `configured_runs` (rustc-perf's `runs`, 3 unless it says otherwise): `--runs` if given,
    /// else one clean build and `configured_runs` of the others.
    pub fn runs_of(&self, scenario: Scenario, configured_runs: usize) -> usize {
        match (self.runs, scenario) {
            (Some(count), _) => count,
            (None, Scenario::Clean) => 1,
            (None, _) => configured_runs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Debuginfo, Options, Scenario};
    use crate::Error;

    fn parse(line: &str) -> Options {
        let args: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        match Options::parse(&args) {
            Ok(options) => options,
            Err(Error::Usage(message) | Error::Failed(message)) => panic!("{line}: {message}"),
        }
    }

    fn usage_error(line: &str) -> String {
        let args: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        match Options::parse(&args) {
            Err(Error::Usage(message)) => message,
            _ => panic!("accepted: {line}"),
        }
    }

    #[test]
    fn defaults_select_everything() {
        let options = parse("");
        assert!(options.benchmarks.is_empty());
        assert_eq!(options.scenarios, Scenario::ALL);
        assert_eq!(options.debuginfo, Debuginfo::ALL);
        assert_eq!((options.runs, options.runtime_runs), (None, 3));
        assert!(options.runtime && !options.quick);
        assert_eq!(options.runs_of(Scenario::Full, 3), 3);
        assert_eq!(options.runs_of(Scenario::IncrPatched, 1), 1);
        assert_eq!(options.runs_of(Scenario::Clean, 3), 1);
    }

    #[test]
    fn quick() {
        let options = parse("--quick");
        assert_eq!(options.benchmarks, ["regex-automata"]);
        assert_eq!(options.scenarios, [Scenario::Full, Scenario::IncrPatched]);
        assert_eq!(options.debuginfo, [Debuginfo::Full]);
        assert_eq!((options.runs, options.runtime_runs), (Some(3), 1));
        assert!(options.runtime && options.quick);
        assert_eq!(options.runs_of(Scenario::Clean, 1), 3);
        // What is given explicitly wins over the quick selection.
        let options = parse("--quick --bench syn --scenario clean --runs 2 --no-runtime");
        assert_eq!(options.benchmarks, ["syn"]);
        assert_eq!(options.scenarios, [Scenario::Clean]);
        assert_eq!((options.runs, options.runtime_runs), (Some(2), 1));
        assert!(!options.runtime);
    }

    #[test]
    fn selections_are_ordered_and_deduplicated() {
        let options = parse(
            "--scenario clean --scenario full --scenario clean --debuginfo line-tables-only \
             --debuginfo 2 --bench syn --bench syn --bench hyper --runs 5",
        );
        assert_eq!(options.scenarios, [Scenario::Full, Scenario::Clean]);
        assert_eq!(options.debuginfo, [Debuginfo::Full, Debuginfo::LineTablesOnly]);
        assert_eq!(options.benchmarks, ["syn", "hyper"]);
        assert_eq!((options.runs, options.runtime_runs), (Some(5), 5));
        assert_eq!(options.runs_of(Scenario::Clean, 3), 5);
    }

    #[test]
    fn instructions() {
        let options = parse("--instructions");
        assert!(options.benchmarks.is_empty());
        assert_eq!(
            (options.scenarios, options.debuginfo),
            (vec![Scenario::Full], vec![Debuginfo::Full])
        );
        assert_eq!(options.runs, None);
        assert!(options.instructions && !options.runtime && !options.quick);
        assert_eq!(options.baseline, None);
        // --quick chooses the benchmark only; --no-runtime is implied, and accepted.
        let options = parse("--quick --instructions --no-runtime");
        assert_eq!(options.benchmarks, ["regex-automata"]);
        assert_eq!(
            (options.scenarios, options.debuginfo),
            (vec![Scenario::Full], vec![Debuginfo::Full])
        );
        assert_eq!(options.runs, None);
        assert!(options.instructions && !options.runtime && options.quick);
        let options = parse("--instructions --bench syn --baseline /tmp/old.so --bench hyper");
        assert_eq!(options.benchmarks, ["syn", "hyper"]);
        assert_eq!(options.baseline.as_deref(), Some(std::path::Path::new("/tmp/old.so")));
        assert!(!parse("--quick").instructions);
        // One scenario may be chosen, the same one given twice too.
        let options = parse("--instructions --quick --scenario incr-patched");
        assert_eq!(options.scenarios, [Scenario::IncrPatched]);
        let options = parse("--instructions --scenario full --scenario full");
        assert_eq!(options.scenarios, [Scenario::Full]);
    }

    #[test]
    fn names_round_trip() {
        for scenario in Scenario::ALL {
            assert_eq!(Scenario::parse(scenario.name()), Some(scenario));
        }
        for debuginfo in Debuginfo::ALL {
            assert_eq!(Debuginfo::parse(debuginfo.name()), Some(debuginfo));
        }
    }

    #[test]
    fn bad_command_lines() {
        assert_eq!(usage_error("--scenario"), "--scenario needs a value");
        assert_eq!(
            usage_error("--scenario incr"),
            "unknown scenario `incr` (known: full, incr-full, incr-unchanged, incr-patched, clean)"
        );
        assert_eq!(
            usage_error("--debuginfo 1"),
            "unknown debuginfo `1` (known: 2, line-tables-only)"
        );
        assert_eq!(usage_error("--runs 0"), "--runs takes a positive number, not `0`");
        assert_eq!(usage_error("--runs x"), "--runs takes a positive number, not `x`");
        assert_eq!(usage_error("--fast"), "unknown bench option `--fast`");
        assert_eq!(usage_error("--instructions --baseline"), "--baseline needs a value");
        assert_eq!(
            usage_error("--baseline old.so"),
            "--baseline is an option of --instructions (a build of our backend to count \
             instructions of beside ours)"
        );
        for (line, option) in [
            ("--debuginfo 2 --instructions", "--debuginfo"),
            ("--quick --instructions --runs 1", "--runs"),
        ] {
            assert_eq!(
                usage_error(line),
                format!(
                    "{option} makes no sense with --instructions, which runs one scenario with \
                     debuginfo 2 once per backend"
                )
            );
        }
        assert_eq!(
            usage_error("--instructions --scenario full --scenario incr-patched"),
            "--instructions counts one scenario per run: give --scenario once"
        );
        assert!(usage_error("--instructions --scenario clean").contains("choose full, incr-full"));
    }
}
