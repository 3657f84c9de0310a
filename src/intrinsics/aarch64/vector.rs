//! NEON intrinsics with Cranelift vector equivalents on 128-bit values, lowered inline (the
//! AArch64 backend emits the instruction the intrinsic names, or a short sequence of them):
//! table lookups, pairwise maximum and minimum, floating-point maximum and minimum, rounding
//! halving adds and pairwise widening adds; and SQSHLU, which has no Cranelift instruction but
//! a short sequence of them, in 64- and 128-bit forms.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{ConstantData, InstBuilder, MemFlagsData, Value, types};

use crate::intrinsics::vector::{bitcast_vector, map_chunks};
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

/// Lowers `name` inline; false, emitting nothing, when it is not one of this file's or its
/// operands are not single 128-bit vectors (the 64-bit forms take the helpers).
pub(super) fn lower_vector<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Some(op) = name.strip_prefix("llvm.aarch64.neon.") else { return false };
    let (op, lanes) = op.split_once('.').unwrap_or((op, ""));
    if op == "sqshlu" {
        return shift_left_unsigned_saturating(fx, lanes, args, dest);
    }
    if dest.layout.size.bytes() != 16 || args.iter().any(|arg| arg.layout.size.bytes() != 16) {
        return false;
    }
    match (op, args) {
        // TBL with one table register: an index of 16 or more selects zero, as `swizzle` does.
        ("tbl1", &[table, index]) if lanes == "v16i8" => {
            map_chunks(fx, [table, index], dest, |fx, [table, index]| {
                fx.bcx.ins().swizzle(table, index)
            })
        }
        ("umaxp" | "uminp" | "smaxp" | "sminp", &[a, b]) => {
            map_chunks(fx, [a, b], dest, |fx, [a, b]| {
                let (even, odd) = pairs(fx, a, b);
                let ins = fx.bcx.ins();
                match op {
                    "umaxp" => ins.umax(even, odd),
                    "uminp" => ins.umin(even, odd),
                    "smaxp" => ins.smax(even, odd),
                    _ => ins.smin(even, odd),
                }
            })
        }
        // Cranelift's `fmax`/`fmin` are FMAX/FMIN: a NaN operand gives NaN, -0.0 < +0.0.
        ("fmax", &[a, b]) => map_chunks(fx, [a, b], dest, |fx, [a, b]| fx.bcx.ins().fmax(a, b)),
        ("fmin", &[a, b]) => map_chunks(fx, [a, b], dest, |fx, [a, b]| fx.bcx.ins().fmin(a, b)),
        // URHADD: `(a + b + 1) >> 1` without overflow, which is `avg_round`.
        ("urhadd", &[a, b]) if matches!(lanes, "v16i8" | "v8i16") => {
            map_chunks(fx, [a, b], dest, |fx, [a, b]| fx.bcx.ins().avg_round(a, b))
        }
        // UADDLP/SADDLP: lanes widened, then adjacent pairs added.
        ("uaddlp" | "saddlp", &[a]) if matches!(lanes, "v8i16.v16i8" | "v4i32.v8i16") => {
            map_chunks(fx, [a], dest, |fx, [a]| {
                let ins = fx.bcx.ins();
                let (low, high) = if op == "uaddlp" {
                    (ins.uwiden_low(a), fx.bcx.ins().uwiden_high(a))
                } else {
                    (ins.swiden_low(a), fx.bcx.ins().swiden_high(a))
                };
                fx.bcx.ins().iadd_pairwise(low, high)
            })
        }
        _ => false,
    }
}

/// The even and the odd lanes of `a` followed by those of `b` (UZP1 and UZP2), the operands of
/// a pairwise operation.
fn pairs(fx: &mut FunctionCx<'_, '_, '_>, a: Value, b: Value) -> (Value, Value) {
    let ty = fx.bcx.func.dfg.value_type(a);
    let lane_bytes = ty.lane_bits() as usize / 8;
    let mut masks = [[0u8; 16]; 2];
    for (parity, mask) in masks.iter_mut().enumerate() {
        for (byte, index) in mask.iter_mut().enumerate() {
            let lane = byte / lane_bytes;
            *index = ((2 * lane + parity) * lane_bytes + byte % lane_bytes) as u8;
        }
    }
    fx.cx.uses_vector_shuffle = true;
    let a_bytes = bitcast_vector(fx, a, types::I8X16);
    let b_bytes = bitcast_vector(fx, b, types::I8X16);
    let [even, odd] = masks.map(|mask| {
        let mask = fx.bcx.func.dfg.immediates.push(ConstantData::from(&mask[..]));
        let shuffled = fx.bcx.ins().shuffle(a_bytes, b_bytes, mask);
        bitcast_vector(fx, shuffled, ty)
    });
    (even, odd)
}

/// SQSHLU by an immediate (`vqshlu_n_*`): each signed lane of `a` shifted left by the count,
/// saturated to the unsigned range (negative lanes become zero). `core::arch` passes the count
/// as a constant vector with it in every lane; lane 0 is read. A 64-bit vector is computed in
/// the lower half of a 128-bit one.
fn shift_left_unsigned_saturating<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    lanes: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let lane = match lanes {
        "v16i8" | "v8i8" => types::I8,
        "v8i16" | "v4i16" => types::I16,
        "v4i32" | "v2i32" => types::I32,
        "v2i64" | "v1i64" => types::I64,
        _ => return false,
    };
    let &[a, count] = args else { return false };
    let bytes = dest.layout.size.bytes();
    if !matches!(bytes, 8 | 16) || a.layout.size.bytes() != bytes {
        return false;
    }
    let ty = lane.by(128 / lane.bits()).expect("128-bit vector");
    let flags = MemFlagsData::new();
    let a_ptr = a.spill_to_memory(fx);
    let a = if bytes == 16 {
        a_ptr.load(fx, ty, flags)
    } else {
        let half = a_ptr.load(fx, types::I64, flags);
        let vector = fx.bcx.ins().scalar_to_vector(types::I64X2, half);
        bitcast_vector(fx, vector, ty)
    };
    let count = count.spill_to_memory(fx).load(fx, lane, flags);
    let zero = fx.iconst(lane, 0);
    let zero = fx.bcx.ins().splat(ty, zero);
    let negative = fx.bcx.ins().icmp(IntCC::SignedLessThan, a, zero);
    let a = fx.bcx.ins().bitselect(negative, zero, a);
    let ones = fx.iconst(lane, u128::MAX >> (128 - lane.bits()));
    let ones = fx.bcx.ins().splat(ty, ones);
    // A lane saturates when it is above the largest value the shift keeps in range.
    let limit = fx.bcx.ins().ushr(ones, count);
    let over = fx.bcx.ins().icmp(IntCC::UnsignedGreaterThan, a, limit);
    let shifted = fx.bcx.ins().ishl(a, count);
    let result = fx.bcx.ins().bitselect(over, ones, shifted);
    if bytes == 16 {
        dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
    } else {
        let result = bitcast_vector(fx, result, types::I64X2);
        let half = fx.bcx.ins().extractlane(result, 0);
        dest.write_cvalue(fx, CValue::by_val(half, dest.layout));
    }
    true
}
