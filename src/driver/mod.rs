//! The `rustc_codegen_ssa` coordinator traits: which work runs on rustc's main thread (MIR
//! lowering, which needs the `TyCtxt`) and which on its worker threads (Cranelift compilation
//! and object emission).

mod allocator;
mod cgu;
mod main_shim;

use std::path::PathBuf;
use std::sync::Arc;

use cranelift_codegen::ir::Function;
use cranelift_module::FuncId;
use cranelift_object::ObjectModule;
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

/// A function lowered to Cranelift IR, waiting to be compiled.
pub(crate) struct LoweredFunction {
    pub(crate) id: FuncId,
    pub(crate) func: Function,
    pub(crate) debug: Option<crate::debuginfo::FunctionDebugInfo>,
    /// Alignment asked for with `#[align]`, beyond the target's default.
    pub(crate) align: Option<u64>,
}

/// A codegen unit lowered to Cranelift IR: data objects are already defined in `module`;
/// the functions are compiled when the coordinator hands the unit to a worker thread.
pub struct LoweredModule {
    pub(crate) module: ObjectModule,
    pub(crate) functions: Vec<LoweredFunction>,
    /// The unit's DWARF, when `-Cdebuginfo` asks for it.
    pub(crate) debug: Option<crate::debuginfo::UnitDebugInfo>,
    /// Module-level assembly (`global_asm!`, naked functions), assembled separately.
    pub(crate) global_asm: String,
    /// Imported data symbols that must be weak references.
    pub(crate) weak_imports: Vec<cranelift_module::DataId>,
    /// Further names of defined symbols (`#[eii]`).
    pub(crate) aliases: Vec<crate::emit::aliases::SymbolAlias>,
    /// The personality routine named by the unwind tables, if a function has landing pads.
    pub(crate) personality: Option<FuncId>,
}

/// Modules are never serialized: there is no bitcode and no LTO.
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
        dcx.fatal("not yet supported by the Cranelift backend: ThinLTO")
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
        dcx.handle().fatal("not yet supported by the Cranelift backend: ThinLTO")
    }

    fn codegen(
        cgcx: &CodegenContext,
        prof: &SelfProfilerRef,
        shared_emitter: &SharedEmitter,
        module: ModuleCodegen<Self::Module>,
        _config: &ModuleConfig,
    ) -> CompiledModule {
        crate::emit::compile_and_write_object(cgcx, prof, shared_emitter, module)
    }

    fn serialize_module(_module: Self::Module, _is_thin: bool) -> Self::ModuleBuffer {
        NoModuleBuffer
    }
}
