//! The `rustc_codegen_ssa` coordinator traits: which work runs on rustc's main thread (MIR
//! lowering, which needs the `TyCtxt`) and which on its worker threads (Cranelift compilation
//! and object emission).

mod allocator;
mod cgu;
mod gdb_scripts;
mod main_shim;

use std::path::PathBuf;
use std::sync::Arc;

use rustc_ast::expand::allocator::AllocatorMethod;
use rustc_codegen_ssa::back::lto::ThinModule;
use rustc_codegen_ssa::back::write::{
    CodegenContext, FatLtoInput, ModuleConfig, SharedEmitter, TargetMachineFactoryFn, ThinLtoInput,
};
use rustc_codegen_ssa::traits::{ExtraBackendMethods, ModuleBufferMethods, WriteBackendMethods};
use rustc_codegen_ssa::{CompiledModule, ModuleCodegen};
use rustc_data_structures::profiling::SelfProfilerRef;
use rustc_errors::{DiagCtxt, DiagCtxtHandle};
use rustc_middle::dep_graph::WorkProduct;
use rustc_middle::ty::TyCtxt;
use rustc_session::Session;
use rustc_session::config::OptLevel;
use rustc_span::Symbol;

use crate::CraneliftBackend;
use crate::lowered::LoweredModule;

/// Modules are never serialized: there is no bitcode, and fat LTO takes the units in memory.
pub struct NoModuleBuffer;

impl ModuleBufferMethods for NoModuleBuffer {
    fn data(&self) -> &[u8] {
        &[]
    }
}

impl ExtraBackendMethods for CraneliftBackend {
    type Module = LoweredModule;

    fn codegen_allocator<'tcx>(
        &self,
        tcx: TyCtxt<'tcx>,
        module_name: &str,
        methods: &[AllocatorMethod],
    ) -> LoweredModule {
        allocator::lower_allocator_shim(tcx, module_name, methods)
    }

    fn compile_codegen_unit(
        &self,
        tcx: TyCtxt<'_>,
        cgu_name: Symbol,
        _bitcode_needed: bool,
    ) -> (ModuleCodegen<LoweredModule>, u64) {
        cgu::compile_codegen_unit(tcx, cgu_name)
    }
}

impl WriteBackendMethods for CraneliftBackend {
    type Module = LoweredModule;
    type TargetMachine = ();
    type ModuleBuffer = NoModuleBuffer;
    type ThinData = ();

    fn target_machine_factory(
        &self,
        _sess: &Session,
        _opt_level: OptLevel,
    ) -> TargetMachineFactoryFn<Self> {
        Arc::new(|_, _| ())
    }

    fn optimize_and_codegen_fat_lto(
        sess: &Session,
        cgcx: &CodegenContext,
        shared_emitter: &SharedEmitter,
        _tm_factory: TargetMachineFactoryFn<Self>,
        _exported_symbols_for_lto: &[String],
        each_linked_rlib_for_lto: &[PathBuf],
        modules: Vec<FatLtoInput<Self>>,
    ) -> CompiledModule {
        let modules = modules
            .into_iter()
            .map(|module| match module {
                FatLtoInput::InMemory(module) => module,
                // Units reused from the incremental cache come serialized, and this backend
                // serializes nothing (`NoModuleBuffer`).
                FatLtoInput::Serialized { name, .. } => crate::unsupported::fatal(
                    sess.dcx(),
                    None,
                    sess.opts.crate_name.as_deref(),
                    format_args!("`-Clto` with incremental compilation (codegen unit `{name}`)"),
                ),
            })
            .collect();
        crate::emit::lto::fat_lto(
            sess,
            cgcx,
            &sess.prof,
            shared_emitter,
            each_linked_rlib_for_lto,
            modules,
        )
    }

    fn run_thin_lto(
        _cgcx: &CodegenContext,
        _prof: &SelfProfilerRef,
        dcx: DiagCtxtHandle<'_>,
        _exported_symbols_for_lto: &[String],
        _each_linked_rlib_for_lto: &[PathBuf],
        _modules: Vec<ThinLtoInput<Self>>,
    ) -> (Vec<ThinModule<Self>>, Vec<WorkProduct>) {
        crate::unsupported::fatal(dcx, None, None, "ThinLTO")
    }

    fn optimize(
        _cgcx: &CodegenContext,
        _prof: &SelfProfilerRef,
        _shared_emitter: &SharedEmitter,
        _module: &mut ModuleCodegen<Self::Module>,
        _config: &ModuleConfig,
    ) {
        // Cranelift optimizes while it compiles, in `codegen`.
    }

    fn optimize_and_codegen_thin(
        _cgcx: &CodegenContext,
        _prof: &SelfProfilerRef,
        shared_emitter: &SharedEmitter,
        _tm_factory: TargetMachineFactoryFn<Self>,
        _thin: ThinModule<Self>,
    ) -> CompiledModule {
        let dcx = DiagCtxt::new(Box::new(shared_emitter.clone()));
        crate::unsupported::fatal(dcx.handle(), None, None, "ThinLTO")
    }

    fn codegen(
        cgcx: &CodegenContext,
        prof: &SelfProfilerRef,
        shared_emitter: &SharedEmitter,
        module: ModuleCodegen<Self::Module>,
        config: &ModuleConfig,
    ) -> CompiledModule {
        crate::emit::compile_and_write_object(cgcx, prof, shared_emitter, module, config)
    }

    fn serialize_module(_module: Self::Module, _is_thin: bool) -> Self::ModuleBuffer {
        NoModuleBuffer
    }
}
