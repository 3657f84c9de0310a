//! Per-codegen-unit state: the Cranelift module with its declarations, the data objects of
//! constants and statics, and the lowered (not yet compiled) functions.

use std::path::PathBuf;

use cranelift_codegen::ir;
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa, TargetIsa};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, FuncOrDataId, Linkage, Module};
use cranelift_object::ObjectModule;
use rustc_abi::{Endian, HasDataLayout, Size};
use rustc_attr_ir::Linkage as RustcLinkage;
use rustc_data_structures::fx::{FxHashMap, FxHashSet};
use rustc_hir::def_id::{DefId, LOCAL_CRATE};
use rustc_middle::middle::codegen_fn_attrs::{CodegenFnAttrFlags, TargetFeature};
use rustc_middle::mir::interpret::{AllocId, AllocRange, ConstAllocation, GlobalAlloc};
use rustc_middle::mono::{CodegenUnit, Visibility};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt};
use rustc_session::config::OptLevel;
use rustc_span::{Span, Symbol};

use crate::abi;
use crate::debuginfo::{NameCaches, TypeCache, UnitDebugInfo};
use crate::lowered::{LoweredFunction, LoweredModule, SymbolAlias};
use crate::options::BackendOptions;

/// Cranelift's object module only records an anonymous data object; declaring one cannot fail.
const ANONYMOUS_DATA: &str = "anonymous data declarations cannot fail";

/// Everything one codegen unit accumulates while its mono items are lowered.
pub(crate) struct ModuleCx<'tcx> {
    pub(crate) tcx: TyCtxt<'tcx>,
    pub(crate) module: ObjectModule,
    pub(crate) default_call_conv: CallConv,
    /// Lowered functions, compiled later on a worker thread.
    pub(crate) functions: Vec<LoweredFunction>,
    /// The unit's DWARF, when `-Cdebuginfo` asks for it.
    pub(crate) debug: Option<UnitDebugInfo>,
    /// What naming the unit's functions in the debug info caches.
    pub(crate) debug_names: NameCaches<'tcx>,
    /// The unit's DWARF type entries (see `UnitDebugInfo::type_entry`).
    pub(crate) debug_types: TypeCache<'tcx>,
    pub(crate) builder_ctx: FunctionBuilderContext,
    func_ids: FxHashMap<Instance<'tcx>, FuncId>,
    alloc_data: FxHashMap<AllocId, DataId>,
    alloc_contents: FxHashMap<ConstAllocation<'tcx>, DataId>,
    /// The contents and alignment of this unit's immutable statics that constants may be
    /// merged into (`offer_static_contents`).
    static_contents: FxHashMap<&'tcx [u8], (DataId, u64)>,
    static_data: FxHashMap<DefId, DataId>,
    /// The vtables code refers to, by rustc's allocation of each (see `vtable_data`).
    vtable_data: FxHashMap<AllocId, DataId>,
    /// Anonymous allocations declared but not yet given contents.
    pending_allocs: Vec<(AllocId, DataId)>,
    /// Module-level assembly: `global_asm!`, naked functions and inline assembly thunks.
    pub(crate) global_asm: String,
    /// Prefix of this unit's inline assembly thunk symbols, unique within the link.
    asm_thunk_prefix: String,
    asm_thunk_count: u32,
    /// Imported symbols to be marked weak in the object file (Cranelift cannot say so).
    pub(crate) weak_imports: Vec<DataId>,
    /// Assembly helpers (see `asm_helper`) already defined in this unit.
    asm_helpers: FxHashSet<String>,
    /// Whether calls get landing pads: the session's panic strategy is `unwind`.
    pub(crate) unwinds: bool,
    /// The personality routine, once a function of this unit has a landing pad.
    pub(crate) personality: Option<FuncId>,
    /// Further names of the unit's definitions (`#[eii]`, `hidden_alias`).
    aliases: Vec<SymbolAlias>,
    /// The names `hidden_alias` gave.
    hidden_aliases: FxHashMap<FuncOrDataId, String>,
    /// ISAs for functions with target features beyond the session's, and which one each set
    /// of extra features has.
    function_isas: Vec<OwnedTargetIsa>,
    /// For the unit's ISA and then each of `function_isas`, whether it lacks the vector unit
    /// its target needs for vector types (see `lacks_vector_unit`).
    isas_lacking_vectors: Vec<bool>,
    isa_by_features: FxHashMap<Vec<Symbol>, u32>,
    /// Whether a function uses Cranelift's vector `shuffle`, which becomes a call of a helper
    /// this unit must then define on x86-64 CPUs without SSSE3.
    pub(crate) uses_vector_shuffle: bool,
    /// Whether the target moves 16 unaligned bytes with one vector load or store (x86-64's
    /// SSE2, AArch64's NEON), which small copies use.
    pub(crate) vector_moves: bool,
    /// Whether Cranelift's backend for the target folds a `stack_addr` into the address of
    /// the loads and stores using it, wherever it is defined (`FunctionCx::stack_slot_base`).
    pub(crate) folds_stack_addresses: bool,
    /// Whether Cranelift's backend for the target merges loads into the instructions using
    /// their values (x86-64's memory operands), with the address in a register.
    pub(crate) merges_loads: bool,
    /// Whether Cranelift's backend for the target has the arithmetic with an overflow flag
    /// (`uadd_overflow`, `smul_overflow`, ...) for every integer type up to 64 bits (and
    /// 128 bits but for multiplication), which checked arithmetic then is: one instruction
    /// whose flag a branch consumes directly, instead of a comparison after it. RISC-V's has
    /// some of them only.
    pub(crate) overflow_arithmetic: bool,
    /// The alignment of the stack pointer at calls, the most a stack slot gets from Cranelift
    /// (16 bytes; s390x's ELF ABI keeps 8): more aligned values are aligned at run time.
    pub(crate) frame_align: u64,
    /// The codegen unit whose items this module defines (none for the allocator shim's).
    pub(crate) cgu: Option<&'tcx CodegenUnit<'tcx>>,
    /// Where a guaranteed tail call of a function jumps: its entry in the `tail` calling
    /// convention (see `abi::tail_call`), declared or defined in this unit.
    pub(crate) tail_entries: FxHashMap<Instance<'tcx>, FuncId>,
    /// The shims through which tail calls reach function pointers, by the pointers' signature.
    pub(crate) pointer_tail_shims: FxHashMap<ir::Signature, FuncId>,
}

/// The Cranelift linkage of a symbol rustc defines in this codegen unit.
/// Whether `isa` is RISC-V without its V extension (see `ModuleCx::lacks_vector_unit`).
fn isa_lacks_vector_unit(tcx: TyCtxt<'_>, isa: &dyn TargetIsa) -> bool {
    tcx.sess.target.arch == rustc_target::spec::Arch::RiscV64
        && !isa.isa_flags().iter().any(|flag| flag.name == "has_v" && flag.as_bool() == Some(true))
}

pub(crate) fn definition_linkage(linkage: RustcLinkage, visibility: Visibility) -> Linkage {
    match linkage {
        RustcLinkage::Internal => Linkage::Local,
        RustcLinkage::External => match visibility {
            Visibility::Default | Visibility::Protected => Linkage::Export,
            Visibility::Hidden => Linkage::Hidden,
        },
        RustcLinkage::LinkOnceAny
        | RustcLinkage::LinkOnceODR
        | RustcLinkage::WeakAny
        | RustcLinkage::WeakODR => Linkage::Preemptible,
        RustcLinkage::AvailableExternally | RustcLinkage::ExternalWeak => Linkage::Import,
    }
}

impl<'tcx> ModuleCx<'tcx> {
    pub(crate) fn new(tcx: TyCtxt<'tcx>, module: ObjectModule, cgu_name: &str) -> Self {
        let default_call_conv = module.isa().default_call_conv();
        let unit_isa_lacks_vectors = isa_lacks_vector_unit(tcx, module.isa());
        let sanitized: String =
            cgu_name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect();
        ModuleCx {
            tcx,
            module,
            default_call_conv,
            functions: Vec::new(),
            debug: None,
            debug_names: NameCaches::default(),
            debug_types: FxHashMap::default(),
            builder_ctx: FunctionBuilderContext::new(),
            func_ids: FxHashMap::default(),
            alloc_data: FxHashMap::default(),
            alloc_contents: FxHashMap::default(),
            static_contents: FxHashMap::default(),
            static_data: FxHashMap::default(),
            vtable_data: FxHashMap::default(),
            pending_allocs: Vec::new(),
            global_asm: String::new(),
            asm_thunk_prefix: format!("__cranelift_asm_{sanitized}_"),
            asm_thunk_count: 0,
            asm_helpers: FxHashSet::default(),
            weak_imports: Vec::new(),
            unwinds: tcx.sess.panic_strategy() == rustc_target::spec::PanicStrategy::Unwind,
            personality: None,
            aliases: Vec::new(),
            hidden_aliases: FxHashMap::default(),
            function_isas: Vec::new(),
            isas_lacking_vectors: vec![unit_isa_lacks_vectors],
            isa_by_features: FxHashMap::default(),
            uses_vector_shuffle: false,
            vector_moves: matches!(
                tcx.sess.target.arch,
                rustc_target::spec::Arch::X86_64 | rustc_target::spec::Arch::AArch64
            ),
            folds_stack_addresses: matches!(
                tcx.sess.target.arch,
                rustc_target::spec::Arch::X86_64
                    | rustc_target::spec::Arch::AArch64
                    | rustc_target::spec::Arch::RiscV64
            ),
            merges_loads: tcx.sess.target.arch == rustc_target::spec::Arch::X86_64,
            overflow_arithmetic: matches!(
                tcx.sess.target.arch,
                rustc_target::spec::Arch::X86_64
                    | rustc_target::spec::Arch::AArch64
                    | rustc_target::spec::Arch::S390x
            ),
            frame_align: if tcx.sess.target.arch == rustc_target::spec::Arch::S390x {
                8
            } else {
                16
            },
            cgu: None,
            tail_entries: FxHashMap::default(),
            pointer_tail_shims: FxHashMap::default(),
        }
    }

    /// The ISA a function with `target_features` is compiled with: `None` for the unit's own,
    /// or an index into the unit's function ISAs.
    pub(crate) fn function_isa(&mut self, target_features: &[TargetFeature]) -> Option<u32> {
        if target_features.is_empty() {
            return None;
        }
        let names: Vec<Symbol> = target_features.iter().map(|feature| feature.name).collect();
        let extra = crate::isa::extra_cranelift_features(self.tcx.sess, &names);
        if extra.is_empty() {
            return None;
        }
        if let Some(&index) = self.isa_by_features.get(&extra) {
            return Some(index);
        }
        let index = self.function_isas.len() as u32;
        let isa = crate::isa::build_isa_with_features(self.tcx.sess, &extra);
        self.isas_lacking_vectors.push(isa_lacks_vector_unit(self.tcx, &*isa));
        self.function_isas.push(isa);
        self.isa_by_features.insert(extra, index);
        Some(index)
    }

    /// Whether the ISA a function is compiled with (`function_isa`) has no vector instructions
    /// although the target's Cranelift backend needs them for vector types: RISC-V without its
    /// V extension, where Cranelift fails on a vector value rather than splitting it.
    pub(crate) fn lacks_vector_unit(&self, isa: Option<u32>) -> bool {
        self.isas_lacking_vectors[isa.map_or(0, |index| index as usize + 1)]
    }

    /// Hands the lowered unit over to emission.
    pub(crate) fn finish(mut self) -> LoweredModule {
        if self.uses_vector_shuffle && self.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64
        {
            crate::intrinsics::define_x86_pshufb_fallback(&mut self);
        }
        LoweredModule {
            module: self.module,
            functions: self.functions,
            debug: self.debug,
            global_asm: self.global_asm,
            weak_imports: self.weak_imports,
            aliases: self.aliases,
            personality: self.personality,
            function_isas: self.function_isas,
            clif_dump_dir: BackendOptions::parse(&self.tcx.sess.opts).unwrap_or_default().dump_clif,
            fn_cache_dir: fn_cache_dir(self.tcx),
        }
    }

    /// Records the further symbol names (`#[eii]` declarations) of the defined item `target`.
    pub(crate) fn add_aliases(
        &mut self,
        declared: &[(DefId, RustcLinkage, Visibility)],
        target: FuncOrDataId,
    ) {
        for &(def_id, linkage, visibility) in declared {
            let name = self.tcx.symbol_name(Instance::mono(self.tcx, def_id)).name.to_owned();
            self.aliases.push(SymbolAlias { name, target, linkage, visibility });
        }
    }

    /// Declares the personality routine that the unwinder calls for frames with landing pads:
    /// the `eh_personality` lang item (std's `rust_eh_personality`), or that symbol from
    /// another crate when this crate graph does not define the lang item.
    pub(crate) fn declare_personality(&mut self, span: Span) {
        if self.personality.is_some() {
            return;
        }
        let func_id = match self.tcx.lang_items().eh_personality() {
            Some(def_id) => {
                self.declare_fn(Instance::mono(self.tcx, def_id), Linkage::Import, span)
            }
            // Only the routine's address is used: a crate defining the symbol itself (a panic
            // runtime) may give it any signature, so its own declaration is taken as it is.
            None => match self.module.get_name("rust_eh_personality") {
                Some(FuncOrDataId::Func(func_id)) => func_id,
                _ => {
                    let sig = ir::Signature::new(self.default_call_conv);
                    match self.module.declare_function("rust_eh_personality", Linkage::Import, &sig)
                    {
                        Ok(func_id) => func_id,
                        Err(err) => self.tcx.dcx().span_fatal(
                            span,
                            format!("cannot declare `rust_eh_personality`: {err}"),
                        ),
                    }
                }
            },
        };
        self.personality = Some(func_id);
    }

    /// The symbol of the assembly function `name` whose body (Intel syntax) `body` makes,
    /// added to this unit's module-level assembly on first use (the only time `body` runs).
    pub(crate) fn asm_helper(&mut self, name: &str, body: impl FnOnce() -> String) -> String {
        let symbol = format!("{}{name}", self.asm_thunk_prefix);
        if self.asm_helpers.insert(name.to_owned()) {
            self.define_asm_function(&symbol, &body());
        }
        symbol
    }

    /// Adds a function `symbol`, hidden outside the link unit, whose body is assembly of the
    /// target (on x86, Intel syntax), to this unit's module-level assembly.
    pub(crate) fn define_asm_function(&mut self, symbol: &str, body: &str) {
        use std::fmt::Write;
        // The GNU assembler's default syntax on x86-64 is AT&T.
        let (intel, att) = if self.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64 {
            (".intel_syntax noprefix\n", "\n.att_syntax")
        } else {
            ("", "")
        };
        let _ = writeln!(
            self.global_asm,
            ".pushsection .text.{symbol},\"ax\",@progbits\n.globl {symbol}\n.hidden {symbol}\n\
             .type {symbol},@function\n{symbol}:\n{intel}{body}{att}\n\
             .size {symbol}, .-{symbol}\n.popsection"
        );
    }

    /// A hidden global name for `target`, which this unit defines as local to its Cranelift
    /// object, so that the unit's assembly (another object file) can refer to it.
    pub(crate) fn hidden_alias(&mut self, target: FuncOrDataId) -> String {
        if let Some(name) = self.hidden_aliases.get(&target) {
            return name.clone();
        }
        let name = format!("{}_sym", self.next_asm_thunk_name());
        self.aliases.push(SymbolAlias {
            name: name.clone(),
            target,
            linkage: RustcLinkage::External,
            visibility: Visibility::Hidden,
        });
        self.hidden_aliases.insert(target, name.clone());
        name
    }

    /// A fresh symbol name for an inline assembly thunk.
    pub(crate) fn next_asm_thunk_name(&mut self) -> String {
        self.asm_thunk_count += 1;
        format!("{}{}", self.asm_thunk_prefix, self.asm_thunk_count)
    }

    /// Declares `instance` under its symbol name (once per codegen unit) and returns its id.
    pub(crate) fn declare_fn(
        &mut self,
        instance: Instance<'tcx>,
        linkage: Linkage,
        span: Span,
    ) -> FuncId {
        if linkage == Linkage::Import
            && let Some(&id) = self.func_ids.get(&instance)
        {
            return id;
        }
        let tcx = self.tcx;
        let fn_abi = tcx.fn_abi_of_instance(
            ty::TypingEnv::fully_monomorphized().as_query_input((instance, ty::List::empty())),
        );
        let fn_abi = match fn_abi {
            Ok(fn_abi) => fn_abi,
            Err(err) => tcx.dcx().span_fatal(span, format!("{err:?}")),
        };
        let sig = abi::clif_signature(tcx, self.default_call_conv, fn_abi);
        let name = tcx.symbol_name(instance).name;
        let id = match self.module.declare_function(name, linkage, &sig) {
            Ok(id) => id,
            Err(err) => crate::unsupported::fatal_in(
                tcx,
                Some(span),
                format_args!("declaring `{name}`: {err}"),
            ),
        };
        self.func_ids.insert(instance, id);
        id
    }

    /// The data object holding the static `def_id` (declared as an import when it lives
    /// elsewhere).
    pub(crate) fn static_data_id(&mut self, def_id: DefId, linkage: Linkage, span: Span) -> DataId {
        if linkage == Linkage::Import
            && let Some(&id) = self.static_data.get(&def_id)
        {
            return id;
        }
        let tcx = self.tcx;
        let thread_local = tcx.is_thread_local_static(def_id);
        let name = tcx.symbol_name(Instance::mono(tcx, def_id)).name;
        if let Some(import_linkage) = tcx.codegen_fn_attrs(def_id).import_linkage {
            let id = self.static_with_import_linkage(name, import_linkage, span);
            self.static_data.insert(def_id, id);
            return id;
        }
        let writable = if tcx.is_foreign_item(def_id) {
            let ty = tcx.type_of(def_id).instantiate_identity().skip_normalization();
            tcx.is_mutable_static(def_id)
                || !ty.is_freeze(tcx, ty::TypingEnv::fully_monomorphized())
        } else {
            // Also covers the nested statics const evaluation creates, which have no type.
            tcx.eval_static_initializer(def_id).is_ok_and(|alloc| alloc.inner().mutability.is_mut())
        };
        let id = match self.module.declare_data(name, linkage, writable, thread_local) {
            Ok(id) => id,
            Err(err) => crate::unsupported::fatal_in(
                tcx,
                Some(span),
                format_args!("declaring static `{name}`: {err}"),
            ),
        };
        self.static_data.insert(def_id, id);
        id
    }

    /// An extern static with `#[linkage]` (`extern_weak` in std's weak symbol lookups) is a
    /// pointer to the symbol `name`: a local data object holding its address, null when a weak
    /// symbol is not linked in.
    fn static_with_import_linkage(
        &mut self,
        name: &str,
        linkage: RustcLinkage,
        span: Span,
    ) -> DataId {
        let tcx = self.tcx;
        let target = match self.module.declare_data(name, Linkage::Import, false, false) {
            Ok(id) => id,
            Err(err) => crate::unsupported::fatal_in(
                tcx,
                Some(span),
                format_args!("declaring `{name}`: {err}"),
            ),
        };
        if linkage == RustcLinkage::ExternalWeak {
            self.weak_imports.push(target);
        }
        let pointer = self.module.declare_anonymous_data(false, false).expect(ANONYMOUS_DATA);
        let mut desc = DataDescription::new();
        let pointer_size = tcx.data_layout().pointer_size().bytes() as usize;
        desc.define_zeroinit(pointer_size);
        desc.set_align(pointer_size as u64);
        let global = self.module.declare_data_in_data(target, &mut desc);
        desc.write_data_addr(0, global, 0);
        self.define_data(pointer, &desc, span);
        pointer
    }

    /// When optimizing, lets constants equal to the contents of the static `def_id` (defined
    /// in this unit as `data_id`) be that static, as LLVM's constant merging does: a constant's
    /// address is not significant, an immutable static's contents never change. Statics whose
    /// placement is asked for (`#[link_section]`, `#[used]`), that are per thread, or whose
    /// definition the linker may replace by another (`linkage`) keep theirs to themselves.
    pub(crate) fn offer_static_contents(
        &mut self,
        def_id: DefId,
        data_id: DataId,
        linkage: Linkage,
    ) {
        let tcx = self.tcx;
        if tcx.sess.opts.optimize == OptLevel::No
            || tcx.is_thread_local_static(def_id)
            || !matches!(linkage, Linkage::Local | Linkage::Hidden | Linkage::Export)
        {
            return;
        }
        let attrs = tcx.codegen_fn_attrs(def_id);
        if attrs.link_section.is_some()
            || attrs
                .flags
                .intersects(CodegenFnAttrFlags::USED_COMPILER | CodegenFnAttrFlags::USED_LINKER)
        {
            return;
        }
        let Ok(alloc) = tcx.eval_static_initializer(def_id) else { return };
        if let Some(bytes) = plain_bytes(alloc) {
            self.static_contents.entry(bytes).or_insert((data_id, alloc.inner().align.bytes()));
        }
    }

    /// A static offered by `offer_static_contents` whose contents are those of the constant
    /// `alloc`, at its alignment or more.
    fn static_with_contents(&self, alloc: ConstAllocation<'tcx>) -> Option<DataId> {
        if self.static_contents.is_empty() {
            return None;
        }
        let &(data_id, align) = self.static_contents.get(plain_bytes(alloc)?)?;
        (align >= alloc.inner().align.bytes()).then_some(data_id)
    }

    /// Gives the static `def_id`, declared with `linkage`, its initial contents.
    pub(crate) fn define_static(&mut self, def_id: DefId, linkage: Linkage) {
        let tcx = self.tcx;
        let span = tcx.def_span(def_id);
        let data_id = self.static_data_id(def_id, linkage, span);
        let alloc = match tcx.eval_static_initializer(def_id) {
            Ok(alloc) => alloc,
            // The error has been reported by const evaluation.
            Err(_) => return,
        };
        let attrs = tcx.codegen_fn_attrs(def_id);
        let alloc = alloc.inner();
        let mut desc = if alloc.mutability.is_mut()
            && attrs.link_section.is_none()
            && alloc.provenance().ptrs().is_empty()
            && alloc
                .inspect_with_uninit_and_ptr_outside_interpreter(0..alloc.len())
                .iter()
                .all(|&byte| byte == 0)
        {
            // A writable static of zeros (or uninitialized bytes) goes to `.bss`, as with
            // LLVM: no bytes in the object or the program file.
            let mut desc = DataDescription::new();
            desc.define_zeroinit(alloc.len());
            desc.set_align(alloc.align.bytes());
            desc
        } else {
            self.describe_alloc(alloc, span)
        };
        // `#[used(compiler)]` (LLVM's `llvm.compiler.used`) only keeps the static in the object
        // file, where every static stays anyway; the linker may still drop it.
        if attrs.flags.contains(CodegenFnAttrFlags::USED_LINKER) {
            desc.set_used(true);
        }
        if let Some(section) = attrs.link_section {
            desc.set_custom_section(section.as_str());
        }
        self.define_data(data_id, &desc, span);
        if let Some(unit) = &mut self.debug
            && unit.describes_variables()
        {
            unit.static_variable(tcx, &mut self.debug_types, def_id, data_id);
        }
        self.define_pending_allocs(span);
    }

    /// The address of a global allocation as a data object, or `None` for a function.
    pub(crate) fn global_alloc_data(
        &mut self,
        alloc_id: AllocId,
        span: Span,
    ) -> GlobalTarget<'tcx> {
        let tcx = self.tcx;
        match tcx.global_alloc(alloc_id) {
            GlobalAlloc::Function { instance } => GlobalTarget::Function(instance),
            GlobalAlloc::Static(def_id) => {
                GlobalTarget::Data(self.static_data_id(def_id, Linkage::Import, span))
            }
            GlobalAlloc::TypeId { .. } => GlobalTarget::Absolute(0),
            // As LLVM places them: a zero-sized constant needs no storage, and its address is
            // the first one its alignment allows (code compares such addresses, e.g. an empty
            // `Vec`'s pointer with an empty slice's).
            GlobalAlloc::Memory(alloc) if alloc.inner().len() == 0 => {
                GlobalTarget::Absolute(alloc.inner().align.bytes())
            }
            GlobalAlloc::Memory(alloc) => {
                if let Some(&id) = self.alloc_data.get(&alloc_id) {
                    return GlobalTarget::Data(id);
                }
                // Allocations are interned by content: equal constants share one data object,
                // as LLVM merges them (code such as `Waker::will_wake` compares addresses).
                let id = match self.alloc_contents.get(&alloc) {
                    Some(&id) => id,
                    None if let Some(id) = self.static_with_contents(alloc) => {
                        self.alloc_contents.insert(alloc, id);
                        id
                    }
                    None => {
                        let id =
                            self.module.declare_anonymous_data(false, false).expect(ANONYMOUS_DATA);
                        self.alloc_contents.insert(alloc, id);
                        self.pending_allocs.push((alloc_id, id));
                        id
                    }
                };
                self.alloc_data.insert(alloc_id, id);
                GlobalTarget::Data(id)
            }
            GlobalAlloc::VTable(..) => {
                if let Some(&id) = self.alloc_data.get(&alloc_id) {
                    return GlobalTarget::Data(id);
                }
                let id = self.module.declare_anonymous_data(false, false).expect(ANONYMOUS_DATA);
                self.alloc_data.insert(alloc_id, id);
                self.pending_allocs.push((alloc_id, id));
                GlobalTarget::Data(id)
            }
        }
    }

    /// The data object of the vtable of `ty` for trait objects with `principal`: one per pair
    /// in the unit, never shared with an equal constant, so that its address names the type it
    /// is for (the debug info describes it; gdb finds a trait object's concrete type so).
    pub(crate) fn vtable_data(
        &mut self,
        ty: Ty<'tcx>,
        principal: Option<ty::ExistentialTraitRef<'tcx>>,
    ) -> DataId {
        let alloc_id = self.tcx.vtable_allocation((ty, principal));
        if let Some(&id) = self.vtable_data.get(&alloc_id) {
            return id;
        }
        let id = self.module.declare_anonymous_data(false, false).expect(ANONYMOUS_DATA);
        self.vtable_data.insert(alloc_id, id);
        self.pending_allocs.push((alloc_id, id));
        if let Some(unit) = &mut self.debug
            && unit.describes_variables()
        {
            unit.vtable_variable(self.tcx, &mut self.debug_types, ty, principal, id);
        }
        id
    }

    /// Defines every anonymous allocation referenced so far (and those they reference).
    pub(crate) fn define_pending_allocs(&mut self, span: Span) {
        let tcx = self.tcx;
        while let Some((alloc_id, data_id)) = self.pending_allocs.pop() {
            let alloc = match tcx.global_alloc(alloc_id) {
                GlobalAlloc::Memory(alloc) => alloc,
                GlobalAlloc::VTable(ty, dyn_ty) => {
                    let principal = dyn_ty
                        .principal()
                        .map(|principal| tcx.instantiate_bound_regions_with_erased(principal));
                    if let Some(unit) = &mut self.debug
                        && unit.describes_variables()
                    {
                        unit.vtable_variable(tcx, &mut self.debug_types, ty, principal, data_id);
                    }
                    tcx.global_alloc(tcx.vtable_allocation((ty, principal))).unwrap_memory()
                }
                _ => unreachable!("pending allocation is not memory"),
            };
            let desc = self.describe_alloc(alloc.inner(), span);
            self.define_data(data_id, &desc, span);
        }
    }

    /// A new read-only data object holding `bytes`.
    pub(crate) fn bytes_data(&mut self, bytes: &[u8], span: Span) -> DataId {
        let data_id = self.module.declare_anonymous_data(false, false).expect(ANONYMOUS_DATA);
        let mut desc = DataDescription::new();
        desc.define(bytes.into());
        self.define_data(data_id, &desc, span);
        data_id
    }

    fn define_data(&mut self, data_id: DataId, desc: &DataDescription, span: Span) {
        if let Err(err) = self.module.define_data(data_id, desc) {
            self.tcx.dcx().span_fatal(span, format!("could not define data object: {err}"));
        }
    }

    /// The bytes, alignment and relocations of an interpreter allocation.
    fn describe_alloc(
        &mut self,
        alloc: &rustc_middle::mir::interpret::Allocation,
        span: Span,
    ) -> DataDescription {
        let mut desc = DataDescription::new();
        let mut bytes =
            alloc.inspect_with_uninit_and_ptr_outside_interpreter(0..alloc.len()).to_vec();
        desc.set_align(alloc.align.bytes());
        let pointer_size = self.tcx.data_layout().pointer_size().bytes() as usize;
        let endian = self.tcx.data_layout().endian;
        for &(offset, provenance) in alloc.provenance().ptrs().iter() {
            let offset = offset.bytes() as usize;
            let addend_bytes = &mut bytes[offset..offset + pointer_size];
            let mut addend: u64 = 0;
            for i in 0..pointer_size {
                let byte = match endian {
                    Endian::Little => addend_bytes[pointer_size - 1 - i],
                    Endian::Big => addend_bytes[i],
                };
                addend = (addend << 8) | u64::from(byte);
            }
            match self.global_alloc_data(provenance.alloc_id(), span) {
                GlobalTarget::Absolute(base) => {
                    let address = addend.wrapping_add(base);
                    for i in 0..pointer_size {
                        let byte = (address >> (8 * i)) as u8;
                        match endian {
                            Endian::Little => addend_bytes[i] = byte,
                            Endian::Big => addend_bytes[pointer_size - 1 - i] = byte,
                        }
                    }
                    continue;
                }
                GlobalTarget::Function(instance) => {
                    let func_id = self.declare_fn(instance, Linkage::Import, span);
                    let func_ref = self.module.declare_func_in_data(func_id, &mut desc);
                    desc.write_function_addr(offset as u32, func_ref);
                }
                GlobalTarget::Data(data_id) => {
                    let global = self.module.declare_data_in_data(data_id, &mut desc);
                    desc.write_data_addr(offset as u32, global, addend as i64);
                }
            }
            addend_bytes.fill(0);
        }
        desc.define(bytes.into_boxed_slice());
        desc
    }

    /// The Cranelift function name referring to `func_id`.
    pub(crate) fn user_func_name(func_id: FuncId) -> ir::UserFuncName {
        ir::UserFuncName::user(0, func_id.as_u32())
    }
}

/// What a pointer with provenance refers to.
pub(crate) enum GlobalTarget<'tcx> {
    Function(Instance<'tcx>),
    Data(DataId),
    /// A fixed address, added to the pointer's offset, that needs no relocation: 0 for type
    /// ids (their value is the offset), the alignment for zero-sized constants.
    Absolute(u64),
}

/// The directory of the per-function machine-code cache (`emit::fn_cache`), if it is on.
pub(crate) fn fn_cache_dir(tcx: TyCtxt<'_>) -> Option<PathBuf> {
    BackendOptions::parse(&tcx.sess.opts).unwrap_or_default().fn_cache_dir(
        tcx.sess.opts.incremental.as_deref(),
        tcx.crate_name(LOCAL_CRATE).as_str(),
        tcx.stable_crate_id(LOCAL_CRATE).as_u64(),
    )
}

/// The bytes of an immutable, non-empty allocation with neither pointers nor uninitialized
/// bytes: those that equal contents make equal values of.
fn plain_bytes(alloc: ConstAllocation<'_>) -> Option<&[u8]> {
    let inner = alloc.inner();
    let len = inner.len();
    (inner.mutability.is_not()
        && len > 0
        && inner.provenance().ptrs().is_empty()
        && inner
            .init_mask()
            .is_range_initialized(AllocRange { start: Size::ZERO, size: inner.size() })
            .is_ok())
    .then(|| inner.inspect_with_uninit_and_ptr_outside_interpreter(0..len))
}
