//! `-Zstack-protector`: a canary that a function stores on entry between its stack slots and
//! what lies above them (spill slots, saved registers, the return address), and compares with
//! the C library's guard value before it returns or tail-calls, calling `__stack_chk_fail` when
//! a write past the end of a local changed it.
//!
//! Cranelift lays out explicit stack slots upwards in the order they were created, so the
//! canary's slot must be the function's last one. Its stores and loads are emitted while
//! lowering, against a placeholder slot of no size, and moved to a slot created once the whole
//! body is lowered (`finish_stack_canary`).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    self, Block, Inst, InstBuilder, InstructionData, MemFlagsData, StackSlot, StackSlotData,
    StackSlotKind, Value, types,
};
use cranelift_module::{Linkage, Module};
use rustc_middle::mir::{self, Rvalue, StatementKind};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt};
use rustc_target::spec::{Arch, StackProtector};

use super::{FunctionCx, trap};
use crate::intrinsics::call_asm_helper;

/// The canary of the function being lowered.
pub(crate) struct StackCanary {
    placeholder: StackSlot,
    /// The `stack_addr` instructions of the canary, which `placeholder` stands for until the end.
    addresses: Vec<Inst>,
    /// The block calling `__stack_chk_fail`, once a check needs it.
    fail: Option<Block>,
}

/// Whether `-Zstack-protector` asks for a canary in `instance`, judged on its MIR as LLVM judges
/// its functions: `all` protects every function, `strong` those with an array or a local whose
/// address is taken, `basic` those with an array of at least 8 bytes (`u8` or `i8`).
pub(crate) fn needs_canary<'tcx>(
    tcx: TyCtxt<'tcx>,
    instance: Instance<'tcx>,
    mir: &mir::Body<'tcx>,
) -> bool {
    let mode = tcx.sess.stack_protector();
    if mode == StackProtector::None {
        return false;
    }
    let local_types = || {
        mir.local_decls.iter().map(move |decl| {
            instance.instantiate_mir_and_normalize_erasing_regions(
                tcx,
                ty::TypingEnv::fully_monomorphized(),
                ty::EarlyBinder::bind(tcx, decl.ty),
            )
        })
    };
    match mode {
        StackProtector::None => false,
        StackProtector::All => true,
        StackProtector::Strong => {
            takes_local_address(mir)
                || local_types().any(|ty| contains_array(tcx, ty, &|_| true, 0))
        }
        StackProtector::Basic => {
            let byte_buffer = |ty: Ty<'tcx>| match ty.kind() {
                ty::Array(element, len) => {
                    matches!(element.kind(), ty::Int(ty::IntTy::I8) | ty::Uint(ty::UintTy::U8))
                        && len.try_to_target_usize(tcx).is_some_and(|len| len >= 8)
                }
                _ => false,
            };
            local_types().any(|ty| contains_array(tcx, ty, &byte_buffer, 0))
        }
    }
}

/// Whether a statement of `mir` takes the address of (a part of) a local, not of what a local
/// points to.
fn takes_local_address(mir: &mir::Body<'_>) -> bool {
    mir.basic_blocks.iter().flat_map(|block| &block.statements).any(|statement| {
        matches!(
            &statement.kind,
            StatementKind::Assign(assign)
                if matches!(
                    &assign.1,
                    Rvalue::Ref(_, _, place) | Rvalue::RawPtr(_, place)
                        if !place.is_indirect_first_projection()
                )
        )
    })
}

/// Whether `ty` is, or holds in its fields (not behind pointers), an array that `is_buffer`
/// accepts.
fn contains_array<'tcx>(
    tcx: TyCtxt<'tcx>,
    ty: Ty<'tcx>,
    is_buffer: &dyn Fn(Ty<'tcx>) -> bool,
    depth: u32,
) -> bool {
    // Deeper types are rare; calling them protected costs a few instructions, never safety.
    if depth > 8 {
        return true;
    }
    match ty.kind() {
        ty::Array(..) => is_buffer(ty),
        ty::Tuple(fields) => {
            fields.iter().any(|field| contains_array(tcx, field, is_buffer, depth + 1))
        }
        ty::Adt(def, args) => def.all_fields().any(|field| {
            let field_ty = tcx.normalize_erasing_regions(
                ty::TypingEnv::fully_monomorphized(),
                field.ty(tcx, args),
            );
            contains_array(tcx, field_ty, is_buffer, depth + 1)
        }),
        ty::Closure(_, args) => args
            .as_closure()
            .upvar_tys()
            .iter()
            .any(|upvar| contains_array(tcx, upvar, is_buffer, depth + 1)),
        _ => false,
    }
}

impl FunctionCx<'_, '_, '_> {
    /// Stores the guard value into the canary; called once, at the end of the prologue.
    pub(crate) fn store_stack_canary(&mut self) {
        let placeholder =
            self.bcx.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 0, 0));
        let guard = self.stack_guard();
        let (address, addr) = self.canary_address(placeholder);
        self.bcx.ins().store(MemFlagsData::trusted(), guard, addr, 0);
        self.canary = Some(StackCanary { placeholder, addresses: vec![address], fail: None });
    }

    /// Compares the canary with the guard value, going on only when they are equal; called
    /// before every return and tail call of a function with a canary.
    pub(crate) fn check_stack_canary(&mut self) {
        let Some(canary) = &self.canary else { return };
        let placeholder = canary.placeholder;
        let (address, addr) = self.canary_address(placeholder);
        let saved = self.bcx.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
        let guard = self.stack_guard();
        let smashed = self.bcx.ins().icmp(IntCC::NotEqual, saved, guard);
        let fail = self.stack_fail_block();
        let intact = self.bcx.create_block();
        self.bcx.ins().brif(smashed, fail, &[], intact, &[]);
        self.bcx.switch_to_block(intact);
        let canary = self.canary.as_mut().expect("checked above");
        canary.addresses.push(address);
    }

    /// The `stack_addr` instruction of the canary's slot, and its value.
    fn canary_address(&mut self, placeholder: StackSlot) -> (Inst, Value) {
        let addr = self.bcx.ins().stack_addr(self.pointer_type, placeholder, 0);
        (self.bcx.func.dfg.value_def(addr).unwrap_inst(), addr)
    }

    /// Moves the canary to a slot above all others, once the body is lowered.
    pub(crate) fn finish_stack_canary(&mut self) {
        let Some(canary) = self.canary.take() else { return };
        let slot =
            self.bcx.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8, 3));
        for inst in canary.addresses {
            match &mut self.bcx.func.dfg.insts[inst] {
                InstructionData::StackAddr { stack_slot, .. } => *stack_slot = slot,
                other => unreachable!("a canary address is a `stack_addr`, not {other:?}"),
            }
        }
        if let Some(fail) = canary.fail {
            self.fill_stack_fail_block(fail);
        }
    }

    /// The C library's guard value, where the targets `isa.rs` accepts keep it.
    fn stack_guard(&mut self) -> Value {
        match self.tcx.sess.target.arch {
            Arch::X86_64 => call_asm_helper(
                self,
                "stack_guard",
                || "mov rax, qword ptr fs:[40]\nret".to_owned(),
                &[],
                &[types::I64],
            )[0],
            Arch::S390x => call_asm_helper(
                self,
                "stack_guard",
                || {
                    "ear %r1, %a0\nsllg %r1, %r1, 32\near %r1, %a1\nlg %r2, 40(%r1)\nbr %r14"
                        .to_owned()
                },
                &[],
                &[types::I64],
            )[0],
            _ => {
                let data_id = match self.cx.module.declare_data(
                    "__stack_chk_guard",
                    Linkage::Import,
                    false,
                    false,
                ) {
                    Ok(id) => id,
                    Err(err) => self.tcx.dcx().span_fatal(
                        self.span,
                        format!("cannot declare `__stack_chk_guard`: {err}"),
                    ),
                };
                let addr = self.data_addr(data_id);
                self.bcx.ins().load(types::I64, MemFlagsData::trusted(), addr, 0)
            }
        }
    }

    /// The block that reports a smashed stack, made on first use and filled by
    /// `finish_stack_canary` (the builder fills one block at a time).
    fn stack_fail_block(&mut self) -> Block {
        let canary = self.canary.as_mut().expect("only called for a function with a canary");
        *canary.fail.get_or_insert_with(|| self.bcx.create_block())
    }

    /// Calls `__stack_chk_fail` from `fail`, which does not return.
    fn fill_stack_fail_block(&mut self, fail: Block) {
        self.bcx.set_cold_block(fail);
        self.bcx.switch_to_block(fail);
        let sig = ir::Signature::new(self.cx.default_call_conv);
        let func_id =
            match self.cx.module.declare_function("__stack_chk_fail", Linkage::Import, &sig) {
                Ok(id) => id,
                Err(err) => self
                    .tcx
                    .dcx()
                    .span_fatal(self.span, format!("cannot declare `__stack_chk_fail`: {err}")),
            };
        let func_ref = self.func_ref_for_id(func_id);
        self.bcx.ins().call(func_ref, &[]);
        self.bcx.ins().trap(trap::NO_RETURN);
    }
}
