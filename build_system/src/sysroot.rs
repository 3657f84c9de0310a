//! The sysroot: the standard library compiled with our backend, installed into dist/ so that
//! dist/ is a sysroot (`--sysroot dist`) holding
//! - `lib/rustlib/<target>/lib/`: the rlibs (with their .rmeta) of core, alloc, std,
//!   panic_abort, panic_unwind, proc_macro, test and the crates they depend on, for the host
//!   and for each cross target built (`./y.sh build --target <triple>`, see cross.rs);
//! - `lib/rustlib/<host>/codegen-backends/librustc_codegen_cranelift-<release>.so`: the backend,
//!   where rustc looks for it when given `-Zcodegen-backend=cranelift`;
//! - `lib/rustlib/src/rust`: a link to the toolchain's library sources (rust-src), which rustc
//!   uses to show the standard library's code in diagnostics.
//!
//! The library is built from a copy of the toolchain's rust-src under build/sysroot/, as a
//! cargo workspace (library/Cargo.toml, package `sysroot`), in release mode with panic=abort
//! and limited debug info (`DEBUG_INFO`).
//! Cargo does not notice when the backend changes, so each target's build is keyed by a stamp
//! holding the backend's hash, the toolchain and the flags: when it differs, everything of that
//! target is rebuilt. A cross target is linked (std's dylib) by its GNU cross compiler.
//!
//! The same machinery builds, with LLVM, the reference standard library of a cross target for
//! which rustup has none (`build/llvm_sysroot`, see `ensure_llvm`), so that the tests compare
//! LLVM's build of a program with ours for any target.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use crate::fs::{
    copy_dir_stamped, create_dir, move_into_place, remove_dir, remove_file, stamp_matches,
    write_file,
};
use crate::hash::fnv1a;
use crate::step::step;
use crate::toolchain::{RustcInfo, Toolchain};
use crate::{cross, json};

/// The sysroot is dist/ itself.
pub const SYSROOT: &str = "dist";
/// The sysroot of the standard libraries built by LLVM (for cross targets rustup has none of).
pub const LLVM_SYSROOT: &str = "build/llvm_sysroot";
/// Where the library is copied to and built.
const WORK_DIR: &str = "build/sysroot";
/// The crates the sysroot must provide (their dependencies come along).
const CRATES: &[&str] = &[
    "core",
    "alloc",
    "std",
    "panic_abort",
    "panic_unwind",
    "proc_macro",
    "test",
    "compiler_builtins",
];
/// Features of the `sysroot` package: those std has in the toolchain's own build for this host.
/// `panic-unwind` (the default) builds panic_unwind, `backtrace` the symbolization of
/// backtraces. compiler_builtins's `mem` is left out as in the toolchain's build: on Linux
/// memcpy & co. come from libc (with `mem`, compiler_builtins would define them too).
const FEATURES: &str = "panic-unwind backtrace";
/// The debug info of the library, as in the toolchain's own build (the library's `dist`
/// profile): `limited`, that is line tables and functions, so that backtraces through std name
/// its lines and a debugger can step into it. The profile's per-package settings still apply
/// (no debug info for the crates of std's symbolizer).
const DEBUG_INFO: &str = "1";
/// Value of `__CARGO_DEFAULT_LIB_METADATA`, as rustc's bootstrap sets it: cargo then gives
/// every library, std's dylib included, a hashed file name.
const LIB_METADATA: &str = "cg_clif_sysroot";

/// The copy of the library sources the sysroot is built from, `build/sysroot/library` (a cargo
/// workspace, with its dependencies vendored); the sysroot_tests group builds its tests there.
pub fn library_dir() -> PathBuf {
    Path::new(WORK_DIR).join("library")
}

/// `dist/lib/rustlib/<host>`.
pub fn target_dir(info: &RustcInfo) -> PathBuf {
    Path::new(SYSROOT).join("lib/rustlib").join(&info.host)
}

/// Installs the backend into the sysroot, then builds and installs the library for the host.
/// Returns a hash of what the sysroot was built from: the backend, the toolchain and the flags.
pub fn build(toolchain: &Toolchain, info: &RustcInfo, backend: &Path) -> Result<u64, String> {
    let backend = std::path::absolute(backend).map_err(|e| e.to_string())?;
    let hash = build_library(toolchain, info, &info.host, Some(&backend), Path::new(SYSROOT))?;
    step(
        "build",
        &format!("sysroot: install the backend into {}", target_dir(info).display()),
        || {
            install_backend(info, &backend)?;
            link_sources(&toolchain.sysroot()?.join("lib/rustlib/src/rust"))
        },
    )?;
    Ok(hash)
}

/// Builds and installs our backend's library for the cross target `target` into dist/, unless
/// it is there already, built by this backend.
pub fn build_cross(
    toolchain: &Toolchain,
    info: &RustcInfo,
    target: &str,
    backend: &Path,
) -> Result<(), String> {
    let backend = std::path::absolute(backend).map_err(|e| e.to_string())?;
    build_library(toolchain, info, target, Some(&backend), Path::new(SYSROOT)).map(|_| ())
}

/// Builds LLVM's library for `target` into build/llvm_sysroot, unless it is there already;
/// returns that sysroot's absolute path.
pub fn ensure_llvm(
    toolchain: &Toolchain,
    info: &RustcInfo,
    target: &str,
) -> Result<PathBuf, String> {
    build_library(toolchain, info, target, None, Path::new(LLVM_SYSROOT))?;
    std::path::absolute(LLVM_SYSROOT).map_err(|e| e.to_string())
}

/// Builds the library for `target` with our backend (`Some`) or LLVM and installs it into
/// `<sysroot>/lib/rustlib/<target>/lib`, unless the stamp says it is there already. Returns the
/// hash of the stamp.
fn build_library(
    toolchain: &Toolchain,
    info: &RustcInfo,
    target: &str,
    backend: Option<&Path>,
    sysroot: &Path,
) -> Result<u64, String> {
    let backend_hash = backend.map(hash_file).transpose()?;

    let toolchain_sysroot = toolchain.sysroot()?;
    let toolchain_src = toolchain_sysroot.join("lib/rustlib/src/rust");
    if !toolchain_src.join("library/Cargo.toml").is_file() {
        return Err(format!(
            "{} is missing: the toolchain needs its rust-src component (./y.sh build adds it)",
            toolchain_src.join("library/Cargo.toml").display()
        ));
    }
    let work = std::path::absolute(WORK_DIR).map_err(|e| e.to_string())?;
    let library = std::path::absolute(library_dir()).map_err(|e| e.to_string())?;
    let source_stamp = work.join("library.stamp");
    if !stamp_matches(&source_stamp, &info.verbose_version) || !library.join("Cargo.toml").is_file()
    {
        step("build", "sysroot: copy the library sources to build/sysroot", || {
            copy_dir_stamped(
                &toolchain_src.join("library"),
                &library,
                &source_stamp,
                &info.verbose_version,
            )
        })?;
    }

    let rustflags = rustflags(info, backend, &library, &work.join("no_sysroot"))?;
    let backend_name = match backend_hash {
        Some(hash) => format!("cranelift {hash:016x}"),
        None => "llvm".to_owned(),
    };
    let stamp_text = format!(
        "toolchain: {}\nbackend: {backend_name}\ntarget: {target}\nrustflags: {}\n\
         features: {FEATURES}\ndebuginfo: {DEBUG_INFO}\n",
        info.verbose_version.trim_end().replace('\n', "; "),
        rustflags.join(" "),
    );
    let lib = sysroot.join("lib/rustlib").join(target).join("lib");
    // One stamp per sysroot and target, in the library's directory; each sysroot has its own
    // cargo target directory, in which cargo keeps each target apart.
    let stamp = lib.join(".built-by");
    let cargo_target = match backend {
        Some(_) => work.join("target"),
        None => work.join("target_llvm"),
    };
    let by = if backend.is_some() { "" } else { ", with LLVM" };
    if stamp_matches(&stamp, &stamp_text) {
        println!("[build] sysroot for {target}{by}: up to date ({})", lib.display());
        return Ok(fnv1a(stamp_text.as_bytes()));
    }
    // A new backend (or toolchain, or flags): nothing built before for the target may be reused.
    remove_dir(&cargo_target.join(target))?;
    create_dir(&work.join("no_sysroot"))?;

    let what = format!("sysroot for {target}{by}: {} (cargo build --release)", CRATES.join(", "));
    let artifacts = step("build", &what, || {
        cargo_build(toolchain, info, target, &library, &cargo_target, &rustflags)
    })?;
    step("build", &format!("sysroot for {target}: install into {}", lib.display()), || {
        install_libraries(&lib, &artifacts)
    })?;
    write_file(&stamp, stamp_text.as_bytes())?;
    Ok(fnv1a(stamp_text.as_bytes()))
}

/// The flags of every library crate. `--sysroot` points to an empty directory, so that no crate
/// of the toolchain's own sysroot can be picked up; `--remap-path-prefix` names the sources as
/// the toolchain's std does (`/rustc/<commit>/library/...`, in panic messages for instance).
/// Cargo names the sources of the workspace's members relative to the workspace (such as
/// `std/src/lib.rs`), which needs a remapping for each top directory of the library; the
/// vendored crates have absolute paths.
fn rustflags(
    info: &RustcInfo,
    backend: Option<&Path>,
    library: &Path,
    no_sysroot: &Path,
) -> Result<Vec<String>, String> {
    let remapped = format!("/rustc/{}/library", info.commit_hash);
    // LLVM's library carries its bitcode, as rustup's does, for `-Clto` of the programs
    // built with it.
    let mut flags = match backend {
        Some(backend) => vec![format!("-Zcodegen-backend={}", backend.display())],
        None => vec!["-Cembed-bitcode=yes".to_owned()],
    };
    flags.extend([
        format!("--sysroot={}", no_sysroot.display()),
        "-Zinline-mir".to_string(),
        "-Zforce-unstable-if-unmarked".to_string(),
        format!("--remap-path-prefix={}={remapped}", library.display()),
    ]);
    let entries =
        fs::read_dir(library).map_err(|e| format!("cannot list {}: {e}", library.display()))?;
    let mut top_dirs = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", library.display()))?;
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            top_dirs.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    top_dirs.sort();
    for dir in top_dirs {
        if !dir.starts_with('.') {
            flags.push(format!("--remap-path-prefix={dir}={remapped}/{dir}"));
        }
    }
    Ok(flags)
}

/// Builds the `sysroot` package; returns the .rlib and .rmeta files cargo reports.
fn cargo_build(
    toolchain: &Toolchain,
    info: &RustcInfo,
    target: &str,
    library: &Path,
    cargo_target: &Path,
    rustflags: &[String],
) -> Result<Vec<PathBuf>, String> {
    let mut cmd = toolchain.command("cargo");
    cmd.args(["build", "--release", "--package", "sysroot", "--features", FEATURES])
        .args(["--target", target])
        // The library's .cargo/config.toml points crates.io to its vendored sources.
        .args(["--offline", "--locked"])
        .arg("--target-dir")
        .arg(cargo_target)
        .arg("--message-format=json-render-diagnostics")
        .current_dir(library)
        .env("RUSTC_BOOTSTRAP", "1")
        .env("CARGO_ENCODED_RUSTFLAGS", rustflags.join("\x1f"))
        .env("__CARGO_DEFAULT_LIB_METADATA", LIB_METADATA)
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_PROFILE_RELEASE_DEBUG", DEBUG_INFO)
        // Cargo caches what `rustc --print cfg` says per rustc and flags, which cannot tell
        // one build of the backend (whose target configuration the cfgs show) from another.
        .env("CARGO_CACHE_RUSTC_INFO", "0");
    if target != info.host {
        let gcc = cross::gcc(target)?;
        let variable = format!("CARGO_TARGET_{}_LINKER", target.to_uppercase().replace('-', "_"));
        cmd.env(variable, gcc);
    }
    for variable in [
        "RUSTC",
        "RUSTDOC",
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
    ] {
        cmd.env_remove(variable);
    }
    // Cargo's progress and the compilers' diagnostics go to the terminal; its stdout carries the
    // JSON messages.
    let mut child =
        cmd.stdout(Stdio::piped()).spawn().map_err(|e| format!("cannot run cargo: {e}"))?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let mut artifacts = Vec::new();
    let mut parse_error = None;
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| format!("cannot read cargo's output: {e}"))?;
        if !line.starts_with('{') {
            continue;
        }
        match artifact_files(&line) {
            Ok(files) => artifacts.extend(files),
            Err(e) => parse_error = parse_error.or(Some(e)),
        }
    }
    let status = child.wait().map_err(|e| format!("cannot wait for cargo: {e}"))?;
    if !status.success() {
        return Err(format!("cargo build of the sysroot failed ({status})"));
    }
    if let Some(e) = parse_error {
        return Err(format!("cannot understand cargo's messages: {e}"));
    }
    Ok(artifacts)
}

/// The .rlib and .rmeta files of a `compiler-artifact` message (none for other messages, nor
/// for the package `sysroot`).
fn artifact_files(line: &str) -> Result<Vec<PathBuf>, String> {
    let message = json::parse(line)?;
    if message.get("reason").and_then(json::Value::as_str) != Some("compiler-artifact") {
        return Ok(Vec::new());
    }
    // The `sysroot` package itself is an empty crate that only gathers the others.
    let target_name = message.get("target").and_then(|t| t.get("name"));
    if target_name.and_then(json::Value::as_str) == Some("sysroot") {
        return Ok(Vec::new());
    }
    let filenames = message
        .get("filenames")
        .and_then(json::Value::as_array)
        .ok_or("a compiler-artifact message without `filenames`")?;
    Ok(filenames
        .iter()
        .filter_map(json::Value::as_str)
        .map(PathBuf::from)
        .filter(|f| f.extension().is_some_and(|e| e == "rlib" || e == "rmeta"))
        .collect())
}

/// Copies the backend to `codegen-backends/librustc_codegen_cranelift-<release>.so`, the only
/// file there (rustc refuses to choose between two matching names).
fn install_backend(info: &RustcInfo, backend: &Path) -> Result<(), String> {
    let dir = target_dir(info).join("codegen-backends");
    let name = format!("librustc_codegen_cranelift-{}.so", info.release);
    create_dir(&dir)?;
    let entries = fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.file_name().is_some_and(|n| n != name.as_str()) {
            remove_file(&path)?;
        }
    }
    // Copy then rename, so that a rustc still using the old dylib keeps a valid file.
    let temporary = dir.join(format!("{name}.partial"));
    fs::copy(backend, &temporary)
        .map_err(|e| format!("cannot copy {} to {}: {e}", backend.display(), dir.display()))?;
    move_into_place(&temporary, &dir.join(&name))
}

/// Replaces `lib` (a sysroot's `lib/rustlib/<target>/lib`) with the built libraries, checking
/// that none is missing.
fn install_libraries(lib: &Path, artifacts: &[PathBuf]) -> Result<(), String> {
    for name in CRATES {
        let prefix = format!("lib{name}-");
        let built = artifacts.iter().any(|path| {
            let file = path.file_name().unwrap_or_default().to_string_lossy();
            file.starts_with(&prefix) && file.ends_with(".rlib")
        });
        if !built {
            return Err(format!("cargo built no lib{name}-*.rlib"));
        }
    }
    let partial = lib.with_extension("partial");
    remove_dir(&partial)?;
    create_dir(&partial)?;
    for artifact in artifacts {
        let to = partial.join(artifact.file_name().unwrap());
        fs::copy(artifact, &to)
            .map_err(|e| format!("cannot copy {} to {}: {e}", artifact.display(), to.display()))?;
    }
    // Old libraries must go: two versions of one crate make rustc fail to choose.
    remove_dir(lib)?;
    move_into_place(&partial, lib)
}

/// Makes `lib/rustlib/src/rust` a link to the toolchain's sources.
fn link_sources(toolchain_src: &Path) -> Result<(), String> {
    let link = Path::new(SYSROOT).join("lib/rustlib/src/rust");
    if fs::read_link(&link).is_ok_and(|target| target == toolchain_src) {
        return Ok(());
    }
    let parent = link.parent().unwrap();
    create_dir(parent)?;
    match fs::symlink_metadata(&link) {
        Ok(meta) if meta.is_dir() => remove_dir(&link)?,
        Ok(_) => remove_file(&link)?,
        Err(_) => {}
    }
    std::os::unix::fs::symlink(toolchain_src, &link)
        .map_err(|e| format!("cannot create the link {}: {e}", link.display()))
}

/// A 64-bit FNV-1a hash of the file's contents.
fn hash_file(path: &Path) -> Result<u64, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(fnv1a(&bytes))
}
