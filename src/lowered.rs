//! What lowering hands to emission: a codegen unit lowered to Cranelift IR (`LoweredModule`),
//! its functions not yet compiled, and the facts about them that Cranelift's IR cannot carry
//! (symbol aliases, what each landing pad does). Every stage may use these types; this module
//! uses no stage but the debug-info records it carries.

use std::path::PathBuf;

use cranelift_codegen::ir::{ExceptionTag, Function};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_module::{DataId, FuncId, FuncOrDataId};
use cranelift_object::ObjectModule;
use rustc_attr_ir::Linkage;
use rustc_middle::mono::Visibility;

use crate::debuginfo::{FunctionDebugInfo, UnitDebugInfo};

/// A function lowered to Cranelift IR, waiting to be compiled.
pub(crate) struct LoweredFunction {
    pub(crate) id: FuncId,
    pub(crate) func: Function,
    pub(crate) debug: Option<FunctionDebugInfo>,
    /// Alignment asked for with `#[align]`, beyond the target's default.
    pub(crate) align: Option<u64>,
    /// The ISA to compile with, an index into `LoweredModule::function_isas`, when the
    /// function's `#[target_feature]`s enable more than the unit's ISA has.
    pub(crate) isa: Option<u32>,
}

impl LoweredFunction {
    /// A function without debug info, at the default alignment (shims, entry points).
    pub(crate) fn plain(id: FuncId, func: Function) -> Self {
        LoweredFunction { id, func, debug: None, align: None, isa: None }
    }
}

/// A codegen unit lowered to Cranelift IR: data objects are already defined in `module`;
/// the functions are compiled when the coordinator hands the unit to a worker thread.
pub struct LoweredModule {
    pub(crate) module: ObjectModule,
    pub(crate) functions: Vec<LoweredFunction>,
    /// The unit's DWARF, when `-Cdebuginfo` asks for it.
    pub(crate) debug: Option<UnitDebugInfo>,
    /// Module-level assembly (`global_asm!`, naked functions, inline assembly thunks),
    /// assembled separately.
    pub(crate) global_asm: String,
    /// Imported data symbols that must be weak references (Cranelift cannot say so).
    pub(crate) weak_imports: Vec<DataId>,
    /// Further names of defined symbols (`#[eii]`).
    pub(crate) aliases: Vec<SymbolAlias>,
    /// The personality routine named by the unwind tables, if a function has landing pads.
    pub(crate) personality: Option<FuncId>,
    /// The ISAs of functions with more target features than the unit's ISA (`module.isa()`).
    pub(crate) function_isas: Vec<OwnedTargetIsa>,
    /// Where to write the unit's functions as text (the `dump-clif` option).
    pub(crate) clif_dump_dir: Option<PathBuf>,
    /// The directory of the per-function machine-code cache (`emit::fn_cache`), when it is on.
    pub(crate) fn_cache_dir: Option<PathBuf>,
}

/// One more name for a function or data object defined in the unit. Cranelift has no
/// aliases, so they are added to the object file after it is written.
pub(crate) struct SymbolAlias {
    pub(crate) name: String,
    pub(crate) target: FuncOrDataId,
    pub(crate) linkage: Linkage,
    pub(crate) visibility: Visibility,
}

/// What the personality routine does when an unwinding exception reaches a landing pad.
/// It travels from lowering to the LSDA as the tag of the `try_call`'s exception table.
#[derive(Copy, Clone, PartialEq, Eq)]
pub(crate) enum LandingKind {
    /// Run the pad (drops), which ends by resuming the unwinding.
    Cleanup,
    /// Stop unwinding here: `catch_unwind`, and the pads that turn unwinding out of a
    /// function that must not unwind into an abort.
    Catch,
}

impl LandingKind {
    const CLEANUP_TAG: u32 = 0;
    const CATCH_TAG: u32 = 1;

    pub(crate) fn tag(self) -> ExceptionTag {
        ExceptionTag::from_u32(match self {
            LandingKind::Cleanup => Self::CLEANUP_TAG,
            LandingKind::Catch => Self::CATCH_TAG,
        })
    }

    pub(crate) fn from_tag(tag: ExceptionTag) -> LandingKind {
        if tag.as_u32() == Self::CATCH_TAG { LandingKind::Catch } else { LandingKind::Cleanup }
    }
}
