//! Atomic intrinsics. Cranelift's atomic instructions are sequentially consistent, which is
//! at least as strong as every ordering Rust can request. Where a weaker ordering needs no
//! more than a plain access of the target, the access is a plain load or store instead:
//! Relaxed loads and stores (AArch64's `ldr`/`str` rather than `ldar`/`stlr`, x86-64's `mov`
//! rather than `mov` and `mfence`), and Release stores on x86-64, whose stores are ordered
//! after every earlier access already. Cranelift neither removes nor moves plain stores, and
//! merges a plain load into an earlier one only on a path without store, call or loop back
//! edge between them (a spinning loop reads again), which Relaxed allows; volatile atomics
//! keep Cranelift's atomic instructions.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AtomicRmwOp, InstBuilder, MemFlagsData, Type, Value};
use rustc_middle::ty::{AtomicOrdering, GenericArgsRef};
use rustc_span::{Symbol, sym};
use rustc_target::spec::Arch;

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, bitcast_to};

/// Lowers the atomic intrinsic `name`; returns false if it is not one.
pub(super) fn lower_atomic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    generic_args: GenericArgsRef<'tcx>,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    if super::atomic_wide::lower_wide_atomic(fx, name, args, dest) {
        return true;
    }
    let flags = MemFlagsData::trusted();
    let rmw_op = match name {
        sym::atomic_fence | sym::atomic_singlethreadfence => {
            fx.bcx.ins().fence();
            return true;
        }
        sym::atomic_load => {
            let addr = args[0].load_scalar(fx);
            let ty = fx.register_types(dest.layout).expect("checked: atomics load scalars").0;
            let int_ty = ty.as_int();
            let bits = if plain_access(fx, int_ty, generic_args, false) {
                fx.bcx.ins().load(int_ty, flags, addr, 0)
            } else {
                fx.bcx.ins().atomic_load(int_ty, flags, addr)
            };
            let value = if ty.is_float() { bitcast_to(fx, bits, ty) } else { bits };
            dest.write_cvalue(fx, CValue::by_val(value, dest.layout));
            return true;
        }
        sym::atomic_store => {
            let addr = args[0].load_scalar(fx);
            let value = int_operand(fx, args[1]);
            let ty = fx.bcx.func.dfg.value_type(value);
            if plain_access(fx, ty, generic_args, true) {
                fx.bcx.ins().store(flags, value, addr, 0);
            } else {
                fx.bcx.ins().atomic_store(flags, value, addr);
            }
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

/// Whether a plain access of `ty` is the atomic load or store (`store`) whose generic
/// arguments are `generic_args` (type, ordering, volatile) on the target: a single instruction
/// (at most 64 bits) with no fence its ordering needs, and not volatile (Cranelift may merge
/// plain loads, never atomic ones).
fn plain_access(
    fx: &FunctionCx<'_, '_, '_>,
    ty: Type,
    generic_args: GenericArgsRef<'_>,
    store: bool,
) -> bool {
    let volatile = generic_args.const_at(2).to_value().to_leaf().try_to_bool() != Ok(false);
    if ty.bits() > 64 || volatile {
        return false;
    }
    let ordering =
        generic_args.const_at(1).to_value().to_branch()[0].to_leaf().to_atomic_ordering();
    match ordering {
        AtomicOrdering::Relaxed => true,
        AtomicOrdering::Release => store && fx.tcx.sess.target.arch == Arch::X86_64,
        AtomicOrdering::Acquire | AtomicOrdering::AcqRel | AtomicOrdering::SeqCst => false,
    }
}

/// Atomic instructions work on integers; floats move through them as their bits.
fn int_operand<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, operand: CValue<'tcx>) -> Value {
    let value = operand.load_scalar(fx);
    let ty = fx.bcx.func.dfg.value_type(value);
    if ty.is_float() { bitcast_to(fx, value, ty.as_int()) } else { value }
}
