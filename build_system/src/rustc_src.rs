//! The rustc test suite that the rustc_ui group runs: `./y.sh build` (and `./y.sh prepare`)
//! downloads rustc's source tarball of a fixed release from the dist server rustup uses,
//! checks it against the SHA-256 below, and extracts only `tests/ui` and `tests/auxiliary` into
//! build/rustc_src/ (once: a stamp file records what was extracted, and nothing is done when it
//! matches).
//!
//! The server is `$RUSTUP_DIST_SERVER` when set (as for rustup), otherwise
//! https://static.rust-lang.org; the file is `<server>/dist/rustc-<VERSION>-src.tar.xz`.
//! curl, sha256sum and tar (with xz) do the work.

use std::fs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::fs::{create_dir, move_into_place, remove_dir, remove_file, stamp_matches, write_file};
use crate::step::step;

/// The rustc release whose tests are used.
pub const VERSION: &str = "1.98.0";
/// SHA-256 of `rustc-<VERSION>-src.tar.xz` (computed once when the release was chosen; it is
/// also what the server publishes in `rustc-<VERSION>-src.tar.xz.sha256`).
const SHA256: &str = "271fa73d8174f53d713c46a8310da7bf7cfdcfb8b7cfd1c2b74b84a83ae9fb1e";
/// Where the tests go: `build/rustc_src/tests/ui` and `build/rustc_src/tests/auxiliary`.
pub const DIR: &str = "build/rustc_src";
/// In DIR once extraction has finished; holds the tarball's name and hash.
const STAMP: &str = ".extracted";
const DEFAULT_SERVER: &str = "https://static.rust-lang.org";

fn archive_name() -> String {
    format!("rustc-{VERSION}-src.tar.xz")
}

fn stamp_text() -> String {
    format!("{} {SHA256}\n", archive_name())
}

/// `build/rustc_src/tests`.
pub fn tests_dir() -> PathBuf {
    Path::new(DIR).join("tests")
}

/// Whether the tests of this release have been extracted.
pub fn present() -> bool {
    stamp_matches(&Path::new(DIR).join(STAMP), &stamp_text())
}

/// Downloads, verifies and extracts the tests, unless they are already there; `tag` is the
/// command whose steps these are.
pub fn prepare(tag: &str) -> Result<(), String> {
    let what = format!("rustc {VERSION} tests (tests/ui, tests/auxiliary) in {DIR}");
    if present() {
        println!("[{tag}] {what}: already there");
        return Ok(());
    }
    let server = std::env::var("RUSTUP_DIST_SERVER")
        .ok()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| DEFAULT_SERVER.to_string());
    let url = format!("{}/dist/{}", server.trim_end_matches('/'), archive_name());
    let archive = Path::new("build").join(archive_name());
    create_dir(Path::new("build/"))?;

    // A complete, verified tarball left by an interrupted run is not downloaded again.
    if !(archive.is_file() && sha256(&archive)? == SHA256) {
        step(tag, &format!("download {url}"), || download(&url, &archive))?;
        step(tag, "verify SHA-256", || {
            let actual = sha256(&archive)?;
            if actual != SHA256 {
                remove_file(&archive)?;
                return Err(format!(
                    "{} has SHA-256 {actual}, expected {SHA256} (the file was removed)",
                    archive.display()
                ));
            }
            println!("  {actual} as expected");
            Ok(())
        })?;
    }
    step(tag, &format!("extract tests/ui and tests/auxiliary into {DIR}"), || extract(&archive))?;
    remove_file(&archive)
}

fn download(url: &str, archive: &Path) -> Result<(), String> {
    let partial = archive.with_extension("xz.partial");
    let mut cmd = Command::new("curl");
    cmd.args(["--fail", "--location", "--retry", "3", "--output"]).arg(&partial).arg(url);
    // curl's progress bar when someone watches, its errors only otherwise.
    if std::io::stderr().is_terminal() {
        cmd.arg("--progress-bar");
    } else {
        cmd.args(["--silent", "--show-error"]);
    }
    let status = cmd.status().map_err(|e| format!("cannot run curl: {e}"))?;
    if !status.success() {
        remove_file(&partial)?;
        return Err(format!("curl failed ({status}) for {url}"));
    }
    let size = fs::metadata(&partial)
        .map_err(|e| format!("cannot read {}: {e}", partial.display()))?
        .len();
    println!("  {:.1} MB", size as f64 / 1e6);
    move_into_place(&partial, archive)
}

/// The SHA-256 of a file, in lower-case hex, by `sha256sum`.
fn sha256(path: &Path) -> Result<String, String> {
    let output = Command::new("sha256sum")
        .arg(path)
        .output()
        .map_err(|e| format!("cannot run sha256sum: {e}"))?;
    if !output.status.success() {
        return Err(format!("sha256sum {} failed ({})", path.display(), output.status));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    text.split_whitespace()
        .next()
        .map(str::to_string)
        .ok_or_else(|| format!("sha256sum printed nothing for {}", path.display()))
}

/// Extracts the two directories into a fresh `<DIR>.partial`, which then becomes DIR.
fn extract(archive: &Path) -> Result<(), String> {
    let partial = PathBuf::from(format!("{DIR}.partial"));
    remove_dir(&partial)?;
    create_dir(&partial)?;
    let top = format!("rustc-{VERSION}-src");
    let status = Command::new("tar")
        .arg("-xJf")
        .arg(archive)
        .arg("-C")
        .arg(&partial)
        .arg("--strip-components=1")
        .arg(format!("{top}/tests/ui"))
        .arg(format!("{top}/tests/auxiliary"))
        .status()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if !status.success() {
        return Err(format!("tar failed ({status}) on {}", archive.display()));
    }
    let files = count_files(&partial.join("tests"))?;
    println!("  {files} files");
    write_file(&partial.join(STAMP), stamp_text().as_bytes())?;
    remove_dir(Path::new(DIR))?;
    move_into_place(&partial, Path::new(DIR))
}

fn count_files(dir: &Path) -> Result<usize, String> {
    let mut count = 0;
    for entry in fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            count += count_files(&entry.path())?;
        } else {
            count += 1;
        }
    }
    Ok(count)
}
