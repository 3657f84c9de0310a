//! NEON intrinsics with Cranelift vector equivalents on 128-bit values, lowered inline (the
//! AArch64 backend emits the instruction the intrinsic names, or a short sequence of them):
//! table lookups, pairwise maximum and minimum, floating-point maximum and minimum, rounding
//! halving adds and pairwise widening adds.

use cranelift_codegen::ir::{ConstantData, InstBuilder, Value};

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
    if dest.layout.size.bytes() != 16 || args.iter().any(|arg| arg.layout.size.bytes() != 16) {
        return false;
    }
    let Some(op) = name.strip_prefix("llvm.aarch64.neon.") else { return false };
    let (op, lanes) = op.split_once('.').unwrap_or((op, ""));
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
    let a_bytes = bitcast_vector(fx, a, cranelift_codegen::ir::types::I8X16);
    let b_bytes = bitcast_vector(fx, b, cranelift_codegen::ir::types::I8X16);
    let [even, odd] = masks.map(|mask| {
        let mask = fx.bcx.func.dfg.immediates.push(ConstantData::from(&mask[..]));
        let shuffled = fx.bcx.ins().shuffle(a_bytes, b_bytes, mask);
        bitcast_vector(fx, shuffled, ty)
    });
    (even, odd)
}
