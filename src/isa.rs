//! The Cranelift target ISA and flags derived from the session: triple, target features,
//! relocation model and optimization level. Nothing here is hard-coded to one architecture.

use std::str::FromStr;

use cranelift_codegen::isa::{self, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use rustc_codegen_ssa::TargetConfig;
use rustc_codegen_ssa::target_features::internal_target_features;
use rustc_session::config::{InstrumentCoverage, OptLevel, OutputType};
use rustc_session::{EarlySession, Session};
use rustc_span::Symbol;
use rustc_target::spec::{Arch, BinaryFormat, RelocModel, StackProtector};

use crate::options::BackendOptions;

/// Whether the target's C library has a guard value `lower::stack_protector` can read: the
/// thread's control block on x86-64 and s390x Linux, the global `__stack_chk_guard` on AArch64
/// and RISC-V Linux, as GCC reads them.
fn stack_protector_supported(target: &rustc_target::spec::Target) -> bool {
    target.os == rustc_target::spec::Os::Linux
        && matches!(target.arch, Arch::X86_64 | Arch::AArch64 | Arch::RiscV64 | Arch::S390x)
}

/// Rejects session options this backend cannot honour, before any work is done.
pub(crate) fn check_session_options(sess: &EarlySession) {
    if sess.opts.unstable_opts.stack_protector != StackProtector::None
        && sess.target.options.supports_stack_protector
        && !stack_protector_supported(&sess.target)
    {
        crate::unsupported::fatal(
            sess.dcx(),
            None,
            sess.opts.crate_name.as_deref(),
            format_args!("`-Zstack-protector` on `{}`", sess.target.llvm_target),
        );
    }
    // There is no LLVM bitcode; `--emit=llvm-ir` writes the Cranelift IR in its place (see
    // `emit`), and the backend's own dump has more.
    if sess.opts.output_types.contains_key(&OutputType::Bitcode) {
        crate::unsupported::fatal(
            sess.dcx(),
            None,
            sess.opts.crate_name.as_deref(),
            format_args!(
                "`--emit=llvm-bc` (`--emit=llvm-ir` writes each codegen unit's Cranelift IR; \
                 `-Cllvm-args=dump-clif=DIR` writes it before and after Cranelift's passes and \
                 a listing of the machine code to DIR)"
            ),
        );
    }
    check_llvm_only_options(sess);
    if !matches!(sess.target.arch, Arch::X86_64 | Arch::AArch64 | Arch::RiscV64 | Arch::S390x) {
        sess.dcx().fatal(format!(
            "the Cranelift backend does not support the target architecture `{}`",
            sess.target.arch.desc()
        ));
    }
}

/// The options only LLVM acts on. Those asking for code LLVM instruments (sanitizers, profiling,
/// coverage) are errors, since a build without the instrumentation would silently miss what
/// it was made for; those only tuning LLVM's output are ignored with a warning.
fn check_llvm_only_options(sess: &EarlySession) {
    let cg = &sess.opts.cg;
    let mut instrumenting = Vec::new();
    if !sess.opts.unstable_opts.sanitizer.is_empty() {
        instrumenting.push(format!("`-Zsanitizer={}`", sess.opts.unstable_opts.sanitizer));
    }
    if cg.profile_generate.enabled() {
        instrumenting.push("`-Cprofile-generate`".to_string());
    }
    if cg.instrument_coverage != InstrumentCoverage::No {
        instrumenting.push("`-Cinstrument-coverage`".to_string());
    }
    if !instrumenting.is_empty() {
        crate::unsupported::fatal(
            sess.dcx(),
            None,
            sess.opts.crate_name.as_deref(),
            format_args!(
                "{} (LLVM's instrumentation; build without it, or with LLVM)",
                instrumenting.join(", ")
            ),
        );
    }
    if cg.linker_plugin_lto.enabled() {
        sess.dcx().warn(
            "the Cranelift backend ignores `-Clinker-plugin-lto`: it writes machine code, not \
             the LLVM bitcode the linker plugin would optimize",
        );
    }
    if cg.profile_use.is_some() {
        sess.dcx().warn(
            "the Cranelift backend ignores `-Cprofile-use`: only LLVM optimizes with profiles",
        );
    }
    if let Some(cpu) = &cg.target_cpu
        && cpu != "native"
    {
        sess.dcx().warn(format!(
            "the Cranelift backend ignores `-Ctarget-cpu={cpu}`: it has no CPU models, only \
             `native` (the features of this machine); name instruction sets with \
             `-Ctarget-feature=+avx2,...` instead"
        ));
    }
}

/// The target features of the machine the compiler runs on, for `-Ctarget-cpu=native` when
/// the target is the host's architecture: only those the backend compiles (AVX-512 aside,
/// which it hides from programs, see README.md).
fn native_features(sess: &EarlySession) -> Vec<&'static str> {
    if sess.opts.cg.target_cpu.as_deref() != Some("native") {
        return Vec::new();
    }
    let mut features = Vec::new();
    #[cfg(target_arch = "x86_64")]
    if sess.target.arch == Arch::X86_64 {
        macro_rules! detect {
            ($($feature:tt),*) => {
                $(if std::arch::is_x86_feature_detected!($feature) {
                    features.push($feature);
                })*
            };
        }
        detect!(
            "sse3",
            "ssse3",
            "sse4.1",
            "sse4.2",
            "sse4a",
            "popcnt",
            "avx",
            "avx2",
            "fma",
            "f16c",
            "bmi1",
            "bmi2",
            "lzcnt",
            "aes",
            "pclmulqdq",
            "sha",
            "adx",
            "rdrand",
            "rdseed",
            "gfni",
            "avxvnni",
            "vaes",
            "vpclmulqdq"
        );
    }
    #[cfg(target_arch = "aarch64")]
    if sess.target.arch == Arch::AArch64 {
        macro_rules! detect {
            ($($feature:tt),*) => {
                $(if std::arch::is_aarch64_feature_detected!($feature) {
                    features.push($feature);
                })*
            };
        }
        detect!("aes", "sha2", "sha3", "sm4", "crc", "lse", "dotprod", "i8mm", "fcma", "rdm");
    }
    features
}

/// Target features every CPU of the architecture has, as rustc names them.
fn baseline_features(arch: &Arch) -> &'static [&'static str] {
    match arch {
        Arch::X86_64 => &["x87", "fxsr", "sse", "sse2"],
        Arch::AArch64 => &["neon", "fp-armv8"],
        Arch::RiscV64 => &["m", "a", "f", "d", "c"],
        _ => &[],
    }
}

pub(crate) fn target_config(sess: &EarlySession) -> TargetConfig {
    let target_features = &sess.target.features;
    let baseline = baseline_features(&sess.target.arch);
    let native = native_features(sess);
    let internal_target_features = internal_target_features::<1>(
        sess,
        |feature| [feature].into_iter().collect(),
        |feature| {
            baseline.contains(&feature)
                || native.contains(&feature)
                || target_features.split(',').any(|f| f.strip_prefix('+') == Some(feature))
        },
    );
    TargetConfig {
        internal_target_features,
        // Half and quad precision arithmetic and conversions go through library calls
        // (`lower/soft_float.rs`), which compiler-builtins defines when this is true; their math
        // intrinsics are not lowered yet.
        has_reliable_f16: true,
        has_reliable_f16_math: false,
        has_reliable_f16b: false,
        has_reliable_f128: true,
        has_reliable_f128_math: false,
    }
}

/// Cranelift's name for a rustc target feature, where Cranelift has an equivalent.
fn cranelift_feature(arch: &Arch, feature: &str) -> Option<&'static str> {
    Some(match (arch, feature) {
        (Arch::X86_64, "sse3") => "has_sse3",
        (Arch::X86_64, "ssse3") => "has_ssse3",
        (Arch::X86_64, "sse4.1") => "has_sse41",
        (Arch::X86_64, "sse4.2") => "has_sse42",
        (Arch::X86_64, "popcnt") => "has_popcnt",
        (Arch::X86_64, "avx") => "has_avx",
        (Arch::X86_64, "avx2") => "has_avx2",
        (Arch::X86_64, "bmi1") => "has_bmi1",
        (Arch::X86_64, "bmi2") => "has_bmi2",
        (Arch::X86_64, "lzcnt") => "has_lzcnt",
        (Arch::X86_64, "fma") => "has_fma",
        (Arch::AArch64, "lse") => "has_lse",
        (Arch::AArch64, "paca") => "has_pauth",
        (Arch::RiscV64, "zba") => "has_zba",
        (Arch::RiscV64, "zbb") => "has_zbb",
        (Arch::RiscV64, "zbs") => "has_zbs",
        (Arch::RiscV64, "v") => "has_v",
        _ => return None,
    })
}

/// Builds the ISA for the session's target. Errors are reported as fatal diagnostics.
pub(crate) fn build_isa(sess: &Session) -> OwnedTargetIsa {
    build_isa_with_features(sess, &[])
}

/// The target features of `features` (rustc's names) that Cranelift has a setting for and the
/// session does not enable already, sorted: those that make a function's ISA differ from the
/// unit's.
pub(crate) fn extra_cranelift_features(sess: &Session, features: &[Symbol]) -> Vec<Symbol> {
    let mut extra: Vec<Symbol> = features
        .iter()
        .copied()
        .filter(|feature| {
            cranelift_feature(&sess.target.arch, feature.as_str()).is_some()
                && !sess.internal_target_features.contains(feature)
        })
        .collect();
    extra.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    extra.dedup();
    extra
}

/// Builds the ISA for the session's target with the target features `extra` enabled besides
/// the session's: for functions with `#[target_feature]`, whose Cranelift code may then use
/// the instructions these features give.
pub(crate) fn build_isa_with_features(sess: &Session, extra: &[Symbol]) -> OwnedTargetIsa {
    let mut flags = settings::builder();
    // `init` has reported invalid options already.
    let options = BackendOptions::parse(&sess.opts).unwrap_or_default();
    let verify = options.verify || cfg!(debug_assertions);
    let opt_level = match sess.opts.optimize {
        OptLevel::No => "none",
        _ => "speed",
    };
    let pic = !matches!(sess.relocation_model(), RelocModel::Static);
    let tls_model = match sess.target.binary_format {
        BinaryFormat::Elf => "elf_gd",
        BinaryFormat::MachO => "macho",
        BinaryFormat::Coff => "coff",
        _ => "none",
    };
    let flag_settings: [(&str, &str); 10] = [
        // Large frames probe the stack page by page, so that overflows hit the guard page.
        ("enable_probestack", "true"),
        ("probestack_strategy", "inline"),
        ("tls_model", tls_model),
        ("opt_level", opt_level),
        ("is_pic", if pic { "true" } else { "false" }),
        ("unwind_info", "true"),
        ("preserve_frame_pointers", "true"),
        ("enable_llvm_abi_extensions", "true"),
        // Results that Cranelift cannot return in registers (an `i128` on s390x) go to memory
        // whose address the caller passes, as s390x's ELF ABI returns them.
        ("enable_multi_ret_implicit_sret", "true"),
        ("enable_verifier", if verify { "true" } else { "false" }),
    ];
    for (name, value) in flag_settings {
        if let Err(err) = flags.set(name, value) {
            sess.dcx().fatal(format!("invalid Cranelift setting `{name}={value}`: {err}"));
        }
    }

    let triple = match target_lexicon::Triple::from_str(&sess.target.llvm_target) {
        Ok(triple) => triple,
        Err(err) => sess.dcx().fatal(format!(
            "target `{}` is not known to Cranelift: {err}",
            sess.target.llvm_target
        )),
    };
    let mut isa_builder = match isa::lookup(triple) {
        Ok(builder) => builder,
        Err(err) => sess.dcx().fatal(format!(
            "the Cranelift backend cannot generate code for `{}`: {err}",
            sess.target.llvm_target
        )),
    };
    for feature in sess.internal_target_features.iter().chain(extra).map(Symbol::as_str) {
        if let Some(name) = cranelift_feature(&sess.target.arch, feature) {
            // A feature this Cranelift build does not know only costs performance.
            let _ = isa_builder.enable(name);
        }
    }
    match isa_builder.finish(settings::Flags::new(flags)) {
        Ok(isa) => isa,
        Err(err) => sess.dcx().fatal(format!("could not configure Cranelift: {err}")),
    }
}
