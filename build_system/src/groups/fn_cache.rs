//! The fn_cache group: incremental builds with the per-function machine-code cache
//! (src/emit/fn_cache.rs) give the same programs as clean builds. The program is generated here
//! (`generated_source`): about 40 modules of plain and generic functions, closures, a struct with derived
//! and hand-written traits, several hundred functions in all, built by dist/rustc-clif with
//! debuginfo 2 and `-Cincremental`. A build is compared with a clean build of the same source
//! (a fresh incremental directory and `-Cllvm-args=fn-cache=off`): the same output when run, and
//! the same symbols at the same addresses (`nm`), so any function whose code differs shows.
//!
//! - `edits`: a series of edits, each on top of the last (a function's body, a function's
//!   signature and its caller, a new instance of a generic function), then back to the start.
//!   After the revert some functions must come from the cache; then, with rustc's own
//!   incremental state removed so that every unit is compiled, every function must.
//! - `damaged`: the cache's packs truncated, garbled, and removed, each before a build compiling
//!   every unit: the build is right and silent, and the next finds every function again.
//! - `concurrent`: two crates built at once sharing a cache directory (`fn-cache=DIR`), twice;
//!   the second time each finds every function of its own.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use std::{fs, thread};

use super::Context;
use crate::fs::{create_dir, read_text, remove_dir, write_file};
use crate::process::{self, Status};
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::{report, wrappers};

const GROUP: &str = "fn_cache";
const MODULES: u64 = 40;
const LIMIT: Duration = Duration::from_secs(300);
/// What the backend names its cache directory in the incremental directory.
const CACHE_SUFFIX: &str = ".cranelift-fn-cache";

/// The edits applied to the generated program.
#[derive(Clone, Copy, Default)]
struct Edits {
    /// Module 7's `plain` loops once more.
    body: bool,
    /// Module 11's `plain` takes a second parameter.
    signature: bool,
    /// Module 13 folds a slice of u64: a new instance of its generic `fold`.
    new_instance: bool,
}

const BASE: Edits = Edits { body: false, signature: false, new_instance: false };
const SEQUENCE: &[(&str, Edits)] = &[
    ("base", BASE),
    ("body", Edits { body: true, ..BASE }),
    ("signature", Edits { body: true, signature: true, ..BASE }),
    ("new_instance", Edits { body: true, signature: true, new_instance: true }),
    ("revert", BASE),
];

const MODULE: &str = r#"
mod m@I {
    use std::fmt;

    pub fn plain(x: u64@PARAM) -> u64 {
        let mut h = x ^ @K;
        for r in 0..@ROUNDS {
            h = h.rotate_left(r + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)@USE;
        }
        h
    }

    pub fn fold<T: Copy + Into<u64>>(values: &[T]) -> u64 {
        values.iter().fold(@K, |acc, &v| acc.wrapping_mul(31).wrapping_add(v.into()))
    }

    #[derive(Debug, Clone, PartialEq)]
    pub struct Record {
        pub id: u32,
        pub tags: Vec<u16>,
        pub name: String,
    }

    impl Record {
        pub fn new(id: u32) -> Record {
            let tags = (0..id % 7 + 1).map(|t| (t * @I) as u16).collect();
            Record { id, tags, name: format!("r@I-{id}") }
        }

        pub fn weight(&self) -> u64 {
            super::m@PREV::fold(&self.tags) + self.name.len() as u64
        }
    }

    impl fmt::Display for Record {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{}#{}:{:?}", self.name, self.id, self.tags)
        }
    }

    pub fn run() -> String {
        let record = Record::new(@I + 3);
        let copy = record.clone();
        let bytes: Vec<u8> = record.name.bytes().collect();
        let wide: Vec<u32> = record.tags.iter().map(|&t| t as u32 * 3).collect();
        format!(
            "{record} {} plain={} fold8={} fold32={} weight={}@EXTRA_FORMAT",
            copy == record,
            plain(@K@ARG),
            fold(&bytes),
            fold(&wide),
            record.weight()@EXTRA_VALUE
        )
    }
}
"#;

/// The program's source, `salt` making different crates' functions different.
fn generated_source(salt: u64, edits: Edits) -> String {
    let mut source = String::from("fn main() {\n    let mut total = 0usize;\n");
    for i in 0..MODULES {
        source.push_str(&format!("    let line = m{i}::run();\n"));
        source.push_str("    total += line.len();\n    println!(\"{line}\");\n");
    }
    source.push_str("    println!(\"total {total}\");\n}\n");
    for i in 0..MODULES {
        let signature = edits.signature && i == 11;
        let new_instance = edits.new_instance && i == 13;
        let module = MODULE
            .replace("@PREV", &((i + MODULES - 1) % MODULES).to_string())
            .replace("@ROUNDS", if edits.body && i == 7 { "6" } else { "5" })
            .replace("@PARAM", if signature { ", y: u32" } else { "" })
            .replace("@USE", if signature { " ^ y as u64" } else { "" })
            .replace("@ARG", if signature { ", 3" } else { "" })
            .replace("@EXTRA_FORMAT", if new_instance { " fold64={}" } else { "" })
            .replace(
                "@EXTRA_VALUE",
                if new_instance { ",\n            fold(&[1u64, 2, 3])" } else { "" },
            )
            .replace("@K", &(salt * 1_000_003 + i * 7919).to_string())
            .replace("@I", &i.to_string());
        source.push_str(&module);
    }
    source
}

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests check our backend's function cache");
        return Ok(());
    }
    let rustc_clif = wrappers::built(wrappers::rustc_clif())?;
    let nm = super::debuginfo::tool("nm", "binutils")?;
    let build = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let checks: [(&str, Check); 3] =
        [("edits", check_edits), ("damaged", check_damaged), ("concurrent", check_concurrent)];
    let mut cases = Vec::new();
    for (name, check) in checks {
        if !ctx.selects(GROUP, name) {
            continue;
        }
        let tools = Tools { rustc_clif: rustc_clif.clone(), nm: nm.clone() };
        let dir = build.join(name);
        let run = move || {
            remove_dir(&dir)?;
            create_dir(&dir)?;
            check(&tools, &dir)
        };
        cases.push(Case { name: name.to_string(), run: Box::new(run) });
    }
    if cases.is_empty() {
        println!("  skipped: no case matches the filter");
        return Ok(());
    }
    runner::run_cases(GROUP, cases, tally);
    Ok(())
}

/// A case: checks in its own empty directory.
type Check = fn(&Tools, &Path) -> Result<(), String>;

struct Tools {
    rustc_clif: PathBuf,
    nm: PathBuf,
}

/// One crate of a case: its name, source file, incremental directory and program, all in `dir`.
struct Crate {
    name: String,
    dir: PathBuf,
}

/// What a build and a run of its program gave, to compare with a clean build's.
#[derive(PartialEq)]
struct Built {
    stdout: Vec<u8>,
    symbols: String,
}

impl Crate {
    fn new(dir: &Path, name: &str) -> Result<Crate, String> {
        let dir = dir.join(name);
        create_dir(&dir)?;
        Ok(Crate { name: name.to_string(), dir })
    }

    fn write_source(&self, source: &str) -> Result<(), String> {
        write_file(&self.dir.join("main.rs"), source.as_bytes())
    }

    fn incremental(&self) -> PathBuf {
        self.dir.join("incremental")
    }

    /// The cache directory the backend made in the incremental directory.
    fn default_cache(&self) -> Result<PathBuf, String> {
        let incremental = self.incremental();
        let entries = fs::read_dir(&incremental)
            .map_err(|e| format!("cannot list {}: {e}", incremental.display()))?;
        entries
            .filter_map(|entry| Some(entry.ok()?.path()))
            .find(|path| path.to_string_lossy().ends_with(CACHE_SUFFIX))
            .ok_or_else(|| format!("{} has no *{CACHE_SUFFIX} directory", incremental.display()))
    }

    /// Removes rustc's incremental state of the crate but not the function cache, so that the
    /// next build compiles every codegen unit.
    fn forget_units(&self) -> Result<(), String> {
        let incremental = self.incremental();
        let Ok(entries) = fs::read_dir(&incremental) else { return Ok(()) };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            if !path.to_string_lossy().ends_with(CACHE_SUFFIX) {
                remove_dir(&path)?;
            }
        }
        Ok(())
    }

    /// The command building the crate's program `program` with incremental directory
    /// `incremental` and the backend options `options`.
    fn command(
        &self,
        tools: &Tools,
        program: &str,
        incremental: &Path,
        options: &[&str],
    ) -> Command {
        let mut cmd = Command::new(&tools.rustc_clif);
        cmd.args(["--edition", "2024", "--crate-type", "bin", "-Cdebuginfo=2", "--crate-name"])
            .arg(&self.name)
            .arg(format!("-Cincremental={}", incremental.display()))
            .args(options.iter().map(|option| format!("-Cllvm-args={option}")))
            .arg(self.dir.join("main.rs"))
            .arg("-o")
            .arg(self.dir.join(program))
            .current_dir(&self.dir);
        cmd
    }

    /// Builds the program incrementally (`options`: the backend's) and runs it.
    fn build(&self, tools: &Tools, options: &[&str]) -> Result<Built, String> {
        let mut cmd = self.command(tools, "program", &self.incremental(), options);
        compile_silently(&mut cmd)?;
        run_built(tools, &self.dir.join("program"))
    }

    /// A clean build of the current source, without the cache, and its run.
    fn build_clean(&self, tools: &Tools) -> Result<Built, String> {
        let incremental = self.dir.join("clean-incremental");
        remove_dir(&incremental)?;
        let mut cmd = self.command(tools, "clean", &incremental, &["fn-cache=off"]);
        compile_silently(&mut cmd)?;
        run_built(tools, &self.dir.join("clean"))
    }

    /// Builds incrementally and compares with a clean build; returns the session's hits and
    /// misses, read from the cache directory `cache` (the default one if none).
    fn build_and_compare(
        &self,
        tools: &Tools,
        options: &[&str],
        cache: Option<&Path>,
        step: &str,
    ) -> Result<(u64, u64), String> {
        let built = self.build(tools, options)?;
        let clean = self.build_clean(tools)?;
        compare(&built, &clean).map_err(|e| format!("{}, {step}: {e}", self.name))?;
        let cache = match cache {
            Some(cache) => cache.to_path_buf(),
            None => self.default_cache()?,
        };
        summary(&cache, &self.name).map_err(|e| format!("{}, {step}: {e}", self.name))
    }
}

/// Runs a compilation that must succeed without a word on stderr.
fn compile_silently(cmd: &mut Command) -> Result<(), String> {
    let output = process::run(cmd, LIMIT)?;
    if output.status == Status::Exit(0) && output.stderr.is_empty() {
        return Ok(());
    }
    Err(format!(
        "the build should succeed silently, got {}\ncommand: {}\n{}",
        output.status,
        process::command_line(cmd),
        report::excerpt("compiler stderr", &output.stderr)
    ))
}

/// Runs `program` and lists its symbols.
fn run_built(tools: &Tools, program: &Path) -> Result<Built, String> {
    let output = process::run(&mut Command::new(program), LIMIT)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "{} should exit with 0, got {}\n{}",
            program.display(),
            output.status,
            report::excerpt("stderr", &output.stderr)
        ));
    }
    let listing =
        process::run(Command::new(&tools.nm).args(["--defined-only", "-n"]).arg(program), LIMIT)?;
    if listing.status != Status::Exit(0) {
        return Err(format!("nm {} failed: {}", program.display(), listing.status));
    }
    Ok(Built {
        stdout: output.stdout,
        symbols: String::from_utf8_lossy(&listing.stdout).into_owned(),
    })
}

fn compare(built: &Built, clean: &Built) -> Result<(), String> {
    if built.stdout != clean.stdout {
        return Err(format!(
            "the program's output differs from the clean build's\n{}\n{}",
            report::excerpt("incremental build's output", &built.stdout),
            report::excerpt("clean build's output", &clean.stdout)
        ));
    }
    if built.symbols != clean.symbols {
        let (ours, theirs) = (built.symbols.lines(), clean.symbols.lines());
        let first = ours.zip(theirs).find(|(a, b)| a != b);
        return Err(format!(
            "the program's symbols differ from the clean build's (nm --defined-only -n), \
             first at: {first:?}"
        ));
    }
    Ok(())
}

/// The hits and misses of crate `name`'s last build, from its summary in `cache`.
fn summary(cache: &Path, name: &str) -> Result<(u64, u64), String> {
    let text = read_text(&cache.join(format!("last-session-{name}.txt")))?;
    let count = |label: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(label)?.trim().parse::<u64>().ok())
            .ok_or_else(|| format!("the cache's summary lacks `{label}N`: {text:?}"))
    };
    Ok((count("hits ")?, count("misses ")?))
}

fn check_edits(tools: &Tools, dir: &Path) -> Result<(), String> {
    let program = Crate::new(dir, "edited")?;
    for (step, edits) in SEQUENCE {
        program.write_source(&generated_source(1, *edits))?;
        let (hits, misses) = program.build_and_compare(tools, &[], None, step)?;
        if *step == "base" && hits != 0 {
            return Err(format!("the first build found {hits} functions in an empty cache"));
        }
        if *step == "revert" && hits == 0 {
            return Err(format!(
                "after the revert, no function came from the cache ({misses} compiled)"
            ));
        }
    }
    program.forget_units()?;
    let (hits, misses) = program.build_and_compare(tools, &[], None, "every unit")?;
    expect_all_found(hits, misses, "compiling every unit of an unchanged crate")
}

fn expect_all_found(hits: u64, misses: u64, when: &str) -> Result<(), String> {
    if misses == 0 && hits > 0 {
        return Ok(());
    }
    Err(format!("{when}, every function should come from the cache: {hits} did, {misses} not"))
}

/// The ways `check_damaged` damages the cache.
const DAMAGE: &[&str] = &["truncated", "garbled", "removed"];

fn check_damaged(tools: &Tools, dir: &Path) -> Result<(), String> {
    let program = Crate::new(dir, "damaged")?;
    program.write_source(&generated_source(2, BASE))?;
    program.build_and_compare(tools, &[], None, "first build")?;
    for damage in DAMAGE {
        let cache = program.default_cache()?;
        damage_packs(&cache, damage)?;
        program.forget_units()?;
        let step = format!("after the packs were {damage}");
        let (_, misses) = program.build_and_compare(tools, &[], None, &step)?;
        if misses == 0 {
            return Err(format!("{step}, the build compiled no function"));
        }
        program.forget_units()?;
        let (hits, misses) = program.build_and_compare(tools, &[], None, &step)?;
        expect_all_found(hits, misses, &format!("in the build after the one {step}"))?;
    }
    Ok(())
}

/// Damages every pack in `cache`: cut in half, every 61st byte flipped past the header, or the
/// whole directory removed.
fn damage_packs(cache: &Path, damage: &str) -> Result<(), String> {
    if damage == "removed" {
        return remove_dir(cache);
    }
    let entries =
        fs::read_dir(cache).map_err(|e| format!("cannot list {}: {e}", cache.display()))?;
    let packs: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|extension| extension == "pack"))
        .collect();
    if packs.is_empty() {
        return Err(format!("{} holds no pack", cache.display()));
    }
    for pack in packs {
        let mut bytes =
            fs::read(&pack).map_err(|e| format!("cannot read {}: {e}", pack.display()))?;
        if damage == "truncated" {
            bytes.truncate(bytes.len() / 2);
        } else {
            for byte in bytes.iter_mut().skip(64).step_by(61) {
                *byte ^= 0x5a;
            }
        }
        write_file(&pack, &bytes)?;
    }
    Ok(())
}

fn check_concurrent(tools: &Tools, dir: &Path) -> Result<(), String> {
    let cache = dir.join("shared-cache");
    let option = format!("fn-cache={}", cache.display());
    let crates = [Crate::new(dir, "first")?, Crate::new(dir, "second")?];
    for (salt, program) in (3..).zip(&crates) {
        program.write_source(&generated_source(salt, BASE))?;
    }
    for round in ["first round", "second round"] {
        let results: Vec<Result<(u64, u64), String>> = thread::scope(|scope| {
            let builds: Vec<_> = crates
                .iter()
                .map(|program| {
                    let (option, cache) = (option.as_str(), cache.as_path());
                    scope.spawn(move || {
                        program.forget_units()?;
                        program.build_and_compare(tools, &[option], Some(cache), round)
                    })
                })
                .collect();
            builds.into_iter().map(|build| build.join().expect("a build thread")).collect()
        });
        for (program, result) in crates.iter().zip(results) {
            let (hits, misses) = result?;
            if round == "second round" {
                expect_all_found(hits, misses, &format!("{}, {round}", program.name))?;
            }
        }
    }
    Ok(())
}
