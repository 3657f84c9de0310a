//! The LLVM intrinsics of `core::arch::aarch64` (NEON, AES, SHA-1/2/3, SM3/4, CRC32, ...).

mod helper;
mod table;
mod vector;

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

/// Lowers the AArch64 LLVM intrinsic `name`; false when it is not implemented.
pub(crate) fn lower_aarch64_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    match name {
        // `__yield`, `__wfe`, `__wfi`, `__sev`, `__sevl`, `__nop` and `_prefetch`: hints, which
        // the architecture lets an implementation execute as no-ops.
        "llvm.aarch64.hint" | "llvm.prefetch.p0" => true,
        _ => {
            vector::lower_vector(fx, name, args, dest)
                || helper::lower_with_helper(fx, name, args, dest)
        }
    }
}
