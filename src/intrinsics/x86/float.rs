//! x86 floating-point SIMD intrinsics of SSE to AVX as Cranelift vector instructions on
//! 128-bit chunks: `min`/`max` (x86's, not IEEE's), comparisons by predicate immediate,
//! `comi`/`ucomi`, truncating conversions, rounding by immediate, dot products, `insertps`,
//! `vpermilps`/`vpermilpd` by vector, and the unaligned `lddqu` loads. The conversions and
//! roundings that follow MXCSR's rounding mode are assembly helpers (`instructions`).

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value, types};

use super::instructions::asm_per_chunk;
use super::integer::dword_byte_indices;
use super::{
    chunks_as, has_feature, immediate, join_low_halves, lane_mask, per_chunk, shuffle_bytes,
    splat_const, vector_const,
};
use crate::intrinsics::vector::{CHUNK_BYTES, ChunkValues, bitcast_vector, store_chunks};
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, Pointer};

pub(super) fn lower<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    use types::{F32X4, F64X2, I8X16, I32X4, I64X2};
    match name {
        "sse.min.ps" | "avx.min.ps.256" => min_max(fx, F32X4, true, args, dest),
        "sse.max.ps" | "avx.max.ps.256" => min_max(fx, F32X4, false, args, dest),
        "sse2.min.pd" | "avx.min.pd.256" => min_max(fx, F64X2, true, args, dest),
        "sse2.max.pd" | "avx.max.pd.256" => min_max(fx, F64X2, false, args, dest),
        "sse.min.ss" => min_max_lowest(fx, F32X4, true, args, dest),
        "sse.max.ss" => min_max_lowest(fx, F32X4, false, args, dest),
        "sse2.min.sd" => min_max_lowest(fx, F64X2, true, args, dest),
        "sse2.max.sd" => min_max_lowest(fx, F64X2, false, args, dest),
        "sse.cmp.ps" | "avx.cmp.ps.256" => return compare(fx, F32X4, false, args, dest),
        "sse2.cmp.pd" | "avx.cmp.pd.256" => return compare(fx, F64X2, false, args, dest),
        "sse.cmp.ss" => return compare(fx, F32X4, true, args, dest),
        "sse2.cmp.sd" => return compare(fx, F64X2, true, args, dest),
        _ if name.contains("comi") => return compare_lowest_scalars(fx, name, args, dest),
        "sse2.cvttps2dq" | "avx.cvtt.ps2dq.256" => {
            per_chunk(fx, [(args[0], F32X4)], dest, |fx, _, [a]| {
                fx.bcx.ins().x86_cvtt2dq(I32X4, a)
            });
        }
        "sse2.cvttpd2dq" => {
            let a = chunks_as(fx, args[0], F64X2)[0];
            let result = truncate_f64_pair(fx, a);
            store_chunks(fx, dest, &[result]);
        }
        "avx.cvtt.pd2dq.256" => {
            let a = chunks_as(fx, args[0], F64X2);
            let low = truncate_f64_pair(fx, a[0]);
            let high = truncate_f64_pair(fx, a[1]);
            let result = join_low_halves(fx, low, high);
            store_chunks(fx, dest, &[result]);
        }
        "sse2.cvtsd2ss" => {
            // Cranelift's `fdemote` is `cvtsd2ss`: the same rounding and NaN.
            let a = chunks_as(fx, args[0], F32X4)[0];
            let b = chunks_as(fx, args[1], F64X2)[0];
            let lowest = fx.bcx.ins().extractlane(b, 0);
            let demoted = fx.bcx.ins().fdemote(types::F32, lowest);
            let result = fx.bcx.ins().insertlane(a, demoted, 0);
            store_chunks(fx, dest, &[result]);
        }
        "sse41.round.ps" | "avx.round.ps.256" => return round(fx, F32X4, false, args, dest),
        "sse41.round.pd" | "avx.round.pd.256" => return round(fx, F64X2, false, args, dest),
        "sse41.round.ss" => return round(fx, F32X4, true, args, dest),
        "sse41.round.sd" => return round(fx, F64X2, true, args, dest),
        "sse41.dpps" | "avx.dp.ps.256" => {
            let Some(control) = immediate(fx, args[2]) else { return false };
            per_chunk(fx, [(args[0], F32X4), (args[1], F32X4)], dest, |fx, _, [a, b]| {
                dot_product_f32(fx, a, b, control)
            });
        }
        "sse41.dppd" => {
            let Some(control) = immediate(fx, args[2]) else { return false };
            per_chunk(fx, [(args[0], F64X2), (args[1], F64X2)], dest, |fx, _, [a, b]| {
                dot_product_f64(fx, a, b, control)
            });
        }
        "sse41.insertps" => {
            let Some(control) = immediate(fx, args[2]) else { return false };
            let a = chunks_as(fx, args[0], F32X4)[0];
            let b = chunks_as(fx, args[1], F32X4)[0];
            let result = insert_lane_and_zero(fx, a, b, control);
            store_chunks(fx, dest, &[result]);
        }
        "avx.vpermilvar.ps" | "avx.vpermilvar.ps.256" if has_feature(fx, "ssse3") => {
            per_chunk(fx, [(args[0], I8X16), (args[1], I32X4)], dest, |fx, _, [a, index]| {
                let three = splat_const(fx, I32X4, 3);
                let within = fx.bcx.ins().band(index, three);
                let bytes = dword_byte_indices(fx, within);
                fx.bcx.ins().x86_pshufb(a, bytes)
            });
        }
        "avx.vpermilvar.pd" | "avx.vpermilvar.pd.256" => {
            per_chunk(fx, [(args[0], I64X2), (args[1], I64X2)], dest, |fx, _, [a, index]| {
                // Bit 1 of each index picks the lane.
                let two = splat_const(fx, I64X2, 2);
                let bit = fx.bcx.ins().band(index, two);
                let zero = vector_const(fx, I64X2, [0; 16]);
                let use_high = fx.bcx.ins().icmp(IntCC::NotEqual, bit, zero);
                let low = shuffle_bytes(fx, a, a, lane_mask([0, 0]));
                let high = shuffle_bytes(fx, a, a, lane_mask([1, 1]));
                fx.bcx.ins().bitselect(use_high, high, low)
            });
        }
        "sse3.ldu.dq" | "avx.ldu.dq.256" => {
            let address = Pointer::new(args[0].load_scalar(fx));
            let chunks: ChunkValues = (0..dest.layout.size.bytes() / CHUNK_BYTES)
                .map(|i| {
                    address.offset_i64(fx, (i * CHUNK_BYTES) as i64).load(
                        fx,
                        I8X16,
                        MemFlagsData::new(),
                    )
                })
                .collect();
            store_chunks(fx, dest, &chunks);
        }
        _ => return false,
    }
    true
}

/// x86's `minps`/`maxps` (`a < b ? a : b`, `a > b ? a : b`: `b` when either is NaN or both
/// are zeros), in the form Cranelift selects those instructions for.
fn min_max<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    ty: Type,
    min: bool,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    per_chunk(fx, [(args[0], ty), (args[1], ty)], dest, |fx, _, [a, b]| {
        let a_wins = if min {
            fx.bcx.ins().fcmp(FloatCC::LessThan, a, b)
        } else {
            fx.bcx.ins().fcmp(FloatCC::LessThan, b, a)
        };
        let a_wins = bitcast_vector(fx, a_wins, ty);
        fx.bcx.ins().bitselect(a_wins, a, b)
    });
}

/// `minss`/`maxss`/`minsd`/`maxsd`: `min_max` of the lowest lanes, the others from `a`.
fn min_max_lowest<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    ty: Type,
    min: bool,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    let a = chunks_as(fx, args[0], ty)[0];
    let b = chunks_as(fx, args[1], ty)[0];
    let x = fx.bcx.ins().extractlane(a, 0);
    let y = fx.bcx.ins().extractlane(b, 0);
    let x_wins = if min {
        fx.bcx.ins().fcmp(FloatCC::LessThan, x, y)
    } else {
        fx.bcx.ins().fcmp(FloatCC::LessThan, y, x)
    };
    let chosen = fx.bcx.ins().select(x_wins, x, y);
    let result = fx.bcx.ins().insertlane(a, chosen, 0);
    store_chunks(fx, dest, &[result]);
}

/// What a `cmpps` predicate immediate compares (its bit 4 only chooses whether quiet NaNs
/// signal, which changes no result).
enum Predicate {
    Is(FloatCC),
    /// Cranelift's vector comparisons lack these two conditions, which are unions and
    /// intersections of those it has.
    Either(FloatCC, FloatCC),
    Both(FloatCC, FloatCC),
    Never,
    Always,
}

fn predicate(immediate: u64) -> Predicate {
    use FloatCC::*;
    match immediate & 15 {
        0 => Predicate::Is(Equal),
        1 => Predicate::Is(LessThan),
        2 => Predicate::Is(LessThanOrEqual),
        3 => Predicate::Is(Unordered),
        4 => Predicate::Is(NotEqual),
        5 => Predicate::Is(UnorderedOrGreaterThanOrEqual),
        6 => Predicate::Is(UnorderedOrGreaterThan),
        7 => Predicate::Is(Ordered),
        8 => Predicate::Either(Unordered, Equal),
        9 => Predicate::Is(UnorderedOrLessThan),
        10 => Predicate::Is(UnorderedOrLessThanOrEqual),
        11 => Predicate::Never,
        12 => Predicate::Both(Ordered, NotEqual),
        13 => Predicate::Is(GreaterThanOrEqual),
        14 => Predicate::Is(GreaterThan),
        _ => Predicate::Always,
    }
}

/// `cmpps`/`cmppd` (and with `lowest`, `cmpss`/`cmpsd`: the lowest lane compared, the others
/// from `a`) by the predicate immediate `args[2]`: all-ones lanes where it holds. False if the
/// predicate is not a constant.
fn compare<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    ty: Type,
    lowest: bool,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Some(immediate) = immediate(fx, args[2]) else { return false };
    let predicate = predicate(immediate);
    let mask_ty = ty.as_int();
    per_chunk(fx, [(args[0], ty), (args[1], ty)], dest, |fx, _, [a, b]| {
        let holds = match predicate {
            Predicate::Is(cc) => fx.bcx.ins().fcmp(cc, a, b),
            Predicate::Either(first, second) => {
                let first = fx.bcx.ins().fcmp(first, a, b);
                let second = fx.bcx.ins().fcmp(second, a, b);
                fx.bcx.ins().bor(first, second)
            }
            Predicate::Both(first, second) => {
                let first = fx.bcx.ins().fcmp(first, a, b);
                let second = fx.bcx.ins().fcmp(second, a, b);
                fx.bcx.ins().band(first, second)
            }
            Predicate::Never => vector_const(fx, mask_ty, [0; 16]),
            Predicate::Always => vector_const(fx, mask_ty, [0xff; 16]),
        };
        let holds = bitcast_vector(fx, holds, ty);
        if lowest {
            let lane = fx.bcx.ins().extractlane(holds, 0);
            fx.bcx.ins().insertlane(a, lane, 0)
        } else {
            holds
        }
    });
    true
}

/// `comi*`/`ucomi*` (`.ss`, `.sd`): 1 if the lowest lanes compare so, ordered; `neq` holds for
/// unordered lanes too. The two families differ only in which NaNs raise exceptions.
fn compare_lowest_scalars<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let (ty, relation) = match name.split_once(".comi").or_else(|| name.split_once(".ucomi")) {
        Some(("sse", relation)) => (types::F32X4, relation.strip_suffix(".ss")),
        Some(("sse2", relation)) => (types::F64X2, relation.strip_suffix(".sd")),
        _ => return false,
    };
    let cc = match relation {
        Some("eq") => FloatCC::Equal,
        Some("lt") => FloatCC::LessThan,
        Some("le") => FloatCC::LessThanOrEqual,
        Some("gt") => FloatCC::GreaterThan,
        Some("ge") => FloatCC::GreaterThanOrEqual,
        Some("neq") => FloatCC::NotEqual,
        _ => return false,
    };
    let a = chunks_as(fx, args[0], ty)[0];
    let b = chunks_as(fx, args[1], ty)[0];
    let x = fx.bcx.ins().extractlane(a, 0);
    let y = fx.bcx.ins().extractlane(b, 0);
    let holds = fx.bcx.ins().fcmp(cc, x, y);
    let holds = fx.bcx.ins().uextend(types::I32, holds);
    dest.write_cvalue(fx, CValue::by_val(holds, dest.layout));
    true
}

/// `cvttpd2dq`: the two lanes truncated to `i32` (`i32::MIN` for NaN and out of range) in the
/// low half, zeros above, in the form Cranelift selects that instruction for.
fn truncate_f64_pair(fx: &mut FunctionCx<'_, '_, '_>, a: Value) -> Value {
    let truncated = fx.bcx.ins().x86_cvtt2dq(types::I64X2, a);
    let zero = vector_const(fx, types::I64X2, [0; 16]);
    fx.bcx.ins().snarrow(truncated, zero)
}

/// `roundps`/`roundpd` (and with `lowest`, `roundss`/`roundsd`: `b`'s lowest lane rounded, the
/// others from `a`) by the immediate: bits 0-1 the direction, bit 2 MXCSR's instead (then an
/// assembly helper, since Cranelift only rounds in fixed directions). False if the immediate is
/// not a constant.
fn round<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    ty: Type,
    lowest: bool,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Some(immediate) = immediate(fx, args[if lowest { 2 } else { 1 }]) else { return false };
    let operands = if lowest { &args[..2] } else { &args[..1] };
    if immediate & 4 != 0 {
        let (helper, body) = match (ty == types::F32X4, lowest) {
            (true, false) => ("roundps_mxcsr", "roundps xmm0, xmm0, 4\nret"),
            (false, false) => ("roundpd_mxcsr", "roundpd xmm0, xmm0, 4\nret"),
            (true, true) => ("roundss_mxcsr", "roundss xmm0, xmm1, 4\nret"),
            (false, true) => ("roundsd_mxcsr", "roundsd xmm0, xmm1, 4\nret"),
        };
        asm_per_chunk(fx, helper, || body.to_owned(), operands, dest);
        return true;
    }
    let rounded = |fx: &mut FunctionCx<'_, '_, '_>, value: Value| match immediate & 3 {
        0 => fx.bcx.ins().nearest(value),
        1 => fx.bcx.ins().floor(value),
        2 => fx.bcx.ins().ceil(value),
        _ => fx.bcx.ins().trunc(value),
    };
    if lowest {
        let a = chunks_as(fx, args[0], ty)[0];
        let b = chunks_as(fx, args[1], ty)[0];
        let lane = fx.bcx.ins().extractlane(b, 0);
        let lane = rounded(fx, lane);
        let result = fx.bcx.ins().insertlane(a, lane, 0);
        store_chunks(fx, dest, &[result]);
    } else {
        per_chunk(fx, [(args[0], ty)], dest, |fx, _, [a]| rounded(fx, a));
    }
    true
}

/// The mask keeping the 32-bit (or with `f64`, 64-bit) lanes whose bits are set in `bits`.
fn lane_select_mask(fx: &mut FunctionCx<'_, '_, '_>, ty: Type, bits: u64) -> Value {
    let lanes = ty.lane_count() as usize;
    let bytes = std::array::from_fn(|i| if bits >> (i * lanes / 16) & 1 != 0 { 0xff } else { 0 });
    let mask = vector_const(fx, ty.as_int(), bytes);
    bitcast_vector(fx, mask, ty)
}

/// `dpps` on one 128-bit lane: the products of the lanes chosen by `control`'s bits 4-7 (the
/// others +0.0), summed as `(p0 + p1) + (p2 + p3)`, into the lanes chosen by bits 0-3.
fn dot_product_f32(fx: &mut FunctionCx<'_, '_, '_>, a: Value, b: Value, control: u64) -> Value {
    let products = fx.bcx.ins().fmul(a, b);
    let inputs = lane_select_mask(fx, types::F32X4, control >> 4);
    let products = fx.bcx.ins().band(products, inputs);
    let evens = shuffle_bytes(fx, products, products, lane_mask([0, 2, 0, 2]));
    let odds = shuffle_bytes(fx, products, products, lane_mask([1, 3, 1, 3]));
    let pairs = fx.bcx.ins().fadd(evens, odds);
    let second = shuffle_bytes(fx, pairs, pairs, lane_mask([1, 1, 1, 1]));
    let total = fx.bcx.ins().fadd(pairs, second);
    let everywhere = shuffle_bytes(fx, total, total, lane_mask([0, 0, 0, 0]));
    let outputs = lane_select_mask(fx, types::F32X4, control);
    fx.bcx.ins().band(everywhere, outputs)
}

/// `dppd`: the same with two `f64` lanes (bits 4-5 and 0-1).
fn dot_product_f64(fx: &mut FunctionCx<'_, '_, '_>, a: Value, b: Value, control: u64) -> Value {
    let products = fx.bcx.ins().fmul(a, b);
    let inputs = lane_select_mask(fx, types::F64X2, control >> 4);
    let products = fx.bcx.ins().band(products, inputs);
    let swapped = shuffle_bytes(fx, products, products, lane_mask([1, 0]));
    let total = fx.bcx.ins().fadd(products, swapped);
    let everywhere = shuffle_bytes(fx, total, total, lane_mask([0, 0]));
    let outputs = lane_select_mask(fx, types::F64X2, control);
    fx.bcx.ins().band(everywhere, outputs)
}

/// `insertps`: `a` with lane `control[5:4]` replaced by lane `control[7:6]` of `b`, then the
/// lanes of `control[3:0]` zeroed.
fn insert_lane_and_zero(
    fx: &mut FunctionCx<'_, '_, '_>,
    a: Value,
    b: Value,
    control: u64,
) -> Value {
    let mut lanes = [0, 1, 2, 3];
    lanes[(control >> 4 & 3) as usize] = 4 + (control >> 6 & 3) as u8;
    let inserted = shuffle_bytes(fx, a, b, lane_mask(lanes));
    if control & 15 == 0 {
        return inserted;
    }
    let kept = lane_select_mask(fx, types::F32X4, !control & 15);
    fx.bcx.ins().band(inserted, kept)
}
