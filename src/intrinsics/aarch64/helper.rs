//! AArch64 instructions without a Cranelift equivalent (AES, SHA, CRC32, most of NEON), called
//! as tiny leaf functions of machine code: each is its instructions and a `ret`, defined once
//! per codegen unit from the words in `table.rs`. The words are machine code rather than
//! assembly text so that no assembler is needed when cross-compiling to AArch64.
//!
//! The helpers follow AAPCS64 as Cranelift implements it: SIMD and floating-point arguments in
//! v0, v1, ... in their order, integer arguments in x0, x1, ... (w0, w1, ...) in theirs; the
//! result in v0 or x0 by the same rule. A 128-bit vector is an `i8x16`, a 64-bit one an `i8x8`
//! (the lower half of its register, where an instruction's 64-bit form reads it). Integer scalars are always in general registers: a helper moves them to and from
//! SIMD registers when its instruction needs that.

use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, Signature, Type, Value, types};
use cranelift_module::{FuncId, FuncOrDataId, Linkage, Module};
use rustc_abi::{BackendRepr, Primitive};
use rustc_middle::ty::layout::TyAndLayout;
use smallvec::SmallVec;

use super::table::HELPERS;
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, bitcast_to};

/// `ret`, the last instruction of every helper.
const RET: u32 = 0xd65f_03c0;

/// Lowers `name` as a call of its helper; false, emitting nothing, when it has none or an
/// operand is not of a shape the helpers take.
pub(super) fn lower_with_helper<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Ok(index) = HELPERS.binary_search_by(|&(helper, _)| helper.cmp(name)) else {
        return false;
    };
    let mut sig = Signature::new(fx.cx.default_call_conv);
    for arg in args {
        let Some(ty) = operand_type(arg.layout) else { return false };
        sig.params.push(AbiParam::new(ty));
    }
    let ret = if dest.layout.is_zst() {
        None
    } else {
        let Some(ty) = operand_type(dest.layout) else { return false };
        sig.returns.push(AbiParam::new(ty));
        Some(ty)
    };
    let values: SmallVec<[Value; 6]> = args
        .iter()
        .zip(&sig.params)
        .map(|(&arg, param)| load_operand(fx, arg, param.value_type))
        .collect();
    let (helper, words) = HELPERS[index];
    let func_id = define_helper(fx, helper, words, &sig);
    let func_ref = fx.func_ref_for_id(func_id);
    let call = fx.bcx.ins().call(func_ref, &values);
    if let Some(ty) = ret {
        let result = fx.bcx.inst_results(call)[0];
        let result = match dest.layout.backend_repr {
            BackendRepr::Scalar(scalar) if ty.is_int() && scalar.size(fx).bits() < 32 => {
                let narrow = Type::int(scalar.size(fx).bits() as u16).expect("integer width");
                fx.bcx.ins().ireduce(narrow, result)
            }
            _ => result,
        };
        dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
    }
    true
}

/// The Cranelift type a value of `layout` has as a helper's argument or result.
fn operand_type(layout: TyAndLayout<'_>) -> Option<Type> {
    match layout.backend_repr {
        BackendRepr::SimdVector { .. } => match layout.size.bytes() {
            16 => Some(types::I8X16),
            8 => Some(types::I8X8),
            _ => None,
        },
        BackendRepr::Scalar(scalar) => match scalar.primitive() {
            Primitive::Float(float) => match float.size().bits() {
                32 => Some(types::F32),
                64 => Some(types::F64),
                _ => None,
            },
            Primitive::Int(int, _) => match int.size().bits() {
                1..=32 => Some(types::I32),
                64 => Some(types::I64),
                _ => None,
            },
            Primitive::Pointer(_) => None,
        },
        _ => None,
    }
}

/// `arg` as a value of `ty` (see `operand_type`).
fn load_operand<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, arg: CValue<'tcx>, ty: Type) -> Value {
    if let BackendRepr::SimdVector { .. } = arg.layout.backend_repr {
        if let Some(vector) = arg.try_to_register_vector(fx) {
            return bitcast_to(fx, vector, ty);
        }
        let ptr = arg.spill_to_memory(fx);
        return ptr.load(fx, ty, MemFlagsData::new());
    }
    let value = arg.load_scalar(fx);
    let from = fx.bcx.func.dfg.value_type(value);
    if from.is_int() && from.bits() < ty.bits() { fx.bcx.ins().uextend(ty, value) } else { value }
}

/// The helper `name` of this codegen unit, defined on first use.
fn define_helper(
    fx: &mut FunctionCx<'_, '_, '_>,
    name: &str,
    words: &[u32],
    sig: &Signature,
) -> FuncId {
    // A local symbol: each unit has its own copy, as it has its own constants.
    let symbol = ["__cranelift_", name].concat();
    if let Some(FuncOrDataId::Func(id)) = fx.cx.module.get_name(&symbol) {
        return id;
    }
    let id = match fx.cx.module.declare_function(&symbol, Linkage::Local, sig) {
        Ok(id) => id,
        Err(err) => fx.tcx.dcx().span_fatal(fx.span, format!("cannot declare `{symbol}`: {err}")),
    };
    let bytes: Vec<u8> = words.iter().chain([&RET]).flat_map(|word| word.to_le_bytes()).collect();
    if let Err(err) = fx.cx.module.define_function_bytes(id, 4, &bytes, &[]) {
        fx.tcx.dcx().span_fatal(fx.span, format!("cannot define `{symbol}`: {err}"));
    }
    id
}
