//! The types an intrinsic can be lowered at. Most intrinsic signatures are generic with no
//! bound that says so (`ctpop<T: Copy>`, `simd_add<T>`), so a call at another type passes type
//! checking and only codegen can reject it: with the E0511 errors of the LLVM backend, before
//! a lowering reads a pair or an array as if it were one scalar.

use rustc_abi::BackendRepr;
use rustc_codegen_ssa::diagnostics::InvalidMonomorphization;
use rustc_middle::ty::{self, Ty};
use rustc_span::{Span, Symbol, sym};

use crate::lower::FunctionCx;

/// Whether values of `ty` are one scalar (a thin pointer rather than a wide one).
fn is_scalar<'tcx>(fx: &FunctionCx<'_, '_, 'tcx>, ty: Ty<'tcx>) -> bool {
    matches!(fx.layout_of(ty).backend_repr, BackendRepr::Scalar(_))
}

/// Whether `ty` is one machine integer, float or thin pointer, which atomics can move whole.
fn is_atomic_scalar<'tcx>(fx: &FunctionCx<'_, '_, 'tcx>, ty: Ty<'tcx>) -> bool {
    (ty.is_integral() || ty.is_raw_ptr() || ty.is_floating_point()) && is_scalar(fx, ty)
}

/// The lanes of the SIMD type `ty`: their count and type.
fn simd_lanes<'tcx>(fx: &FunctionCx<'_, '_, 'tcx>, ty: Ty<'tcx>) -> Option<(u64, Ty<'tcx>)> {
    ty.is_simd().then(|| ty.simd_size_and_type(fx.tcx))
}

/// Whether `ty` can hold a bitmask: an integer, or an array of bytes.
fn is_bitmask(ty: Ty<'_>) -> bool {
    match ty.kind() {
        ty::Uint(_) | ty::Int(_) => true,
        ty::Array(elem, _) => *elem.kind() == ty::Uint(ty::UintTy::U8),
        _ => false,
    }
}

/// Whether `ty` is a SIMD vector of `u32`, as the lane indices of `simd_shuffle` are.
fn is_u32_vector<'tcx>(fx: &FunctionCx<'_, '_, 'tcx>, ty: Ty<'tcx>) -> bool {
    simd_lanes(fx, ty).is_some_and(|(_, lane)| lane == fx.tcx.types.u32)
}

/// For a `simd_*` intrinsic: which arguments must be SIMD vectors, and whether the result must.
/// `None` for the names `simd.rs` does not lower.
fn simd_operands(name: Symbol) -> Option<(&'static [usize], bool)> {
    Some(match name {
        sym::simd_splat => (&[], true),
        sym::simd_extract | sym::simd_extract_dyn => (&[0], false),
        sym::simd_insert | sym::simd_insert_dyn => (&[0], true),
        sym::simd_bitmask => (&[0], false),
        sym::simd_select_bitmask => (&[1, 2], true),
        sym::simd_masked_load => (&[0, 2], true),
        sym::simd_masked_store => (&[0, 2], false),
        sym::simd_scatter => (&[0, 1, 2], false),
        sym::simd_reduce_add_ordered | sym::simd_reduce_mul_ordered => (&[0], false),
        sym::simd_reduce_add_unordered
        | sym::simd_reduce_mul_unordered
        | sym::simd_reduce_min
        | sym::simd_reduce_max
        | sym::simd_reduce_and
        | sym::simd_reduce_or
        | sym::simd_reduce_xor
        | sym::simd_reduce_all
        | sym::simd_reduce_any => (&[0], false),
        sym::simd_shuffle
        | sym::simd_eq
        | sym::simd_ne
        | sym::simd_lt
        | sym::simd_le
        | sym::simd_gt
        | sym::simd_ge
        | sym::simd_add
        | sym::simd_sub
        | sym::simd_mul
        | sym::simd_and
        | sym::simd_or
        | sym::simd_xor
        | sym::simd_shl
        | sym::simd_shr
        | sym::simd_div
        | sym::simd_rem
        | sym::simd_minimum_number_nsz
        | sym::simd_maximum_number_nsz
        | sym::simd_saturating_add
        | sym::simd_saturating_sub
        | sym::simd_arith_offset => (&[0, 1], true),
        sym::simd_select
        | sym::simd_funnel_shl
        | sym::simd_funnel_shr
        | sym::simd_fma
        | sym::simd_relaxed_fma
        | sym::simd_gather => (&[0, 1, 2], true),
        sym::simd_neg
        | sym::simd_cast_ptr
        | sym::simd_expose_provenance
        | sym::simd_with_exposed_provenance
        | sym::simd_cast
        | sym::simd_as
        | sym::simd_fabs
        | sym::simd_fsqrt
        | sym::simd_ceil
        | sym::simd_floor
        | sym::simd_trunc
        | sym::simd_round_ties_even
        | sym::simd_ctpop
        | sym::simd_ctlz
        | sym::simd_cttz
        | sym::simd_bswap
        | sym::simd_bitreverse
        | sym::simd_round
        | sym::simd_fsin
        | sym::simd_fcos
        | sym::simd_fexp
        | sym::simd_fexp2
        | sym::simd_flog
        | sym::simd_flog2
        | sym::simd_flog10 => (&[0], true),
        _ => return None,
    })
}

/// The error for a `simd_*` intrinsic whose lanes are not of the kind its lowering computes
/// with (integer instructions on float lanes and the other way round are not valid Cranelift).
fn lane_kind_error<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[Ty<'tcx>],
    ret: Ty<'tcx>,
    span: Span,
) -> Option<InvalidMonomorphization<'tcx>> {
    use InvalidMonomorphization as E;
    let lane_of = |ty| simd_lanes(fx, ty).map(|(_, lane)| lane);
    // Masks select with their lanes; comparisons produce them.
    let mask = match name {
        sym::simd_select | sym::simd_masked_load | sym::simd_masked_store => Some(args[0]),
        sym::simd_gather | sym::simd_scatter => Some(args[2]),
        sym::simd_bitmask => Some(args[0]),
        _ => None,
    };
    if let Some(mask) = mask {
        let lane = lane_of(mask)?;
        if !lane.is_integral() {
            return Some(E::MaskWrongElementType { span, name, ty: lane });
        }
    }
    if matches!(
        name,
        sym::simd_eq | sym::simd_ne | sym::simd_lt | sym::simd_le | sym::simd_gt | sym::simd_ge
    ) {
        let lane = lane_of(ret)?;
        if !lane.is_integral() {
            return Some(E::ReturnIntegerType { span, name, ret_ty: ret, out_ty: lane });
        }
    }
    if matches!(name, sym::simd_gather | sym::simd_scatter) {
        let lane = lane_of(args[1])?;
        if !lane.is_raw_ptr() || !is_scalar(fx, lane) {
            return Some(E::ExpectedPointer { span, name, ty: lane });
        }
    }
    let needs_float = matches!(
        name,
        sym::simd_fabs
            | sym::simd_fsqrt
            | sym::simd_ceil
            | sym::simd_floor
            | sym::simd_trunc
            | sym::simd_round_ties_even
            | sym::simd_round
            | sym::simd_fsin
            | sym::simd_fcos
            | sym::simd_fexp
            | sym::simd_fexp2
            | sym::simd_flog
            | sym::simd_flog2
            | sym::simd_flog10
            | sym::simd_fma
            | sym::simd_relaxed_fma
            | sym::simd_minimum_number_nsz
            | sym::simd_maximum_number_nsz
    );
    let needs_int = matches!(
        name,
        sym::simd_saturating_add
            | sym::simd_saturating_sub
            | sym::simd_and
            | sym::simd_or
            | sym::simd_xor
            | sym::simd_shl
            | sym::simd_shr
            | sym::simd_funnel_shl
            | sym::simd_funnel_shr
            | sym::simd_ctpop
            | sym::simd_ctlz
            | sym::simd_cttz
            | sym::simd_bswap
            | sym::simd_bitreverse
    );
    if !needs_float && !needs_int {
        return None;
    }
    let lane = lane_of(args[0])?;
    if needs_float && !lane.is_floating_point() {
        return Some(E::UnsupportedOperation { span, name, in_ty: args[0], in_elem: lane });
    }
    if needs_int && !lane.is_integral() {
        return Some(if matches!(name, sym::simd_saturating_add | sym::simd_saturating_sub) {
            E::ExpectedVectorElementType {
                span,
                name,
                expected_element: lane,
                vector_type: args[0],
            }
        } else {
            E::UnsupportedOperation { span, name, in_ty: args[0], in_elem: lane }
        });
    }
    None
}

/// The error for a call of `name` at argument types `args` and result type `ret` that its
/// lowering cannot handle, if there is one.
fn type_error<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    generic_args: ty::GenericArgsRef<'tcx>,
    args: &[Ty<'tcx>],
    ret: Ty<'tcx>,
    span: Span,
) -> Option<InvalidMonomorphization<'tcx>> {
    use InvalidMonomorphization as E;
    match name {
        sym::ctpop
        | sym::ctlz
        | sym::ctlz_nonzero
        | sym::cttz
        | sym::cttz_nonzero
        | sym::bswap
        | sym::bitreverse
        | sym::saturating_add
        | sym::saturating_sub
        | sym::exact_div
            if !args[0].is_integral() =>
        {
            return Some(E::BasicIntegerType { span, name, ty: args[0] });
        }
        sym::float_to_int_unchecked if !args[0].is_floating_point() => {
            return Some(E::FloatToIntUnchecked { span, ty: args[0] });
        }
        sym::float_to_int_unchecked if !ret.is_integral() => {
            return Some(E::FloatToIntUnchecked { span, ty: ret });
        }
        sym::atomic_load
        | sym::atomic_store
        | sym::atomic_cxchg
        | sym::atomic_cxchgweak
        | sym::atomic_xchg
            if !is_atomic_scalar(fx, generic_args.type_at(0)) =>
        {
            return Some(E::BasicIntegerOrPtrType { span, name, ty: generic_args.type_at(0) });
        }
        sym::atomic_xadd
        | sym::atomic_xsub
        | sym::atomic_and
        | sym::atomic_nand
        | sym::atomic_or
        | sym::atomic_xor => {
            // The operand is the memory's type, or `usize` for pointer arithmetic.
            let (memory, operand) = (generic_args.type_at(0), generic_args.type_at(1));
            let fits = (memory.is_integral() && operand == memory)
                || (memory.is_raw_ptr() && is_scalar(fx, memory) && operand == fx.tcx.types.usize);
            if !fits {
                return Some(E::BasicIntegerOrPtrType { span, name, ty: memory });
            }
        }
        sym::atomic_max | sym::atomic_min if !generic_args.type_at(0).is_signed() => {
            return Some(E::BasicIntegerType { span, name, ty: generic_args.type_at(0) });
        }
        sym::atomic_umax | sym::atomic_umin
            if !matches!(generic_args.type_at(0).kind(), ty::Uint(_)) =>
        {
            return Some(E::BasicIntegerType { span, name, ty: generic_args.type_at(0) });
        }
        _ => {}
    }

    let (vectors, vector_result) = simd_operands(name)?;
    for &index in vectors {
        let ty = args[index];
        if !ty.is_simd() {
            return Some(match index {
                0 => E::SimdInput { span, name, ty },
                1 => E::SimdSecond { span, name, ty },
                _ => E::SimdThird { span, name, ty },
            });
        }
    }
    if name == sym::simd_shuffle && !is_u32_vector(fx, args[2]) {
        return Some(E::SimdShuffle { span, name, ty: args[2] });
    }
    if vector_result && !ret.is_simd() {
        return Some(E::SimdReturn { span, name, ty: ret });
    }
    // Scalars read or written as one lane must be of the lane type.
    let lane_of = |ty| simd_lanes(fx, ty).map(|(_, lane)| lane);
    if let Some(error) = lane_kind_error(fx, name, args, ret, span) {
        return Some(error);
    }
    match name {
        sym::simd_splat if lane_of(ret) != Some(args[0]) => Some(E::ExpectedVectorElementType {
            span,
            name,
            expected_element: args[0],
            vector_type: ret,
        }),
        sym::simd_insert | sym::simd_insert_dyn if lane_of(args[0]) != Some(args[2]) => {
            let in_elem = lane_of(args[0])?;
            Some(E::InsertedType { span, name, in_elem, in_ty: args[0], out_ty: args[2] })
        }
        sym::simd_extract
        | sym::simd_extract_dyn
        | sym::simd_reduce_add_ordered
        | sym::simd_reduce_mul_ordered
        | sym::simd_reduce_add_unordered
        | sym::simd_reduce_mul_unordered
        | sym::simd_reduce_min
        | sym::simd_reduce_max
        | sym::simd_reduce_and
        | sym::simd_reduce_or
        | sym::simd_reduce_xor
            if lane_of(args[0]) != Some(ret) =>
        {
            let in_elem = lane_of(args[0])?;
            Some(E::ReturnType { span, name, in_elem, in_ty: args[0], ret_ty: ret })
        }
        sym::simd_bitmask => {
            let (lanes, _) = simd_lanes(fx, args[0])?;
            (!is_bitmask(ret)).then(|| E::CannotReturn {
                span,
                name,
                ret_ty: ret,
                expected_int_bits: lanes.next_power_of_two().max(8),
                expected_bytes: lanes.div_ceil(8),
            })
        }
        sym::simd_select_bitmask => {
            let (lanes, _) = simd_lanes(fx, args[1])?;
            (!is_bitmask(args[0])).then(|| E::InvalidBitmask {
                span,
                name,
                mask_ty: args[0],
                expected_int_bits: lanes.next_power_of_two().max(8),
                expected_bytes: lanes.div_ceil(8),
            })
        }
        sym::simd_arith_offset => {
            let lane = lane_of(args[0])?;
            (!lane.is_raw_ptr()).then_some(E::ExpectedPointer { span, name, ty: lane })
        }
        sym::simd_masked_load | sym::simd_masked_store => {
            let ptr = args[1];
            (!ptr.is_raw_ptr() || !is_scalar(fx, ptr)).then_some(E::ExpectedPointer {
                span,
                name,
                ty: ptr,
            })
        }
        _ => None,
    }
}

/// Reports (and returns false) a call of the intrinsic `name` at types its lowering does not
/// handle.
pub(super) fn check_types<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    generic_args: ty::GenericArgsRef<'tcx>,
    args: &[Ty<'tcx>],
    ret: Ty<'tcx>,
    span: Span,
) -> bool {
    match type_error(fx, name, generic_args, args, ret, span) {
        Some(error) => {
            fx.tcx.dcx().emit_err(error);
            false
        }
        None => true,
    }
}
