//! The results of a bench run: the compile-time measurements, the backends' share of a build
//! (-Ztime-passes) and the runtime programs' times; their summaries as plain tables for the
//! terminal and as the JSON document written to build/bench.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::backends::Backend;
use super::options::{Debuginfo, Scenario};
use super::runtime::{BUILDS, ProgramResult};
use super::stats::{Summary, geometric_mean, ratio};
use super::time_passes::Passes;
use crate::json::Value;

/// The runs of one backend for one benchmark, scenario and debuginfo setting.
pub struct Measurement {
    pub benchmark: String,
    pub scenario: Scenario,
    pub debuginfo: Debuginfo,
    pub backend: Backend,
    /// Wall seconds of each successful run.
    pub times: Vec<f64>,
    /// Why the runs stopped, if they did.
    pub failure: Option<String>,
}

/// The -Ztime-passes extract of one backend building one benchmark crate.
pub struct TimePasses {
    pub benchmark: String,
    pub backend: Backend,
    pub passes: Result<Passes, String>,
}

#[derive(Default)]
pub struct Results {
    pub compile: Vec<Measurement>,
    pub time_passes: Vec<TimePasses>,
    pub runtime: Vec<ProgramResult>,
}

/// The geometric means of ours' ratios over benchmarks, for one scenario and debuginfo
/// setting, and how many benchmarks have each ratio.
struct GeometricMean {
    scenario: Scenario,
    debuginfo: Debuginfo,
    over_llvm: Option<f64>,
    over_cg_clif: Option<f64>,
    benchmarks_over_llvm: usize,
    benchmarks_over_cg_clif: usize,
}

/// The three backends' summaries of one benchmark, scenario and debuginfo setting.
struct Row<'a> {
    benchmark: &'a str,
    scenario: Scenario,
    debuginfo: Debuginfo,
    by_backend: [Option<&'a Measurement>; 3],
}

impl Row<'_> {
    fn summary(&self, backend: Backend) -> Option<Summary> {
        Summary::of(&self.measurement(backend)?.times)
    }

    fn measurement(&self, backend: Backend) -> Option<&Measurement> {
        let index = Backend::ALL.iter().position(|b| *b == backend).unwrap();
        self.by_backend[index]
    }

    fn ours_over(&self, other: Backend) -> Option<f64> {
        ratio(self.summary(Backend::Ours), self.summary(other))
    }
}

impl Results {
    /// One row per benchmark, debuginfo setting and scenario, in the order measured
    /// (benchmarks), then `Debuginfo::ALL` and `Scenario::ALL` order.
    fn rows(&self) -> Vec<Row<'_>> {
        let mut rows: Vec<Row> = Vec::new();
        for measurement in &self.compile {
            let key = (measurement.benchmark.as_str(), measurement.scenario, measurement.debuginfo);
            let index = Backend::ALL.iter().position(|b| *b == measurement.backend).unwrap();
            match rows.iter_mut().find(|row| (row.benchmark, row.scenario, row.debuginfo) == key) {
                Some(row) => row.by_backend[index] = Some(measurement),
                None => {
                    let mut by_backend = [None; 3];
                    by_backend[index] = Some(measurement);
                    rows.push(Row {
                        benchmark: key.0,
                        scenario: key.1,
                        debuginfo: key.2,
                        by_backend,
                    });
                }
            }
        }
        let benchmark_order: Vec<&str> = {
            let mut names: Vec<&str> = Vec::new();
            for row in &rows {
                if !names.contains(&row.benchmark) {
                    names.push(row.benchmark);
                }
            }
            names
        };
        rows.sort_by_key(|row| {
            let position = benchmark_order.iter().position(|name| *name == row.benchmark);
            (row.debuginfo, row.scenario, position)
        });
        rows
    }

    /// Per scenario and debuginfo setting: the geometric means over benchmarks of ours/llvm
    /// and ours/cg_clif.
    fn geometric_means(&self) -> Vec<GeometricMean> {
        let mut groups: BTreeMap<(Debuginfo, Scenario), (Vec<f64>, Vec<f64>)> = BTreeMap::new();
        for row in self.rows() {
            let (over_llvm, over_cg_clif) =
                groups.entry((row.debuginfo, row.scenario)).or_default();
            over_llvm.extend(row.ours_over(Backend::Llvm));
            over_cg_clif.extend(row.ours_over(Backend::CgClif));
        }
        groups
            .into_iter()
            .map(|((debuginfo, scenario), (over_llvm, over_cg_clif))| GeometricMean {
                scenario,
                debuginfo,
                over_llvm: geometric_mean(&over_llvm),
                over_cg_clif: geometric_mean(&over_cg_clif),
                benchmarks_over_llvm: over_llvm.len(),
                benchmarks_over_cg_clif: over_cg_clif.len(),
            })
            .collect()
    }

    /// Every failure, one line of context each, then its explanation.
    pub fn failures(&self) -> Vec<String> {
        let mut failures = Vec::new();
        for m in &self.compile {
            if let Some(failure) = &m.failure {
                failures.push(format!(
                    "{} {} debuginfo={} {}: {failure}",
                    m.benchmark,
                    m.scenario.name(),
                    m.debuginfo.name(),
                    m.backend.name()
                ));
            }
        }
        for entry in &self.time_passes {
            if let Err(failure) = &entry.passes {
                failures.push(format!(
                    "{} -Ztime-passes {}: {failure}",
                    entry.benchmark,
                    entry.backend.name()
                ));
            }
        }
        for program in &self.runtime {
            for (build, times) in &program.builds {
                if let Err(failure) = times {
                    failures.push(format!("runtime {} {}: {failure}", program.program, build.name));
                }
            }
        }
        failures
    }

    /// The tables printed at the end of a run.
    pub fn tables(&self) -> String {
        let mut out = String::new();
        let rows = self.rows();
        if !rows.is_empty() {
            out.push_str(
                "Compile time: wall seconds of the cargo build, median [min-max] xruns; ratios of \
                 medians\n",
            );
            let mut table = vec![
                [
                    "benchmark",
                    "scenario",
                    "debuginfo",
                    "llvm",
                    "cg_clif",
                    "ours",
                    "ours/llvm",
                    "ours/cg_clif",
                ]
                .map(str::to_string)
                .to_vec(),
            ];
            for row in &rows {
                let mut line = vec![
                    row.benchmark.to_string(),
                    row.scenario.name().to_string(),
                    row.debuginfo.name().to_string(),
                ];
                for backend in Backend::ALL {
                    line.push(match row.measurement(backend) {
                        None => "-".to_string(),
                        Some(m) if m.failure.is_some() => match Summary::of(&m.times) {
                            Some(summary) => format!("{} FAILED", cell(summary)),
                            None => "FAILED".to_string(),
                        },
                        Some(m) => Summary::of(&m.times).map_or("-".to_string(), cell),
                    });
                }
                line.push(format_ratio(row.ours_over(Backend::Llvm)));
                line.push(format_ratio(row.ours_over(Backend::CgClif)));
                table.push(line);
            }
            for mean in self.geometric_means() {
                table.push(vec![
                    format!(
                        "geomean (n={}/{})",
                        mean.benchmarks_over_llvm, mean.benchmarks_over_cg_clif
                    ),
                    mean.scenario.name().to_string(),
                    mean.debuginfo.name().to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    format_ratio(mean.over_llvm),
                    format_ratio(mean.over_cg_clif),
                ]);
            }
            out.push_str(&render_table(&table));
        }
        if !self.time_passes.is_empty() {
            out.push_str(
                "\nThe benchmark crate's build (scenario full, debuginfo 2) by -Ztime-passes, seconds\n",
            );
            let mut table = vec![
                [
                    "benchmark",
                    "backend",
                    "codegen_crate",
                    "LLVM_passes",
                    "finish_codegen",
                    "link_crate",
                    "total",
                    "peak RSS",
                ]
                .map(str::to_string)
                .to_vec(),
            ];
            for entry in &self.time_passes {
                let mut line = vec![entry.benchmark.clone(), entry.backend.name().to_string()];
                match &entry.passes {
                    Ok(passes) => {
                        for time in [
                            passes.codegen_crate,
                            passes.worker,
                            passes.finish_codegen,
                            passes.link,
                            passes.total,
                        ] {
                            line.push(time.map_or("-".to_string(), |t| format!("{t:.2}")));
                        }
                        line.push(
                            passes
                                .peak_rss
                                .map_or("-".to_string(), |rss| format!("{} MB", rss / 1_000_000)),
                        );
                    }
                    Err(_) => line.push("FAILED".to_string()),
                }
                table.push(line);
            }
            out.push_str(&render_table(&table));
        }
        if !self.runtime.is_empty() {
            out.push_str(
                "\nRuntime of generated code: wall seconds, median [min-max] xruns; ratio to \
                 llvm-debug\n",
            );
            let mut header = vec!["program".to_string()];
            header.extend(BUILDS.iter().map(|build| build.name.to_string()));
            header.extend(BUILDS[1..].iter().map(|build| format!("{}/llvm-debug", build.name)));
            let mut table = vec![header];
            for program in &self.runtime {
                let mut line = vec![program.program.clone()];
                for (_, times) in &program.builds {
                    line.push(match times {
                        Ok(times) => Summary::of(times).map_or("-".to_string(), cell),
                        Err(_) => "FAILED".to_string(),
                    });
                }
                let reference = program.summary(BUILDS[0].name);
                for build in &BUILDS[1..] {
                    line.push(format_ratio(ratio(program.summary(build.name), reference)));
                }
                table.push(line);
            }
            out.push_str(&render_table(&table));
        }
        out
    }

    /// The JSON document of the results; `about` describes the run (date, versions, options).
    pub fn to_json(&self, about: Value) -> Value {
        let summary_json = |m: &Measurement| {
            let summary = Summary::of(&m.times);
            Value::object([
                ("times", Value::Array(m.times.iter().map(|t| Value::number(*t, 3)).collect())),
                ("median", summary.map_or(Value::Null, |s| Value::number(s.median, 3))),
                ("min", summary.map_or(Value::Null, |s| Value::number(s.min, 3))),
                ("max", summary.map_or(Value::Null, |s| Value::number(s.max, 3))),
                ("runs", Value::Number(m.times.len().to_string())),
                ("failure", m.failure.clone().map_or(Value::Null, Value::String)),
            ])
        };
        let optional = |value: Option<f64>, decimals| {
            value.map_or(Value::Null, |v| Value::number(v, decimals))
        };
        let compile = self
            .rows()
            .iter()
            .map(|row| {
                let backends = Backend::ALL
                    .iter()
                    .filter_map(|backend| {
                        Some((backend.name().to_string(), summary_json(row.measurement(*backend)?)))
                    })
                    .collect();
                Value::object([
                    ("benchmark", Value::String(row.benchmark.to_string())),
                    ("scenario", Value::String(row.scenario.name().to_string())),
                    ("debuginfo", Value::String(row.debuginfo.name().to_string())),
                    ("backends", Value::Object(backends)),
                    ("ours_over_llvm", optional(row.ours_over(Backend::Llvm), 4)),
                    ("ours_over_cg_clif", optional(row.ours_over(Backend::CgClif), 4)),
                ])
            })
            .collect();
        let geometric_means = self
            .geometric_means()
            .into_iter()
            .map(|mean| {
                Value::object([
                    ("scenario", Value::String(mean.scenario.name().to_string())),
                    ("debuginfo", Value::String(mean.debuginfo.name().to_string())),
                    ("ours_over_llvm", optional(mean.over_llvm, 4)),
                    ("ours_over_cg_clif", optional(mean.over_cg_clif, 4)),
                    ("benchmarks_over_llvm", Value::Number(mean.benchmarks_over_llvm.to_string())),
                    (
                        "benchmarks_over_cg_clif",
                        Value::Number(mean.benchmarks_over_cg_clif.to_string()),
                    ),
                ])
            })
            .collect();
        let time_passes = self
            .time_passes
            .iter()
            .map(|entry| {
                let mut members = BTreeMap::from([
                    ("benchmark".to_string(), Value::String(entry.benchmark.clone())),
                    ("backend".to_string(), Value::String(entry.backend.name().to_string())),
                ]);
                match &entry.passes {
                    Ok(passes) => members.extend([
                        ("codegen_crate".to_string(), optional(passes.codegen_crate, 3)),
                        ("LLVM_passes".to_string(), optional(passes.worker, 3)),
                        ("finish_ongoing_codegen".to_string(), optional(passes.finish_codegen, 3)),
                        ("link_crate".to_string(), optional(passes.link, 3)),
                        ("total".to_string(), optional(passes.total, 3)),
                        (
                            "peak_rss_bytes".to_string(),
                            passes
                                .peak_rss
                                .map_or(Value::Null, |rss| Value::Number(rss.to_string())),
                        ),
                    ]),
                    Err(failure) => {
                        members.insert("failure".to_string(), Value::String(failure.clone()));
                    }
                }
                Value::Object(members)
            })
            .collect();
        let runtime = self
            .runtime
            .iter()
            .map(|program| {
                let reference = program.summary(BUILDS[0].name);
                let builds = program
                    .builds
                    .iter()
                    .map(|(build, times)| {
                        let value = match times {
                            Ok(times) => {
                                let summary = Summary::of(times);
                                Value::object([
                                    (
                                        "times",
                                        Value::Array(
                                            times.iter().map(|t| Value::number(*t, 3)).collect(),
                                        ),
                                    ),
                                    (
                                        "median",
                                        summary.map_or(Value::Null, |s| Value::number(s.median, 3)),
                                    ),
                                    (
                                        "min",
                                        summary.map_or(Value::Null, |s| Value::number(s.min, 3)),
                                    ),
                                    (
                                        "max",
                                        summary.map_or(Value::Null, |s| Value::number(s.max, 3)),
                                    ),
                                    ("runs", Value::Number(times.len().to_string())),
                                    ("ratio_to_llvm_debug", optional(ratio(summary, reference), 4)),
                                ])
                            }
                            Err(failure) => {
                                Value::object([("failure", Value::String(failure.clone()))])
                            }
                        };
                        (build.name.to_string(), value)
                    })
                    .collect();
                Value::object([
                    ("program", Value::String(program.program.clone())),
                    (
                        "output",
                        program
                            .output
                            .as_ref()
                            .map_or(Value::Null, |(_, output)| Value::String(output.clone())),
                    ),
                    ("builds", Value::Object(builds)),
                ])
            })
            .collect();
        Value::object([
            ("about", about),
            ("compile", Value::Array(compile)),
            ("geometric_means", Value::Array(geometric_means)),
            ("time_passes", Value::Array(time_passes)),
            ("runtime", Value::Array(runtime)),
            ("failures", Value::Array(self.failures().into_iter().map(Value::String).collect())),
        ])
    }
}

/// `7.13 [7.05-7.20] x3`.
fn cell(summary: Summary) -> String {
    format!("{:.2} [{:.2}-{:.2}] x{}", summary.median, summary.min, summary.max, summary.runs)
}

fn format_ratio(ratio: Option<f64>) -> String {
    ratio.map_or("-".to_string(), |ratio| format!("{ratio:.3}"))
}

/// `rows` (the first the header) as left-aligned columns two spaces apart, with a rule under
/// the header.
pub fn render_table(rows: &[Vec<String>]) -> String {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|column| {
            rows.iter()
                .filter_map(|row| row.get(column))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for (index, row) in rows.iter().enumerate() {
        let mut line = String::new();
        for (column, text) in row.iter().enumerate() {
            write!(line, "{text:<width$}  ", width = widths[column]).unwrap();
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if index == 0 {
            let total = widths.iter().sum::<usize>() + 2 * columns.saturating_sub(1);
            out.push_str(&"-".repeat(total));
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Measurement, Results, render_table};
    use crate::bench::backends::Backend;
    use crate::bench::options::{Debuginfo, Scenario};
    use crate::json::Value;

    fn measurement(
        benchmark: &str,
        scenario: Scenario,
        backend: Backend,
        times: &[f64],
    ) -> Measurement {
        Measurement {
            benchmark: benchmark.to_string(),
            scenario,
            debuginfo: Debuginfo::Full,
            backend,
            times: times.to_vec(),
            failure: None,
        }
    }

    #[test]
    fn tables_are_aligned() {
        let rows = vec![
            vec!["name".to_string(), "seconds".to_string()],
            vec!["a-long-name".to_string(), "1.5".to_string()],
            vec!["b".to_string(), "10.25".to_string()],
        ];
        assert_eq!(
            render_table(&rows),
            "name         seconds\n--------------------\na-long-name  1.5\nb            10.25\n"
        );
    }

    #[test]
    fn ratios_and_geometric_means() {
        let mut results = Results::default();
        for (benchmark, llvm, cg_clif, ours) in [("a", 4.0, 2.0, 2.0), ("b", 10.0, 10.0, 2.5)] {
            results.compile.push(measurement(
                benchmark,
                Scenario::Full,
                Backend::Llvm,
                &[llvm, llvm + 1.0],
            ));
            results.compile.push(measurement(
                benchmark,
                Scenario::Full,
                Backend::CgClif,
                &[cg_clif],
            ));
            results.compile.push(measurement(benchmark, Scenario::Full, Backend::Ours, &[ours]));
        }
        // A failed backend leaves its ratio out of the mean.
        let mut failed = measurement("c", Scenario::Full, Backend::Ours, &[]);
        failed.failure = Some("error: could not compile".to_string());
        results.compile.push(measurement("c", Scenario::Full, Backend::Llvm, &[1.0]));
        results.compile.push(failed);

        assert_eq!(
            results.tables(),
            "Compile time: wall seconds of the cargo build, median [min-max] xruns; ratios of \
             medians
benchmark        scenario  debuginfo  llvm                    cg_clif                 ours                 ours/llvm  ours/cg_clif
----------------------------------------------------------------------------------------------------------------------------------
a                full      2          4.50 [4.00-5.00] x2     2.00 [2.00-2.00] x1     2.00 [2.00-2.00] x1  0.444      1.000
b                full      2          10.50 [10.00-11.00] x2  10.00 [10.00-10.00] x1  2.50 [2.50-2.50] x1  0.238      0.250
c                full      2          1.00 [1.00-1.00] x1     -                       FAILED               -          -
geomean (n=2/2)  full      2                                                                               0.325      0.500
"
        );
        let json = results.to_json(Value::Null);
        let rows = json.get("compile").and_then(Value::as_array).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].get("ours_over_llvm").and_then(Value::as_f64), Some(0.4444));
        assert_eq!(rows[1].get("ours_over_cg_clif").and_then(Value::as_f64), Some(0.25));
        assert!(matches!(rows[2].get("ours_over_llvm"), Some(Value::Null)));
        let means = json.get("geometric_means").and_then(Value::as_array).unwrap();
        assert_eq!(means.len(), 1);
        // sqrt(2/4.5 * 2.5/10.5) and sqrt(1 * 0.25).
        assert_eq!(means[0].get("ours_over_llvm").and_then(Value::as_f64), Some(0.3253));
        assert_eq!(means[0].get("ours_over_cg_clif").and_then(Value::as_f64), Some(0.5));
        assert_eq!(means[0].get("benchmarks_over_llvm").and_then(Value::as_f64), Some(2.0));
        let failures = results.failures();
        assert_eq!(failures, ["c full debuginfo=2 ours: error: could not compile"]);
    }
}
