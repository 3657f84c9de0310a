//! The results of a bench run: the compile-time measurements, the backends' share of a build
//! (-Ztime-passes), the runtime programs' times, and in the instructions mode the instruction
//! counts; their summaries as plain tables for the terminal and as the JSON document written
//! to build/bench.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

use super::backends::Backend;
use super::instructions::Rustc;
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
    /// Our backend's function cache after its last run, in the incremental scenarios.
    pub fn_cache: Option<FnCacheUse>,
}

/// What our backend's per-function cache did in a build, and its size on disk afterwards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FnCacheUse {
    /// The functions whose machine code came from the cache.
    pub hits: u64,
    /// The functions compiled (and added to the cache).
    pub misses: u64,
    pub disk_bytes: u64,
}

/// The -Ztime-passes extract of one backend building one benchmark crate.
pub struct TimePasses {
    pub benchmark: String,
    pub backend: Backend,
    pub passes: Result<Passes, String>,
}

/// The instructions one rustc executed, from one callgrind output.
pub struct InstructionCount {
    pub instructions: u64,
    /// The callgrind output it was read from.
    pub file: PathBuf,
}

/// The instructions mode's counts for one benchmark crate.
pub struct InstructionCounts {
    pub benchmark: String,
    pub scenario: Scenario,
    /// In the order measured; for each rustc its count, or why it has none.
    pub counts: Vec<(Rustc, Result<InstructionCount, String>)>,
}

/// The rustcs whose backend share ours is compared with, in the tables' order.
const INSTRUCTION_RATIOS: [Rustc; 3] =
    [Rustc::Backend(Backend::Llvm), Rustc::Backend(Backend::CgClif), Rustc::Baseline];

impl InstructionCounts {
    fn instructions(&self, rustc: Rustc) -> Option<u64> {
        let (_, count) = self.counts.iter().find(|(r, _)| *r == rustc)?;
        Some(count.as_ref().ok()?.instructions)
    }

    /// The backend's share of `rustc`'s count: what it executes beyond -Zno-codegen.
    fn backend_share(&self, rustc: Rustc) -> Option<u64> {
        self.instructions(rustc)?.checked_sub(self.instructions(Rustc::NoCodegen)?)
    }

    /// Our backend's share over `other`'s.
    fn ours_over(&self, other: Rustc) -> Option<f64> {
        let ours = self.backend_share(Rustc::Backend(Backend::Ours))?;
        let other = self.backend_share(other)?;
        (other > 0).then(|| ours as f64 / other as f64)
    }
}

#[derive(Default)]
pub struct Results {
    pub compile: Vec<Measurement>,
    pub time_passes: Vec<TimePasses>,
    pub runtime: Vec<ProgramResult>,
    pub instructions: Vec<InstructionCounts>,
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

    /// For each of `INSTRUCTION_RATIOS`, the geometric mean over benchmarks of ours' backend
    /// share over its, and how many benchmarks have that ratio.
    fn instruction_means(&self) -> Vec<(Rustc, Option<f64>, usize)> {
        INSTRUCTION_RATIOS
            .iter()
            .map(|&other| {
                let ratios: Vec<f64> =
                    self.instructions.iter().filter_map(|counts| counts.ours_over(other)).collect();
                (other, geometric_mean(&ratios), ratios.len())
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
        for entry in &self.instructions {
            for (rustc, count) in &entry.counts {
                if let Err(failure) = count {
                    failures.push(format!(
                        "{} instructions {}: {failure}",
                        entry.benchmark,
                        rustc.name()
                    ));
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
        out.push_str(&self.fn_cache_table());
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
        if !self.instructions.is_empty() {
            out.push_str(&self.instructions_table());
        }
        out
    }

    /// Our backend's function cache in its last run of each incremental scenario (none when no
    /// such run was measured).
    fn fn_cache_table(&self) -> String {
        let mut table = vec![
            ["benchmark", "scenario", "debuginfo", "hits", "misses", "disk"]
                .map(str::to_string)
                .to_vec(),
        ];
        for row in self.rows() {
            let Some(cache) = row.measurement(Backend::Ours).and_then(|m| m.fn_cache) else {
                continue;
            };
            table.push(vec![
                row.benchmark.to_string(),
                row.scenario.name().to_string(),
                row.debuginfo.name().to_string(),
                thousands(cache.hits),
                thousands(cache.misses),
                format!("{:.1} MB", cache.disk_bytes as f64 / 1e6),
            ]);
        }
        if table.len() == 1 {
            return String::new();
        }
        let mut out = String::from(
            "\nOur function cache in the last run of each incremental scenario: functions found \
             (hits) and compiled (misses), the cache's size afterwards\n",
        );
        out.push_str(&render_table(&table));
        out
    }

    /// The table of the instructions mode: each rustc's count, its backend's share, and ours'
    /// share over that; then the geometric means of these ratios.
    fn instructions_table(&self) -> String {
        // One scenario per run of the mode.
        let scenario = self.instructions.first().map_or("full", |entry| entry.scenario.name());
        let mut out = format!(
            "\nInstructions executed by the benchmark crate's rustc (callgrind; scenario {}, \
             debuginfo 2); backend share: the whole rustc minus -Zno-codegen; ours/this: our \
             backend's share over this one's\n",
            scenario
        );
        let mut table = vec![
            ["benchmark", "rustc", "instructions", "backend share", "ours/this"]
                .map(str::to_string)
                .to_vec(),
        ];
        for entry in &self.instructions {
            for (rustc, count) in &entry.counts {
                let shown = |value: Option<u64>| value.map_or("-".to_string(), thousands);
                table.push(vec![
                    entry.benchmark.clone(),
                    rustc.name().to_string(),
                    match count {
                        Ok(count) => thousands(count.instructions),
                        Err(_) => "FAILED".to_string(),
                    },
                    match rustc {
                        Rustc::NoCodegen => String::new(),
                        _ => shown(entry.backend_share(*rustc)),
                    },
                    if INSTRUCTION_RATIOS.contains(rustc) {
                        format_ratio(entry.ours_over(*rustc))
                    } else {
                        String::new()
                    },
                ]);
            }
        }
        for (other, mean, benchmarks) in self.instruction_means() {
            if benchmarks > 0 {
                table.push(vec![
                    format!("geomean (n={benchmarks})"),
                    other.name().to_string(),
                    String::new(),
                    String::new(),
                    format_ratio(mean),
                ]);
            }
        }
        out.push_str(&render_table(&table));
        out.push_str(
            "callgrind's outputs: build/bench/callgrind/<benchmark>/<scenario>/<rustc>/ (read \
             them with callgrind_annotate)\n",
        );
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
                (
                    "fn_cache",
                    m.fn_cache.map_or(Value::Null, |cache| {
                        Value::object([
                            ("hits", Value::Number(cache.hits.to_string())),
                            ("misses", Value::Number(cache.misses.to_string())),
                            ("disk_bytes", Value::Number(cache.disk_bytes.to_string())),
                        ])
                    }),
                ),
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
            ("instructions", self.instructions_json()),
            ("failures", Value::Array(self.failures().into_iter().map(Value::String).collect())),
        ])
    }

    /// The instructions mode's counts, ratios (6 decimals: the counts are exact) and their
    /// geometric means; `null` in the other mode.
    fn instructions_json(&self) -> Value {
        if self.instructions.is_empty() {
            return Value::Null;
        }
        let count_json =
            |value: Option<u64>| value.map_or(Value::Null, |n| Value::Number(n.to_string()));
        let ratio_json = |value: Option<f64>| value.map_or(Value::Null, |v| Value::number(v, 6));
        let ratio_key = |other: Rustc| format!("ours_over_{}", other.name());
        let benchmarks = self
            .instructions
            .iter()
            .map(|entry| {
                let rustcs = entry
                    .counts
                    .iter()
                    .map(|(rustc, count)| {
                        let mut members = BTreeMap::from([(
                            "rustc".to_string(),
                            Value::String(rustc.name().to_string()),
                        )]);
                        match count {
                            Ok(count) => {
                                members.extend([
                                    (
                                        "instructions".to_string(),
                                        count_json(Some(count.instructions)),
                                    ),
                                    (
                                        "callgrind_output".to_string(),
                                        Value::String(count.file.display().to_string()),
                                    ),
                                ]);
                                if *rustc != Rustc::NoCodegen {
                                    members.insert(
                                        "backend_share".to_string(),
                                        count_json(entry.backend_share(*rustc)),
                                    );
                                }
                            }
                            Err(failure) => {
                                members
                                    .insert("failure".to_string(), Value::String(failure.clone()));
                            }
                        }
                        Value::Object(members)
                    })
                    .collect();
                let mut members = BTreeMap::from([
                    ("benchmark".to_string(), Value::String(entry.benchmark.clone())),
                    ("scenario".to_string(), Value::String(entry.scenario.name().to_string())),
                    ("rustc".to_string(), Value::Array(rustcs)),
                ]);
                for other in INSTRUCTION_RATIOS {
                    members.insert(ratio_key(other), ratio_json(entry.ours_over(other)));
                }
                Value::Object(members)
            })
            .collect();
        let mut means = BTreeMap::new();
        for (other, mean, benchmarks) in self.instruction_means() {
            means.insert(ratio_key(other), ratio_json(mean));
            means.insert(
                format!("benchmarks_over_{}", other.name()),
                Value::Number(benchmarks.to_string()),
            );
        }
        Value::object([
            ("benchmarks", Value::Array(benchmarks)),
            ("geometric_means", Value::Object(means)),
        ])
    }
}

/// `9330123456` as `9,330,123,456`.
fn thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
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
    use std::path::PathBuf;

    use super::{
        FnCacheUse, InstructionCount, InstructionCounts, Measurement, Results, render_table,
        thousands,
    };
    use crate::bench::backends::Backend;
    use crate::bench::instructions::Rustc;
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
            fn_cache: None,
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

    #[test]
    fn function_cache_use() {
        let mut results = Results::default();
        results.compile.push(measurement("a", Scenario::IncrPatched, Backend::Llvm, &[3.0]));
        let mut ours = measurement("a", Scenario::IncrPatched, Backend::Ours, &[2.0]);
        ours.fn_cache = Some(FnCacheUse { hits: 1234, misses: 5, disk_bytes: 2_700_000 });
        results.compile.push(ours);
        let tables = results.tables();
        let cache_table = tables.split_once("\nOur function cache").unwrap().1;
        assert!(cache_table.contains("a          incr-patched  2          1,234  5       2.7 MB"));
        let json = results.to_json(Value::Null);
        let row = &json.get("compile").and_then(Value::as_array).unwrap()[0];
        let backends = row.get("backends").unwrap();
        let cache = backends.get("ours").and_then(|ours| ours.get("fn_cache")).unwrap();
        assert_eq!(cache.get("hits").and_then(Value::as_f64), Some(1234.0));
        assert_eq!(cache.get("disk_bytes").and_then(Value::as_f64), Some(2_700_000.0));
        let llvm_cache = backends.get("llvm").and_then(|llvm| llvm.get("fn_cache"));
        assert!(matches!(llvm_cache, Some(Value::Null)));
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(126_403), "126,403");
        assert_eq!(thousands(9_330_123_456), "9,330,123,456");
    }

    #[test]
    fn instruction_counts_and_their_ratios() {
        let counts = |benchmark: &str, counts: &[(Rustc, Option<u64>)]| InstructionCounts {
            benchmark: benchmark.to_string(),
            scenario: Scenario::Full,
            counts: counts
                .iter()
                .map(|&(rustc, count)| {
                    let file =
                        PathBuf::from(format!("cg/{benchmark}/{}/callgrind.out.1", rustc.name()));
                    let count = count.map(|instructions| InstructionCount { instructions, file });
                    (rustc, count.ok_or_else(|| "valgrind: killed".to_string()))
                })
                .collect(),
        };
        let (llvm, cg_clif, ours) = (
            Rustc::Backend(Backend::Llvm),
            Rustc::Backend(Backend::CgClif),
            Rustc::Backend(Backend::Ours),
        );
        let mut results = Results::default();
        results.instructions.push(counts(
            "a",
            &[
                (llvm, Some(14_000_000_000)),
                (cg_clif, Some(9_000_000_000)),
                (ours, Some(9_600_000_000)),
                (Rustc::Baseline, Some(10_000_000_000)),
                (Rustc::NoCodegen, Some(6_000_000_000)),
            ],
        ));
        // A failed baseline leaves its ratio out of the mean.
        results.instructions.push(counts(
            "b",
            &[
                (llvm, Some(3000)),
                (cg_clif, Some(2000)),
                (ours, Some(1500)),
                (Rustc::Baseline, None),
                (Rustc::NoCodegen, Some(1000)),
            ],
        ));
        assert_eq!(
            results.tables(),
            "
Instructions executed by the benchmark crate's rustc (callgrind; scenario full, debuginfo 2); \
backend share: the whole rustc minus -Zno-codegen; ours/this: our backend's share over this one's
benchmark      rustc       instructions    backend share  ours/this
-------------------------------------------------------------------
a              llvm        14,000,000,000  8,000,000,000  0.450
a              cg_clif     9,000,000,000   3,000,000,000  1.200
a              ours        9,600,000,000   3,600,000,000
a              baseline    10,000,000,000  4,000,000,000  0.900
a              no-codegen  6,000,000,000
b              llvm        3,000           2,000          0.250
b              cg_clif     2,000           1,000          0.500
b              ours        1,500           500
b              baseline    FAILED          -              -
b              no-codegen  1,000
geomean (n=2)  llvm                                       0.335
geomean (n=2)  cg_clif                                    0.775
geomean (n=1)  baseline                                   0.900
callgrind's outputs: build/bench/callgrind/<benchmark>/<scenario>/<rustc>/ (read them with callgrind_annotate)
"
        );
        let json = results.to_json(Value::Null);
        let instructions = json.get("instructions").unwrap();
        let benchmarks = instructions.get("benchmarks").and_then(Value::as_array).unwrap();
        assert_eq!(benchmarks.len(), 2);
        let rustcs = benchmarks[0].get("rustc").and_then(Value::as_array).unwrap();
        assert_eq!(rustcs[0].get("rustc").and_then(Value::as_str), Some("llvm"));
        assert_eq!(rustcs[0].get("instructions").and_then(Value::as_f64), Some(14e9));
        assert_eq!(rustcs[0].get("backend_share").and_then(Value::as_f64), Some(8e9));
        assert_eq!(
            rustcs[0].get("callgrind_output").and_then(Value::as_str),
            Some("cg/a/llvm/callgrind.out.1")
        );
        assert!(rustcs[4].get("backend_share").is_none());
        assert_eq!(benchmarks[0].get("ours_over_llvm").and_then(Value::as_f64), Some(0.45));
        assert_eq!(benchmarks[0].get("ours_over_baseline").and_then(Value::as_f64), Some(0.9));
        let failed = &benchmarks[1].get("rustc").and_then(Value::as_array).unwrap()[3];
        assert_eq!(failed.get("failure").and_then(Value::as_str), Some("valgrind: killed"));
        assert!(matches!(benchmarks[1].get("ours_over_baseline"), Some(Value::Null)));
        let means = instructions.get("geometric_means").unwrap();
        // sqrt(0.45 * 0.25) and sqrt(1.2 * 0.5).
        assert_eq!(means.get("ours_over_llvm").and_then(Value::as_f64), Some(0.335410));
        assert_eq!(means.get("ours_over_cg_clif").and_then(Value::as_f64), Some(0.774597));
        assert_eq!(means.get("benchmarks_over_baseline").and_then(Value::as_f64), Some(1.0));
        assert_eq!(results.failures(), ["b instructions baseline: valgrind: killed"]);
        // The other mode has none.
        assert!(matches!(
            Results::default().to_json(Value::Null).get("instructions"),
            Some(Value::Null)
        ));
    }
}
