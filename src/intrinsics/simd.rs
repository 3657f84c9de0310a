//! Portable SIMD intrinsics (`simd_*`), lowered lane by lane through memory. This is correct
//! for every lane type and count; using Cranelift's vector instructions where the types allow
//! is a later speed-up.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::Ty;
use rustc_span::{Symbol, sym};

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, Pointer};

/// A vector in memory: its lanes are `count` consecutive `lane` values.
#[derive(Copy, Clone)]
struct Lanes<'tcx> {
    ptr: Pointer,
    count: u64,
    lane: TyAndLayout<'tcx>,
}

impl<'tcx> Lanes<'tcx> {
    fn of_type(fx: &FunctionCx<'_, '_, 'tcx>, ptr: Pointer, ty: Ty<'tcx>) -> Self {
        let (count, lane_ty) = ty.simd_size_and_type(fx.tcx);
        Lanes { ptr, count, lane: fx.layout_of(lane_ty) }
    }

    fn of_value(fx: &mut FunctionCx<'_, '_, 'tcx>, value: CValue<'tcx>) -> Self {
        let ptr = match value.try_to_ptr() {
            Some((ptr, None)) => ptr,
            _ => {
                let place = CPlace::new_stack_slot(fx, value.layout);
                place.write_cvalue(fx, value);
                place.to_ptr()
            }
        };
        Lanes::of_type(fx, ptr, value.layout.ty)
    }

    fn lane_ptr(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64) -> Pointer {
        self.ptr.offset_i64(fx, (index * self.lane.size.bytes()) as i64)
    }

    fn load(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64) -> Value {
        let ty = fx.register_types(self.lane).expect("scalar lane").0;
        self.lane_ptr(fx, index).load(fx, ty, MemFlagsData::new())
    }

    fn store(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64, value: Value) {
        let place = CPlace::for_ptr(self.lane_ptr(fx, index), self.lane);
        place.write_cvalue(fx, CValue::by_val(value, self.lane));
    }
}

fn int_cc(name: Symbol, signed: bool) -> Option<IntCC> {
    Some(match (name, signed) {
        (sym::simd_eq, _) => IntCC::Equal,
        (sym::simd_ne, _) => IntCC::NotEqual,
        (sym::simd_lt, true) => IntCC::SignedLessThan,
        (sym::simd_lt, false) => IntCC::UnsignedLessThan,
        (sym::simd_le, true) => IntCC::SignedLessThanOrEqual,
        (sym::simd_le, false) => IntCC::UnsignedLessThanOrEqual,
        (sym::simd_gt, true) => IntCC::SignedGreaterThan,
        (sym::simd_gt, false) => IntCC::UnsignedGreaterThan,
        (sym::simd_ge, true) => IntCC::SignedGreaterThanOrEqual,
        (sym::simd_ge, false) => IntCC::UnsignedGreaterThanOrEqual,
        _ => return None,
    })
}

fn float_cc(name: Symbol) -> Option<FloatCC> {
    Some(match name {
        sym::simd_eq => FloatCC::Equal,
        sym::simd_ne => FloatCC::NotEqual,
        sym::simd_lt => FloatCC::LessThan,
        sym::simd_le => FloatCC::LessThanOrEqual,
        sym::simd_gt => FloatCC::GreaterThan,
        sym::simd_ge => FloatCC::GreaterThanOrEqual,
        _ => return None,
    })
}

/// Lowers the SIMD intrinsic `name`; returns false if it is not implemented.
pub(super) fn lower_simd<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let dest_ty = dest.layout.ty;
    match name {
        sym::simd_splat => {
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let value = args[0].load_scalar(fx);
            for i in 0..out.count {
                out.store(fx, i, value);
            }
        }
        sym::simd_extract | sym::simd_extract_dyn => {
            let input = Lanes::of_value(fx, args[0]);
            let index = args[1].load_scalar(fx);
            let offset = fx.bcx.ins().imul_imm_s(index, input.lane.size.bytes() as i64);
            let offset = crate::lower::int_resize(fx, offset, fx.pointer_type, false);
            let lane = CPlace::for_ptr(input.ptr.offset_value(fx, offset), input.lane);
            let value = lane.to_cvalue(fx);
            dest.write_cvalue(fx, value);
        }
        sym::simd_insert | sym::simd_insert_dyn => {
            dest.write_cvalue(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let index = args[1].load_scalar(fx);
            let offset = fx.bcx.ins().imul_imm_s(index, out.lane.size.bytes() as i64);
            let offset = crate::lower::int_resize(fx, offset, fx.pointer_type, false);
            let lane = CPlace::for_ptr(out.ptr.offset_value(fx, offset), out.lane);
            lane.write_cvalue(fx, args[2]);
        }
        sym::simd_shuffle => {
            // Output lane `i` is lane `idx[i]` of `a` followed by `b`. The indices are a
            // constant, read here at run time like any other vector.
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let indices = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let lane_size = a.lane.size.bytes() as i64;
            let a_addr = a.ptr.addr(fx);
            let b_addr = b.ptr.addr(fx);
            let b_base = fx.bcx.ins().iadd_imm_s(b_addr, -(a.count as i64) * lane_size);
            for i in 0..out.count {
                let index = indices.load(fx, i);
                let index = crate::lower::int_resize(fx, index, fx.pointer_type, false);
                let in_a = fx.bcx.ins().icmp_imm_s(IntCC::UnsignedLessThan, index, a.count as i64);
                let base = fx.bcx.ins().select(in_a, a_addr, b_base);
                let offset = fx.bcx.ins().imul_imm_s(index, lane_size);
                let lane = CPlace::for_ptr(Pointer::new(base).offset_value(fx, offset), a.lane);
                let value = lane.to_cvalue(fx);
                CPlace::for_ptr(out.lane_ptr(fx, i), out.lane).write_cvalue(fx, value);
            }
        }
        sym::simd_eq | sym::simd_ne | sym::simd_lt | sym::simd_le | sym::simd_gt | sym::simd_ge => {
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let out_ty = fx.register_types(out.lane).unwrap().0;
            let is_float = a.lane.ty.is_floating_point();
            let signed = a.lane.ty.is_signed();
            for i in 0..a.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let holds = if is_float {
                    fx.bcx.ins().fcmp(float_cc(name).unwrap(), x, y)
                } else {
                    fx.bcx.ins().icmp(int_cc(name, signed).unwrap(), x, y)
                };
                // True lanes are all ones.
                let wide = crate::lower::int_resize(fx, holds, out_ty, false);
                let mask = fx.bcx.ins().ineg(wide);
                out.store(fx, i, mask);
            }
        }
        sym::simd_bitmask => {
            let input = Lanes::of_value(fx, args[0]);
            let Some((out_ty, None)) = fx.register_types(dest.layout) else {
                fx.unsupported("`simd_bitmask` into an array");
                return true;
            };
            let mut bits = fx.iconst(out_ty, 0);
            for i in 0..input.count {
                let lane = input.load(fx, i);
                let lane_ty = fx.bcx.func.dfg.value_type(lane);
                let zero = fx.iconst(lane_ty, 0);
                let negative = fx.bcx.ins().icmp(IntCC::SignedLessThan, lane, zero);
                let bit = crate::lower::int_resize(fx, negative, out_ty, false);
                let shifted = fx.bcx.ins().ishl_imm_s(bit, i as i64);
                bits = fx.bcx.ins().bor(bits, shifted);
            }
            dest.write_cvalue(fx, CValue::by_val(bits, dest.layout));
        }
        sym::simd_select => {
            let mask = Lanes::of_value(fx, args[0]);
            let a = Lanes::of_value(fx, args[1]);
            let b = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            for i in 0..out.count {
                let m = mask.load(fx, i);
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let value = fx.bcx.ins().select(m, x, y);
                out.store(fx, i, value);
            }
        }
        sym::simd_neg => {
            let a = Lanes::of_value(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            for i in 0..out.count {
                let x = a.load(fx, i);
                let value = if a.lane.ty.is_floating_point() {
                    fx.bcx.ins().fneg(x)
                } else {
                    fx.bcx.ins().ineg(x)
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_add | sym::simd_sub | sym::simd_mul | sym::simd_and | sym::simd_or
        | sym::simd_xor | sym::simd_shl | sym::simd_shr | sym::simd_div | sym::simd_rem => {
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let is_float = a.lane.ty.is_floating_point();
            let signed = a.lane.ty.is_signed();
            if is_float && matches!(name, sym::simd_rem | sym::simd_shl | sym::simd_shr) {
                return false;
            }
            for i in 0..out.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let ins = fx.bcx.ins();
                let value = match (name, is_float) {
                    (sym::simd_add, false) => ins.iadd(x, y),
                    (sym::simd_add, true) => ins.fadd(x, y),
                    (sym::simd_sub, false) => ins.isub(x, y),
                    (sym::simd_sub, true) => ins.fsub(x, y),
                    (sym::simd_mul, false) => ins.imul(x, y),
                    (sym::simd_mul, true) => ins.fmul(x, y),
                    (sym::simd_div, true) => ins.fdiv(x, y),
                    (sym::simd_div, false) if signed => ins.sdiv(x, y),
                    (sym::simd_div, false) => ins.udiv(x, y),
                    (sym::simd_rem, _) if signed => ins.srem(x, y),
                    (sym::simd_rem, _) => ins.urem(x, y),
                    (sym::simd_and, _) => ins.band(x, y),
                    (sym::simd_or, _) => ins.bor(x, y),
                    (sym::simd_xor, _) => ins.bxor(x, y),
                    (sym::simd_shl, _) => ins.ishl(x, y),
                    (sym::simd_shr, _) if signed => ins.sshr(x, y),
                    (_, _) => ins.ushr(x, y),
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_reduce_or | sym::simd_reduce_and | sym::simd_reduce_xor
        | sym::simd_reduce_add_unordered | sym::simd_reduce_max | sym::simd_reduce_min
        | sym::simd_reduce_all | sym::simd_reduce_any => {
            let a = Lanes::of_value(fx, args[0]);
            if a.lane.ty.is_floating_point() {
                return false;
            }
            let signed = a.lane.ty.is_signed();
            let mut acc = a.load(fx, 0);
            for i in 1..a.count {
                let x = a.load(fx, i);
                let ins = fx.bcx.ins();
                acc = match name {
                    sym::simd_reduce_or | sym::simd_reduce_any => ins.bor(acc, x),
                    sym::simd_reduce_and | sym::simd_reduce_all => ins.band(acc, x),
                    sym::simd_reduce_xor => ins.bxor(acc, x),
                    sym::simd_reduce_add_unordered => ins.iadd(acc, x),
                    sym::simd_reduce_max if signed => ins.smax(acc, x),
                    sym::simd_reduce_max => ins.umax(acc, x),
                    sym::simd_reduce_min if signed => ins.smin(acc, x),
                    _ => ins.umin(acc, x),
                };
            }
            let value = if matches!(name, sym::simd_reduce_all | sym::simd_reduce_any) {
                // Mask lanes are all ones or zero: the combined lane says it all.
                fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, acc, 0)
            } else {
                acc
            };
            dest.write_cvalue(fx, CValue::by_val(value, dest.layout));
        }
        sym::simd_cast | sym::simd_as => {
            let a = Lanes::of_value(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            if a.lane.ty.is_floating_point() || out.lane.ty.is_floating_point() {
                return false;
            }
            let out_ty = fx.register_types(out.lane).unwrap().0;
            let signed = a.lane.ty.is_signed();
            for i in 0..out.count {
                let x = a.load(fx, i);
                let value = crate::lower::int_resize(fx, x, out_ty, signed);
                out.store(fx, i, value);
            }
        }
        _ => return false,
    }
    true
}
