//! The benchmark inputs: rustc-perf's benchmarks in ../shared/bench/rustc-perf beside the
//! repository, each a directory with its perf-config.json (read here) and its `N-*.patch`
//! edits; and their private copies in build/bench/src, made again only when the shared
//! sources change, with the dependencies fetched once (`cargo fetch --locked`).

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use crate::fs::{copy_dir, create_dir, remove_dir, remove_file, stamp_matches, write_file};
use crate::hash::fnv1a;
use crate::json::{self, Value};
use crate::process;

/// Where the benchmarks are, relative to the repository root.
pub const BENCHMARKS_DIR: &str = "../shared/bench/rustc-perf";
/// Fetching a benchmark's dependencies from crates.io.
const FETCH_TIME_LIMIT: Duration = Duration::from_secs(10 * 60);

/// A benchmark of rustc-perf.
pub struct Benchmark {
    /// Its directory's name, such as `regex-automata-0.4.8`.
    pub name: String,
    /// The shared directory.
    pub shared: PathBuf,
    pub config: Config,
    /// The first of its patches (`0-*.patch`), for the incr-patched scenario.
    pub first_patch: Option<PathBuf>,
}

impl Benchmark {
    /// Whether `--bench NAME` selects it: its whole name, or its name without the version
    /// (`regex-automata` for `regex-automata-0.4.8`).
    pub fn is_named(&self, name: &str) -> bool {
        self.name == name || without_version(&self.name) == name
    }
}

/// What perf-config.json says, as far as the bench command uses it.
#[derive(Debug, PartialEq)]
pub struct Config {
    /// Extra arguments of cargo (`cargo_opts`), such as `--features=full`.
    pub cargo_opts: Vec<String>,
    /// Extra arguments of the benchmark crate's rustc (`cargo_rustc_opts`), which rustc-perf
    /// passes to that crate only (`cargo rustc -- ...`).
    pub cargo_rustc_opts: Vec<String>,
    /// The file touched so that cargo runs rustc again; without it, every `.rs` file of the
    /// package except build scripts and what is under a `target` directory.
    pub touch_file: Option<String>,
    /// `library` or `binary`.
    pub artifact: String,
    /// rustc-perf's number of runs of each scenario (3 unless it says otherwise).
    pub runs: usize,
}

/// Parses a perf-config.json.
pub fn parse_config(text: &str) -> Result<Config, String> {
    let value = json::parse(text)?;
    if !matches!(value, Value::Object(_)) {
        return Err("not a JSON object".to_string());
    }
    let string = |key: &str| -> Result<Option<&str>, String> {
        match value.get(key) {
            None => Ok(None),
            Some(member) => {
                member.as_str().map(Some).ok_or_else(|| format!("`{key}` is not a string"))
            }
        }
    };
    let words = |key: &str| -> Result<Vec<String>, String> {
        Ok(string(key)?.unwrap_or_default().split_whitespace().map(str::to_string).collect())
    };
    let runs = match value.get("runs") {
        None => 3,
        Some(member) => match member.as_f64() {
            Some(runs) if runs >= 1.0 && runs.fract() == 0.0 => runs as usize,
            _ => return Err("`runs` is not a positive whole number".to_string()),
        },
    };
    Ok(Config {
        cargo_opts: words("cargo_opts")?,
        cargo_rustc_opts: words("cargo_rustc_opts")?,
        touch_file: string("touch_file")?.map(str::to_string),
        artifact: string("artifact")?.unwrap_or("library").to_string(),
        runs,
    })
}

/// `regex-automata` for `regex-automata-0.4.8`: the name without a last `-` part starting
/// with a digit.
fn without_version(name: &str) -> &str {
    match name.rsplit_once('-') {
        Some((base, version)) if version.starts_with(|c: char| c.is_ascii_digit()) => base,
        _ => name,
    }
}

/// The benchmarks of `dir`, sorted by name.
pub fn read_benchmarks(dir: &Path) -> Result<Vec<Benchmark>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut benchmarks = Vec::new();
    for entry in entries {
        let shared = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?.path();
        let config_path = shared.join("perf-config.json");
        if !config_path.is_file() {
            continue;
        }
        let text = crate::fs::read_text(&config_path)?;
        let config = parse_config(&text).map_err(|e| format!("{}: {e}", config_path.display()))?;
        let first_patch = fs::read_dir(&shared)
            .map_err(|e| format!("cannot list {}: {e}", shared.display()))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .find(|path| {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                name.starts_with("0-") && name.ends_with(".patch")
            });
        let name = shared.file_name().unwrap_or_default().to_string_lossy().into_owned();
        benchmarks.push(Benchmark { name, shared, config, first_patch });
    }
    benchmarks.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(benchmarks)
}

/// The absolute path of the benchmarks' directory, or an error saying where it was expected.
pub fn benchmarks_dir() -> Result<PathBuf, String> {
    let dir = std::path::absolute(BENCHMARKS_DIR).map_err(|e| e.to_string())?;
    if !dir.is_dir() {
        return Err(format!(
            "the benchmark inputs are missing: expected rustc-perf's benchmarks in {} \
             ({BENCHMARKS_DIR} from the repository root)",
            dir.display()
        ));
    }
    Ok(dir)
}

/// The benchmark's private copy in `src_dir`, made again if the shared sources changed since
/// the last copy, then its dependencies fetched. Returns whether it copied.
pub fn prepare_copy(
    cargo: &Path,
    benchmark: &Benchmark,
    src_dir: &Path,
) -> Result<(PathBuf, bool), String> {
    let copy = src_dir.join(&benchmark.name);
    let stamp = stamp_of(src_dir, benchmark);
    let key = format!("{:016x}\n", tree_hash(&benchmark.shared)?);
    if stamp_matches(&stamp, &key) && copy.join("Cargo.toml").is_file() {
        return Ok((copy, false));
    }
    // The stamp goes first and comes back last: an interrupted copy or fetch is done again.
    remove_file(&stamp)?;
    remove_dir(&copy)?;
    create_dir(src_dir)?;
    copy_dir(&benchmark.shared, &copy)?;
    make_writable(&copy)?;
    let mut fetch = Command::new(cargo);
    fetch.args(["fetch", "--locked", "--manifest-path"]).arg(copy.join("Cargo.toml"));
    let output = process::run(&mut fetch, FETCH_TIME_LIMIT)?;
    if output.status != process::Status::Exit(0) {
        return Err(format!(
            "`{}` failed ({}):\n{}",
            process::command_line(&fetch),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    write_file(&stamp, key.as_bytes())?;
    Ok((copy, true))
}

/// The stamp of the benchmark's copy: the hash of the shared sources it was made from.
/// Removed while a patch is applied, so that an interrupted run makes a fresh copy.
pub fn stamp_of(src_dir: &Path, benchmark: &Benchmark) -> PathBuf {
    src_dir.join(format!("{}.stamp", benchmark.name))
}

/// A hash of the relative paths and contents of every file under `dir`, in sorted order.
fn tree_hash(dir: &Path) -> Result<u64, String> {
    let mut files = Vec::new();
    list_files(dir, &mut files)?;
    files.sort();
    let mut bytes = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(dir).unwrap_or(file);
        bytes.extend_from_slice(relative.as_os_str().as_encoded_bytes());
        bytes.push(0);
        let contents =
            fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        bytes.extend_from_slice(&(contents.len() as u64).to_le_bytes());
        bytes.extend_from_slice(&contents);
    }
    Ok(fnv1a(&bytes))
}

/// The files under `dir`, recursively (symbolic links as files).
fn list_files(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let kind = entry.file_type().map_err(|e| format!("cannot stat {}: {e}", dir.display()))?;
        if kind.is_dir() {
            list_files(&entry.path(), files)?;
        } else {
            files.push(entry.path());
        }
    }
    Ok(())
}

/// Gives the owner write permission on every file under `dir`: the shared sources may be
/// read-only, and patches and touches change the copy.
fn make_writable(dir: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(dir, &mut files)?;
    for file in files {
        let metadata = fs::symlink_metadata(&file)
            .map_err(|e| format!("cannot stat {}: {e}", file.display()))?;
        if metadata.file_type().is_symlink() {
            continue;
        }
        let mut permissions = metadata.permissions();
        permissions.set_mode(permissions.mode() | 0o200);
        fs::set_permissions(&file, permissions)
            .map_err(|e| format!("cannot make {} writable: {e}", file.display()))?;
    }
    Ok(())
}

/// Sets the modification time of what cargo looks at for the benchmark crate to now, so
/// that cargo runs its rustc again: the configured `touch_file`, or else every `.rs` file
/// of the package but build scripts and what is under a `target` directory (as rustc-perf).
pub fn touch(copy: &Path, config: &Config) -> Result<(), String> {
    let files = match &config.touch_file {
        Some(file) => vec![copy.join(file)],
        None => {
            let mut files = Vec::new();
            list_files(copy, &mut files)?;
            files.retain(|file| {
                let relative = file.strip_prefix(copy).unwrap_or(file);
                file.extension().is_some_and(|ext| ext == "rs")
                    && file.file_name().is_some_and(|name| name != "build.rs")
                    && !relative.components().any(|part| part.as_os_str() == "target")
            });
            files
        }
    };
    let now = SystemTime::now();
    for file in files {
        fs::File::open(&file)
            .and_then(|opened| opened.set_modified(now))
            .map_err(|e| format!("cannot touch {}: {e}", file.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Config, parse_config, without_version};

    #[test]
    fn configs_of_the_benchmarks() {
        let hyper = r#"{
  "cargo_rustc_opts": "-Znext-solver=coherence",
  "cargo_opts": "--features=full",
  "artifact": "library",
  "category": "primary"
}"#;
        assert_eq!(
            parse_config(hyper).unwrap(),
            Config {
                cargo_opts: vec!["--features=full".to_string()],
                cargo_rustc_opts: vec!["-Znext-solver=coherence".to_string()],
                touch_file: None,
                artifact: "library".to_string(),
                runs: 3,
            }
        );
        let ripgrep = r#"{"cargo_rustc_opts": "-Znext-solver=coherence",
            "touch_file": "crates/core/main.rs", "artifact": "binary", "category": "primary"}"#;
        let config = parse_config(ripgrep).unwrap();
        assert!(config.cargo_opts.is_empty());
        assert_eq!(config.touch_file.as_deref(), Some("crates/core/main.rs"));
        assert_eq!(config.artifact, "binary");
        let image = r#"{"cargo_rustc_opts": "-Znext-solver=coherence", "runs": 1,
            "artifact": "library", "category": "primary"}"#;
        assert_eq!(parse_config(image).unwrap().runs, 1);
        // Nothing but the category: no options, a library.
        let bare = parse_config(r#"{"category": "secondary"}"#).unwrap();
        assert!(bare.cargo_opts.is_empty() && bare.cargo_rustc_opts.is_empty());
        assert_eq!((bare.artifact.as_str(), bare.runs), ("library", 3));
    }

    #[test]
    fn bad_configs() {
        assert_eq!(parse_config("[]").unwrap_err(), "not a JSON object");
        assert_eq!(
            parse_config(r#"{"cargo_opts": 1}"#).unwrap_err(),
            "`cargo_opts` is not a string"
        );
        assert_eq!(
            parse_config(r#"{"runs": 0}"#).unwrap_err(),
            "`runs` is not a positive whole number"
        );
        assert_eq!(
            parse_config(r#"{"runs": 1.5}"#).unwrap_err(),
            "`runs` is not a positive whole number"
        );
        assert!(parse_config("{").unwrap_err().starts_with("invalid JSON"));
    }

    #[test]
    fn names_without_versions() {
        assert_eq!(without_version("regex-automata-0.4.8"), "regex-automata");
        assert_eq!(without_version("cranelift-codegen-0.119.0"), "cranelift-codegen");
        assert_eq!(without_version("helloworld"), "helloworld");
        assert_eq!(without_version("hello-world"), "hello-world");
    }
}
