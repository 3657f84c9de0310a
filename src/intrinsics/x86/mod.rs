//! The x86-64 LLVM intrinsics of `core::arch` (`llvm.x86.*`):
//! the dispatch by link name and what the families share (128-bit chunks of SIMD values,
//! constant immediates, shuffles and vector constants, the calling function's features).
//!
//! 256-bit AVX values are two 128-bit Cranelift vectors; most AVX2 operations work within each
//! 128-bit lane anyway. What has no Cranelift instruction but is one x86 instruction is an
//! assembly helper (`instructions`).

mod float;
mod instructions;
mod integer;

use cranelift_codegen::ir::{
    ConstantData, Function, InstBuilder, InstructionData, Opcode, Type, Value, types,
};
use rustc_span::Symbol;

use super::vector::{CHUNK_BYTES, ChunkValues, Chunked, bitcast_vector, load_chunks};
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

/// Lowers the x86 LLVM intrinsic `name`; returns false, emitting nothing, for those this
/// backend does not implement.
pub(super) fn lower_x86_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Some(name) = name.strip_prefix("llvm.x86.") else { return false };
    integer::lower(fx, name, args, dest)
        || float::lower(fx, name, args, dest)
        || instructions::lower(fx, name, args, dest)
}

/// The 128-bit chunks of `value`, a SIMD value of whole chunks, as vectors of type `ty`.
fn chunks_as<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    value: CValue<'tcx>,
    ty: Type,
) -> ChunkValues {
    let count = (value.layout.size.bytes() / CHUNK_BYTES) as u32;
    load_chunks(fx, value, Chunked { ty, count })
}

/// Applies `op` to the `i`-th chunks of `args` (each read as vectors of its type) for every
/// chunk of `dest`, and writes the results to `dest`.
fn per_chunk<'tcx, const N: usize>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    args: [(CValue<'tcx>, Type); N],
    dest: CPlace<'tcx>,
    mut op: impl FnMut(&mut FunctionCx<'_, '_, 'tcx>, usize, [Value; N]) -> Value,
) {
    let loaded: [ChunkValues; N] = std::array::from_fn(|i| chunks_as(fx, args[i].0, args[i].1));
    let count = (dest.layout.size.bytes() / CHUNK_BYTES) as usize;
    let results: ChunkValues =
        (0..count).map(|chunk| op(fx, chunk, std::array::from_fn(|i| loaded[i][chunk]))).collect();
    super::vector::store_chunks(fx, dest, &results);
}

/// The value of an immediate operand (a const generic of the `core::arch` function, passed
/// on as an argument), zero-extended from its type. None if the argument is not a constant
/// after all (LLVM rejects such calls); the intrinsic is then left unimplemented, which
/// aborts at run time rather than failing the build.
fn immediate<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, arg: CValue<'tcx>) -> Option<u64> {
    let value = arg.load_scalar(fx);
    constant_bits(fx.bcx.func, value)
}

/// The bits of `value`, zero-extended from its type, if it is an integer constant, possibly
/// resized (a const generic cast to the intrinsic's immediate type).
fn constant_bits(func: &Function, value: Value) -> Option<u64> {
    let dfg = &func.dfg;
    let inst = dfg.value_def(value).inst()?;
    let ty = dfg.value_type(value);
    let bits = match dfg.insts[inst] {
        InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => imm.bits() as u64,
        InstructionData::Unary { opcode: Opcode::Ireduce | Opcode::Uextend, arg } => {
            constant_bits(func, arg)?
        }
        InstructionData::Unary { opcode: Opcode::Sextend, arg } => {
            let from = dfg.value_type(arg).bits();
            let shift = 64 - from;
            (((constant_bits(func, arg)? << shift) as i64) >> shift) as u64
        }
        _ => return None,
    };
    Some(if ty.bits() >= 64 { bits } else { bits & ((1 << ty.bits()) - 1) })
}

/// Whether the function being lowered may use the instructions of `feature` (rustc's name):
/// the session enables it or the function's `#[target_feature]` does (with what it implies).
/// The attributes are a cached query, so asking per intrinsic call costs a lookup. Cranelift
/// instructions that need a feature are only emitted where it holds; elsewhere (LLVM could
/// not select the instruction either) the intrinsic is left unimplemented.
pub(super) fn has_feature(fx: &FunctionCx<'_, '_, '_>, feature: &str) -> bool {
    let feature = Symbol::intern(feature);
    fx.tcx.sess.internal_target_features.contains(&feature)
        || fx
            .tcx
            .codegen_instance_attrs(fx.instance.def)
            .target_features
            .iter()
            .any(|enabled| enabled.name == feature)
}

/// A 128-bit vector constant of type `ty` with these bytes (in memory order).
fn vector_const(fx: &mut FunctionCx<'_, '_, '_>, ty: Type, bytes: [u8; 16]) -> Value {
    let constant = fx.bcx.func.dfg.constants.insert(ConstantData::from(&bytes[..]));
    fx.bcx.ins().vconst(ty, constant)
}

/// A 128-bit vector constant of type `ty` whose every lane holds the low bits of `lane`.
fn splat_const(fx: &mut FunctionCx<'_, '_, '_>, ty: Type, lane: u64) -> Value {
    let lane_bytes = ty.lane_bits() as usize / 8;
    let bytes = std::array::from_fn(|i| (lane >> (8 * (i % lane_bytes))) as u8);
    vector_const(fx, ty, bytes)
}

/// Cranelift's `shuffle` of two 128-bit vectors by a constant byte mask (0..16 from `a`,
/// 16..32 from `b`); the result has the type of `a`.
fn shuffle_bytes(fx: &mut FunctionCx<'_, '_, '_>, a: Value, b: Value, mask: [u8; 16]) -> Value {
    fx.cx.uses_vector_shuffle = true;
    let ty = fx.bcx.func.dfg.value_type(a);
    let a_bytes = bitcast_vector(fx, a, types::I8X16);
    let b_bytes = bitcast_vector(fx, b, types::I8X16);
    let mask = fx.bcx.func.dfg.immediates.push(ConstantData::from(&mask[..]));
    let shuffled = fx.bcx.ins().shuffle(a_bytes, b_bytes, mask);
    bitcast_vector(fx, shuffled, ty)
}

/// The byte mask of a shuffle picking, for each lane of `lane_bytes` bytes, the lane
/// `lanes[i]` of `a` followed by `b`.
fn lane_mask<const N: usize>(lanes: [u8; N]) -> [u8; 16] {
    let lane_bytes = 16 / N;
    std::array::from_fn(|i| lanes[i / lane_bytes] * lane_bytes as u8 + (i % lane_bytes) as u8)
}

/// One 128-bit vector from the low 64 bits of `low` and of `high` (`punpcklqdq`).
fn join_low_halves(fx: &mut FunctionCx<'_, '_, '_>, low: Value, high: Value) -> Value {
    shuffle_bytes(fx, low, high, lane_mask([0, 2]))
}
