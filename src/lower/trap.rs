//! The traps lowering emits, each with its own user trap code so that a crash (`SIGILL` at a
//! `ud2`/`udf`) can be told apart in Cranelift's IR and its trap records.

use cranelift_codegen::ir::{InstBuilder, TrapCode};
use rustc_middle::mir::BasicBlock;

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
