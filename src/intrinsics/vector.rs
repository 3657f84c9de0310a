//! SIMD values as Cranelift vectors. A value of a `#[repr(simd)]` type (`Simd<T, N>`, the
//! `core::arch` types such as `__m128i` or `i16x8`) lives in memory; when its lanes are integers
//! of 8 to 64 bits or `f32`/`f64` and it is a whole number of 128-bit chunks, it is read and
//! written here as Cranelift vectors of 128 bits (`i16x8`, `f64x2`, ...): one for SSE-sized
//! values, two for AVX ones, four for 512-bit ones. Operations then work chunk by chunk with
//! Cranelift's vector instructions instead of lane by lane.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Type,
    Value, types,
};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{Linkage, Module};
use rustc_abi::{BackendRepr, Endian, Primitive};
use rustc_middle::ty::layout::TyAndLayout;
use smallvec::SmallVec;

use crate::lower::value::{CPlace, CValue, Pointer, vector_lane_order, vector_type};
use crate::lower::{FunctionCx, ModuleCx};
use crate::lowered::LoweredFunction;

/// The bytes of one Cranelift vector.
pub(crate) const CHUNK_BYTES: u64 = 16;

/// The chunks of a value: at most four for the widest vectors (512 bits).
pub(crate) type ChunkValues = SmallVec<[Value; 4]>;

/// How a SIMD layout splits into 128-bit Cranelift vectors.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) struct Chunked {
    /// The Cranelift type of one chunk, e.g. `i16x8`.
    pub(crate) ty: Type,
    /// How many chunks the value has.
    pub(crate) count: u32,
}

impl Chunked {
    /// The chunking of `layout`, if it is a SIMD type whose lanes Cranelift vectors can hold
    /// and whose size is a whole number of chunks.
    pub(crate) fn of(fx: &FunctionCx<'_, '_, '_>, layout: TyAndLayout<'_>) -> Option<Chunked> {
        let BackendRepr::SimdVector { element, count } = layout.backend_repr else {
            return None;
        };
        // Cranelift numbers the lanes of big-endian vectors the other way round; those
        // targets (s390x) keep the lane-by-lane lowering.
        if fx.tcx.data_layout.endian == Endian::Big {
            return None;
        }
        let lane = match element.primitive() {
            Primitive::Int(int, _) => Type::int(int.size().bits() as u16)?,
            Primitive::Float(float) => match float.size().bits() {
                32 => types::F32,
                64 => types::F64,
                _ => return None,
            },
            Primitive::Pointer(_) => fx.pointer_type,
        };
        if lane.bits() > 64 {
            return None;
        }
        let bits = u64::from(lane.bits()) * count.as_u64();
        if bits == 0 || bits % (CHUNK_BYTES * 8) != 0 || layout.size.bits() != bits {
            return None;
        }
        let ty = lane.by((CHUNK_BYTES * 8) as u32 / lane.bits())?;
        Some(Chunked { ty, count: (bits / (CHUNK_BYTES * 8)) as u32 })
    }
}

/// Vector accesses may be unaligned: values of `core::arch` types are often read from and
/// written to byte buffers.
fn vector_flags() -> MemFlagsData {
    MemFlagsData::new()
}

/// Reads `value` as its chunks of type `chunked.ty`.
pub(crate) fn load_chunks<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    value: CValue<'tcx>,
    chunked: Chunked,
) -> ChunkValues {
    if chunked.count == 1
        && let Some(vector) = value.try_to_register_vector(fx)
    {
        return smallvec::smallvec![bitcast_vector(fx, vector, chunked.ty)];
    }
    let ptr = value.spill_to_memory(fx);
    (0..chunked.count)
        .map(|i| {
            ptr.offset_i64(fx, i64::from(i) * CHUNK_BYTES as i64).load(
                fx,
                chunked.ty,
                vector_flags(),
            )
        })
        .collect()
}

/// Writes `chunks` (of one chunked type) as the value of `dest`.
pub(crate) fn store_chunks<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    dest: CPlace<'tcx>,
    chunks: &[Value],
) {
    match dest.try_to_sized_ptr() {
        Some(ptr) => store_chunks_at(fx, ptr, chunks),
        None => {
            // A vector held in a variable: one chunk, reinterpreted as the variable's type.
            debug_assert_eq!(chunks.len(), 1);
            let ty = vector_type(dest.layout.size);
            let value = bitcast_vector(fx, chunks[0], ty);
            dest.write_cvalue(fx, CValue::by_val(value, dest.layout));
        }
    }
}

/// Writes `chunks` to consecutive 128-bit slots from `ptr`.
pub(crate) fn store_chunks_at(fx: &mut FunctionCx<'_, '_, '_>, ptr: Pointer, chunks: &[Value]) {
    for (i, &chunk) in chunks.iter().enumerate() {
        ptr.offset_i64(fx, i as i64 * CHUNK_BYTES as i64).store(fx, chunk, vector_flags());
    }
}

/// Reinterprets a vector as another vector type of the same size, lane order as in memory.
pub(crate) fn bitcast_vector(fx: &mut FunctionCx<'_, '_, '_>, value: Value, ty: Type) -> Value {
    if fx.bcx.func.dfg.value_type(value) == ty {
        value
    } else {
        fx.bcx.ins().bitcast(ty, vector_lane_order(), value)
    }
}

/// Applies `op` chunk by chunk to arguments of one chunked layout and writes the results to
/// `dest`, whose chunking is `dest_chunked` (the same count). Returns false, emitting nothing,
/// when an argument or the destination does not chunk that way.
pub(crate) fn map_chunks<'tcx, const N: usize>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    args: [CValue<'tcx>; N],
    dest: CPlace<'tcx>,
    op: impl Fn(&mut FunctionCx<'_, '_, 'tcx>, [Value; N]) -> Value,
) -> bool {
    let Some(dest_chunked) = Chunked::of(fx, dest.layout) else { return false };
    let mut chunked_args = [dest_chunked; N];
    for (chunked, arg) in chunked_args.iter_mut().zip(&args) {
        match Chunked::of(fx, arg.layout) {
            Some(arg_chunked) if arg_chunked.count == dest_chunked.count => *chunked = arg_chunked,
            _ => return false,
        }
    }
    let loaded: [ChunkValues; N] =
        std::array::from_fn(|i| load_chunks(fx, args[i], chunked_args[i]));
    let results: ChunkValues = (0..dest_chunked.count as usize)
        .map(|chunk| {
            let values = std::array::from_fn(|i| loaded[i][chunk]);
            let result = op(fx, values);
            bitcast_vector(fx, result, dest_chunked.ty)
        })
        .collect();
    store_chunks(fx, dest, &results);
    true
}

/// The symbol Cranelift calls for a byte shuffle on x86-64 CPUs without SSSE3 (`pshufb`).
const X86_PSHUFB_LIBCALL: &str = "__cranelift_x86_pshufb";

/// Defines, in a unit whose code uses Cranelift's `shuffle`, the function Cranelift calls for it
/// on x86-64 without SSSE3: `pshufb`'s semantics (byte `i` of the result is byte `mask[i] & 15`
/// of `src`, or zero when `mask[i]`'s top bit is set), a byte at a time. It is local to the
/// unit's object, which is where the libcall's relocation looks for it first.
pub(crate) fn define_x86_pshufb_fallback(cx: &mut ModuleCx<'_>) {
    let mut sig = Signature::new(cx.default_call_conv);
    sig.params.extend([AbiParam::new(types::I8X16), AbiParam::new(types::I8X16)]);
    sig.returns.push(AbiParam::new(types::I8X16));
    let func_id = match cx.module.declare_function(X86_PSHUFB_LIBCALL, Linkage::Local, &sig) {
        Ok(id) => id,
        Err(err) => cx.tcx.dcx().fatal(format!("cannot declare `{X86_PSHUFB_LIBCALL}`: {err}")),
    };
    let mut func = Function::with_name_signature(ModuleCx::user_func_name(func_id), sig);
    let mut builder_ctx = std::mem::take(&mut cx.builder_ctx);
    {
        let mut bcx = FunctionBuilder::new(&mut func, &mut builder_ctx);
        let block = bcx.create_block();
        bcx.append_block_params_for_function_params(block);
        bcx.switch_to_block(block);
        let (src, mask) = (bcx.block_params(block)[0], bcx.block_params(block)[1]);
        let slot = bcx.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            CHUNK_BYTES as u32,
            4,
        ));
        bcx.ins().stack_store(types::I64, src, slot, 0);
        let table = bcx.ins().stack_addr(types::I64, slot, 0);
        let mut result = bcx.ins().iconst(types::I8, 0);
        result = bcx.ins().splat(types::I8X16, result);
        for lane in 0..CHUNK_BYTES as u8 {
            let selector = bcx.ins().extractlane(mask, lane);
            let index = bcx.ins().band_imm_s(selector, 15);
            let index = bcx.ins().uextend(types::I64, index);
            let address = bcx.ins().iadd(table, index);
            let byte = bcx.ins().load(types::I8, MemFlagsData::trusted(), address, 0);
            let zero = bcx.ins().iconst(types::I8, 0);
            let cleared = bcx.ins().icmp_imm_s(IntCC::SignedLessThan, selector, 0);
            let byte = bcx.ins().select(cleared, zero, byte);
            result = bcx.ins().insertlane(result, byte, lane);
        }
        bcx.ins().return_(&[result]);
        bcx.seal_all_blocks();
        bcx.finalize(cx.module.isa().frontend_config());
    }
    cx.builder_ctx = builder_ctx;
    cx.functions.push(LoweredFunction::plain(func_id, func));
}
