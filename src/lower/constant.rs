//! Constants: evaluated by rustc's const-eval, materialized as immediates or as addresses of
//! data objects (with relocations for the pointers inside them).

use cranelift_codegen::ir::{InstBuilder, Value};
use rustc_abi::BackendRepr;
use rustc_middle::mir::interpret::{AllocId, AllocRange, Scalar};
use rustc_middle::mir::{self, ConstValue};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self};

use super::FunctionCx;
use super::module_cx::GlobalTarget;
use super::value::{CValue, Pointer, scalar_type};

pub(crate) fn lower_constant<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    constant: &mir::ConstOperand<'tcx>,
) -> CValue<'tcx> {
    let const_ = fx.monomorphize(constant.const_);
    let layout = fx.layout_of(const_.ty());
    match const_.eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), constant.span) {
        Ok(value) => lower_const_value(fx, value, layout),
        Err(_) => {
            // Const evaluation has reported the error; the code after it is never run.
            fx.trap_and_continue_dead();
            let place = super::value::CPlace::new_stack_slot(fx, layout);
            place.to_cvalue(fx)
        }
    }
}

/// Whether `operand` is a constant none of whose bytes are initialized
/// (`MaybeUninit::uninit()`): writing it leaves the destination as it was, so its assignment
/// lowers to nothing instead of a copy from a data object as large as the value.
pub(crate) fn is_uninit_constant<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
    operand: &mir::Operand<'tcx>,
) -> bool {
    let mir::Operand::Constant(constant) = operand else { return false };
    if let mir::Const::Val(value, _) = constant.const_ {
        return value.all_bytes_uninit(fx.tcx);
    }
    fx.monomorphize(constant.const_)
        .eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), constant.span)
        .is_ok_and(|value| value.all_bytes_uninit(fx.tcx))
}

/// The address of a global allocation (a data object or a function).
pub(crate) fn global_addr(fx: &mut FunctionCx<'_, '_, '_>, alloc_id: AllocId) -> Value {
    match fx.cx.global_alloc_data(alloc_id, fx.span) {
        GlobalTarget::Function(instance) => {
            let func_ref = fx.func_ref(instance);
            fx.bcx.ins().func_addr(fx.pointer_type, func_ref)
        }
        GlobalTarget::Data(data_id) => fx.data_addr(data_id),
        GlobalTarget::Absolute(address) => fx.bcx.ins().iconst(fx.pointer_type, address as i64),
    }
}

fn scalar_value<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    scalar: Scalar,
    layout: TyAndLayout<'tcx>,
) -> Value {
    let BackendRepr::Scalar(abi_scalar) = layout.backend_repr else {
        unreachable!("scalar constant of type {}", layout.ty)
    };
    let ty = scalar_type(fx.pointer_type, abi_scalar);
    match scalar {
        Scalar::Int(int) => fx.iconst(ty, int.to_bits(int.size())),
        Scalar::Ptr(ptr, _) => {
            let (provenance, offset) = ptr.into_raw_parts();
            let base = global_addr(fx, provenance.alloc_id());
            if offset.bytes() == 0 {
                base
            } else {
                fx.bcx.ins().iadd_imm_s(base, offset.bytes() as i64)
            }
        }
    }
}

pub(crate) fn lower_const_value<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    value: ConstValue,
    layout: TyAndLayout<'tcx>,
) -> CValue<'tcx> {
    match value {
        ConstValue::ZeroSized => CValue::zst(layout),
        ConstValue::Scalar(scalar) => {
            let value = scalar_value(fx, scalar, layout);
            CValue::by_val(value, layout)
        }
        ConstValue::Slice { alloc_id, meta } => {
            let addr = global_addr(fx, alloc_id);
            let len = fx.bcx.ins().iconst(fx.pointer_type, meta as i64);
            CValue::by_val_pair(addr, len, layout)
        }
        ConstValue::Indirect { alloc_id, offset } => {
            let addr = global_addr(fx, alloc_id);
            CValue::by_ref(Pointer::new(addr).offset(fx, offset), layout)
        }
    }
}

/// The bytes of `operand` if it is a constant whose value holds no pointers (such as the lane
/// indices of `simd_shuffle`), for lowerings that decide at compile time.
pub(crate) fn const_operand_bytes<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
    operand: &mir::Operand<'tcx>,
) -> Option<Vec<u8>> {
    let mir::Operand::Constant(constant) = operand else { return None };
    let const_ = fx.monomorphize(constant.const_);
    let size = fx.layout_of(const_.ty()).size;
    match const_.eval(fx.tcx, ty::TypingEnv::fully_monomorphized(), constant.span).ok()? {
        ConstValue::Scalar(Scalar::Int(int)) => {
            let bytes = int.to_bits(int.size()).to_le_bytes();
            let mut bytes = bytes[..size.bytes_usize()].to_vec();
            if fx.tcx.data_layout.endian == rustc_abi::Endian::Big {
                bytes.reverse();
            }
            Some(bytes)
        }
        ConstValue::Indirect { alloc_id, offset } => {
            let alloc = fx.tcx.global_alloc(alloc_id).unwrap_memory();
            let alloc = alloc.inner();
            let range = offset.bytes_usize()..offset.bytes_usize() + size.bytes_usize();
            if !alloc.provenance().range_empty(AllocRange { start: offset, size }, &fx.tcx) {
                return None;
            }
            Some(alloc.inspect_with_uninit_and_ptr_outside_interpreter(range).to_vec())
        }
        _ => None,
    }
}
