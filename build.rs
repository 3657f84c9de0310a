//! Records which commit of this repository the backend is built from, for the producer string
//! its objects carry (src/producer.rs): `CLIF_SOURCE_COMMIT` is the last commit that changed
//! the backend's sources, with `-modified` when they differ from it, or `unknown` outside a
//! git checkout; `CLIF_CRANELIFT_VERSION` is the release of cranelift-codegen in Cargo.lock.
//! The last commit *of the backend's sources* rather than HEAD, so that a commit
//! of documentation or tests does not change the dylib and with it force a sysroot rebuild.

use std::process::Command;

/// What the backend is built from; changes elsewhere do not change the backend.
const SOURCES: &[&str] = &["src", "Cargo.toml", "Cargo.lock", "build.rs"];

fn main() {
    for path in SOURCES {
        println!("cargo:rerun-if-changed={path}");
    }
    // A new commit moves HEAD or the branch it names; both files must trigger a rerun.
    for name in ["HEAD", &git(&["symbolic-ref", "-q", "HEAD"]).unwrap_or_default()] {
        if let Some(path) = git(&["rev-parse", "--git-path", name])
            && !name.is_empty()
        {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    // Packed refs hold the branch once git packs it.
    if let Some(path) = git(&["rev-parse", "--git-path", "packed-refs"]) {
        println!("cargo:rerun-if-changed={path}");
    }
    let mut log = vec!["log", "-1", "--format=%H", "--"];
    log.extend(SOURCES);
    let commit = match git(&log) {
        Some(commit) if !commit.is_empty() => {
            let mut diff = vec!["diff", "--quiet", "HEAD", "--"];
            diff.extend(SOURCES);
            let modified = Command::new("git").args(&diff).status().is_ok_and(|s| !s.success());
            if modified { format!("{commit}-modified") } else { commit }
        }
        _ => "unknown".to_string(),
    };
    println!("cargo:rustc-env=CLIF_SOURCE_COMMIT={commit}");
    println!("cargo:rustc-env=CLIF_CRANELIFT_VERSION={}", cranelift_version());
}

/// The version under `name = "cranelift-codegen"` in Cargo.lock.
fn cranelift_version() -> String {
    let lock = std::fs::read_to_string("Cargo.lock").expect("Cargo.lock is readable");
    let mut lines = lock.lines().skip_while(|line| *line != "name = \"cranelift-codegen\"");
    lines
        .nth(1)
        .and_then(|line| line.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.lock has cranelift-codegen with its version")
        .to_string()
}

/// The trimmed stdout of a successful git command.
fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
}
