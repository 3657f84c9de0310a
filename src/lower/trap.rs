//! The traps lowering emits, each with its own user trap code so that a crash (`SIGILL` at a
//! `ud2`/`udf`) can be told apart in Cranelift's IR and its trap records.

use cranelift_codegen::ir::{InstBuilder, TrapCode};
use rustc_middle::mir::{self, BasicBlock};

use super::FunctionCx;

/// In place of a construct reported as not yet supported; the build fails anyway.
pub(crate) const UNSUPPORTED: TrapCode = TrapCode::unwrap_user(1);
/// After a call, or inline assembly, that cannot return.
pub(crate) const NO_RETURN: TrapCode = TrapCode::unwrap_user(2);
/// MIR's `Unreachable`, and blocks that are unreachable for this instance.
pub(crate) const UNREACHABLE: TrapCode = TrapCode::unwrap_user(3);
/// After `_Unwind_Resume`, which never returns.
pub(crate) const UNWIND_RESUMED: TrapCode = TrapCode::unwrap_user(4);
/// The `abort` intrinsics.
pub(crate) const ABORT: TrapCode = TrapCode::unwrap_user(5);

impl FunctionCx<'_, '_, '_> {
    /// Ends the current MIR block (or the prologue) like `jump_or_trap`, except that a
    /// `target` entered from nowhere else is lowered next into the current Cranelift block:
    /// one block fewer for Cranelift, which most calls' return blocks are. Callers must not
    /// branch to `target` in any other way.
    pub(crate) fn continue_at(&mut self, target: Option<BasicBlock>) {
        match target {
            Some(next) if !self.lowered.contains(next) && self.entries(next) == 1 => {
                self.entered.insert(next);
                self.fallthrough = Some(next);
            }
            _ => self.jump_or_trap(target),
        }
    }

    /// How many edges enter `bb`: its MIR predecessors, and the prologue for the start block.
    fn entries(&self, bb: BasicBlock) -> usize {
        self.mir.basic_blocks.predecessors()[bb].len() + usize::from(bb == mir::START_BLOCK)
    }

    /// Continues at `target`, or traps where MIR says control cannot go on.
    pub(crate) fn jump_or_trap(&mut self, target: Option<BasicBlock>) {
        match target {
            Some(target) => self.jump(target),
            None => {
                self.bcx.ins().trap(NO_RETURN);
            }
        }
    }
}
