//! Landing pads under `panic=unwind`: where a call continues when its callee unwinds (MIR's
//! `UnwindAction`), the exception object carried through cleanup blocks, and the
//! `UnwindResume` and `UnwindTerminate` terminators.
//!
//! A call with a landing pad becomes a Cranelift `try_call` whose exception table has one
//! handler. Its tag is the `LandingKind`, which `emit::lsda` turns into the action the
//! personality routine takes there. Calls without a landing pad stay plain calls, and a function
//! without landing pads gets no exception table at all.

use cranelift_codegen::ir::{
    self, AbiParam, Block, BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, FuncRef,
    InstBuilder, SigRef, Value,
};
use cranelift_frontend::Variable;
use cranelift_module::{Linkage, Module};
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::{self, BasicBlock, UnwindAction, UnwindTerminateReason};
use rustc_middle::ty;
use smallvec::SmallVec;

use super::FunctionCx;
use crate::lowered::LandingKind;

/// A block that receives the exception object of an unwinding call.
#[derive(Copy, Clone)]
pub(crate) struct LandingPad {
    pub(crate) block: Block,
    pub(crate) kind: LandingKind,
}

/// A call instruction about to be emitted.
#[derive(Copy, Clone)]
pub(crate) enum CallTarget {
    Direct(FuncRef),
    Indirect(SigRef, Value),
}

/// Per-function landing pad state, empty until the first landing pad.
#[derive(Default)]
pub(crate) struct LandingPads {
    /// Cleanup blocks that do nothing but resume unwinding (drops of types without drop glue
    /// in this instance): unwinding into them is the same as leaving the function.
    noop: Option<DenseBitSet<BasicBlock>>,
    /// The pad entering each MIR cleanup block, created on first use and filled at the end.
    cleanup: Vec<Option<Block>>,
    /// The pads calling `panic_cannot_unwind` and `panic_in_cleanup`.
    terminate: [Option<Block>; 2],
    /// The exception object on its way through cleanup blocks to `UnwindResume`.
    exception: Option<Variable>,
}

impl LandingPads {
    /// The cleanup blocks that landing pads enter.
    pub(crate) fn cleanup_targets(&self) -> impl Iterator<Item = BasicBlock> + '_ {
        self.cleanup
            .iter()
            .enumerate()
            .filter(|(_, pad)| pad.is_some())
            .map(|(bb, _)| BasicBlock::from_usize(bb))
    }
}

fn terminate_index(reason: UnwindTerminateReason) -> usize {
    match reason {
        UnwindTerminateReason::Abi => 0,
        UnwindTerminateReason::InCleanup => 1,
    }
}

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    /// Where a call continues when its callee unwinds; `None` means the unwinding simply
    /// leaves this function (or, under `panic=abort`, that there is nothing to do).
    pub(crate) fn landing_pad(&mut self, action: UnwindAction) -> Option<LandingPad> {
        if !self.cx.unwinds {
            return None;
        }
        match action {
            UnwindAction::Continue | UnwindAction::Unreachable => None,
            UnwindAction::Cleanup(bb) => {
                let noop = self.landing_pads.noop.get_or_insert_with(|| {
                    self.tcx.find_noop_landing_pads_for_instance(
                        self.mir,
                        self.instance,
                        ty::TypingEnv::fully_monomorphized(),
                    )
                });
                if noop.contains(bb) {
                    return None;
                }
                let pads = &mut self.landing_pads;
                if pads.cleanup.is_empty() {
                    pads.cleanup.resize(self.mir.basic_blocks.len(), None);
                }
                let block = match pads.cleanup[bb.as_usize()] {
                    Some(block) => block,
                    None => {
                        let block = self.new_landing_block();
                        self.landing_pads.cleanup[bb.as_usize()] = Some(block);
                        block
                    }
                };
                Some(LandingPad { block, kind: LandingKind::Cleanup })
            }
            UnwindAction::Terminate(reason) => {
                let index = terminate_index(reason);
                let block = match self.landing_pads.terminate[index] {
                    Some(block) => block,
                    None => {
                        let block = self.new_landing_block();
                        self.landing_pads.terminate[index] = Some(block);
                        block
                    }
                };
                Some(LandingPad { block, kind: LandingKind::Catch })
            }
        }
    }

    fn new_landing_block(&mut self) -> Block {
        let block = self.bcx.create_block();
        self.bcx.append_block_param(block, self.pointer_type);
        self.bcx.set_cold_block(block);
        block
    }

    fn exception_var(&mut self) -> Variable {
        match self.landing_pads.exception {
            Some(var) => var,
            None => {
                let var = self.declare_var(self.pointer_type);
                self.landing_pads.exception = Some(var);
                var
            }
        }
    }

    /// Emits a call, as a `try_call` when it has a landing pad, and returns its results.
    pub(crate) fn emit_call(
        &mut self,
        target: CallTarget,
        args: &[Value],
        landing: Option<LandingPad>,
    ) -> SmallVec<[Value; 2]> {
        let sig_ref = match target {
            CallTarget::Direct(func_ref) => self.bcx.func.dfg.ext_funcs[func_ref].signature,
            CallTarget::Indirect(sig_ref, _) => sig_ref,
        };
        let landing = landing
            .filter(|_| self.bcx.func.dfg.signatures[sig_ref].call_conv.supports_exceptions());
        let Some(landing) = landing else {
            let call = match target {
                CallTarget::Direct(func_ref) => self.bcx.ins().call(func_ref, args),
                CallTarget::Indirect(sig_ref, addr) => {
                    self.bcx.ins().call_indirect(sig_ref, addr, args)
                }
            };
            return self.bcx.inst_results(call).iter().copied().collect();
        };
        let returned = self.bcx.create_block();
        let return_count = self.bcx.func.dfg.signatures[sig_ref].returns.len();
        for index in 0..return_count {
            let ty = self.bcx.func.dfg.signatures[sig_ref].returns[index].value_type;
            self.bcx.append_block_param(returned, ty);
        }
        let table = self.exception_table(sig_ref, returned, return_count, landing);
        match target {
            CallTarget::Direct(func_ref) => self.bcx.ins().try_call(func_ref, args, table),
            CallTarget::Indirect(_, addr) => self.bcx.ins().try_call_indirect(addr, args, table),
        };
        self.bcx.switch_to_block(returned);
        self.bcx.block_params(returned).iter().copied().collect()
    }

    fn exception_table(
        &mut self,
        sig_ref: SigRef,
        returned: Block,
        return_count: usize,
        landing: LandingPad,
    ) -> ir::ExceptionTable {
        let dfg = &mut self.bcx.func.dfg;
        let returned_args: SmallVec<[BlockArg; 2]> =
            (0..return_count as u32).map(BlockArg::TryCallRet).collect();
        let normal = BlockCall::new(returned, returned_args, &mut dfg.value_lists);
        let handler =
            BlockCall::new(landing.block, [BlockArg::TryCallExn(0)], &mut dfg.value_lists);
        let tag = landing.kind.tag();
        let table =
            ExceptionTableData::new(sig_ref, normal, [ExceptionTableItem::Tag(tag, handler)]);
        let table = dfg.exception_tables.push(table);
        self.cx.declare_personality(self.span);
        table
    }

    /// `catch_unwind(try_fn, data, catch_fn)`: 0 when `try_fn(data)` returns, else 1 after
    /// `catch_fn(data, exception)` ran.
    pub(crate) fn lower_catch_unwind(
        &mut self,
        try_fn: Value,
        data: Value,
        catch_fn: Value,
    ) -> Value {
        let mut try_sig = ir::Signature::new(self.cx.default_call_conv);
        try_sig.params.push(AbiParam::new(self.pointer_type));
        let mut catch_sig = try_sig.clone();
        catch_sig.params.push(AbiParam::new(self.pointer_type));
        let try_sig = self.bcx.import_signature(try_sig);
        let catch_sig = self.bcx.import_signature(catch_sig);
        if !self.cx.unwinds {
            self.bcx.ins().call_indirect(try_sig, try_fn, &[data]);
            return self.bcx.ins().iconst(ir::types::I32, 0);
        }

        let caught = self.new_landing_block();
        let done = self.bcx.create_block();
        let result = self.bcx.append_block_param(done, ir::types::I32);
        let zero = self.bcx.ins().iconst(ir::types::I32, 0);
        let dfg = &mut self.bcx.func.dfg;
        let normal = BlockCall::new(done, [BlockArg::Value(zero)], &mut dfg.value_lists);
        let handler = BlockCall::new(caught, [BlockArg::TryCallExn(0)], &mut dfg.value_lists);
        let tag = LandingKind::Catch.tag();
        let table = dfg.exception_tables.push(ExceptionTableData::new(
            try_sig,
            normal,
            [ExceptionTableItem::Tag(tag, handler)],
        ));
        self.cx.declare_personality(self.span);
        self.bcx.ins().try_call_indirect(try_fn, &[data], table);

        self.bcx.switch_to_block(caught);
        let exception = self.bcx.block_params(caught)[0];
        self.bcx.ins().call_indirect(catch_sig, catch_fn, &[data, exception]);
        let one = self.bcx.ins().iconst(ir::types::I32, 1);
        self.bcx.ins().jump(done, &[BlockArg::Value(one)]);

        self.bcx.switch_to_block(done);
        result
    }

    /// `UnwindResume`: hands the exception of this cleanup back to the unwinder.
    pub(crate) fn lower_unwind_resume(&mut self) {
        let var = self.exception_var();
        let exception = self.bcx.use_var(var);
        let mut sig = ir::Signature::new(self.cx.default_call_conv);
        sig.params.push(AbiParam::new(self.pointer_type));
        let func_id = match self.cx.module.declare_function("_Unwind_Resume", Linkage::Import, &sig)
        {
            Ok(func_id) => func_id,
            Err(err) => {
                self.tcx.dcx().span_fatal(self.span, format!("cannot call `_Unwind_Resume`: {err}"))
            }
        };
        let func_ref = self.func_ref_for_id(func_id);
        self.bcx.ins().call(func_ref, &[exception]);
        self.bcx.ins().trap(super::trap::UNWIND_RESUMED);
    }

    /// `UnwindTerminate`, and unwinding into a function that must not unwind: rustc's
    /// non-unwinding panic that aborts.
    pub(crate) fn lower_unwind_terminate(
        &mut self,
        source_info: mir::SourceInfo,
        reason: UnwindTerminateReason,
    ) {
        self.call_panic_lang_item(source_info, reason.lang_item(), &[], None);
    }

    /// Fills the landing pads handed out while the blocks were lowered.
    pub(crate) fn finish_landing_pads(&mut self) {
        let source_info = mir::SourceInfo::outermost(self.mir.span);
        for index in 0..self.landing_pads.cleanup.len() {
            let Some(pad) = self.landing_pads.cleanup[index] else { continue };
            let var = self.exception_var();
            self.bcx.switch_to_block(pad);
            let exception = self.bcx.block_params(pad)[0];
            self.bcx.def_var(var, exception);
            self.jump(BasicBlock::from_usize(index));
        }
        for reason in [UnwindTerminateReason::Abi, UnwindTerminateReason::InCleanup] {
            let Some(pad) = self.landing_pads.terminate[terminate_index(reason)] else { continue };
            self.bcx.switch_to_block(pad);
            self.lower_unwind_terminate(source_info, reason);
        }
    }
}
