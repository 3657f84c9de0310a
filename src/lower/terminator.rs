//! Terminators: control flow, calls, drops, assertions and their panics.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{Block, InstBuilder, Type, Value, types};
use cranelift_frontend::Switch;
use rustc_attr_ir::lang_items::LangItem;
use rustc_middle::mir::{self, AssertKind, BasicBlock, TerminatorKind};
use rustc_middle::ty::Instance;
use smallvec::SmallVec;

use super::FunctionCx;
use super::unwind::LandingPad;
use super::value::{CPlace, CValue};
use crate::abi::{self, CallArg, Callee};

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    pub(super) fn lower_terminator(&mut self, bb: BasicBlock, terminator: &mir::Terminator<'tcx>) {
        let source_info = terminator.source_info;
        match &terminator.kind {
            TerminatorKind::Goto { target, .. } => self.continue_at(Some(*target)),
            TerminatorKind::FalseEdge { real_target, .. } => self.jump(*real_target),
            TerminatorKind::FalseUnwind { real_target, .. } => self.jump(*real_target),
            TerminatorKind::SwitchInt { discr, targets } => {
                let discr = self.lower_operand(discr).load_scalar(self);
                self.lower_switch(discr, targets);
            }
            TerminatorKind::Return => abi::lower_return(self),
            TerminatorKind::Unreachable => {
                self.bcx.ins().trap(super::trap::UNREACHABLE);
            }
            TerminatorKind::Call { func, args, destination, target, fn_span, unwind, .. } => {
                // `#[track_caller]` reports the span of the call expression itself.
                let source_info = mir::SourceInfo { span: *fn_span, ..source_info };
                let landing = self.landing_pad(*unwind);
                super::call::lower_call(
                    self,
                    source_info,
                    func,
                    args,
                    *destination,
                    *target,
                    landing,
                );
            }
            TerminatorKind::Drop { place, target, unwind, .. } => {
                let landing = self.landing_pad(*unwind);
                super::call::lower_drop(self, *place, *target, landing);
            }
            TerminatorKind::Assert { cond, expected, msg, target, unwind } => {
                let landing = self.landing_pad(*unwind);
                self.lower_assert(source_info, cond, *expected, msg, *target, landing);
            }
            TerminatorKind::UnwindResume => self.lower_unwind_resume(),
            TerminatorKind::UnwindTerminate(reason) => {
                self.lower_unwind_terminate(source_info, *reason)
            }
            TerminatorKind::TailCall { func, args, fn_span } => {
                let source_info = mir::SourceInfo { span: *fn_span, ..source_info };
                super::call::lower_tail_call(self, source_info, func, args);
            }
            TerminatorKind::InlineAsm { template, operands, options, targets, unwind, .. } => {
                let landing = self.landing_pad(*unwind);
                self.lower_inline_asm(template, operands, *options, targets, landing);
            }
            TerminatorKind::Yield { .. } | TerminatorKind::CoroutineDrop => {
                unreachable!("coroutine terminator in {bb:?} after the coroutine transform")
            }
        }
    }

    pub(crate) fn jump(&mut self, target: BasicBlock) {
        let block = self.branch_target(target);
        self.bcx.ins().jump(block, &[]);
    }

    fn lower_switch(&mut self, discr: Value, targets: &mir::SwitchTargets) {
        let ty = self.bcx.func.dfg.value_type(discr);
        if let Some(value) = self.const_int(discr) {
            let bits = u128::from(value as u64) & (u128::MAX >> (128 - ty.bits()));
            return self.continue_at(Some(targets.target_for_value(bits)));
        }
        // rustc makes the otherwise branch unreachable when the values cover every possible
        // discriminant (a `match` on an enum): then the last value needs no comparison.
        if self.mir.basic_blocks[targets.otherwise()].is_empty_unreachable() {
            let mut cases: SmallVec<[(u128, BasicBlock); 4]> = targets.iter().collect();
            match cases.as_slice() {
                [] => {}
                [(_, only)] => return self.jump(*only),
                &[(first, first_target), (_, second_target)] => {
                    let (first_target, second_target) =
                        (self.branch_target(first_target), self.branch_target(second_target));
                    if first == 0 {
                        self.bcx.ins().brif(discr, second_target, &[], first_target, &[]);
                    } else {
                        let first = self.iconst(ty, first);
                        let is_first = self.bcx.ins().icmp(IntCC::Equal, discr, first);
                        self.bcx.ins().brif(is_first, first_target, &[], second_target, &[]);
                    }
                    return;
                }
                _ if ty != types::I128 => {
                    let (_, last_target) = cases.pop().expect("three or more cases");
                    let last_target = self.branch_target(last_target);
                    return self.emit_switch(discr, ty, &cases, last_target);
                }
                _ => {}
            }
        }
        let otherwise = self.branch_target(targets.otherwise());
        if let Some((value, target, _)) = targets.as_static_if() {
            let target = self.branch_target(target);
            if value == 0 {
                self.bcx.ins().brif(discr, otherwise, &[], target, &[]);
            } else {
                let value = self.iconst(ty, value);
                let is_value = self.bcx.ins().icmp(IntCC::Equal, discr, value);
                self.bcx.ins().brif(is_value, target, &[], otherwise, &[]);
            }
            return;
        }
        if ty == types::I128 {
            // `Switch` works on at most 64-bit values; compare 128-bit ones one by one.
            for (value, target) in targets.iter() {
                let target = self.branch_target(target);
                let value = self.iconst(ty, value);
                let is_value = self.bcx.ins().icmp(IntCC::Equal, discr, value);
                let next = self.bcx.create_block();
                self.bcx.ins().brif(is_value, target, &[], next, &[]);
                self.bcx.switch_to_block(next);
            }
            self.bcx.ins().jump(otherwise, &[]);
            return;
        }
        let cases: SmallVec<[(u128, BasicBlock); 4]> = targets.iter().collect();
        self.emit_switch(discr, ty, &cases, otherwise);
    }

    /// A jump table or compare chain over at most 64-bit values (Cranelift's `Switch`).
    fn emit_switch(
        &mut self,
        discr: Value,
        ty: Type,
        cases: &[(u128, BasicBlock)],
        otherwise: Block,
    ) {
        let mask = if ty.bits() == 64 { u64::MAX } else { (1u64 << ty.bits()) - 1 };
        let mut switch = Switch::new();
        for &(value, target) in cases {
            let target = self.branch_target(target);
            switch.set_entry(u128::from(value as u64 & mask), target);
        }
        switch.emit(&mut self.bcx, discr, otherwise);
    }

    fn lower_assert(
        &mut self,
        source_info: mir::SourceInfo,
        cond: &mir::Operand<'tcx>,
        expected: bool,
        msg: &mir::AssertMessage<'tcx>,
        target: BasicBlock,
        landing: Option<LandingPad>,
    ) {
        // Checks inherited from `#[rustc_inherit_overflow_checks]` code follow this crate's
        // `-Coverflow-checks`, decided here at codegen.
        if !self.tcx.sess.overflow_checks() && msg.is_optional_overflow_check() {
            return self.jump(target);
        }
        let cond = self.lower_operand(cond).load_scalar(self);
        if self.const_int(cond).is_some_and(|cond| (cond != 0) == expected) {
            // Holds for this instance (a bounds check of a constant index, say): no check.
            return self.continue_at(Some(target));
        }
        let target = self.branch_target(target);
        let failure = self.bcx.create_block();
        self.bcx.set_cold_block(failure);
        if expected {
            self.bcx.ins().brif(cond, target, &[], failure, &[]);
        } else {
            self.bcx.ins().brif(cond, failure, &[], target, &[]);
        }
        self.bcx.switch_to_block(failure);

        let mut args: SmallVec<[CValue<'tcx>; 3]> = SmallVec::new();
        let lang_item = match msg {
            AssertKind::BoundsCheck { len, index } => {
                args.push(self.lower_operand(index));
                args.push(self.lower_operand(len));
                LangItem::PanicBoundsCheck
            }
            AssertKind::MisalignedPointerDereference { required, found } => {
                args.push(self.lower_operand(required));
                args.push(self.lower_operand(found));
                LangItem::PanicMisalignedPointerDereference
            }
            AssertKind::InvalidEnumConstruction(source) => {
                args.push(self.lower_operand(source));
                LangItem::PanicInvalidEnumConstruction
            }
            _ => msg.panic_function(),
        };
        self.call_panic_lang_item(source_info, lang_item, &args, landing);
    }

    /// Calls a diverging `#[track_caller]` panic entry point of core.
    pub(crate) fn call_panic_lang_item(
        &mut self,
        source_info: mir::SourceInfo,
        lang_item: LangItem,
        args: &[CValue<'tcx>],
        landing: Option<LandingPad>,
    ) {
        let tcx = self.tcx;
        let def_id = tcx.require_lang_item(lang_item, source_info.span);
        let instance = Instance::mono(tcx, def_id);
        let mut call_args: SmallVec<[CallArg<'tcx>; 4]> =
            args.iter().map(|&value| CallArg::copied(value)).collect();
        if instance.def.requires_caller_location(tcx) {
            call_args.push(CallArg::copied(self.caller_location(source_info)));
        }
        let fn_abi = self.fn_abi_of_instance(instance, rustc_middle::ty::List::empty());
        let dest = CPlace::new_stack_slot(self, fn_abi.ret.layout);
        abi::lower_fn_call(self, Callee::Direct(instance), fn_abi, &call_args, dest, landing);
        self.bcx.ins().trap(super::trap::NO_RETURN);
    }
}
