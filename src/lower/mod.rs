//! MIR → Cranelift IR: the per-function state (`FunctionCx`), the walk over basic blocks and
//! statements, and the lowering of places and operands. Rvalues, terminators, casts,
//! constants and discriminants live in their own files.

pub(crate) mod analyze;
mod call;
mod cast;
pub(crate) mod constant;
mod discriminant;
mod dst;
pub(crate) mod global_asm;
mod inline_asm;
mod inline_asm_other;
pub(crate) mod module_cx;
pub(crate) mod num;
mod rvalue;
pub(crate) mod slot_sharing;
mod soft_float;
pub(crate) mod stack_protector;
mod terminator;
pub(crate) mod trap;
mod unsize;
pub(crate) mod unwind;
pub(crate) mod value;
mod vtable;
pub(crate) mod zero_fill;

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::entity::SecondaryMap;
use cranelift_codegen::entity::packed_option::PackedOption;
use cranelift_codegen::ir::{
    self, Block, FuncRef, Function, GlobalValue, InstBuilder, MemFlagsData, StackSlotData,
    StackSlotKind, Type, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{DataId, FuncId, Linkage, Module};
use rustc_abi::{BackendRepr, CanonAbi, FieldIdx, HasDataLayout, TargetDataLayout};
use rustc_data_structures::fx::FxHashMap;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::{self, BasicBlock, Local, PlaceElem, StatementKind};
use rustc_middle::ty::layout::{
    FnAbiError, FnAbiOfHelpers, FnAbiRequest, HasTyCtxt, HasTypingEnv, LayoutError,
    LayoutOfHelpers, TyAndLayout,
};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt, TypeFoldable};
use rustc_span::Span;
use rustc_target::callconv::FnAbi;
use smallvec::SmallVec;

pub(crate) use self::constant::{const_operand_bytes, lower_const_value};
pub(crate) use self::discriminant::int_resize;
pub(crate) use self::module_cx::ModuleCx;
use self::value::{CPlace, CValue, Pointer, scalar_type};
use crate::debuginfo::FunctionDebugInfo;
use crate::lowered::LoweredFunction;

/// The largest copy of a known size made of inline moves rather than a call of `memcpy`.
const INLINE_COPY_BYTES: u64 = 128;

/// State while one function body is lowered.
pub(crate) struct FunctionCx<'m, 'clif, 'tcx: 'm> {
    pub(crate) cx: &'m mut ModuleCx<'tcx>,
    pub(crate) tcx: TyCtxt<'tcx>,
    pub(crate) pointer_type: Type,
    pub(crate) instance: Instance<'tcx>,
    pub(crate) mir: &'tcx mir::Body<'tcx>,
    pub(crate) fn_abi: &'tcx FnAbi<'tcx, Ty<'tcx>>,
    pub(crate) bcx: FunctionBuilder<'clif>,
    pub(crate) block_map: IndexVec<BasicBlock, Block>,
    pub(crate) local_map: IndexVec<Local, CPlace<'tcx>>,
    /// Locals nothing reads (`analyze::unread_locals`): they have no storage, and assignments
    /// to them are left out.
    pub(crate) unread_locals: DenseBitSet<Local>,
    /// Locals that hold only zeros (`zero_fill`), also in `unread_locals`: moves out of them
    /// write zeros into their destinations.
    pub(crate) zero_filled: DenseBitSet<Local>,
    /// The `#[track_caller]` location passed in by the caller, if this function takes one.
    pub(crate) caller_location: Option<CValue<'tcx>>,
    /// The span of the statement or terminator being lowered, for diagnostics.
    pub(crate) span: Span,
    /// Source positions of this function's instructions, when emitting debug info.
    pub(crate) debug: Option<FunctionDebugInfo>,
    /// The span whose position the builder currently attaches to instructions, and its scope.
    debug_span: Span,
    debug_scope: mir::SourceScope,
    var_types: Vec<Type>,
    /// The stack slot (and offset in it) that every value given to a variable is also stored
    /// to, by variable, for the debug info's variables without optimizations (see
    /// `abi::prologue`); empty in functions with none.
    var_shadows: Vec<Option<(ir::StackSlot, i32)>>,
    /// The `stack_addr` of each stack slot that loads and stores address, in the entry block.
    slot_bases: SecondaryMap<ir::StackSlot, PackedOption<Value>>,
    func_refs: FxHashMap<FuncId, FuncRef>,
    data_refs: FxHashMap<DataId, GlobalValue>,
    /// The function's memory flags so far (`mem_flags`): a function uses a few.
    mem_flags: SmallVec<[(MemFlagsData, ir::MemFlags); 4]>,
    landing_pads: unwind::LandingPads,
    /// The blocks reachable for this instance (`mono_reachable_as_bitset`).
    reachable: DenseBitSet<BasicBlock>,
    /// The blocks lowered so far.
    lowered: DenseBitSet<BasicBlock>,
    /// The blocks that a lowered branch goes to. A block that no branch goes to is not lowered:
    /// branches on constants (`const` operands, `RuntimeChecks`, bounds checks of constant
    /// indexes) leave some blocks behind that `reachable` cannot see.
    entered: DenseBitSet<BasicBlock>,
    /// The block whose statements the current Cranelift block goes on with, set by
    /// `continue_at` when nothing else enters it.
    fallthrough: Option<BasicBlock>,
    /// The stack canary, when `-Zstack-protector` asks for one in this function.
    canary: Option<stack_protector::StackCanary>,
    /// How the body of a function whose locals exceed a Cranelift frame gets its parameters,
    /// largest locals and results (see `abi::huge_frame`).
    pub(crate) huge_frame: Option<Box<crate::abi::HugeFrame>>,
}

impl<'tcx> HasDataLayout for FunctionCx<'_, '_, 'tcx> {
    fn data_layout(&self) -> &TargetDataLayout {
        &self.tcx.data_layout
    }
}

impl<'tcx> HasTyCtxt<'tcx> for FunctionCx<'_, '_, 'tcx> {
    fn tcx(&self) -> TyCtxt<'tcx> {
        self.tcx
    }
}

impl<'tcx> HasTypingEnv<'tcx> for FunctionCx<'_, '_, 'tcx> {
    fn typing_env(&self) -> ty::TypingEnv<'tcx> {
        ty::TypingEnv::fully_monomorphized()
    }
}

impl<'tcx> LayoutOfHelpers<'tcx> for FunctionCx<'_, '_, 'tcx> {
    fn handle_layout_err(&self, err: LayoutError<'tcx>, span: Span, ty: Ty<'tcx>) -> ! {
        let span = if span.is_dummy() { self.span } else { span };
        self.tcx.dcx().span_fatal(span, format!("failed to get layout for `{ty}`: {err}"))
    }
}

impl<'tcx> FnAbiOfHelpers<'tcx> for FunctionCx<'_, '_, 'tcx> {
    fn handle_fn_abi_err(
        &self,
        err: FnAbiError<'tcx>,
        span: Span,
        _request: FnAbiRequest<'tcx>,
    ) -> ! {
        let span = if span.is_dummy() { self.span } else { span };
        self.tcx.dcx().span_fatal(span, format!("{err:?}"))
    }
}

/// Lowers the MIR of `instance` into a Cranelift function and queues it for compilation.
pub(crate) fn lower_function<'tcx>(
    cx: &mut ModuleCx<'tcx>,
    instance: Instance<'tcx>,
    func_id: FuncId,
) {
    let tcx = cx.tcx;
    let _timer = tcx.prof.generic_activity_with_arg_recorder("cranelift_lower_fn", |recorder| {
        recorder.record_arg(tcx.symbol_name(instance).name)
    });
    let mir = tcx.instance_mir(instance.def);
    let fn_abi = tcx
        .fn_abi_of_instance(
            ty::TypingEnv::fully_monomorphized().as_query_input((instance, ty::List::empty())),
        )
        .unwrap_or_else(|err| tcx.dcx().span_fatal(mir.span, format!("{err:?}")));
    // A function making guaranteed tail calls is lowered into its entry in the `tail` calling
    // convention, and its symbol becomes a wrapper calling that (see `abi::tail_call`).
    let tail_entry = (fn_abi.conv != CanonAbi::RustTail && crate::abi::has_tail_calls(mir))
        .then(|| *cx.tail_entries.get(&instance).expect("declared with the function"));
    let (mut body_id, sig) = match tail_entry {
        Some(tail_id) => {
            crate::abi::define_wrapper(cx, instance, fn_abi, func_id, tail_id, mir.span);
            (tail_id, crate::abi::tail_signature(tcx, fn_abi))
        }
        None => {
            let mut sig = crate::abi::clif_signature(tcx, cx.default_call_conv, fn_abi);
            if fn_abi.c_variadic {
                crate::abi::add_variadic_register_params(tcx, &mut sig);
            }
            (func_id, sig)
        }
    };
    let mut func = Function::with_name_signature(ModuleCx::user_func_name(body_id), sig);
    let mut builder_ctx = std::mem::take(&mut cx.builder_ctx);
    let mut bcx = FunctionBuilder::new(&mut func, &mut builder_ctx);
    let block_map = mir.basic_blocks.indices().map(|_| bcx.create_block()).collect();
    let pointer_type = Type::int(tcx.data_layout.pointer_size().bits() as u16)
        .expect("pointers are 16 to 64 bits wide");

    let mut fx = FunctionCx {
        cx,
        tcx,
        pointer_type,
        instance,
        mir,
        fn_abi,
        bcx,
        block_map,
        local_map: IndexVec::with_capacity(mir.local_decls.len()),
        unread_locals: DenseBitSet::new_empty(0),
        zero_filled: DenseBitSet::new_empty(0),
        caller_location: None,
        span: mir.span,
        debug: None,
        debug_span: rustc_span::DUMMY_SP,
        debug_scope: mir::OUTERMOST_SOURCE_SCOPE,
        var_types: Vec::new(),
        var_shadows: Vec::new(),
        slot_bases: SecondaryMap::new(),
        func_refs: FxHashMap::default(),
        data_refs: FxHashMap::default(),
        mem_flags: SmallVec::new(),
        landing_pads: unwind::LandingPads::default(),
        // Blocks behind branches on monomorphic constants (`if T::IS_ZST`) are dead for this
        // instance; rustc's collector did not instantiate what they call, so they must not be
        // lowered.
        reachable: mir::traversal::mono_reachable_as_bitset(mir, tcx, instance),
        lowered: DenseBitSet::new_empty(mir.basic_blocks.len()),
        entered: DenseBitSet::new_empty(mir.basic_blocks.len()),
        fallthrough: None,
        canary: None,
        huge_frame: None,
    };

    let abi_supported =
        match crate::abi::check_fn_abi(fn_abi, fx.cx.default_call_conv, &tcx.sess.target.arch) {
            Ok(()) => true,
            Err(what) => {
                fx.unsupported(&what);
                false
            }
        };
    let variadic_supported = !fn_abi.c_variadic
        || abi_supported
            && match crate::abi::check_variadic_definition(tcx, fn_abi) {
                Ok(()) => true,
                Err(what) => {
                    fx.unsupported(&what);
                    false
                }
            };
    if !variadic_supported {
        // The prologue cannot make the `...` list (`VaList`): stop before it.
        let entry = fx.bcx.create_block();
        fx.bcx.switch_to_block(entry);
        fx.bcx.ins().trap(trap::UNSUPPORTED);
        let FunctionCx { cx, mut bcx, .. } = fx;
        bcx.seal_all_blocks();
        bcx.finalize(cx.module.isa().frontend_config());
        cx.builder_ctx = builder_ctx;
        cx.functions.push(LoweredFunction::plain(body_id, func));
        return;
    }
    let layouts = crate::abi::vars_and_temps_layouts(&fx);
    if let Some(frame) = crate::abi::HugeFrame::plan(&fx.bcx.func.signature, &layouts) {
        if tail_entry.is_some() || fn_abi.c_variadic {
            fx.unsupported(
                "guaranteed tail calls or a `...` parameter in a function whose locals exceed \
                 Cranelift's frame",
            );
        } else {
            body_id =
                crate::abi::define_huge_frame_wrapper(fx.cx, instance, &frame, func_id, mir.span);
            fx.bcx.func.signature = frame.body_signature(pointer_type);
            fx.bcx.func.name = ModuleCx::user_func_name(body_id);
            fx.huge_frame = Some(Box::new(frame));
        }
    }
    if let Some(unit) = &mut fx.cx.debug {
        let mut debug = unit.function(tcx, instance, mir.span, &mut fx.cx.debug_names.type_names);
        unit.describe_result(tcx, &mut fx.cx.debug_types, &mut debug, &fn_abi.ret);
        let suffix = match (tail_entry, &fx.huge_frame) {
            (Some(_), _) => Some("tail"),
            (None, Some(_)) => Some("huge_frame"),
            (None, None) => None,
        };
        if let Some(suffix) = suffix {
            debug.set_linkage_name(format!("{}.{suffix}", tcx.symbol_name(instance).name));
        }
        fx.debug = Some(debug);
        fx.set_debug_location(mir.span, mir::OUTERMOST_SOURCE_SCOPE);
    }
    crate::abi::lower_prologue(&mut fx, layouts);
    if stack_protector::needs_canary(tcx, instance, mir) {
        fx.store_stack_canary();
    }
    fx.lower_blocks();
    fx.finish_landing_pads();
    fx.finish_stack_canary();
    if let (Some(unit), Some(debug)) = (&mut fx.cx.debug, &mut fx.debug)
        && unit.describes_functions()
    {
        unit.record_inlined_calls(tcx, debug, mir, fx.bcx.func, &mut fx.cx.debug_names, |callee| {
            instance.instantiate_mir_and_normalize_erasing_regions(
                tcx,
                ty::TypingEnv::fully_monomorphized(),
                ty::EarlyBinder::bind(tcx, callee),
            )
        });
    }

    fx.bcx.seal_all_blocks();
    let frontend_config = fx.cx.module.isa().frontend_config();
    let FunctionCx { cx, bcx, debug, .. } = fx;
    bcx.finalize(frontend_config);
    cx.builder_ctx = builder_ctx;
    let attrs = tcx.codegen_instance_attrs(instance.def);
    let align = attrs.alignment.map(|align| align.bytes());
    let isa = cx.function_isa(&attrs.target_features);
    if cx.lacks_vector_unit(isa) && uses_vectors(&func) {
        crate::unsupported::error_in(
            tcx,
            mir.span,
            format_args!(
                "SIMD vectors on RISC-V without the V extension (`-Ctarget-feature=+v`) (in \
                 function `{}`)",
                tcx.def_path_str(instance.def_id())
            ),
        );
        return;
    }
    cx.functions.push(LoweredFunction { id: body_id, func, debug, align, isa });
    cx.define_pending_allocs(mir.span);
}

/// Whether `func` has a value, parameter or result of a vector type.
fn uses_vectors(func: &Function) -> bool {
    let is_vector = |param: &ir::AbiParam| param.value_type.is_vector();
    func.signature.params.iter().any(is_vector)
        || func.signature.returns.iter().any(is_vector)
        || func.dfg.values().any(|value| func.dfg.value_type(value).is_vector())
}

impl<'m, 'clif, 'tcx> FunctionCx<'m, 'clif, 'tcx> {
    fn lower_blocks(&mut self) {
        if let Some(start) = self.fallthrough.take() {
            // The prologue went on into the start block.
            self.lower_block_chain(start);
        }
        // In reverse postorder every block comes after the blocks that can branch to it (back
        // edges aside, which come from blocks it dominates), so one pass sees all its entries.
        for &bb in self.mir.basic_blocks.reverse_postorder() {
            // Cleanup blocks are entered from landing pads only: see `lower_cleanup_blocks`.
            if !self.mir.basic_blocks[bb].is_cleanup
                && !self.lowered.contains(bb)
                && self.entered.contains(bb)
            {
                self.lower_block(bb);
            }
        }
        self.lower_cleanup_blocks();
    }

    /// Lowers `bb` and the blocks that go on in its Cranelift block; returns the last of them.
    fn lower_block(&mut self, bb: BasicBlock) -> BasicBlock {
        self.bcx.switch_to_block(self.block_map[bb]);
        self.lower_block_chain(bb)
    }

    /// Lowers `bb` into the current Cranelift block, then each block its terminator
    /// continues with there (`continue_at`); returns the last block lowered.
    fn lower_block_chain(&mut self, mut bb: BasicBlock) -> BasicBlock {
        loop {
            self.lowered.insert(bb);
            if !self.reachable.contains(bb) {
                self.bcx.ins().trap(trap::UNREACHABLE);
                return bb;
            }
            let block_data = &self.mir.basic_blocks[bb];
            for statement in &block_data.statements {
                self.span = statement.source_info.span;
                self.set_debug_location(self.span, statement.source_info.scope);
                self.lower_statement(statement);
            }
            let terminator = block_data.terminator();
            self.span = terminator.source_info.span;
            self.set_debug_location(self.span, terminator.source_info.scope);
            self.lower_terminator(bb, terminator);
            match self.fallthrough.take() {
                Some(next) => bb = next,
                None => return bb,
            }
        }
    }

    /// Lowers the cleanup blocks that the landing pads handed out so far lead to. Under
    /// `panic=abort` there are none; under `panic=unwind` this leaves out the cleanup blocks
    /// that only ever receive no-op landing pads.
    fn lower_cleanup_blocks(&mut self) {
        loop {
            let mut pending: Vec<BasicBlock> = self
                .landing_pads
                .cleanup_targets()
                .filter(|&bb| !self.lowered.contains(bb))
                .collect();
            if pending.is_empty() {
                return;
            }
            while let Some(bb) = pending.pop() {
                if self.lowered.contains(bb) {
                    continue;
                }
                let last = self.lower_block(bb);
                self.bcx.set_cold_block(self.block_map[bb]);
                // Inside cleanup code, unwinding can only terminate or be unreachable: the
                // blocks before `last` lead nowhere but to the next one.
                pending.extend(self.mir.basic_blocks[last].terminator().successors());
            }
        }
    }

    /// Attaches the source position of `span` in `scope` to the instructions emitted from now
    /// on.
    fn set_debug_location(&mut self, span: Span, scope: mir::SourceScope) {
        let (Some(debug), Some(unit)) = (&mut self.debug, &mut self.cx.debug) else { return };
        if span == self.debug_span && scope == self.debug_scope {
            return;
        }
        self.debug_span = span;
        self.debug_scope = scope;
        let position = unit.position(self.tcx, span, self.mir.span);
        let index = debug.index_of(position, scope.as_u32());
        self.bcx.set_srcloc(ir::SourceLoc::new(index));
    }

    fn lower_statement(&mut self, statement: &mir::Statement<'tcx>) {
        match &statement.kind {
            StatementKind::Assign(assign) => {
                let (place, rvalue) = &**assign;
                if self.unread_locals.contains(place.local) && !place.is_indirect() {
                    return;
                }
                let dest = self.lower_place(*place);
                self.lower_rvalue(dest, rvalue);
            }
            StatementKind::SetDiscriminant { place, variant_index } => {
                let place = self.lower_place(**place);
                discriminant::write_discriminant(self, place, *variant_index);
            }
            StatementKind::Intrinsic(intrinsic) => match &**intrinsic {
                mir::NonDivergingIntrinsic::Assume(_) => {}
                mir::NonDivergingIntrinsic::CopyNonOverlapping(copy) => {
                    let src = self.lower_operand(&copy.src).load_scalar(self);
                    let dst = self.lower_operand(&copy.dst).load_scalar(self);
                    let count = self.lower_operand(&copy.count).load_scalar(self);
                    let pointee = copy
                        .src
                        .ty(self.mir, self.tcx)
                        .builtin_deref(true)
                        .expect("`copy_nonoverlapping` copies from a raw pointer");
                    let elem_size = self.layout_of(self.monomorphize(pointee)).size.bytes();
                    let bytes = self.bcx.ins().imul_imm_s(count, elem_size as i64);
                    self.call_memcpy(dst, src, bytes);
                }
            },
            StatementKind::FakeRead(..)
            | StatementKind::StorageLive(_)
            | StatementKind::StorageDead(_)
            | StatementKind::PlaceMention(_)
            | StatementKind::AscribeUserType(..)
            | StatementKind::Coverage(_)
            | StatementKind::ConstEvalCounter
            | StatementKind::BackwardIncompatibleDropHint { .. }
            | StatementKind::Nop => {}
        }
    }

    pub(crate) fn monomorphize<T>(&self, value: T) -> T
    where
        T: Copy + TypeFoldable<TyCtxt<'tcx>>,
    {
        self.instance.instantiate_mir_and_normalize_erasing_regions(
            self.tcx,
            ty::TypingEnv::fully_monomorphized(),
            ty::EarlyBinder::bind(self.tcx, value),
        )
    }

    pub(crate) fn layout_of(&self, ty: Ty<'tcx>) -> TyAndLayout<'tcx> {
        ty::layout::LayoutOf::layout_of(self, ty)
    }

    pub(crate) fn layout_field(
        &self,
        layout: TyAndLayout<'tcx>,
        field: FieldIdx,
    ) -> TyAndLayout<'tcx> {
        layout.field(self, field.as_usize())
    }

    pub(crate) fn fn_abi_of_instance(
        &self,
        instance: Instance<'tcx>,
        extra_args: &'tcx ty::List<Ty<'tcx>>,
    ) -> &'tcx FnAbi<'tcx, Ty<'tcx>> {
        ty::layout::FnAbiOf::fn_abi_of_instance(self, instance, extra_args)
    }

    pub(crate) fn fn_abi_of_fn_ptr(
        &self,
        sig: ty::PolyFnSig<'tcx>,
        extra_args: &'tcx ty::List<Ty<'tcx>>,
    ) -> &'tcx FnAbi<'tcx, Ty<'tcx>> {
        ty::layout::FnAbiOf::fn_abi_of_fn_ptr(self, sig, extra_args)
    }

    /// `count * size`, wrapping, as an address offset: a shift for a power of two, which
    /// x86-64 folds into a load's or store's scaled index (a multiplication it does not).
    pub(crate) fn scaled(&mut self, count: Value, size: u64) -> Value {
        match size {
            1 => count,
            _ if size.is_power_of_two() => {
                self.bcx.ins().ishl_imm_s(count, i64::from(size.trailing_zeros()))
            }
            _ => self.bcx.ins().imul_imm_s(count, size as i64),
        }
    }

    pub(crate) fn iconst(&mut self, ty: Type, bits: u128) -> Value {
        if ty == ir::types::I128 {
            let lo = self.bcx.ins().iconst(ir::types::I64, bits as u64 as i64);
            let hi = self.bcx.ins().iconst(ir::types::I64, (bits >> 64) as u64 as i64);
            self.bcx.ins().iconcat(lo, hi)
        } else if ty.is_float() {
            match ty.bits() {
                32 => self.bcx.ins().f32const(f32::from_bits(bits as u32)),
                64 => self.bcx.ins().f64const(f64::from_bits(bits as u64)),
                _ => {
                    let int_ty = Type::int(ty.bits() as u16)
                        .expect("`f16` and `f128` have integers of their width");
                    let int = self.iconst(int_ty, bits);
                    self.bcx.ins().bitcast(ty, MemFlagsData::new(), int)
                }
            }
        } else {
            // `iconst` takes the bits sign-agnostically but wants them sign-extended to 64.
            let shift = 64 - ty.bits();
            let value = ((bits as u64 as i64) << shift) >> shift;
            self.bcx.ins().iconst(ty, value)
        }
    }

    /// The Cranelift block of `bb`, as the target of a branch being emitted.
    pub(crate) fn branch_target(&mut self, bb: BasicBlock) -> Block {
        self.entered.insert(bb);
        self.block_map[bb]
    }

    /// The value of `value` if it is an integer constant (as `iconst` holds it: sign-extended
    /// from its type's width).
    pub(crate) fn const_int(&self, value: Value) -> Option<i64> {
        let dfg = &self.bcx.func.dfg;
        let inst = dfg.value_def(value).inst()?;
        match dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    pub(crate) fn create_stack_slot(&mut self, size: u64, align: u64) -> ir::StackSlot {
        let size = u32::try_from(size).unwrap_or_else(|_| {
            let fn_name = self.tcx.def_path_str(self.instance.def_id());
            crate::unsupported::fatal_in(
                self.tcx,
                Some(self.span),
                format_args!("a stack allocation of 4 GiB or more (in function `{fn_name}`)"),
            )
        });
        let align_shift = align.max(1).trailing_zeros() as u8;
        self.bcx.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size,
            align_shift,
        ))
    }

    /// The address of `slot` for loads and stores, computed once at the top of the entry block.
    /// Cranelift folds a `stack_addr` into the address of every load and store using it, so the
    /// shared value costs no register, and a function has one such instruction per slot
    /// instead of one per access; x86-64's loads merged into their users are the exception
    /// (`Pointer::load`). Addresses that escape (call arguments, stored pointers) are computed
    /// where they are used instead (`Pointer::addr`), so as not to keep a register busy across
    /// the function; so are all on targets where Cranelift does not fold them.
    pub(crate) fn stack_slot_base(&mut self, slot: ir::StackSlot) -> Value {
        if !self.cx.folds_stack_addresses {
            return self.bcx.ins().stack_addr(self.pointer_type, slot, 0);
        }
        if let Some(base) = self.slot_bases[slot].expand() {
            return base;
        }
        if self.bcx.func.layout.entry_block().is_none() {
            // Nothing is emitted yet: the current block is the prologue's entry block, which
            // enters the layout with its first instruction.
            self.bcx.ensure_inserted_block();
        }
        let entry = self.bcx.func.layout.entry_block().expect("inserted above");
        let mut pos = FuncCursor::new(self.bcx.func).at_first_insertion_point(entry);
        let base = pos.ins().stack_addr(self.pointer_type, slot, 0);
        self.slot_bases[slot] = base.into();
        base
    }

    pub(crate) fn declare_var(&mut self, ty: Type) -> Variable {
        let var = self.bcx.declare_var(ty);
        debug_assert_eq!(var.as_u32() as usize, self.var_types.len());
        self.var_types.push(ty);
        var
    }

    pub(crate) fn var_type(&self, var: Variable) -> Type {
        self.var_types[var.as_u32() as usize]
    }

    /// Stores every value given to `var` from now on also at `offset` in `slot`.
    pub(crate) fn shadow_var(&mut self, var: Variable, slot: ir::StackSlot, offset: i32) {
        let index = var.as_u32() as usize;
        if self.var_shadows.len() <= index {
            self.var_shadows.resize(index + 1, None);
        }
        self.var_shadows[index] = Some((slot, offset));
    }

    /// Where `var`'s values are also stored, if `shadow_var` gave it a place.
    pub(crate) fn var_shadow(&self, var: Variable) -> Option<(ir::StackSlot, i32)> {
        self.var_shadows.get(var.as_u32() as usize).copied().flatten()
    }

    /// Gives `var` the value `value`, also storing it where `shadow_var` said.
    pub(crate) fn def_var(&mut self, var: Variable, value: Value) {
        self.bcx.def_var(var, value);
        if let Some((slot, offset)) = self.var_shadow(var) {
            self.bcx.ins().stack_store(self.pointer_type, value, slot, offset);
        }
    }

    /// Copies `size` bytes between places that are either the same or disjoint.
    pub(crate) fn copy_memory(&mut self, to: Pointer, from: Pointer, size: u64, align: u64) {
        if self.cx.vector_moves && (16..=INLINE_COPY_BYTES).contains(&size) {
            // As LLVM does for small copies: whole 16-byte vector moves, then smaller ones,
            // every load before the first store. Cranelift's own copy calls `memcpy` beyond
            // four words, which is most of the cost of moving a 40-byte struct.
            let mut pieces: SmallVec<[(Type, i64); 12]> = SmallVec::new();
            let mut offset = 0;
            for ty in [ir::types::I8X16, ir::types::I64, ir::types::I32, ir::types::I16] {
                while size - offset >= u64::from(ty.bytes()) {
                    pieces.push((ty, offset as i64));
                    offset += u64::from(ty.bytes());
                }
            }
            if size > offset {
                pieces.push((ir::types::I8, offset as i64));
            }
            let values: SmallVec<[Value; 12]> = pieces
                .iter()
                .map(|&(ty, offset)| {
                    from.offset_i64(self, offset).load(self, ty, MemFlagsData::new())
                })
                .collect();
            for (&(_, offset), value) in pieces.iter().zip(values) {
                to.offset_i64(self, offset).store(self, value, MemFlagsData::new());
            }
            return;
        }
        let to = to.addr(self);
        let from = from.addr(self);
        let align = u8::try_from(align.min(128)).unwrap();
        let config = self.cx.module.isa().frontend_config();
        self.bcx.emit_small_memory_copy(
            config,
            to,
            from,
            size,
            align,
            align,
            true,
            MemFlagsData::new(),
        );
    }

    /// Whether `operand` moves or copies a local that holds only zeros (`zero_fill`).
    pub(crate) fn is_zero_filled(&self, operand: &mir::Operand<'tcx>) -> bool {
        // The set is empty, of no locals, in functions without such locals.
        matches!(operand, mir::Operand::Copy(place) | mir::Operand::Move(place)
            if place.projection.is_empty()
                && place.local.index() < self.zero_filled.domain_size()
                && self.zero_filled.contains(place.local))
    }

    /// Fills `dest` with zero bytes.
    pub(crate) fn write_zeros(&mut self, dest: CPlace<'tcx>) {
        let size = dest.layout.size.bytes();
        if size == 0 {
            return;
        }
        let Some(ptr) = dest.try_to_sized_ptr() else {
            // A place in registers: zeros in memory, loaded.
            let zeros = CPlace::new_stack_slot(self, dest.layout);
            self.write_zeros(zeros);
            let value = zeros.to_cvalue(self);
            dest.write_cvalue(self, value);
            return;
        };
        let addr = ptr.addr(self);
        let align = u8::try_from(dest.layout.align.abi.bytes().min(128)).unwrap();
        let config = self.cx.module.isa().frontend_config();
        self.bcx.emit_small_memset(config, addr, 0, size, align, MemFlagsData::new());
    }

    pub(crate) fn call_memcpy(&mut self, dst: Value, src: Value, bytes: Value) {
        let config = self.cx.module.isa().frontend_config();
        self.bcx.call_memcpy(config, dst, src, bytes);
    }

    /// `data` as the function's memory flags. Cranelift's `load` and `store` builders look the
    /// flags of each access up in the function's set, a SipHash map; loads and stores of
    /// places find them here instead.
    pub(crate) fn mem_flags(&mut self, data: MemFlagsData) -> ir::MemFlags {
        if let Some(&(_, flags)) = self.mem_flags.iter().find(|(known, _)| *known == data) {
            return flags;
        }
        let flags = match self.bcx.func.dfg.mem_flags.insert(data) {
            Ok(flags) => flags,
            Err(_) => crate::unsupported::fatal_in(
                self.tcx,
                Some(self.span),
                format_args!("more than 65536 kinds of memory access in one function"),
            ),
        };
        self.mem_flags.push((data, flags));
        flags
    }

    /// The `FuncRef` of `instance` within the function being lowered.
    pub(crate) fn func_ref(&mut self, instance: Instance<'tcx>) -> FuncRef {
        let func_id = self.cx.declare_fn(instance, Linkage::Import, self.span);
        self.func_ref_for_id(func_id)
    }

    pub(crate) fn func_ref_for_id(&mut self, func_id: FuncId) -> FuncRef {
        if let Some(&func_ref) = self.func_refs.get(&func_id) {
            return func_ref;
        }
        let func_ref = self.cx.module.declare_func_in_func(func_id, self.bcx.func);
        self.func_refs.insert(func_id, func_ref);
        func_ref
    }

    fn data_global(&mut self, data_id: DataId) -> GlobalValue {
        match self.data_refs.get(&data_id) {
            Some(&global) => global,
            None => {
                let global = self.cx.module.declare_data_in_func(data_id, self.bcx.func);
                self.data_refs.insert(data_id, global);
                global
            }
        }
    }

    pub(crate) fn data_addr(&mut self, data_id: DataId) -> Value {
        let global = self.data_global(data_id);
        self.bcx.ins().symbol_value(self.pointer_type, global)
    }

    /// The current thread's address of the thread-local data object `data_id`.
    pub(crate) fn thread_local_addr(&mut self, data_id: DataId) -> Value {
        let global = self.data_global(data_id);
        self.bcx.ins().tls_value(self.pointer_type, global)
    }

    /// Calls a C library function (libm, libc) by name.
    pub(crate) fn lib_call(
        &mut self,
        name: &str,
        params: &[Type],
        ret: Type,
        args: &[Value],
    ) -> Value {
        let mut sig = ir::Signature::new(self.cx.default_call_conv);
        sig.params.extend(params.iter().map(|&ty| ir::AbiParam::new(ty)));
        sig.returns.push(ir::AbiParam::new(ret));
        let func_id = match self.cx.module.declare_function(name, Linkage::Import, &sig) {
            Ok(func_id) => func_id,
            Err(err) => {
                self.tcx.dcx().span_fatal(self.span, format!("cannot call `{name}`: {err}"))
            }
        };
        let func_ref = self.func_ref_for_id(func_id);
        let call = self.bcx.ins().call(func_ref, args);
        self.bcx.inst_results(call)[0]
    }

    /// A `&'static str` holding `text`.
    pub(crate) fn const_str(&mut self, text: &str) -> CValue<'tcx> {
        let data_id = self.cx.bytes_data(text.as_bytes(), self.span);
        let addr = self.data_addr(data_id);
        let len = self.bcx.ins().iconst(self.pointer_type, text.len() as i64);
        let layout = self.layout_of(Ty::new_static_str(self.tcx));
        CValue::by_val_pair(addr, len, layout)
    }

    /// Reports `what` as not supported at the current span and continues in a dead block so the
    /// rest of the function can still be checked for more unsupported constructs.
    pub(crate) fn unsupported(&mut self, what: &str) {
        let fn_name = self.tcx.def_path_str(self.instance.def_id());
        crate::unsupported::error_in(
            self.tcx,
            self.span,
            format_args!("{what} (in function `{fn_name}`)"),
        );
        self.trap_and_continue_dead();
    }

    pub(crate) fn trap_and_continue_dead(&mut self) {
        if self.bcx.current_block().is_none() {
            // Nothing has been emitted yet (the problem was found before the prologue).
            return;
        }
        self.bcx.ins().trap(trap::UNSUPPORTED);
        let dead = self.bcx.create_block();
        self.bcx.switch_to_block(dead);
    }

    /// The `&'static Location` reported by `#[track_caller]` code at the current span.
    pub(crate) fn caller_location(&mut self, source_info: mir::SourceInfo) -> CValue<'tcx> {
        let tcx = self.tcx;
        let mir = self.mir;
        let caller_location = self.caller_location;
        mir.caller_location_span(source_info, caller_location, tcx, |span| {
            let const_loc = tcx.span_as_caller_location(span);
            let layout = self.layout_of(tcx.caller_location_ty());
            lower_const_value(self, const_loc, layout)
        })
    }

    pub(crate) fn lower_place(&mut self, place: mir::Place<'tcx>) -> CPlace<'tcx> {
        let mut cplace = self.local_map[place.local];
        for elem in place.projection {
            cplace = self.lower_projection(cplace, elem);
        }
        cplace
    }

    fn lower_projection(&mut self, base: CPlace<'tcx>, elem: PlaceElem<'tcx>) -> CPlace<'tcx> {
        match elem {
            PlaceElem::Deref => {
                let pointee = base
                    .layout
                    .ty
                    .builtin_deref(true)
                    .unwrap_or_else(|| unreachable!("deref of {}", base.layout.ty));
                let pointee_layout = self.layout_of(pointee);
                let ptr = base.to_cvalue(self);
                // Pointers to unsized types without metadata (extern types) are thin.
                if matches!(base.layout.backend_repr, BackendRepr::ScalarPair { .. }) {
                    let (addr, meta) = ptr.load_scalar_pair(self);
                    CPlace::for_ptr_with_meta(Pointer::new(addr), meta, pointee_layout)
                } else {
                    let addr = ptr.load_scalar(self);
                    CPlace::for_ptr(Pointer::new(addr), pointee_layout)
                }
            }
            PlaceElem::Field(field, ty) => {
                let place = base.place_field(self, field);
                let ty = self.monomorphize(ty);
                if place.layout.ty == ty { place } else { place.with_layout(self.layout_of(ty)) }
            }
            PlaceElem::Index(local) => {
                let index = self.local_map[local].to_cvalue(self).load_scalar(self);
                base.place_index(self, index)
            }
            PlaceElem::ConstantIndex { offset, min_length: _, from_end } => {
                if from_end {
                    let len = base.len(self);
                    let index = self.bcx.ins().iadd_imm_s(len, -(offset as i64));
                    base.place_index(self, index)
                } else {
                    base.place_const_index(self, offset)
                }
            }
            PlaceElem::Subslice { from, to, from_end } => {
                let start = base.place_const_index(self, from).to_ptr();
                match base.layout.ty.kind() {
                    ty::Array(elem, len) => {
                        // `from..to`, or `from..len - to` when counting from the end.
                        let len = self
                            .monomorphize(*len)
                            .try_to_target_usize(self.tcx)
                            .expect("monomorphic array length");
                        let new_len = if from_end { len - from - to } else { to - from };
                        let ty = Ty::new_array(self.tcx, *elem, new_len);
                        CPlace::for_ptr(start, self.layout_of(ty))
                    }
                    ty::Slice(_) | ty::Str => {
                        // Slices are always indexed from the end.
                        let len = base.len(self);
                        let new_len = self.bcx.ins().iadd_imm_s(len, -((from + to) as i64));
                        CPlace::for_ptr_with_meta(start, new_len, base.layout)
                    }
                    _ => unreachable!("subslice of {}", base.layout.ty),
                }
            }
            PlaceElem::Downcast(_, variant) => base.downcast_variant(self, variant),
            PlaceElem::OpaqueCast(ty) | PlaceElem::UnwrapUnsafeBinder(ty) => {
                let layout = self.layout_of(self.monomorphize(ty));
                base.with_layout(layout)
            }
            PlaceElem::PhantomDeref => {
                self.unsupported("reborrow projections");
                base
            }
        }
    }

    pub(crate) fn lower_operand(&mut self, operand: &mir::Operand<'tcx>) -> CValue<'tcx> {
        match operand {
            mir::Operand::Copy(place) | mir::Operand::Move(place) => {
                self.lower_place(*place).to_cvalue(self)
            }
            mir::Operand::Constant(constant) => constant::lower_constant(self, constant),
            mir::Operand::RuntimeChecks(checks) => {
                let layout = self.layout_of(self.tcx.types.bool);
                CValue::const_int(self, layout, u128::from(checks.value(self.tcx.sess)))
            }
        }
    }

    /// The Cranelift types of a sized layout held in registers, if it fits in at most two.
    pub(crate) fn register_types(&self, layout: TyAndLayout<'tcx>) -> Option<(Type, Option<Type>)> {
        match layout.backend_repr {
            BackendRepr::Scalar(scalar) => Some((scalar_type(self.pointer_type, scalar), None)),
            BackendRepr::ScalarPair { a, b, .. } => {
                Some((scalar_type(self.pointer_type, a), Some(scalar_type(self.pointer_type, b))))
            }
            _ => None,
        }
    }
}
