//! Atomic intrinsics. Cranelift's atomic instructions are sequentially consistent, which is
//! at least as strong as every ordering Rust can request, so the ordering arguments need no
//! further lowering.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AtomicRmwOp, InstBuilder, MemFlagsData, Value};
use rustc_span::{Symbol, sym};

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, bitcast_to};

/// Lowers the atomic intrinsic `name`; returns false if it is not one.
pub(super) fn lower_atomic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let flags = MemFlagsData::trusted();
    let rmw_op = match name {
        sym::atomic_fence | sym::atomic_singlethreadfence => {
            fx.bcx.ins().fence();
            return true;
        }
        sym::atomic_load => {
            let addr = args[0].load_scalar(fx);
            let ty = fx.register_types(dest.layout).expect("checked: atomics load scalars").0;
            let value = if ty.is_float() {
                let int_ty = ty.as_int();
                let bits = fx.bcx.ins().atomic_load(int_ty, flags, addr);
                bitcast_to(fx, bits, ty)
            } else {
                fx.bcx.ins().atomic_load(ty, flags, addr)
            };
            dest.write_cvalue(fx, CValue::by_val(value, dest.layout));
            return true;
        }
        sym::atomic_store => {
            let addr = args[0].load_scalar(fx);
            let value = int_operand(fx, args[1]);
            fx.bcx.ins().atomic_store(flags, value, addr);
            return true;
        }
        sym::atomic_cxchg | sym::atomic_cxchgweak => {
            let addr = args[0].load_scalar(fx);
            let expected = int_operand(fx, args[1]);
            let replacement = int_operand(fx, args[2]);
            let old = fx.bcx.ins().atomic_cas(flags, addr, expected, replacement);
            let success = fx.bcx.ins().icmp(IntCC::Equal, old, expected);
            dest.write_cvalue(fx, CValue::by_val_pair(old, success, dest.layout));
            return true;
        }
        sym::atomic_xchg => AtomicRmwOp::Xchg,
        sym::atomic_xadd => AtomicRmwOp::Add,
        sym::atomic_xsub => AtomicRmwOp::Sub,
        sym::atomic_and => AtomicRmwOp::And,
        sym::atomic_nand => AtomicRmwOp::Nand,
        sym::atomic_or => AtomicRmwOp::Or,
        sym::atomic_xor => AtomicRmwOp::Xor,
        sym::atomic_max => AtomicRmwOp::Smax,
        sym::atomic_min => AtomicRmwOp::Smin,
        sym::atomic_umax => AtomicRmwOp::Umax,
        sym::atomic_umin => AtomicRmwOp::Umin,
        _ => return false,
    };
    let addr = args[0].load_scalar(fx);
    let operand = int_operand(fx, args[1]);
    let ty = fx.bcx.func.dfg.value_type(operand);
    let old = fx.bcx.ins().atomic_rmw(ty, flags, rmw_op, addr, operand);
    dest.write_cvalue(fx, CValue::by_val(old, dest.layout));
    true
}

/// Atomic instructions work on integers; floats move through them as their bits.
fn int_operand<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, operand: CValue<'tcx>) -> Value {
    let value = operand.load_scalar(fx);
    let ty = fx.bcx.func.dfg.value_type(value);
    if ty.is_float() { bitcast_to(fx, value, ty.as_int()) } else { value }
}
