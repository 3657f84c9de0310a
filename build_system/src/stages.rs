//! The stage layering of the backend's sources, a step of `./y.sh check`: every `.rs` file
//! under src/ belongs to one stage of `STAGES`, a file's paths into other modules (see
//! rust_paths.rs) make its stage depend on theirs, and the stages must depend on each other
//! without a cycle. A file of no stage, or a cycle, fails the check: each cycle is printed as
//! `stage -> stage -> ... -> stage`, with for each of its edges one `file:line` that creates it.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::fs;
use std::path::Path;

use crate::rust_paths;

/// The stages in the order of the pipeline, each with the files (`.rs`) and the directories
/// (ending in `/`) of src/ that belong to it. A file may be missing.
const STAGES: &[(&str, &[&str])] = &[
    ("driver", &["src/lib.rs", "src/driver/"]),
    ("lowering", &["src/lower/", "src/abi/", "src/intrinsics/"]),
    // The hand-over types between lowering and emission.
    ("lowered", &["src/lowered.rs"]),
    ("emit", &["src/emit/"]),
    ("debuginfo", &["src/debuginfo/"]),
    ("isa", &["src/isa.rs"]),
    // Leaves every stage may use.
    ("options", &["src/options.rs"]),
    ("unsupported", &["src/unsupported.rs"]),
    ("producer", &["src/producer.rs"]),
];
/// Where the crate's items at its root (`crate::CraneliftBackend`) are.
const CRATE_ROOT: &str = "src/lib.rs";
const TABLE: &str = "build_system/src/stages.rs";

/// A source file: its path from the repository root (`src/emit/lto.rs`) and its text.
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// The dependencies between stages (by their index in `STAGES`): for each, where one path
/// creating it is (`file:line`).
type Edges = BTreeMap<(usize, usize), String>;

/// Checks the layering of the sources under `src` (the repository's src/); the error lists the
/// files of no stage and the cycles.
pub fn check(src: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    read_sources(src, Path::new("src"), &mut files)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let (edges, mut problems) = stage_edges(&files);
    let cycles = cycles(&edges);
    if !cycles.is_empty() {
        let mut text = format!("the stages depend on each other in {} cycles:", cycles.len());
        for cycle in &cycles {
            write!(text, "\n  {}", describe(cycle, &edges)).unwrap();
        }
        problems.push(text);
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let mut text =
        format!("{} files in {} stages, no cycle; dependencies:", files.len(), STAGES.len());
    for (from, to) in edges.keys() {
        write!(text, "\n  {} -> {}", STAGES[*from].0, STAGES[*to].0).unwrap();
    }
    println!("{text}");
    Ok(())
}

/// The `.rs` files under `dir`, named as under `name` (`src/...`).
fn read_sources(dir: &Path, name: &Path, files: &mut Vec<SourceFile>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let path = entry.path();
        let named = name.join(entry.file_name());
        if entry.file_type().map_err(|e| e.to_string())?.is_dir() {
            read_sources(&path, &named, files)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = crate::fs::read_text(&path)?;
            files.push(SourceFile { path: named.to_string_lossy().into_owned(), text });
        }
    }
    Ok(())
}

/// The stage of a file, by its path (`src/emit/lto.rs`).
fn stage_of_file(path: &str) -> Option<usize> {
    STAGES.iter().position(|(_, members)| {
        members.iter().any(|member| {
            if member.ends_with('/') { path.starts_with(member) } else { path == *member }
        })
    })
}

/// The module of a file, from the crate root: `src/lib.rs` is the root (empty),
/// `src/emit/mod.rs` is `emit`, `src/emit/lto.rs` is `emit::lto`.
fn module_of_file(path: &str) -> Vec<String> {
    let relative = path.strip_prefix("src/").unwrap_or(path).trim_end_matches(".rs");
    let mut module: Vec<String> = relative.split('/').map(str::to_string).collect();
    if matches!(module.last().map(String::as_str), Some("lib" | "mod")) {
        module.pop();
    }
    module
}

/// The dependencies between the files' stages (edges within a stage left out), and the
/// problems: files of no stage.
fn stage_edges(files: &[SourceFile]) -> (Edges, Vec<String>) {
    // A top-level module's stage is that of its files.
    let mut module_stages: BTreeMap<String, Option<usize>> = BTreeMap::new();
    for file in files {
        if let Some(top) = module_of_file(&file.path).first() {
            module_stages.entry(top.clone()).or_insert(stage_of_file(&file.path));
        }
    }
    let root_stage = stage_of_file(CRATE_ROOT);
    let mut edges = Edges::new();
    let mut problems = Vec::new();
    for file in files {
        let Some(from) = stage_of_file(&file.path) else {
            problems.push(format!(
                "{} belongs to no stage: add it to the stage table in {TABLE}",
                file.path
            ));
            continue;
        };
        for reference in rust_paths::references(&file.text, &module_of_file(&file.path)) {
            // An item of the crate root, or the root itself, is of the root's stage.
            let to = match reference.first.and_then(|first| module_stages.get(&first).copied()) {
                Some(stage) => stage,
                None => root_stage,
            };
            if let Some(to) = to.filter(|to| *to != from) {
                edges
                    .entry((from, to))
                    .or_insert_with(|| format!("{}:{}", file.path, reference.line));
            }
        }
    }
    (edges, problems)
}

/// The elementary cycles of the stage graph, each from its earliest stage (in `STAGES` order),
/// that stage not repeated at the end.
fn cycles(edges: &Edges) -> Vec<Vec<usize>> {
    fn extend(path: &mut Vec<usize>, edges: &Edges, found: &mut Vec<Vec<usize>>) {
        let (start, last) = (path[0], *path.last().unwrap());
        for &(_, next) in edges.keys().filter(|(from, _)| *from == last) {
            if next == start {
                found.push(path.clone());
            } else if next > start && !path.contains(&next) {
                path.push(next);
                extend(path, edges, found);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for start in 0..STAGES.len() {
        extend(&mut vec![start], edges, &mut found);
    }
    found
}

/// `a -> b -> a`, then the place creating each edge.
fn describe(cycle: &[usize], edges: &Edges) -> String {
    let closed: Vec<usize> = cycle.iter().copied().chain(cycle.first().copied()).collect();
    let names: Vec<&str> = closed.iter().map(|stage| STAGES[*stage].0).collect();
    let mut text = names.join(" -> ");
    for pair in closed.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        write!(text, "\n      {} -> {}: {}", STAGES[from].0, STAGES[to].0, edges[&(from, to)])
            .unwrap();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(name: &str) -> usize {
        STAGES.iter().position(|(stage, _)| *stage == name).unwrap()
    }

    fn file(path: &str, text: &str) -> SourceFile {
        SourceFile { path: path.to_string(), text: text.to_string() }
    }

    fn edges(list: &[(&str, &str)]) -> Edges {
        list.iter().map(|(from, to)| ((stage(from), stage(to)), format!("{from}->{to}"))).collect()
    }

    fn names(cycles: &[Vec<usize>]) -> Vec<Vec<&str>> {
        cycles.iter().map(|cycle| cycle.iter().map(|s| STAGES[*s].0).collect()).collect()
    }

    #[test]
    fn files_and_their_stages() {
        let stage_name = |path: &str| stage_of_file(path).map(|s| STAGES[s].0);
        assert_eq!(stage_name("src/lib.rs"), Some("driver"));
        assert_eq!(stage_name("src/driver/cgu.rs"), Some("driver"));
        assert_eq!(stage_name("src/lower/mod.rs"), Some("lowering"));
        assert_eq!(stage_name("src/abi/call.rs"), Some("lowering"));
        assert_eq!(stage_name("src/intrinsics/simd.rs"), Some("lowering"));
        assert_eq!(stage_name("src/lowered.rs"), Some("lowered"));
        assert_eq!(stage_name("src/emit/lto.rs"), Some("emit"));
        assert_eq!(stage_name("src/debuginfo/write.rs"), Some("debuginfo"));
        assert_eq!(stage_name("src/isa.rs"), Some("isa"));
        for unstaged in ["src/isa/x86.rs", "src/lowerer/a.rs", "src/main.rs", "src/lowered/a.rs"] {
            assert_eq!(stage_name(unstaged), None, "{unstaged}");
        }
    }

    #[test]
    fn modules_of_files() {
        assert!(module_of_file("src/lib.rs").is_empty());
        assert_eq!(module_of_file("src/emit/mod.rs"), ["emit"]);
        assert_eq!(module_of_file("src/emit/lto.rs"), ["emit", "lto"]);
        assert_eq!(module_of_file("src/isa.rs"), ["isa"]);
        assert_eq!(module_of_file("src/a/b/mod.rs"), ["a", "b"]);
    }

    #[test]
    fn edges_between_stages() {
        let files = [
            file(
                "src/lib.rs",
                "mod driver;\nmod emit;\nmod isa;\npub struct Backend;\nfn f() { isa::x() }\n",
            ),
            file("src/driver/mod.rs", "use crate::emit::write;\n// crate::lower\n"),
            file("src/emit/lto.rs", "use super::write;\nuse super::super::driver::run;\n"),
            file("src/emit/mod.rs", "mod lto;\n\nuse crate::Backend;\nuse crate::isa;\n"),
            file("src/isa.rs", "pub fn x() {}\n"),
            file("src/lower/a.rs", "use crate::abi::x;\nuse crate::extra::y;\n"),
            file("src/abi/mod.rs", ""),
            file("src/extra.rs", "use crate::emit;\n"),
        ];
        let (edges, problems) = stage_edges(&files);
        let found: Vec<(&str, &str, &str)> = edges
            .iter()
            .map(|((from, to), at)| (STAGES[*from].0, STAGES[*to].0, at.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("driver", "emit", "src/driver/mod.rs:1"),
                ("driver", "isa", "src/lib.rs:5"),
                // The first place in file order, then line order.
                ("emit", "driver", "src/emit/lto.rs:2"),
                ("emit", "isa", "src/emit/mod.rs:4"),
            ]
        );
        assert_eq!(
            problems,
            ["src/extra.rs belongs to no stage: add it to the stage table in \
                 build_system/src/stages.rs"]
        );
    }

    #[test]
    fn elementary_cycles() {
        assert!(
            cycles(&edges(&[("driver", "lowering"), ("lowering", "emit"), ("driver", "emit")]))
                .is_empty()
        );
        let graph = edges(&[
            ("driver", "lowering"),
            ("lowering", "driver"),
            ("driver", "emit"),
            ("emit", "debuginfo"),
            ("debuginfo", "emit"),
            ("debuginfo", "driver"),
            ("emit", "isa"),
        ]);
        assert_eq!(
            names(&cycles(&graph)),
            [
                vec!["driver", "lowering"],
                vec!["driver", "emit", "debuginfo"],
                vec!["emit", "debuginfo"],
            ]
        );
    }

    #[test]
    fn cycle_descriptions() {
        let graph = edges(&[("driver", "emit"), ("emit", "driver")]);
        assert_eq!(
            describe(&[stage("driver"), stage("emit")], &graph),
            "driver -> emit -> driver\n      driver -> emit: driver->emit\n      emit -> driver: \
             emit->driver"
        );
    }
}
