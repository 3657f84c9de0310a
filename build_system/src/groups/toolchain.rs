//! The toolchain group: dist/ as a rustup toolchain (`rustup toolchain link`, see wrappers.rs).
//! Each case links dist/ as the toolchain `clif` into a rustup home of its own under
//! `build/toolchain/<case>/rustup` (the user's rustup home is left alone), then runs rustup's
//! proxies with `+clif`, and tells which backend compiled an object by its `.comment`: ours
//! names `rustc_codegen_cranelift`, LLVM's says `rustc version ...` alone.
//!
//! - `rustc`: `rustc +clif -vV` reports our backend; a program built by `rustc +clif` without a
//!   backend option, with `-Zcodegen-backend=cranelift` and with `-Zcodegen-backend=llvm` runs,
//!   and its object comes from our backend, ours and LLVM respectively.
//! - `cargo`: a cargo project with `profile.dev.codegen-backend = "cranelift"` and two path
//!   dependencies, one of them overridden to LLVM (`[profile.dev.package.dep_llvm]`), built by
//!   `cargo +clif build` and run; every object of `dep_llvm`'s rlib comes from LLVM, every
//!   object of `dep_clif`'s from our backend, and the program's `.comment` names both.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::Context;
use crate::fs::{create_dir, remove_dir, write_file};
use crate::process::{self, Status};
use crate::report;
use crate::runner::{self, Case, Tally};
use crate::rustc::Backend;
use crate::sysroot::SYSROOT;

const GROUP: &str = "toolchain";
/// The name dist/ is linked under.
const NAME: &str = "clif";
/// What our objects' `.comment` says (src/producer.rs), and LLVM's.
const OURS: &str = "rustc_codegen_cranelift ";
const LLVM: &str = "rustc version ";
const LIMIT: Duration = Duration::from_secs(300);
const PROGRAM: &str = "fn main() {\n    let squares: u64 = (1..=10u64).map(|i| i * i).sum();\n    \
                       println!(\"{squares}\");\n}\n";

pub fn run(ctx: &mut Context, tally: &mut Tally) -> Result<(), String> {
    if let Backend::Llvm = ctx.rustc.backend {
        println!("  skipped: these tests check dist/ as a toolchain");
        return Ok(());
    }
    let dist = std::path::absolute(SYSROOT).map_err(|e| e.to_string())?;
    if !dist.join("bin/cargo").exists() {
        return Err(format!("{}/bin/cargo not found: run `./y.sh build` first", dist.display()));
    }
    let build = std::path::absolute(ctx.build_dir(GROUP)).map_err(|e| e.to_string())?;
    let mut cases = Vec::new();
    for (name, check) in [("rustc", check_rustc as fn(&Path) -> _), ("cargo", check_cargo)] {
        if !ctx.selects(GROUP, name) {
            continue;
        }
        let (dist, dir) = (dist.clone(), build.join(name));
        let run = move || {
            remove_dir(&dir)?;
            create_dir(&dir)?;
            link(&dist, &dir)?;
            check(&dir)
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

/// `program` through rustup's proxy with the case's rustup home, and nothing of the caller's
/// environment that would choose another toolchain, compiler or output directory.
fn proxy(dir: &Path, program: &str) -> Command {
    let mut cmd = Command::new(program);
    cmd.env("RUSTUP_HOME", dir.join("rustup")).current_dir(dir);
    for variable in [
        "RUSTUP_TOOLCHAIN",
        "RUSTC",
        "RUSTDOC",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTFLAGS",
        "CARGO_ENCODED_RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "CRANELIFT_BACKEND_ARGS",
    ] {
        cmd.env_remove(variable);
    }
    cmd
}

/// Runs `cmd`; its stdout, or the explanation of its failure.
fn output_of(cmd: &mut Command) -> Result<String, String> {
    let output = process::run(cmd, LIMIT)?;
    if output.status != Status::Exit(0) {
        return Err(format!(
            "`{}` failed: {}\n{}",
            process::command_line(cmd),
            output.status,
            report::excerpt("stderr", &output.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// `rustup toolchain link clif <dist>` in the case's rustup home.
fn link(dist: &Path, dir: &Path) -> Result<(), String> {
    output_of(proxy(dir, "rustup").args(["toolchain", "link", NAME]).arg(dist)).map(drop)
}

fn check_rustc(dir: &Path) -> Result<(), String> {
    let version = output_of(proxy(dir, "rustc").args([&format!("+{NAME}"), "-vV"]))?;
    if !version.contains("codegen-backend: cranelift") {
        return Err(format!("`rustc +{NAME} -vV` does not name our backend:\n{version}"));
    }
    write_file(&dir.join("squares.rs"), PROGRAM.as_bytes())?;
    let mut problems = Vec::new();
    for (name, flag, expected) in [
        ("default", None, OURS),
        ("cranelift", Some("-Zcodegen-backend=cranelift"), OURS),
        ("llvm", Some("-Zcodegen-backend=llvm"), LLVM),
    ] {
        let mut cmd = proxy(dir, "rustc");
        cmd.arg(format!("+{NAME}")).args(flag).args(["--edition", "2024", "squares.rs"]);
        cmd.arg(format!("--emit=obj={name}.o,link={name}"));
        output_of(&mut cmd)?;
        let stdout = output_of(&mut Command::new(dir.join(name)))?;
        if stdout != "385\n" {
            problems.push(format!("{name}: the program printed {stdout:?}, not \"385\\n\""));
        }
        let comments = comments(&dir.join(format!("{name}.o")))?;
        if let Err(problem) = built_by(&comments, expected) {
            problems.push(format!("{name} ({}): {problem}", process::command_line(&cmd)));
        }
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

fn check_cargo(dir: &Path) -> Result<(), String> {
    let project = dir.join("project");
    write_project(&project)?;
    let mut cmd = proxy(dir, "cargo");
    cmd.current_dir(&project)
        .args([&format!("+{NAME}"), "build", "--offline"])
        .arg("--target-dir")
        .arg(project.join("target"));
    output_of(&mut cmd)?;
    let program = project.join("target/debug/app");
    let stdout = output_of(&mut Command::new(&program))?;
    if stdout != "385 14\n" {
        return Err(format!("app printed {stdout:?}, not \"385 14\\n\""));
    }
    let mut problems = Vec::new();
    for (package, expected) in [("dep_llvm", LLVM), ("dep_clif", OURS)] {
        let rlib = find_rlib(&project.join("target/debug"), package)?;
        let members = output_of(Command::new("ar").arg("t").arg(&rlib))?;
        let objects: Vec<&str> = members.lines().filter(|m| m.ends_with(".o")).collect();
        if objects.is_empty() {
            problems.push(format!("{} holds no object", rlib.display()));
        }
        let extracted = dir.join(package);
        create_dir(&extracted)?;
        output_of(Command::new("ar").arg("x").arg(&rlib).current_dir(&extracted))?;
        for object in objects {
            if let Err(problem) = built_by(&comments(&extracted.join(object))?, expected) {
                problems.push(format!("{package}: {object}: {problem}"));
            }
        }
    }
    let linked = comments(&program)?;
    if !(linked.iter().any(|c| c.starts_with(OURS)) && linked.iter().any(|c| c.starts_with(LLVM))) {
        problems.push(format!("app's .comment should name both backends: {linked:?}"));
    }
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// The project: the app and its two dependencies, each summing squares.
fn write_project(project: &Path) -> Result<(), String> {
    let manifest = "cargo-features = [\"codegen-backend\"]\n\n\
                    [package]\nname = \"app\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
                    [dependencies]\ndep_llvm = { path = \"dep_llvm\" }\n\
                    dep_clif = { path = \"dep_clif\" }\n\n\
                    [profile.dev]\ncodegen-backend = \"cranelift\"\n\n\
                    [profile.dev.package.dep_llvm]\ncodegen-backend = \"llvm\"\n";
    create_dir(project)?;
    write_file(&project.join("Cargo.toml"), manifest.as_bytes())?;
    let main =
        "fn main() {\n    println!(\"{} {}\", dep_llvm::squares(10), dep_clif::squares(3));\n}\n";
    create_dir(&project.join("src"))?;
    write_file(&project.join("src/main.rs"), main.as_bytes())?;
    for package in ["dep_llvm", "dep_clif"] {
        let manifest =
            format!("[package]\nname = \"{package}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n");
        create_dir(&project.join(package).join("src"))?;
        write_file(&project.join(package).join("Cargo.toml"), manifest.as_bytes())?;
        let lib = "pub fn squares(n: u64) -> u64 {\n    (1..=n).map(|i| i * i).sum()\n}\n";
        write_file(&project.join(package).join("src/lib.rs"), lib.as_bytes())?;
    }
    Ok(())
}

/// The package's rlib, wherever under `dir` this cargo puts it (`deps/`, or `build/` with
/// cargo's newer build directory layout).
fn find_rlib(dir: &Path, package: &str) -> Result<PathBuf, String> {
    let prefix = format!("lib{package}-");
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries =
            std::fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                pending.push(path);
            } else if name.starts_with(&prefix) && name.ends_with(".rlib") {
                return Ok(path);
            }
        }
    }
    Err(format!("no {prefix}*.rlib under {}", dir.display()))
}

/// The strings of the file's `.comment` section (`readelf -p .comment`).
fn comments(file: &Path) -> Result<Vec<String>, String> {
    let dump = output_of(Command::new("readelf").args(["-p", ".comment"]).arg(file))?;
    // Lines are `  [  offset]  text`.
    Ok(dump
        .lines()
        .filter_map(|line| Some(line.split_once(']')?.1.trim().to_string()))
        .filter(|text| !text.is_empty())
        .collect())
}

/// Whether the comments of an object say it was compiled by `expected` (OURS or LLVM) only.
fn built_by(comments: &[String], expected: &str) -> Result<(), String> {
    let ours = comments.iter().any(|c| c.starts_with(OURS));
    let llvm = comments.iter().any(|c| c.starts_with(LLVM));
    let (want_ours, who) = if expected == OURS { (true, "our backend") } else { (false, "LLVM") };
    if ours == want_ours && llvm != want_ours {
        return Ok(());
    }
    Err(format!("should be compiled by {who}, but .comment says {comments:?}"))
}
