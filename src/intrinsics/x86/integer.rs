//! x86 integer SIMD intrinsics of SSE2 to AVX2 as Cranelift vector instructions on 128-bit
//! chunks (multiply-adds, sums of absolute differences, shifts by a count, packs, signs, byte
//! shuffles, permutes, `ptest`/`vtest`), AVX2 gathers lane by lane, and the BMI bit-field
//! extractions on scalars.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Type, Value, types};

use super::{
    chunks_as, has_feature, immediate, lane_mask, per_chunk, shuffle_bytes, splat_const,
    vector_const,
};
use crate::intrinsics::vector::bitcast_vector;
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

/// How a shift by an `xmm` count fills the vacated bits.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Shift {
    Left,
    RightLogical,
    RightArithmetic,
}

pub(super) fn lower<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    use types::{I8X16, I16X8, I32X4, I64X2};
    match name {
        "sse2.pmadd.wd" | "avx2.pmadd.wd" => {
            // Written as the pattern Cranelift turns into one `pmaddwd`.
            per_chunk(fx, [(args[0], I16X8), (args[1], I16X8)], dest, |fx, _, [a, b]| {
                let a_low = fx.bcx.ins().swiden_low(a);
                let b_low = fx.bcx.ins().swiden_low(b);
                let low = fx.bcx.ins().imul(a_low, b_low);
                let a_high = fx.bcx.ins().swiden_high(a);
                let b_high = fx.bcx.ins().swiden_high(b);
                let high = fx.bcx.ins().imul(a_high, b_high);
                fx.bcx.ins().iadd_pairwise(low, high)
            });
        }
        "ssse3.pmadd.ub.sw.128" | "avx2.pmadd.ub.sw" if has_feature(fx, "ssse3") => {
            // Cranelift's operands are the other way round: signed bytes first.
            per_chunk(fx, [(args[0], I8X16), (args[1], I8X16)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().x86_pmaddubsw(b, a)
            });
        }
        "ssse3.pmul.hr.sw.128" | "avx2.pmul.hr.sw" if has_feature(fx, "ssse3") => {
            per_chunk(fx, [(args[0], I16X8), (args[1], I16X8)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().x86_pmulhrsw(a, b)
            });
        }
        "ssse3.pshuf.b.128" | "avx2.pshuf.b" if has_feature(fx, "ssse3") => {
            per_chunk(fx, [(args[0], I8X16), (args[1], I8X16)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().x86_pshufb(a, b)
            });
        }
        "sse2.psad.bw" | "avx2.psad.bw" => {
            per_chunk(fx, [(args[0], I8X16), (args[1], I8X16)], dest, |fx, _, [a, b]| {
                sum_of_absolute_differences(fx, a, b)
            });
        }
        "sse2.packsswb.128" | "avx2.packsswb" => {
            per_chunk(fx, [(args[0], I16X8), (args[1], I16X8)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().snarrow(a, b)
            });
        }
        "sse2.packssdw.128" | "avx2.packssdw" => {
            per_chunk(fx, [(args[0], I32X4), (args[1], I32X4)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().snarrow(a, b)
            });
        }
        "sse2.packuswb.128" | "avx2.packuswb" => {
            per_chunk(fx, [(args[0], I16X8), (args[1], I16X8)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().unarrow(a, b)
            });
        }
        "sse41.packusdw" | "avx2.packusdw" => {
            per_chunk(fx, [(args[0], I32X4), (args[1], I32X4)], dest, |fx, _, [a, b]| {
                fx.bcx.ins().unarrow(a, b)
            });
        }
        "ssse3.psign.b.128" | "avx2.psign.b" => sign(fx, I8X16, args, dest),
        "ssse3.psign.w.128" | "avx2.psign.w" => sign(fx, I16X8, args, dest),
        "ssse3.psign.d.128" | "avx2.psign.d" => sign(fx, I32X4, args, dest),
        "sse2.psll.w" | "avx2.psll.w" => shift_by_count(fx, Shift::Left, I16X8, args, dest),
        "sse2.psll.d" | "avx2.psll.d" => shift_by_count(fx, Shift::Left, I32X4, args, dest),
        "sse2.psll.q" | "avx2.psll.q" => shift_by_count(fx, Shift::Left, I64X2, args, dest),
        "sse2.psrl.w" | "avx2.psrl.w" => {
            shift_by_count(fx, Shift::RightLogical, I16X8, args, dest);
        }
        "sse2.psrl.d" | "avx2.psrl.d" => {
            shift_by_count(fx, Shift::RightLogical, I32X4, args, dest);
        }
        "sse2.psrl.q" | "avx2.psrl.q" => {
            shift_by_count(fx, Shift::RightLogical, I64X2, args, dest);
        }
        "sse2.psra.w" | "avx2.psra.w" => {
            shift_by_count(fx, Shift::RightArithmetic, I16X8, args, dest);
        }
        "sse2.psra.d" | "avx2.psra.d" => {
            shift_by_count(fx, Shift::RightArithmetic, I32X4, args, dest);
        }
        "sse41.phminposuw" => {
            let value = chunks_as(fx, args[0], I16X8)[0];
            let result = min_and_position(fx, value);
            super::super::vector::store_chunks(fx, dest, &[result]);
        }
        "sse41.mpsadbw" | "avx2.mpsadbw" => {
            let Some(control) = immediate(fx, args[2]) else { return false };
            per_chunk(fx, [(args[0], I8X16), (args[1], I8X16)], dest, |fx, chunk, [a, b]| {
                // The 256-bit form takes the high lane's three control bits above the low's.
                multiple_sums_of_absolute_differences(fx, a, b, control >> (3 * chunk))
            });
        }
        "avx2.permd" | "avx2.permps" if has_feature(fx, "ssse3") => {
            let table = chunks_as(fx, args[0], I8X16);
            per_chunk(fx, [(args[1], I32X4)], dest, |fx, _, [index]| {
                permute_dwords(fx, [table[0], table[1]], index)
            });
        }
        "sse41.ptestnzc" | "avx.ptestnzc.256" => {
            let [and_any, and_not_any] = test_bits(fx, args[0], args[1], None);
            let both = fx.bcx.ins().band(and_any, and_not_any);
            write_flag(fx, both, dest);
        }
        "avx.vtestz.ps.256" | "avx.vtestc.ps.256" | "avx.vtestnzc.ps.256" | "avx.vtestnzc.ps" => {
            vector_test(fx, I32X4, name, args, dest);
        }
        "avx.vtestz.pd.256" | "avx.vtestc.pd.256" | "avx.vtestnzc.pd.256" | "avx.vtestnzc.pd" => {
            vector_test(fx, I64X2, name, args, dest);
        }
        "avx2.gather.d.d"
        | "avx2.gather.d.d.256"
        | "avx2.gather.d.q"
        | "avx2.gather.d.q.256"
        | "avx2.gather.q.d"
        | "avx2.gather.q.d.256"
        | "avx2.gather.q.q"
        | "avx2.gather.q.q.256"
        | "avx2.gather.d.pd"
        | "avx2.gather.d.pd.256"
        | "avx2.gather.q.pd"
        | "avx2.gather.q.pd.256"
        | "avx2.gather.d.ps"
        | "avx2.gather.d.ps.256"
        | "avx2.gather.q.ps"
        | "avx2.gather.q.ps.256" => return gather(fx, args, dest),
        "bmi.bextr.32" | "bmi.bextr.64" => {
            let value = args[0].load_scalar(fx);
            let control = args[1].load_scalar(fx);
            let result = extract_bit_field(fx, value, control);
            dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
        }
        "bmi.bzhi.32" | "bmi.bzhi.64" => {
            let value = args[0].load_scalar(fx);
            let index = args[1].load_scalar(fx);
            let result = zero_high_bits(fx, value, index);
            dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
        }
        _ => return false,
    }
    true
}

/// `psadbw`: for each group of 8 bytes, the sum of `|a - b|` as a 64-bit lane.
fn sum_of_absolute_differences(fx: &mut FunctionCx<'_, '_, '_>, a: Value, b: Value) -> Value {
    let larger = fx.bcx.ins().umax(a, b);
    let smaller = fx.bcx.ins().umin(a, b);
    let differences = fx.bcx.ins().isub(larger, smaller);
    // Pairs, then fours of bytes (the widening pairwise adds Cranelift does in one
    // instruction), then the two halves of each 64-bit lane: the sums stay below 2^11.
    let low = fx.bcx.ins().uwiden_low(differences);
    let high = fx.bcx.ins().uwiden_high(differences);
    let pairs = fx.bcx.ins().iadd_pairwise(low, high);
    let low = fx.bcx.ins().swiden_low(pairs);
    let high = fx.bcx.ins().swiden_high(pairs);
    let fours = fx.bcx.ins().iadd_pairwise(low, high);
    let fours = bitcast_vector(fx, fours, types::I64X2);
    let upper = fx.bcx.ins().ushr_imm_s(fours, 32);
    let sums = fx.bcx.ins().iadd(fours, upper);
    let low_dwords = splat_const(fx, types::I64X2, u64::from(u32::MAX));
    fx.bcx.ins().band(sums, low_dwords)
}

/// `psign*`: `a` negated where `b` is negative, zero where `b` is zero, `a` elsewhere.
fn sign<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    ty: Type,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    per_chunk(fx, [(args[0], ty), (args[1], ty)], dest, |fx, _, [a, b]| {
        let zero = vector_const(fx, ty, [0; 16]);
        let negated = fx.bcx.ins().ineg(a);
        let negative = fx.bcx.ins().icmp(IntCC::SignedLessThan, b, zero);
        let is_zero = fx.bcx.ins().icmp(IntCC::Equal, b, zero);
        let signed = fx.bcx.ins().bitselect(negative, negated, a);
        fx.bcx.ins().band_not(signed, is_zero)
    });
}

/// `psll`/`psrl`/`psra` by the count in the low 64 bits of `args[1]`: counts beyond the lane
/// width give zero (or copies of the sign bit), where Cranelift's shifts would wrap them.
fn shift_by_count<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    shift: Shift,
    ty: Type,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    let count = chunks_as(fx, args[1], types::I64X2)[0];
    let count = fx.bcx.ins().extractlane(count, 0);
    let lane_bits = i64::from(ty.lane_bits());
    let too_far = fx.bcx.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, count, lane_bits);
    let count = if shift == Shift::RightArithmetic {
        let widest = fx.bcx.ins().iconst(types::I64, lane_bits - 1);
        fx.bcx.ins().select(too_far, widest, count)
    } else {
        count
    };
    per_chunk(fx, [(args[0], ty)], dest, |fx, _, [value]| match shift {
        Shift::RightArithmetic => fx.bcx.ins().sshr(value, count),
        Shift::Left | Shift::RightLogical => {
            let shifted = if shift == Shift::Left {
                fx.bcx.ins().ishl(value, count)
            } else {
                fx.bcx.ins().ushr(value, count)
            };
            let zero = vector_const(fx, ty, [0; 16]);
            fx.bcx.ins().select(too_far, zero, shifted)
        }
    });
}

/// `phminposuw`: the smallest `u16` lane in lane 0, the lowest lane holding it in lane 1,
/// zeros above.
fn min_and_position(fx: &mut FunctionCx<'_, '_, '_>, value: Value) -> Value {
    let mut min = value;
    for lanes in [[4, 5, 6, 7, 4, 5, 6, 7], [2, 3, 2, 3, 2, 3, 2, 3], [1; 8]] {
        let folded = shuffle_bytes(fx, min, min, lane_mask(lanes));
        min = fx.bcx.ins().umin(min, folded);
    }
    let everywhere = shuffle_bytes(fx, min, min, lane_mask([0; 8]));
    let at_min = fx.bcx.ins().icmp(IntCC::Equal, value, everywhere);
    let positions = fx.bcx.ins().vhigh_bits(types::I32, at_min);
    let position = fx.bcx.ins().ctz(positions);
    let position = fx.bcx.ins().ireduce(types::I16, position);
    let min = fx.bcx.ins().extractlane(min, 0);
    let result = vector_const(fx, types::I16X8, [0; 16]);
    let result = fx.bcx.ins().insertlane(result, min, 0);
    fx.bcx.ins().insertlane(result, position, 1)
}

/// `mpsadbw` on one 128-bit lane: `r[i] = sum(|a[i + j + a_from] - b[j + b_from]|, j < 4)`
/// for the 8 `u16` lanes, the offsets chosen by the three low bits of `control`.
fn multiple_sums_of_absolute_differences(
    fx: &mut FunctionCx<'_, '_, '_>,
    a: Value,
    b: Value,
    control: u64,
) -> Value {
    let a_from = ((control >> 2) & 1) as u8 * 4;
    let b_from = (control & 3) as u8 * 4;
    let zero = vector_const(fx, types::I8X16, [0; 16]);
    let mut sum = vector_const(fx, types::I16X8, [0; 16]);
    for j in 0..4 {
        // The bytes widened to 16 bits by a shuffle with zeros (byte 16 of the pair).
        let window: [u8; 16] =
            std::array::from_fn(|i| if i % 2 == 0 { a_from + j + i as u8 / 2 } else { 16 });
        let window = shuffle_bytes(fx, a, zero, window);
        let window = bitcast_vector(fx, window, types::I16X8);
        let repeated: [u8; 16] = std::array::from_fn(|i| if i % 2 == 0 { b_from + j } else { 16 });
        let repeated = shuffle_bytes(fx, b, zero, repeated);
        let repeated = bitcast_vector(fx, repeated, types::I16X8);
        let difference = fx.bcx.ins().isub(window, repeated);
        let difference = fx.bcx.ins().iabs(difference);
        sum = fx.bcx.ins().iadd(sum, difference);
    }
    sum
}

/// The byte indices (for `pshufb`) of the 32-bit lanes `lanes` (each 0 to 3) of a vector.
pub(super) fn dword_byte_indices(fx: &mut FunctionCx<'_, '_, '_>, lanes: Value) -> Value {
    let spread = splat_const(fx, types::I32X4, 0x0404_0404);
    let first_bytes = fx.bcx.ins().imul(lanes, spread);
    let within = splat_const(fx, types::I32X4, 0x0302_0100);
    let bytes = fx.bcx.ins().iadd(first_bytes, within);
    bitcast_vector(fx, bytes, types::I8X16)
}

/// `vpermd`/`vpermps` for one 128-bit chunk of the result: lane `i` is lane `index[i] & 7` of
/// the 8 lanes of `table`.
fn permute_dwords(fx: &mut FunctionCx<'_, '_, '_>, table: [Value; 2], index: Value) -> Value {
    let three = splat_const(fx, types::I32X4, 3);
    let within = fx.bcx.ins().band(index, three);
    let bytes = dword_byte_indices(fx, within);
    let from_low = fx.bcx.ins().x86_pshufb(table[0], bytes);
    let from_high = fx.bcx.ins().x86_pshufb(table[1], bytes);
    let four = splat_const(fx, types::I32X4, 4);
    let upper = fx.bcx.ins().band(index, four);
    let zero = vector_const(fx, types::I32X4, [0; 16]);
    let use_high = fx.bcx.ins().icmp(IntCC::NotEqual, upper, zero);
    let use_high = bitcast_vector(fx, use_high, types::I8X16);
    fx.bcx.ins().bitselect(use_high, from_high, from_low)
}

/// Whether any bit (or with `sign_lanes`, the sign bit of any lane of that type) is set in
/// `a & b` and in `!a & b`: the complements of the zero and carry flags of `ptest`/`vtest`.
fn test_bits<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    a: CValue<'tcx>,
    b: CValue<'tcx>,
    sign_lanes: Option<Type>,
) -> [Value; 2] {
    let ty = sign_lanes.unwrap_or(types::I64X2);
    let a = chunks_as(fx, a, ty);
    let b = chunks_as(fx, b, ty);
    let mut both = fx.bcx.ins().band(a[0], b[0]);
    let mut only_b = fx.bcx.ins().band_not(b[0], a[0]);
    for (&a, &b) in a.iter().zip(&b).skip(1) {
        let chunk_both = fx.bcx.ins().band(a, b);
        both = fx.bcx.ins().bor(both, chunk_both);
        let chunk_only_b = fx.bcx.ins().band_not(b, a);
        only_b = fx.bcx.ins().bor(only_b, chunk_only_b);
    }
    [both, only_b].map(|bits| match sign_lanes {
        None => fx.bcx.ins().vany_true(bits),
        Some(_) => {
            let signs = fx.bcx.ins().vhigh_bits(types::I8, bits);
            fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, signs, 0)
        }
    })
}

/// `vtestz`/`vtestc`/`vtestnzc` on the sign bits of lanes of type `ty`.
fn vector_test<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    ty: Type,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    let [both_any, only_b_any] = test_bits(fx, args[0], args[1], Some(ty));
    let flag = if name.contains("testz") {
        fx.bcx.ins().bxor_imm_s(both_any, 1)
    } else if name.contains("testc") {
        fx.bcx.ins().bxor_imm_s(only_b_any, 1)
    } else {
        fx.bcx.ins().band(both_any, only_b_any)
    };
    write_flag(fx, flag, dest);
}

/// Writes the 0/1 `flag` (an `i8`) as the `i32` result in `dest`.
fn write_flag<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, flag: Value, dest: CPlace<'tcx>) {
    let flag = fx.bcx.ins().uextend(types::I32, flag);
    dest.write_cvalue(fx, CValue::by_val(flag, dest.layout));
}

/// AVX2 gathers (`src, base, offsets, mask, scale`): lane `i` is loaded from
/// `base + offsets[i] * scale` where the top bit of `mask[i]` is set and is `src[i]` elsewhere;
/// lanes beyond those the offsets give are zero. Masked-off lanes read their own `src` lane
/// instead of memory, so that no lane branches. False if the scale is not a constant.
fn gather<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Some(scale) = immediate(fx, args[4]) else { return false };
    let tcx = fx.tcx;
    let (lanes, lane_ty) = dest.layout.ty.simd_size_and_type(tcx);
    let lane_bytes = fx.layout_of(lane_ty).size.bytes();
    let (offset_lanes, offset_ty) = args[2].layout.ty.simd_size_and_type(tcx);
    let offset_bytes = fx.layout_of(offset_ty).size.bytes();
    let lane_int = Type::int(lane_bytes as u16 * 8).expect("gathered lane");
    let offset_int = Type::int(offset_bytes as u16 * 8).expect("gather offset");
    let src = args[0].spill_to_memory(fx);
    let base = args[1].load_scalar(fx);
    let offsets = args[2].spill_to_memory(fx);
    let mask = args[3].spill_to_memory(fx);
    let flags = MemFlagsData::new();
    super::super::simd::in_memory(fx, dest, |fx, dest| {
        let out = dest.to_ptr();
        for i in 0..lanes {
            let value = if i < offset_lanes {
                let offset =
                    offsets.offset_i64(fx, (i * offset_bytes) as i64).load(fx, offset_int, flags);
                let offset = if offset_int == types::I64 {
                    offset
                } else {
                    fx.bcx.ins().sextend(types::I64, offset)
                };
                let scaled = fx.bcx.ins().imul_imm_s(offset, scale as i64);
                let address = fx.bcx.ins().iadd(base, scaled);
                let own = src.offset_i64(fx, (i * lane_bytes) as i64).addr(fx);
                let selector =
                    mask.offset_i64(fx, (i * lane_bytes) as i64).load(fx, lane_int, flags);
                let selected = fx.bcx.ins().icmp_imm_s(IntCC::SignedLessThan, selector, 0);
                let from = fx.bcx.ins().select(selected, address, own);
                fx.bcx.ins().load(lane_int, flags, from, 0)
            } else {
                fx.bcx.ins().iconst(lane_int, 0)
            };
            out.offset_i64(fx, (i * lane_bytes) as i64).store(fx, value, flags);
        }
        true
    });
    true
}

/// `bextr`: `len` bits of `value` from bit `start` (`control`'s bytes 0 and 1), where bits
/// beyond the operand are zeros.
fn extract_bit_field(fx: &mut FunctionCx<'_, '_, '_>, value: Value, control: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(value);
    let bits = i64::from(ty.bits());
    let start = fx.bcx.ins().band_imm_s(control, 0xff);
    let len = fx.bcx.ins().ushr_imm_s(control, 8);
    let len = fx.bcx.ins().band_imm_s(len, 0xff);
    let shifted = fx.bcx.ins().ushr(value, start);
    let zero = fx.bcx.ins().iconst(ty, 0);
    let start_beyond = fx.bcx.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, start, bits);
    let shifted = fx.bcx.ins().select(start_beyond, zero, shifted);
    let kept = low_bits(fx, shifted, len);
    let len_beyond = fx.bcx.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, len, bits);
    fx.bcx.ins().select(len_beyond, shifted, kept)
}

/// `bzhi`: `value` with the bits from `index`'s low byte up cleared.
fn zero_high_bits(fx: &mut FunctionCx<'_, '_, '_>, value: Value, index: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(value);
    let index = fx.bcx.ins().band_imm_s(index, 0xff);
    let kept = low_bits(fx, value, index);
    let beyond =
        fx.bcx.ins().icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, index, i64::from(ty.bits()));
    fx.bcx.ins().select(beyond, value, kept)
}

/// The low `count` bits of `value`, for `count` below its width.
fn low_bits(fx: &mut FunctionCx<'_, '_, '_>, value: Value, count: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(value);
    let one = fx.bcx.ins().iconst(ty, 1);
    let bit = fx.bcx.ins().ishl(one, count);
    let mask = fx.bcx.ins().isub(bit, one);
    fx.bcx.ins().band(value, mask)
}
