//! The backend's share of a build: rustc's `-Ztime-passes -Ztime-passes-format=json` lines
//! (`time: {"pass":...,"time":...,"rss_start":...,"rss_end":...}`) of the benchmark crate,
//! reduced to the passes that tell codegen apart from the rest. The names are the same with
//! every backend, since all three go through rustc_codegen_ssa: `codegen_crate` is the main
//! thread's part of codegen (for us: lowering MIR to Cranelift IR), `LLVM_passes` the
//! coordinator's span while the worker threads compile (Cranelift, for the Cranelift
//! backends), `finish_ongoing_codegen` the main thread waiting for them afterwards.

use crate::json::{self, Value};

/// The passes kept, in seconds; `None` when the output has no such line.
#[derive(Debug, Default, PartialEq)]
pub struct Passes {
    /// `codegen_crate`.
    pub codegen_crate: Option<f64>,
    /// `LLVM_passes`.
    pub worker: Option<f64>,
    /// `finish_ongoing_codegen`.
    pub finish_codegen: Option<f64>,
    /// `link_crate` (with `link_binary` inside, for a binary).
    pub link: Option<f64>,
    /// `total`.
    pub total: Option<f64>,
    /// The largest resident set size any line reports, in bytes (the bench replaces it by the
    /// build's measured peak, `process::Output::peak_rss`).
    pub peak_rss: Option<u64>,
}

/// Extracts the passes from the stderr of a build; lines other than rustc's `time:` lines
/// (diagnostics, cargo's messages) are skipped. A pass reported more than once keeps its last.
pub fn parse(stderr: &str) -> Result<Passes, String> {
    let mut passes = Passes::default();
    for (index, line) in stderr.lines().enumerate() {
        let Some(entry) = line.strip_prefix("time: ").filter(|rest| rest.starts_with('{')) else {
            continue;
        };
        let entry = json::parse(entry).map_err(|e| format!("line {}: {e}", index + 1))?;
        let name = entry.get("pass").and_then(Value::as_str);
        let time = entry.get("time").and_then(Value::as_f64);
        let (Some(name), Some(time)) = (name, time) else {
            return Err(format!("line {}: a time-passes entry without pass or time", index + 1));
        };
        for key in ["rss_start", "rss_end"] {
            if let Some(rss) = entry.get(key).and_then(Value::as_f64) {
                let rss = rss as u64;
                passes.peak_rss = Some(passes.peak_rss.map_or(rss, |peak| peak.max(rss)));
            }
        }
        let slot = match name {
            "codegen_crate" => &mut passes.codegen_crate,
            "LLVM_passes" => &mut passes.worker,
            "finish_ongoing_codegen" => &mut passes.finish_codegen,
            "link_crate" => &mut passes.link,
            "total" => &mut passes.total,
            _ => continue,
        };
        *slot = Some(time);
    }
    if passes.total.is_none() {
        return Err("no `total` time-passes entry: was rustc given -Ztime-passes?".to_string());
    }
    Ok(passes)
}

#[cfg(test)]
mod tests {
    use super::{Passes, parse};

    // Real output of `cargo rustc -- -Znext-solver=coherence -Ztime-passes
    // -Ztime-passes-format=json` for regex-automata-0.4.8 (debuginfo 2) with each backend,
    // shortened: the first and last lines of the warnings, 3 of the 4,374 `drop_ast` lines.
    const LLVM: &str = include_str!("time_passes_samples/llvm.txt");
    const CG_CLIF: &str = include_str!("time_passes_samples/cg_clif.txt");
    const OURS: &str = include_str!("time_passes_samples/ours.txt");

    #[test]
    fn llvm() {
        assert_eq!(
            parse(LLVM).unwrap(),
            Passes {
                codegen_crate: Some(3.020030049),
                worker: Some(2.990245773),
                finish_codegen: Some(0.000334389),
                link: Some(0.050805155),
                total: Some(7.109584471),
                peak_rss: Some(376_340_480),
            }
        );
    }

    #[test]
    fn cg_clif() {
        assert_eq!(
            parse(CG_CLIF).unwrap(),
            Passes {
                codegen_crate: Some(1.429859473),
                worker: Some(1.5213728450000001),
                finish_codegen: Some(0.095303748),
                link: Some(0.027178026),
                total: Some(5.012854857),
                peak_rss: Some(346_198_016),
            }
        );
    }

    #[test]
    fn ours() {
        assert_eq!(
            parse(OURS).unwrap(),
            Passes {
                codegen_crate: Some(1.508067036),
                worker: Some(1.5419706579999999),
                finish_codegen: Some(0.000109083),
                link: Some(0.022889808),
                total: Some(5.101065257),
                peak_rss: Some(345_792_512),
            }
        );
    }

    #[test]
    fn missing_and_malformed_entries() {
        let only_total = "warning: unused\ntime: {\"pass\":\"total\",\"time\":1.5}\n";
        assert_eq!(parse(only_total).unwrap(), Passes { total: Some(1.5), ..Passes::default() });
        // The text format, or no time-passes at all, is not what the parser reads.
        let text_format = "time:   0.215; rss:   36MB ->   77MB (  +42MB)\ttotal\n";
        assert!(parse(text_format).unwrap_err().starts_with("no `total`"));
        assert!(parse("").unwrap_err().starts_with("no `total`"));
        assert!(parse("time: {\"pass\":\"total\"}").unwrap_err().contains("without pass or time"));
        assert!(parse("time: {\"pass\":").unwrap_err().starts_with("line 1: invalid JSON"));
    }
}
