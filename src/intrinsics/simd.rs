//! Portable SIMD intrinsics (`simd_*`). Where the operands are whole 128-bit vectors of lanes
//! Cranelift vectors hold (see `vector`), an operation is a Cranelift vector instruction per
//! chunk; everything else is lowered lane by lane through memory, which is correct for every
//! lane type and count.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{ConstantData, InstBuilder, MemFlagsData, Type, Value, types};
use rustc_abi::BackendRepr;
use rustc_middle::mir::BinOp;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};
use rustc_span::{Span, Symbol, sym};
use smallvec::SmallVec;

use super::vector::{
    CHUNK_BYTES, ChunkValues, Chunked, bitcast_vector, load_chunks, map_chunks, store_chunks,
};
use crate::lower::FunctionCx;
use crate::lower::num::{float_cc, int_cc};
use crate::lower::value::{CPlace, CValue, Pointer};

/// rustc requires the lanes of `#[repr(simd)]` types to be machine integers, floats or
/// pointers (E0077).
const SCALAR_LANES: &str = "SIMD lanes are scalars";
/// `comparison` gives the operator of a comparison.
const COMPARISON: &str = "a comparison operator";

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
        let ptr = value.spill_to_memory(fx);
        Lanes::of_type(fx, ptr, value.layout.ty)
    }

    fn lane_ptr(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64) -> Pointer {
        self.ptr.offset_i64(fx, (index * self.lane.size.bytes()) as i64)
    }

    fn load(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64) -> Value {
        let ty = fx.register_types(self.lane).expect(SCALAR_LANES).0;
        self.lane_ptr(fx, index).load(fx, ty, MemFlagsData::new())
    }

    fn store(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64, value: Value) {
        let place = CPlace::for_ptr(self.lane_ptr(fx, index), self.lane);
        place.write_cvalue(fx, CValue::by_val(value, self.lane));
    }
}

/// The comparison operator of a `simd_eq`-style intrinsic.
fn comparison(name: Symbol) -> BinOp {
    match name {
        sym::simd_eq => BinOp::Eq,
        sym::simd_ne => BinOp::Ne,
        sym::simd_lt => BinOp::Lt,
        sym::simd_le => BinOp::Le,
        sym::simd_gt => BinOp::Gt,
        _ => BinOp::Ge,
    }
}

/// Lowers the SIMD intrinsic `name`; returns false if it is not implemented.
pub(super) fn lower_simd<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    if lower_vectorized(fx, name, args, dest) {
        return true;
    }
    in_memory(fx, dest, |fx, dest| lower_lane_by_lane(fx, name, args, dest))
}

/// Runs `lower` with a destination in memory: `dest` itself, or for a SIMD value held in a
/// register a stack slot copied to it afterwards.
pub(super) fn in_memory<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    dest: CPlace<'tcx>,
    lower: impl FnOnce(&mut FunctionCx<'_, '_, 'tcx>, CPlace<'tcx>) -> bool,
) -> bool {
    if dest.try_to_sized_ptr().is_some() || !dest.layout.ty.is_simd() {
        return lower(fx, dest);
    }
    let temporary = CPlace::new_stack_slot(fx, dest.layout);
    if !lower(fx, temporary) {
        return false;
    }
    let value = temporary.to_cvalue(fx);
    dest.write_cvalue(fx, value);
    true
}

/// Whether the lanes of the SIMD type `ty` are signed integers.
fn signed_lanes<'tcx>(fx: &FunctionCx<'_, '_, 'tcx>, ty: Ty<'tcx>) -> bool {
    ty.simd_size_and_type(fx.tcx).1.is_signed()
}

/// The intrinsics with a Cranelift vector instruction, for operands that chunk (see
/// `vector::Chunked`); returns false, emitting nothing, for the others.
fn lower_vectorized<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    if name == sym::simd_bitmask {
        // Big-endian targets number the bits the other way (see `lower_simd_intrinsic`).
        return fx.tcx.data_layout.endian == rustc_abi::Endian::Little
            && bitmask_of_chunks(fx, args[0], dest);
    }
    let Some(chunked) = Chunked::of(fx, dest.layout) else { return false };
    let is_float = chunked.ty.lane_type().is_float();
    match name {
        sym::simd_add
        | sym::simd_sub
        | sym::simd_mul
        | sym::simd_and
        | sym::simd_or
        | sym::simd_xor => {
            if is_float && matches!(name, sym::simd_and | sym::simd_or | sym::simd_xor) {
                return false;
            }
            // Cranelift's vector instructions are those of WebAssembly's SIMD, which has no
            // multiplication of byte lanes.
            if name == sym::simd_mul && chunked.ty == types::I8X16 {
                return false;
            }
            map_chunks(fx, [args[0], args[1]], dest, |fx, [x, y]| {
                let ins = fx.bcx.ins();
                match (name, is_float) {
                    (sym::simd_add, false) => ins.iadd(x, y),
                    (sym::simd_add, true) => ins.fadd(x, y),
                    (sym::simd_sub, false) => ins.isub(x, y),
                    (sym::simd_sub, true) => ins.fsub(x, y),
                    (sym::simd_mul, false) => ins.imul(x, y),
                    (sym::simd_mul, true) => ins.fmul(x, y),
                    (sym::simd_and, _) => ins.band(x, y),
                    (sym::simd_or, _) => ins.bor(x, y),
                    _ => ins.bxor(x, y),
                }
            })
        }
        sym::simd_div if is_float => {
            map_chunks(fx, [args[0], args[1]], dest, |fx, [x, y]| fx.bcx.ins().fdiv(x, y))
        }
        sym::simd_saturating_add | sym::simd_saturating_sub
            if !is_float && chunked.ty.lane_bits() <= 16 =>
        {
            let signed = signed_lanes(fx, dest.layout.ty);
            map_chunks(fx, [args[0], args[1]], dest, |fx, [x, y]| {
                let ins = fx.bcx.ins();
                match (name == sym::simd_saturating_add, signed) {
                    (true, true) => ins.sadd_sat(x, y),
                    (true, false) => ins.uadd_sat(x, y),
                    (false, true) => ins.ssub_sat(x, y),
                    (false, false) => ins.usub_sat(x, y),
                }
            })
        }
        sym::simd_neg => map_chunks(fx, [args[0]], dest, |fx, [x]| {
            if is_float { fx.bcx.ins().fneg(x) } else { fx.bcx.ins().ineg(x) }
        }),
        sym::simd_fabs
        | sym::simd_fsqrt
        | sym::simd_ceil
        | sym::simd_floor
        | sym::simd_trunc
        | sym::simd_round_ties_even => map_chunks(fx, [args[0]], dest, |fx, [x]| {
            let ins = fx.bcx.ins();
            match name {
                sym::simd_fabs => ins.fabs(x),
                sym::simd_fsqrt => ins.sqrt(x),
                sym::simd_ceil => ins.ceil(x),
                sym::simd_floor => ins.floor(x),
                sym::simd_trunc => ins.trunc(x),
                _ => ins.nearest(x),
            }
        }),
        sym::simd_eq | sym::simd_ne | sym::simd_lt | sym::simd_le | sym::simd_gt | sym::simd_ge => {
            let op = comparison(name);
            let Some(arg_chunked) = Chunked::of(fx, args[0].layout) else { return false };
            let from_float = arg_chunked.ty.lane_type().is_float();
            // The mask lanes must be as wide as the compared ones: Cranelift's comparison
            // gives all-ones lanes of that width.
            if arg_chunked.count != chunked.count
                || arg_chunked.ty.lane_bits() != chunked.ty.lane_bits()
            {
                return false;
            }
            let signed = signed_lanes(fx, args[0].layout.ty);
            // Nor unsigned order comparisons of 64-bit lanes.
            let ordered = !matches!(op, BinOp::Eq | BinOp::Ne);
            if !from_float && !signed && ordered && arg_chunked.ty.lane_bits() == 64 {
                return false;
            }
            map_chunks(fx, [args[0], args[1]], dest, |fx, [x, y]| {
                if from_float {
                    fx.bcx.ins().fcmp(float_cc(op).expect(COMPARISON), x, y)
                } else {
                    fx.bcx.ins().icmp(int_cc(op, signed).expect(COMPARISON), x, y)
                }
            })
        }
        sym::simd_select => {
            // Mask lanes are all ones or all zeros, as wide as the selected ones.
            let Some(mask_chunked) = Chunked::of(fx, args[0].layout) else { return false };
            if mask_chunked.count != chunked.count
                || mask_chunked.ty.lane_bits() != chunked.ty.lane_bits()
            {
                return false;
            }
            let value_ty = chunked.ty;
            map_chunks(fx, [args[0], args[1], args[2]], dest, |fx, [mask, x, y]| {
                let mask = bitcast_vector(fx, mask, value_ty);
                fx.bcx.ins().bitselect(mask, x, y)
            })
        }
        sym::simd_splat => {
            let lane = args[0].load_scalar(fx);
            let lane = crate::lower::value::bitcast_to(fx, lane, chunked.ty.lane_type());
            let vector = fx.bcx.ins().splat(chunked.ty, lane);
            let chunks: ChunkValues = (0..chunked.count).map(|_| vector).collect();
            store_chunks(fx, dest, &chunks);
            true
        }
        _ => false,
    }
}

/// The bit of lane `lane` of `count` in the masks of `simd_bitmask` and `simd_select_bitmask`:
/// bit `lane` on little-endian targets, bit `count - 1 - lane` on big-endian ones (as LLVM's
/// backend numbers them, and `core::simd` expects).
fn bitmask_position(fx: &FunctionCx<'_, '_, '_>, lane: u64, count: u64) -> i64 {
    match fx.tcx.data_layout.endian {
        rustc_abi::Endian::Little => lane as i64,
        rustc_abi::Endian::Big => (count - 1 - lane) as i64,
    }
}

/// `simd_bitmask` into an integer: the top bit of every lane, lane 0 in bit 0, gathered a chunk
/// at a time (`vhigh_bits`).
fn bitmask_of_chunks<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    mask: CValue<'tcx>,
    dest: CPlace<'tcx>,
) -> bool {
    let Some(chunked) = Chunked::of(fx, mask.layout) else { return false };
    let Some((out_ty, None)) = fx.register_types(dest.layout) else { return false };
    if !chunked.ty.lane_type().is_int() || !out_ty.is_int() || out_ty.bits() > 64 {
        return false;
    }
    let per_chunk = chunked.ty.lane_count();
    let chunks = load_chunks(fx, mask, chunked);
    let mut bits = fx.iconst(out_ty, 0);
    for (i, chunk) in chunks.into_iter().enumerate() {
        let chunk_bits = fx.bcx.ins().vhigh_bits(out_ty, chunk);
        let shifted = fx.bcx.ins().ishl_imm_s(chunk_bits, i64::from(i as u32 * per_chunk));
        bits = fx.bcx.ins().bor(bits, shifted);
    }
    dest.write_cvalue(fx, CValue::by_val(bits, dest.layout));
    true
}

/// `simd_shuffle_const_generic`: output lane `i` is lane `lanes[i]` of `a` followed by `b`,
/// the indices known now. Vectors that chunk are shuffled a chunk at a time, others a lane at
/// a time. An index past both inputs, or a result of another length, is the error LLVM's
/// backend gives.
pub(super) fn lower_shuffle_of_lanes<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    a: CValue<'tcx>,
    b: CValue<'tcx>,
    lanes: &[u32],
    dest: CPlace<'tcx>,
    span: Span,
) {
    let total = 2 * a.layout.ty.simd_size_and_type(fx.tcx).0;
    let out_count = dest.layout.ty.simd_size_and_type(fx.tcx).0;
    let problem = if let Some(bad) = lanes.iter().position(|&lane| u64::from(lane) >= total) {
        Some(format!("SIMD index #{bad} is out of bounds (limit {total})"))
    } else if out_count != lanes.len() as u64 {
        Some(format!("expected a return type of {} lanes, found {out_count}", lanes.len()))
    } else {
        None
    };
    if let Some(problem) = problem {
        let message = format!(
            "invalid monomorphization of `simd_shuffle_const_generic` intrinsic: {problem}"
        );
        fx.tcx.dcx().span_err(span, message);
        return;
    }
    if shuffle_chunks(fx, a, b, lanes, dest) {
        return;
    }
    let (a, b) = (Lanes::of_value(fx, a), Lanes::of_value(fx, b));
    let out = Lanes::of_type(fx, dest.to_ptr(), dest.layout.ty);
    for (i, &from) in lanes.iter().enumerate() {
        let from = u64::from(from);
        let (source, index) = if from < a.count { (a, from) } else { (b, from - a.count) };
        let value = CPlace::for_ptr(source.lane_ptr(fx, index), source.lane).to_cvalue(fx);
        CPlace::for_ptr(out.lane_ptr(fx, i as u64), out.lane).write_cvalue(fx, value);
    }
}

/// `simd_shuffle` with constant lane indices (`indices`, the bytes of the `u32` array): each
/// 128-bit chunk of the result is one Cranelift `shuffle` of at most two chunks of the inputs.
/// Returns false, emitting nothing, when the vectors do not chunk alike or a result chunk needs
/// lanes of more than two input chunks.
pub(super) fn lower_shuffle_with_indices<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    a: CValue<'tcx>,
    b: CValue<'tcx>,
    indices: &[u8],
    dest: CPlace<'tcx>,
) -> bool {
    let endian = fx.tcx.data_layout.endian;
    let lanes: SmallVec<[u32; 16]> = indices
        .as_chunks::<4>()
        .0
        .iter()
        .map(|&bytes| match endian {
            rustc_abi::Endian::Little => u32::from_le_bytes(bytes),
            rustc_abi::Endian::Big => u32::from_be_bytes(bytes),
        })
        .collect();
    shuffle_chunks(fx, a, b, &lanes, dest)
}

/// A shuffle with the lane indices `lanes`, a Cranelift `shuffle` per 128-bit chunk of the
/// result (see `lower_shuffle_with_indices`); false, emitting nothing, when it does not fit.
fn shuffle_chunks<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    a: CValue<'tcx>,
    b: CValue<'tcx>,
    lanes: &[u32],
    dest: CPlace<'tcx>,
) -> bool {
    let (Some(out), Some(input)) = (Chunked::of(fx, dest.layout), Chunked::of(fx, a.layout)) else {
        return false;
    };
    if input.ty != out.ty || Chunked::of(fx, b.layout) != Some(input) {
        return false;
    }
    let per_chunk = out.ty.lane_count();
    let lane_bytes = out.ty.lane_bits() / 8;
    if lanes.len() != (out.count * per_chunk) as usize {
        return false;
    }
    if lanes.iter().any(|&lane| lane >= 2 * input.count * per_chunk) {
        return false;
    }
    // For each result chunk: the (at most two) input chunks it reads, `a`'s then `b`'s
    // numbered in a row, and its byte mask over them.
    let mut plan: Vec<([u32; 2], [u8; CHUNK_BYTES as usize])> = Vec::new();
    for chunk_lanes in lanes.chunks_exact(per_chunk as usize) {
        let mut sources: SmallVec<[u32; 2]> = SmallVec::new();
        let mut mask = [0u8; CHUNK_BYTES as usize];
        for (lane, &from) in chunk_lanes.iter().enumerate() {
            let source = from / per_chunk;
            let position = match sources.iter().position(|&s| s == source) {
                Some(position) => position,
                None if sources.len() < 2 => {
                    sources.push(source);
                    sources.len() - 1
                }
                None => return false,
            };
            let first_byte = position as u32 * CHUNK_BYTES as u32 + from % per_chunk * lane_bytes;
            for byte in 0..lane_bytes {
                mask[(lane as u32 * lane_bytes + byte) as usize] = (first_byte + byte) as u8;
            }
        }
        let second = sources.get(1).copied().unwrap_or(sources[0]);
        plan.push(([sources[0], second], mask));
    }

    fx.cx.uses_vector_shuffle = true;
    let bytes = Chunked { ty: types::I8X16, count: input.count };
    let mut inputs = load_chunks(fx, a, bytes);
    inputs.extend(load_chunks(fx, b, bytes));
    let results: ChunkValues = plan
        .iter()
        .map(|&([first, second], mask)| {
            let mask = fx.bcx.func.dfg.immediates.push(ConstantData::from(&mask[..]));
            let shuffled =
                fx.bcx.ins().shuffle(inputs[first as usize], inputs[second as usize], mask);
            bitcast_vector(fx, shuffled, out.ty)
        })
        .collect();
    store_chunks(fx, dest, &results);
    true
}

/// Every intrinsic of this file, lane by lane through memory.
/// Float math on `f16` and `f128` lanes, for which Cranelift has no instructions: each lane as
/// the scalar intrinsic computes it, `f16` in single precision, `f128` through libm's `*f128`
/// functions. Returns false, emitting nothing, for other intrinsics and lanes (the
/// transcendental functions handle all four float types themselves).
fn lower_half_or_quad_float_math<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let (half, quad) = match name {
        sym::simd_fabs => ("fabs", "fabs"),
        sym::simd_fsqrt => ("sqrtf16", "sqrtf128"),
        sym::simd_ceil => ("ceilf16", "ceilf128"),
        sym::simd_floor => ("floorf16", "floorf128"),
        sym::simd_trunc => ("truncf16", "truncf128"),
        sym::simd_round_ties_even => ("round_ties_even_f16", "round_ties_even_f128"),
        sym::simd_fma | sym::simd_relaxed_fma => ("fmaf16", "fmaf128"),
        sym::simd_minimum_number_nsz => ("minimum_number_nsz_f16", "minimum_number_nsz_f128"),
        sym::simd_maximum_number_nsz => ("maximum_number_nsz_f16", "maximum_number_nsz_f128"),
        _ => return false,
    };
    let scalar = match args[0].layout.ty.simd_size_and_type(fx.tcx).1.kind() {
        ty::Float(ty::FloatTy::F16) => Symbol::intern(half),
        ty::Float(ty::FloatTy::F128) => Symbol::intern(quad),
        _ => return false,
    };
    let inputs: SmallVec<[Lanes<'tcx>; 3]> =
        args.iter().map(|&arg| Lanes::of_value(fx, arg)).collect();
    let out = Lanes::of_type(fx, dest.to_ptr(), dest.layout.ty);
    for i in 0..out.count {
        let lanes: SmallVec<[CValue<'tcx>; 3]> = inputs
            .iter()
            .map(|input| CPlace::for_ptr(input.lane_ptr(fx, i), input.lane).to_cvalue(fx))
            .collect();
        let value = super::float_intrinsic(fx, scalar, &lanes)
            .expect("every name above has a scalar lowering for f16 and f128");
        out.store(fx, i, value);
    }
    true
}

fn lower_lane_by_lane<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let dest_ty = dest.layout.ty;
    if lower_half_or_quad_float_math(fx, name, args, dest) {
        return true;
    }
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
            let offset = fx.scaled(index, input.lane.size.bytes());
            let offset = crate::lower::int_resize(fx, offset, fx.pointer_type, false);
            let lane = CPlace::for_ptr(input.ptr.offset_value(fx, offset), input.lane);
            let value = lane.to_cvalue(fx);
            dest.write_cvalue(fx, value);
        }
        sym::simd_insert | sym::simd_insert_dyn => {
            dest.write_cvalue(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let index = args[1].load_scalar(fx);
            let offset = fx.scaled(index, out.lane.size.bytes());
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
                let offset = fx.scaled(index, lane_size as u64);
                let lane = CPlace::for_ptr(Pointer::new(base).offset_value(fx, offset), a.lane);
                let value = lane.to_cvalue(fx);
                CPlace::for_ptr(out.lane_ptr(fx, i), out.lane).write_cvalue(fx, value);
            }
        }
        sym::simd_eq | sym::simd_ne | sym::simd_lt | sym::simd_le | sym::simd_gt | sym::simd_ge => {
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let out_ty = fx.register_types(out.lane).expect(SCALAR_LANES).0;
            let is_float = a.lane.ty.is_floating_point();
            let signed = a.lane.ty.is_signed();
            let bool_layout = fx.layout_of(fx.tcx.types.bool);
            for i in 0..a.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let op = comparison(name);
                let holds = if is_float {
                    // As for scalars, so that `f16` and `f128` lanes compare too.
                    fx.lower_float_binop(op, x, y, bool_layout).load_scalar(fx)
                } else {
                    fx.bcx.ins().icmp(int_cc(op, signed).expect(COMPARISON), x, y)
                };
                // True lanes are all ones.
                let wide = crate::lower::int_resize(fx, holds, out_ty, false);
                let mask = fx.bcx.ins().ineg(wide);
                out.store(fx, i, mask);
            }
        }
        sym::simd_bitmask => {
            let input = Lanes::of_value(fx, args[0]);
            // The result is an integer, or a byte array holding one in the target's byte order,
            // whose bits stand for the lanes from the least significant one up on little-endian
            // targets, from the most significant one of the lane count down on big-endian ones.
            let out_ty = match fx.register_types(dest.layout) {
                Some((ty, None)) => ty,
                _ => Type::int((dest.layout.size.bytes() * 8).next_power_of_two().max(8) as u16)
                    .unwrap_or(types::I128),
            };
            let mut bits = fx.iconst(out_ty, 0);
            for i in 0..input.count {
                let lane = input.load(fx, i);
                let lane_ty = fx.bcx.func.dfg.value_type(lane);
                let zero = fx.iconst(lane_ty, 0);
                let negative = fx.bcx.ins().icmp(IntCC::SignedLessThan, lane, zero);
                let bit = crate::lower::int_resize(fx, negative, out_ty, false);
                let position = bitmask_position(fx, i, input.count);
                let shifted = fx.bcx.ins().ishl_imm_s(bit, position);
                bits = fx.bcx.ins().bor(bits, shifted);
            }
            if fx.register_types(dest.layout).is_some() {
                dest.write_cvalue(fx, CValue::by_val(bits, dest.layout));
            } else {
                let out = dest.to_ptr();
                let size = dest.layout.size.bytes();
                let big_endian = fx.tcx.data_layout.endian == rustc_abi::Endian::Big;
                for byte in 0..size {
                    let significance = if big_endian { size - 1 - byte } else { byte };
                    let shifted = fx.bcx.ins().ushr_imm_s(bits, (significance * 8) as i64);
                    let value = crate::lower::int_resize(fx, shifted, types::I8, false);
                    out.offset_i64(fx, byte as i64).store(fx, value, MemFlagsData::new());
                }
            }
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
                    fx.float_neg(x)
                } else {
                    fx.bcx.ins().ineg(x)
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_add
        | sym::simd_sub
        | sym::simd_mul
        | sym::simd_and
        | sym::simd_or
        | sym::simd_xor
        | sym::simd_shl
        | sym::simd_shr
        | sym::simd_div
        | sym::simd_rem => {
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let is_float = a.lane.ty.is_floating_point();
            let signed = a.lane.ty.is_signed();
            if is_float && matches!(name, sym::simd_shl | sym::simd_shr) {
                return false;
            }
            for i in 0..out.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let float_op = match name {
                    sym::simd_add => Some(BinOp::Add),
                    sym::simd_sub => Some(BinOp::Sub),
                    sym::simd_mul => Some(BinOp::Mul),
                    sym::simd_div => Some(BinOp::Div),
                    sym::simd_rem => Some(BinOp::Rem),
                    _ => None,
                };
                if is_float && let Some(op) = float_op {
                    // Lane-wise as for scalars, which Cranelift cannot compute on `f16` and
                    // `f128`: those go through `f32` or compiler-builtins (fmod through libm).
                    let value = fx.lower_float_binop(op, x, y, a.lane).load_scalar(fx);
                    out.store(fx, i, value);
                    continue;
                }
                let ins = fx.bcx.ins();
                let value = match name {
                    sym::simd_add => ins.iadd(x, y),
                    sym::simd_sub => ins.isub(x, y),
                    sym::simd_mul => ins.imul(x, y),
                    sym::simd_div if signed => ins.sdiv(x, y),
                    sym::simd_div => ins.udiv(x, y),
                    sym::simd_rem if signed => ins.srem(x, y),
                    sym::simd_rem => ins.urem(x, y),
                    sym::simd_and => ins.band(x, y),
                    sym::simd_or => ins.bor(x, y),
                    sym::simd_xor => ins.bxor(x, y),
                    sym::simd_shl => ins.ishl(x, y),
                    sym::simd_shr if signed => ins.sshr(x, y),
                    _ => ins.ushr(x, y),
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_reduce_or
        | sym::simd_reduce_and
        | sym::simd_reduce_xor
        | sym::simd_reduce_add_unordered
        | sym::simd_reduce_mul_unordered
        | sym::simd_reduce_add_ordered
        | sym::simd_reduce_mul_ordered
        | sym::simd_reduce_max
        | sym::simd_reduce_min
        | sym::simd_reduce_all
        | sym::simd_reduce_any => {
            let a = Lanes::of_value(fx, args[0]);
            let is_float = a.lane.ty.is_floating_point();
            let signed = a.lane.ty.is_signed();
            let ordered =
                matches!(name, sym::simd_reduce_add_ordered | sym::simd_reduce_mul_ordered);
            // Ordered float reductions start from the given accumulator, lane 0 first.
            let (mut acc, first) =
                if ordered { (args[1].load_scalar(fx), 0) } else { (a.load(fx, 0), 1) };
            for i in first..a.count {
                let x = a.load(fx, i);
                acc = match (name, is_float) {
                    (sym::simd_reduce_add_unordered | sym::simd_reduce_add_ordered, true) => {
                        fx.bcx.ins().fadd(acc, x)
                    }
                    (sym::simd_reduce_add_unordered | sym::simd_reduce_add_ordered, false) => {
                        fx.bcx.ins().iadd(acc, x)
                    }
                    (sym::simd_reduce_mul_unordered | sym::simd_reduce_mul_ordered, true) => {
                        fx.bcx.ins().fmul(acc, x)
                    }
                    (sym::simd_reduce_mul_unordered | sym::simd_reduce_mul_ordered, false) => {
                        fx.bcx.ins().imul(acc, x)
                    }
                    (sym::simd_reduce_max, true) => super::float_min_max(fx, false, acc, x),
                    (sym::simd_reduce_min, true) => super::float_min_max(fx, true, acc, x),
                    (_, true) => return false,
                    (sym::simd_reduce_or | sym::simd_reduce_any, _) => fx.bcx.ins().bor(acc, x),
                    (sym::simd_reduce_and | sym::simd_reduce_all, _) => fx.bcx.ins().band(acc, x),
                    (sym::simd_reduce_xor, _) => fx.bcx.ins().bxor(acc, x),
                    (sym::simd_reduce_max, _) if signed => fx.bcx.ins().smax(acc, x),
                    (sym::simd_reduce_max, _) => fx.bcx.ins().umax(acc, x),
                    (sym::simd_reduce_min, _) if signed => fx.bcx.ins().smin(acc, x),
                    _ => fx.bcx.ins().umin(acc, x),
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
        sym::simd_cast_ptr | sym::simd_expose_provenance | sym::simd_with_exposed_provenance => {
            // Lane-wise between thin pointers and usize: the same bits.
            let a = Lanes::of_value(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            if a.lane.size != out.lane.size {
                return false;
            }
            for i in 0..out.count {
                let x = a.load(fx, i);
                out.store(fx, i, x);
            }
        }
        sym::simd_cast | sym::simd_as => {
            let a = Lanes::of_value(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let out_ty = fx.register_types(out.lane).expect(SCALAR_LANES).0;
            let from_float = a.lane.ty.is_floating_point();
            let to_float = out.lane.ty.is_floating_point();
            // With F16C, LLVM widens halves with `vcvtph2ps`, which quiets signalling NaNs;
            // compiler-builtins keeps them as they are.
            let quiets_half_nans = a.lane.ty == fx.tcx.types.f16
                && to_float
                && fx.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64
                && super::x86::has_feature(fx, "f16c");
            for i in 0..out.count {
                let x = a.load(fx, i);
                let value = match (from_float, to_float) {
                    (false, false) => {
                        crate::lower::int_resize(fx, x, out_ty, a.lane.ty.is_signed())
                    }
                    (false, true) => match fx.int_to_float(x, out_ty, a.lane.ty.is_signed()) {
                        Some(value) => value,
                        None => return false,
                    },
                    (true, false) => {
                        match fx.float_to_int_saturating(x, out_ty, out.lane.ty.is_signed()) {
                            Some(value) => value,
                            None => return false,
                        }
                    }
                    // `f16` and `f128` lanes convert through compiler-builtins, as scalars do.
                    (true, true) => {
                        let converted = fx.float_convert(x, out_ty);
                        if quiets_half_nans { quiet_nan(fx, converted) } else { converted }
                    }
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_fabs
        | sym::simd_fsqrt
        | sym::simd_ceil
        | sym::simd_floor
        | sym::simd_trunc
        | sym::simd_round_ties_even
        | sym::simd_ctpop
        | sym::simd_ctlz
        | sym::simd_cttz
        | sym::simd_bswap
        | sym::simd_bitreverse => {
            let a = Lanes::of_value(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            for i in 0..out.count {
                let x = a.load(fx, i);
                let ins = fx.bcx.ins();
                let value = match name {
                    sym::simd_fabs => ins.fabs(x),
                    sym::simd_fsqrt => ins.sqrt(x),
                    sym::simd_ceil => ins.ceil(x),
                    sym::simd_floor => ins.floor(x),
                    sym::simd_trunc => ins.trunc(x),
                    sym::simd_round_ties_even => ins.nearest(x),
                    sym::simd_ctpop => ins.popcnt(x),
                    sym::simd_ctlz => ins.clz(x),
                    sym::simd_cttz => ins.ctz(x),
                    sym::simd_bswap if a.lane.size.bytes() == 1 => x,
                    sym::simd_bswap => ins.bswap(x),
                    _ => ins.bitrev(x),
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_round
        | sym::simd_fsin
        | sym::simd_fcos
        | sym::simd_fexp
        | sym::simd_fexp2
        | sym::simd_flog
        | sym::simd_flog2
        | sym::simd_flog10 => {
            let a = Lanes::of_value(fx, args[0]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let ty = fx.register_types(a.lane).expect(SCALAR_LANES).0;
            // libm's functions for f32, f64 and f128; f16 lanes are computed in single
            // precision, as scalars are.
            let [single, double, quad] = match name {
                sym::simd_round => ["roundf", "round", "roundf128"],
                sym::simd_fsin => ["sinf", "sin", "sinf128"],
                sym::simd_fcos => ["cosf", "cos", "cosf128"],
                sym::simd_fexp => ["expf", "exp", "expf128"],
                sym::simd_fexp2 => ["exp2f", "exp2", "exp2f128"],
                sym::simd_flog => ["logf", "log", "logf128"],
                sym::simd_flog2 => ["log2f", "log2", "log2f128"],
                _ => ["log10f", "log10", "log10f128"],
            };
            let (libm, call_ty) = match ty {
                types::F16 | types::F32 => (single, types::F32),
                types::F64 => (double, ty),
                _ => (quad, ty),
            };
            for i in 0..out.count {
                let x = a.load(fx, i);
                let x = if ty == types::F16 { fx.float_convert(x, call_ty) } else { x };
                let value = fx.lib_call(libm, &[call_ty], call_ty, &[x]);
                let value = if ty == types::F16 { fx.float_convert(value, ty) } else { value };
                out.store(fx, i, value);
            }
        }
        sym::simd_minimum_number_nsz
        | sym::simd_maximum_number_nsz
        | sym::simd_saturating_add
        | sym::simd_saturating_sub => {
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let signed = a.lane.ty.is_signed();
            for i in 0..out.count {
                let x = a.load(fx, i);
                let y = b.load(fx, i);
                let value = match name {
                    sym::simd_minimum_number_nsz => super::float_min_max(fx, true, x, y),
                    sym::simd_maximum_number_nsz => super::float_min_max(fx, false, x, y),
                    sym::simd_saturating_add => super::saturating(fx, true, signed, x, y),
                    _ => super::saturating(fx, false, signed, x, y),
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_funnel_shl | sym::simd_funnel_shr => {
            // The high (`shl`) or low (`shr`) lane of `a:b` shifted by less than the lane width;
            // a shift of 0 gives `a` (or `b`) itself, which the two-shift form would not.
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let shifts = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let bits = u128::from(a.lane.size.bits());
            for i in 0..out.count {
                let (x, y, shift) = (a.load(fx, i), b.load(fx, i), shifts.load(fx, i));
                let ty = fx.bcx.func.dfg.value_type(x);
                let zero = fx.iconst(ty, 0);
                let bits_value = fx.iconst(ty, bits);
                let complement = fx.bcx.ins().isub(bits_value, shift);
                let is_zero = fx.bcx.ins().icmp(IntCC::Equal, shift, zero);
                let value = if name == sym::simd_funnel_shl {
                    let high = fx.bcx.ins().ishl(x, shift);
                    let low = fx.bcx.ins().ushr(y, complement);
                    let combined = fx.bcx.ins().bor(high, low);
                    fx.bcx.ins().select(is_zero, x, combined)
                } else {
                    let high = fx.bcx.ins().ishl(x, complement);
                    let low = fx.bcx.ins().ushr(y, shift);
                    let combined = fx.bcx.ins().bor(high, low);
                    fx.bcx.ins().select(is_zero, y, combined)
                };
                out.store(fx, i, value);
            }
        }
        sym::simd_fma | sym::simd_relaxed_fma => {
            let a = Lanes::of_value(fx, args[0]);
            let b = Lanes::of_value(fx, args[1]);
            let c = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            for i in 0..out.count {
                let (x, y, z) = (a.load(fx, i), b.load(fx, i), c.load(fx, i));
                let value = fx.bcx.ins().fma(x, y, z);
                out.store(fx, i, value);
            }
        }
        sym::simd_arith_offset => {
            let ptrs = Lanes::of_value(fx, args[0]);
            let offsets = Lanes::of_value(fx, args[1]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let pointee = ptrs.lane.ty.builtin_deref(true).expect("checked: pointer lanes");
            let size = fx.layout_of(pointee).size.bytes() as i64;
            for i in 0..out.count {
                let base = ptrs.load(fx, i);
                let count = offsets.load(fx, i);
                let bytes = fx.bcx.ins().imul_imm_s(count, size);
                let value = fx.bcx.ins().iadd(base, bytes);
                out.store(fx, i, value);
            }
        }
        sym::simd_select_bitmask => {
            // The mask is an integer, or a byte array holding one in the target's byte order,
            // its bits numbered as `simd_bitmask` numbers them.
            let mask_is_int = matches!(args[0].layout.backend_repr, BackendRepr::Scalar(_));
            let mask = if mask_is_int {
                Ok(args[0].load_scalar(fx))
            } else {
                Err(args[0].spill_to_memory(fx))
            };
            let a = Lanes::of_value(fx, args[1]);
            let b = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let mask_bytes = args[0].layout.size.bytes();
            let big_endian = fx.tcx.data_layout.endian == rustc_abi::Endian::Big;
            for i in 0..out.count {
                let position = bitmask_position(fx, i, out.count) as u64;
                let (word, shift) = match mask {
                    Ok(int) => (int, position),
                    Err(bytes) => {
                        let significance = position / 8;
                        let index =
                            if big_endian { mask_bytes - 1 - significance } else { significance };
                        let byte = bytes.offset_i64(fx, index as i64);
                        (byte.load(fx, types::I8, MemFlagsData::trusted()), position % 8)
                    }
                };
                let bit = fx.bcx.ins().ushr_imm_s(word, shift as i64);
                let bit = fx.bcx.ins().band_imm_s(bit, 1);
                let (x, y) = (a.load(fx, i), b.load(fx, i));
                let value = fx.bcx.ins().select(bit, x, y);
                out.store(fx, i, value);
            }
        }
        sym::simd_gather => {
            // Masked-off lanes may hold invalid pointers: they read their fallback value's own
            // lane instead, so no lane ever branches.
            let fallback = Lanes::of_value(fx, args[0]);
            let ptrs = Lanes::of_value(fx, args[1]);
            let mask = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let lane_ty = fx.register_types(out.lane).expect(SCALAR_LANES).0;
            for i in 0..out.count {
                let m = mask.load(fx, i);
                let p = ptrs.load(fx, i);
                let own = fallback.lane_ptr(fx, i).addr(fx);
                let from = fx.bcx.ins().select(m, p, own);
                let value = Pointer::new(from).load(fx, lane_ty, MemFlagsData::new());
                out.store(fx, i, value);
            }
        }
        sym::simd_masked_load => {
            // Masked-off lanes read their fallback value's own lane instead of memory.
            let mask = Lanes::of_value(fx, args[0]);
            let base = args[1].load_scalar(fx);
            let fallback = Lanes::of_value(fx, args[2]);
            let out = Lanes::of_type(fx, dest.to_ptr(), dest_ty);
            let lane_ty = fx.register_types(out.lane).expect(SCALAR_LANES).0;
            for i in 0..out.count {
                let m = mask.load(fx, i);
                let lane_addr = fx.bcx.ins().iadd_imm_s(base, (i * out.lane.size.bytes()) as i64);
                let own = fallback.lane_ptr(fx, i).addr(fx);
                let from = fx.bcx.ins().select(m, lane_addr, own);
                let value = Pointer::new(from).load(fx, lane_ty, MemFlagsData::new());
                out.store(fx, i, value);
            }
        }
        sym::simd_masked_store => {
            let mask = Lanes::of_value(fx, args[0]);
            let base = args[1].load_scalar(fx);
            let values = Lanes::of_value(fx, args[2]);
            let scratch =
                fx.create_stack_slot(values.lane.size.bytes(), values.lane.align.abi.bytes());
            let scratch = Pointer::stack_slot(scratch).addr(fx);
            for i in 0..values.count {
                let m = mask.load(fx, i);
                let lane_addr =
                    fx.bcx.ins().iadd_imm_s(base, (i * values.lane.size.bytes()) as i64);
                let to = fx.bcx.ins().select(m, lane_addr, scratch);
                let value = values.load(fx, i);
                Pointer::new(to).store(fx, value, MemFlagsData::new());
            }
        }
        sym::simd_scatter => {
            let values = Lanes::of_value(fx, args[0]);
            let ptrs = Lanes::of_value(fx, args[1]);
            let mask = Lanes::of_value(fx, args[2]);
            // Masked-off lanes store into a scratch slot instead.
            let scratch =
                fx.create_stack_slot(values.lane.size.bytes(), values.lane.align.abi.bytes());
            let scratch = Pointer::stack_slot(scratch).addr(fx);
            for i in 0..values.count {
                let m = mask.load(fx, i);
                let p = ptrs.load(fx, i);
                let to = fx.bcx.ins().select(m, p, scratch);
                let value = values.load(fx, i);
                Pointer::new(to).store(fx, value, MemFlagsData::new());
            }
        }
        _ => return false,
    }
    true
}

/// `value`, an `f32` or `f64`, with the quiet bit (the top bit of the significand) set if it
/// is a NaN.
fn quiet_nan(fx: &mut FunctionCx<'_, '_, '_>, value: Value) -> Value {
    let ty = fx.bcx.func.dfg.value_type(value);
    let (int_ty, quiet_bit) = match ty {
        types::F32 => (types::I32, 1i64 << 22),
        types::F64 => (types::I64, 1i64 << 51),
        _ => return value,
    };
    let bits = fx.bcx.ins().bitcast(int_ty, MemFlagsData::new(), value);
    let quieted = fx.bcx.ins().bor_imm_s(bits, quiet_bit);
    let is_nan = fx.bcx.ins().fcmp(FloatCC::Unordered, value, value);
    let bits = fx.bcx.ins().select(is_nan, quieted, bits);
    fx.bcx.ins().bitcast(ty, MemFlagsData::new(), bits)
}
