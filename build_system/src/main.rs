//! The build system behind `./y.sh`: reads the command line and dispatches to the command.

mod bench;
mod build;
mod check;
mod clean;
mod cross;
mod directives;
mod fs;
mod groups;
mod hash;
mod json;
mod normalize;
mod process;
mod report;
mod runner;
mod rust_paths;
mod rustc;
mod rustc_src;
mod stages;
mod step;
mod sysroot;
mod test;
mod test_tools;
mod toolchain;
mod wrappers;

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: ./y.sh <command> [options]

Commands:
  prepare              install the pinned toolchain (rust-toolchain.toml), its components
                       and targets if missing, and cg_clif (rustup's component
                       rustc-codegen-cranelift-preview, for bench); download rustc's source
                       tarball (release of the rustc_ui group), check its SHA-256 and
                       extract tests/ui and tests/auxiliary into build/rustc_src (once)
  build                first what a fresh machine needs, each part only once: the pinned
                       toolchain with its components and targets, rustc's tests (as prepare
                       does), the test groups' Debian packages (apt-get, when run as root);
                       then build the backend (cargo build --release) and copy it to
                       dist/librustc_codegen_cranelift.so, build the standard library with
                       it into the sysroot dist/, the wrappers dist/rustc-clif,
                       dist/rustdoc-clif and dist/cargo-clif, and dist/bin/{rustc,rustdoc,
                       cargo} (links to them), which make dist/ a toolchain for
                       `rustup toolchain link <name> dist`
    --target TRIPLE      also build the sysroot for this cross target (repeatable, or
                         comma-separated): aarch64-unknown-linux-gnu,
                         riscv64gc-unknown-linux-gnu, s390x-unknown-linux-gnu (linked by
                         Debian's <arch>-linux-gnu-gcc; the run_pass_<arch> groups build
                         theirs when needed)
  test [options]       run the test groups with dist/librustc_codegen_cranelift.so
    --group NAME         run only this group (repeatable): no_sysroot, no_sysroot_opt,
                         compile_fail, backend_options, codegen, run_pass, std_examples,
                         run_pass_aarch64, run_pass_riscv64, run_pass_s390x,
                         sysroot_tests, sysroot_tests_aarch64, portable_simd, core_arch,
                         core_arch_aarch64, debuginfo, toolchain, rustc_ui, abi_cafe,
                         crates
    --filter SUBSTR      run only the cases whose `group/name` contains SUBSTR
    --all                every test of the big groups, not their fixed samples (rustc_ui:
                         a ninth of its tests; abi_cafe: 14 of abi-cafe's tests; crates: 10
                         of the crates; portable_simd: 64 cases per proptest, not 256)
    --bless              write actual outputs to the expectation files instead of comparing
                         (not for examples whose no_sysroot_opt build prints differently);
                         rustc_ui: rewrite tests/rustc_ui_expected_failures.txt from the
                         results of the tests that ran; core_arch: rewrite
                         tests/core_arch_expected_failures.txt from the modules that ran
    --reference llvm     test the toolchain's LLVM backend instead (outputs in build/*_llvm)
  check                the static checks, all of them, failing if any fails: cargo fmt --check
                       (backend, build_system), rustfmt --check of scripts/*.rs, cargo clippy
                       with -D warnings (backend --release, build_system --all-targets),
                       build_system's unit tests, and the stage layering of src/ (every file
                       in a stage of build_system/src/stages.rs, no cycle between stages)
  bench [options]      compile times of rustc-perf's benchmarks (../shared/bench/rustc-perf)
                       with llvm, cg_clif (rustup's rustc-codegen-cranelift-preview) and
                       ours in interleaved rounds, each backend's share of a build
                       (-Ztime-passes), and the runtime of bench/runtime/'s programs built
                       each way; tables at the end, JSON in build/bench/results-<UTC>.json
                       and build/bench/latest.json (see docs/benchmarks.md)
    --quick              regex-automata, scenarios full and incr-patched, debuginfo 2,
                         3 runs, the runtime programs once (under 10 minutes)
    --bench NAME         only this benchmark (repeatable; with or without its version)
    --scenario NAME      only this scenario (repeatable): full, incr-full, incr-unchanged,
                         incr-patched, clean
    --debuginfo D        only this setting (repeatable): 2, line-tables-only
    --runs N             runs of every scenario and runtime program (default: rustc-perf's
                         runs of the benchmark, 3 for most, and 1 clean build; runtime 3)
    --no-runtime         skip the runtime programs
    --instructions       instead: the instructions the benchmark crate's rustc executes under
                         callgrind (scenario full, debuginfo 2) with each backend and with
                         -Zno-codegen, and each backend's share (repeatable to about 0.1 %,
                         for A/B comparisons; needs valgrind; regex-automata: 11 minutes)
    --baseline PATH      with --instructions, also another build of our backend (its .so),
                         and our backend's share over its
  bless-with-llvm [--filter SUBSTR]
                       write the tests/no_sysroot expectations from the LLVM backend's
                       results, refusing examples that print differently at -Copt-level=2
                       (= test --group no_sysroot --reference llvm --bless)
  clean [--all]        remove build/ and dist/ (--all: also target/ and build_system/target/)
  help, --help         show this text
";

/// Why a command failed: usage errors exit with status 2, others with 1.
pub enum Error {
    Usage(String),
    Failed(String),
}

impl From<String> for Error {
    fn from(message: String) -> Error {
        Error::Failed(message)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, options) = match args.split_first() {
        Some((command, options)) => (command.as_str(), options),
        None => ("", &[][..]),
    };
    match dispatch(command, options) {
        Ok(code) => code,
        Err(Error::Usage(message)) => {
            eprintln!("error: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Error::Failed(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn dispatch(command: &str, options: &[String]) -> Result<ExitCode, Error> {
    if matches!(command, "help" | "--help" | "-h") {
        print!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    if !Path::new("build_system/Cargo.toml").is_file() {
        return Err(Error::Failed(
            "run the build system as ./y.sh, from the repository root".to_string(),
        ));
    }
    match (command, options) {
        ("prepare", []) => {
            toolchain::prepare()?;
            rustc_src::prepare("prepare")?;
        }
        ("build", options) => build::build(&build::parse_targets(options)?)?,
        ("check", []) => check::check()?,
        ("bench", options) => bench::bench(bench::Options::parse(options)?)?,
        ("test", options) => return test::test(test::Options::parse(options)?),
        ("bless-with-llvm", options) => return test::bless_with_llvm(options),
        ("clean", []) => clean::clean(false)?,
        ("clean", [all]) if all == "--all" => clean::clean(true)?,
        ("prepare" | "check" | "clean", _) => {
            return Err(Error::Usage(format!(
                "unexpected options for {command}: {}",
                options.join(" ")
            )));
        }
        ("", _) => return Err(Error::Usage("no command given".to_string())),
        (other, _) => return Err(Error::Usage(format!("unknown command `{other}`"))),
    }
    Ok(ExitCode::SUCCESS)
}
