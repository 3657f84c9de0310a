//! Crate root: the `CodegenBackend` that rustc loads with `-Zcodegen-backend`.
//!
//! The backend drives codegen through `rustc_codegen_ssa`'s coordinator (see `driver`), so
//! codegen units are lowered to Cranelift IR on the main thread, compiled to machine code on
//! rustc's worker threads, reused as incremental work products, and linked by
//! `rustc_codegen_ssa::back::link`.

#![feature(rustc_private)]

extern crate rustc_abi;
extern crate rustc_ast;
extern crate rustc_attr_ir;
extern crate rustc_codegen_ssa;
extern crate rustc_data_structures;
extern crate rustc_errors;
extern crate rustc_hir;
extern crate rustc_index;
extern crate rustc_lint_defs;
extern crate rustc_metadata;
extern crate rustc_middle;
extern crate rustc_mir_dataflow;
extern crate rustc_session;
extern crate rustc_span;
extern crate rustc_structures;
extern crate rustc_symbol_mangling;
extern crate rustc_target;

// Linking `rustc_driver` makes this dylib share one copy of the compiler with the rustc that
// loads it.
extern crate rustc_driver;

mod abi;
mod debuginfo;
mod driver;
mod emit;
mod intrinsics;
mod isa;
mod lower;
mod lowered;
mod options;
mod producer;
mod unsupported;

use std::any::Any;

use rustc_codegen_ssa::traits::CodegenBackend;
use rustc_codegen_ssa::{CompiledModules, CrateInfo, TargetConfig};
use rustc_hir::def_id::LOCAL_CRATE;
use rustc_middle::dep_graph::WorkProductMap;
use rustc_middle::ty::TyCtxt;
use rustc_session::config::{OutputFilenames, PrintKind, PrintRequest};
use rustc_session::{CodegenBackendInit, EarlySession, IncrCompSession, Session};
use rustc_target::spec::{Arch, PanicStrategy};

/// The Cranelift backend. Stateless: everything per-session is derived from the `Session`.
#[derive(Clone, Copy)]
pub struct CraneliftBackend;

impl CodegenBackend for CraneliftBackend {
    fn name(&self) -> &'static str {
        "cranelift"
    }

    fn init(&mut self, sess: &EarlySession) -> CodegenBackendInit {
        isa::check_session_options(sess);
        match options::BackendOptions::parse(&sess.opts) {
            Ok(options) => {
                for option in options.ignored_llvm_options {
                    sess.dcx()
                        .warn(format!("the Cranelift backend ignores the LLVM option `{option}`"));
                }
            }
            Err(message) => sess.dcx().fatal(message),
        }
        CodegenBackendInit {
            // Cranelift has no cross-module optimizer, so ThinLTO is reported as unavailable and
            // rustc falls back to plain per-CGU object files.
            thin_lto_supported: false,
            ..Default::default()
        }
    }

    fn target_config(&self, sess: &EarlySession) -> TargetConfig {
        isa::target_config(sess)
    }

    fn print(&self, req: &PrintRequest, out: &mut String, _sess: &Session) {
        // Without this, `--print target-cpus` would print nothing at all: Cranelift has no CPU
        // models (`isa.rs` warns about `-Ctarget-cpu=<model>`), `native` is the one name.
        if let PrintKind::TargetCPUs = req.kind {
            out.push_str(
                "Available CPUs for this target (Cranelift backend):\n    \
                 native - the CPU of the machine compiling (its instruction sets)\n\n\
                 Cranelift has no CPU models: any other `-Ctarget-cpu` is ignored with a \
                 warning; name instruction sets with `-Ctarget-feature=+avx2,...`.\n",
            );
        }
    }

    fn target_cpu(&self, sess: &Session) -> String {
        sess.opts.cg.target_cpu.clone().unwrap_or_else(|| sess.target.cpu.to_string())
    }

    fn codegen_crate<'tcx>(&self, tcx: TyCtxt<'tcx>) -> Box<dyn Any> {
        // Landing pads are only tested on x86-64 and AArch64; elsewhere unwinding (whether
        // requested or the target's default) is refused rather than left untested.
        let arch = &tcx.sess.target.arch;
        if tcx.sess.panic_strategy() == PanicStrategy::Unwind
            && !matches!(arch, Arch::X86_64 | Arch::AArch64 | Arch::RiscV64 | Arch::S390x)
        {
            unsupported::fatal_in(
                tcx,
                None,
                format_args!("the `unwind` panic strategy on {arch} (pass `-Cpanic=abort`)"),
            );
        }
        let fn_cache_dir = lower::module_cx::fn_cache_dir(tcx);
        let crate_name = tcx.crate_name(LOCAL_CRATE).to_string();
        let codegen = rustc_codegen_ssa::base::codegen_crate(*self, tcx);
        Box::new(OngoingCrate { codegen, fn_cache_dir, crate_name })
    }

    fn join_codegen(
        &self,
        ongoing_codegen: Box<dyn Any>,
        sess: &Session,
        incr_comp_session: Option<&IncrCompSession>,
        _outputs: &OutputFilenames,
        crate_info: &CrateInfo,
    ) -> (CompiledModules, WorkProductMap) {
        let ongoing = ongoing_codegen
            .downcast::<OngoingCrate>()
            .expect("join_codegen got the result of another backend's codegen_crate");
        let joined = ongoing.codegen.join(sess, incr_comp_session, crate_info);
        emit::identical_fns::clear();
        if let Some(dir) = &ongoing.fn_cache_dir {
            let _timer = sess.prof.generic_activity("cranelift_fn_cache_trim");
            let limit =
                options::BackendOptions::parse(&sess.opts).unwrap_or_default().fn_cache_limit;
            emit::fn_cache::trim(dir, limit);
            if let Err(err) = emit::fn_cache::write_summary(dir, &ongoing.crate_name) {
                sess.dcx().warn(format!(
                    "could not write the summary of the Cranelift function cache in `{}`: {err}",
                    dir.display()
                ));
            }
        }
        joined
    }
}

/// The crate's codegen under way, between `codegen_crate` and `join_codegen`.
struct OngoingCrate {
    codegen: rustc_codegen_ssa::back::write::OngoingCodegen<CraneliftBackend>,
    /// The directory of the per-function cache, kept within its size limit once codegen ends.
    fn_cache_dir: Option<std::path::PathBuf>,
    /// The crate's name, which names its summary in the cache directory.
    crate_name: String,
}

/// The entry point rustc looks up when loading a codegen backend dylib.
#[unsafe(no_mangle)]
pub fn __rustc_codegen_backend() -> Box<dyn CodegenBackend> {
    Box::new(CraneliftBackend)
}
