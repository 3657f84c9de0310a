//! AArch64 instructions without a Cranelift equivalent (AES, SHA, CRC32, most of NEON), called
//! as tiny leaf functions of machine code: each is its instructions and a `ret`, defined once
//! per codegen unit from the words in `table.rs`. The words are machine code rather than
//! assembly text so that no assembler is needed when cross-compiling to AArch64.
//!
//! The helpers follow AAPCS64 as Cranelift implements it: SIMD and floating-point arguments in v0,
//! v1, ... in their order, integer arguments in x0, x1, ... (w0, w1, ...) in theirs; the result in
//! v0 or x0 by the same rule. A 128-bit vector is an `i8x16`, a 64-bit one an `i8x8` (the lower
//! half of its register, where an instruction's 64-bit form reads it). Integer scalars are always
//! in general registers: a helper moves them to and from SIMD registers when its instruction needs
//! that. Pointers are integers; a tuple of vectors (the result of the structure loads) is returned
//! in consecutive SIMD registers.

use std::borrow::Cow;

use cranelift_codegen::ir::{
    AbiParam, InstBuilder, InstructionData, MemFlagsData, Opcode, Signature, Type, Value, types,
};
use cranelift_module::{FuncId, FuncOrDataId, Linkage, Module};
use rustc_abi::{BackendRepr, FieldIdx, Primitive};
use rustc_middle::ty::layout::TyAndLayout;
use smallvec::SmallVec;

use super::table::{HELPERS, IMMEDIATE_HELPERS};
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
    // The helper's instructions, its symbol, and the argument that is an immediate, if any.
    let (words, symbol, immediate_arg) = match HELPERS
        .binary_search_by(|&(helper, _)| helper.cmp(name))
    {
        Ok(index) => {
            let (helper, words) = HELPERS[index];
            (Cow::Borrowed(words), ["__cranelift_", helper].concat(), None)
        }
        Err(_) => {
            let Ok(index) = IMMEDIATE_HELPERS.binary_search_by(|&(helper, ..)| helper.cmp(name))
            else {
                return false;
            };
            let (helper, ref immediate, template) = IMMEDIATE_HELPERS[index];
            let Some(value) = args.get(immediate.arg).and_then(|&arg| constant(fx, arg)) else {
                return false;
            };
            let Some(words) = immediate.encode(template, value) else { return false };
            let symbol = format!("__cranelift_{helper}.{value}");
            (Cow::Owned(words), symbol, Some(immediate.arg))
        }
    };
    let mut sig = Signature::new(fx.cx.default_call_conv);
    let args: SmallVec<[CValue<'tcx>; 6]> = args
        .iter()
        .enumerate()
        .filter(|&(index, _)| Some(index) != immediate_arg)
        .map(|(_, &arg)| arg)
        .collect();
    for arg in &args {
        let Some(ty) = operand_type(fx, arg.layout) else { return false };
        sig.params.push(AbiParam::new(ty));
    }
    // The result: nothing, one value, or the vectors of a tuple of them (`int8x16x2_t`, ...),
    // which come back in consecutive registers.
    match dest.layout.backend_repr {
        _ if dest.layout.is_zst() => {}
        BackendRepr::Memory { .. } => {
            for field in 0..dest.layout.fields.count() {
                let layout = fx.layout_field(dest.layout, FieldIdx::from_usize(field));
                let Some(ty) = operand_type(fx, layout).filter(|ty| ty.is_vector()) else {
                    return false;
                };
                sig.returns.push(AbiParam::new(ty));
            }
        }
        _ => {
            let Some(ty) = operand_type(fx, dest.layout) else { return false };
            sig.returns.push(AbiParam::new(ty));
        }
    }
    let values: SmallVec<[Value; 6]> = args
        .iter()
        .zip(&sig.params)
        .map(|(&arg, param)| load_operand(fx, arg, param.value_type))
        .collect();
    let func_id = define_helper(fx, &symbol, &words, &sig);
    let func_ref = fx.func_ref_for_id(func_id);
    let call = fx.bcx.ins().call(func_ref, &values);
    let results: SmallVec<[Value; 4]> = fx.bcx.inst_results(call).iter().copied().collect();
    match dest.layout.backend_repr {
        BackendRepr::Memory { .. } => {
            for (field, &result) in results.iter().enumerate() {
                let place = dest.place_field(fx, FieldIdx::from_usize(field));
                place.write_cvalue(fx, CValue::by_val(result, place.layout));
            }
        }
        BackendRepr::Scalar(scalar)
            if scalar.size(fx).bits() < 32 && fx.bcx.func.dfg.value_type(results[0]).is_int() =>
        {
            let narrow = Type::int(scalar.size(fx).bits() as u16).expect("integer width");
            let result = fx.bcx.ins().ireduce(narrow, results[0]);
            dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
        }
        _ => {
            if let Some(&result) = results.first() {
                dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
            }
        }
    }
    true
}

/// The Cranelift type a value of `layout` has as a helper's argument or result.
fn operand_type(fx: &FunctionCx<'_, '_, '_>, layout: TyAndLayout<'_>) -> Option<Type> {
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
            Primitive::Pointer(_) => Some(fx.pointer_type),
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

/// The helper `symbol` of this codegen unit, defined on first use.
fn define_helper(
    fx: &mut FunctionCx<'_, '_, '_>,
    symbol: &str,
    words: &[u32],
    sig: &Signature,
) -> FuncId {
    if let Some(FuncOrDataId::Func(id)) = fx.cx.module.get_name(symbol) {
        return id;
    }
    // A local symbol: each unit has its own copy, as it has its own constants.
    let id = match fx.cx.module.declare_function(symbol, Linkage::Local, sig) {
        Ok(id) => id,
        Err(err) => fx.tcx.dcx().span_fatal(fx.span, format!("cannot declare `{symbol}`: {err}")),
    };
    let bytes: Vec<u8> = words.iter().chain([&RET]).flat_map(|word| word.to_le_bytes()).collect();
    if let Err(err) = fx.cx.module.define_function_bytes(id, 4, &bytes, &[]) {
        fx.tcx.dcx().span_fatal(fx.span, format!("cannot define `{symbol}`: {err}"));
    }
    id
}

/// The value of an integer argument that is a constant (after monomorphization, the const
/// generic that `core::arch` passes as an immediate).
fn constant<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, arg: CValue<'tcx>) -> Option<i64> {
    if arg.try_to_ptr().is_some() || !matches!(arg.layout.backend_repr, BackendRepr::Scalar(_)) {
        return None;
    }
    // A scalar not in memory: reading it emits nothing.
    let mut value = arg.load_scalar(fx);
    // `core::arch` often casts the const generic first (`IMM6 as i64`).
    loop {
        let inst = fx.bcx.func.dfg.value_def(value).inst()?;
        match fx.bcx.func.dfg.insts[inst] {
            InstructionData::UnaryImm { opcode: Opcode::Iconst, imm } => {
                let bits = fx.bcx.func.dfg.value_type(value).bits();
                // Signed or unsigned, the values checked are small and non-negative, which
                // sign-extending from the constant's width keeps.
                return Some(imm.bits() << (64 - bits) >> (64 - bits));
            }
            InstructionData::Unary {
                opcode: Opcode::Uextend | Opcode::Sextend | Opcode::Ireduce,
                arg,
            } => value = arg,
            _ => return None,
        }
    }
}

/// Where the immediate operand of an intrinsic goes in its helper's instructions: the
/// `arg`-th argument, from `low` to `high`, is encoded in instruction `word`.
pub(super) struct Immediate {
    pub(super) arg: usize,
    pub(super) low: i64,
    pub(super) high: i64,
    pub(super) word: usize,
    pub(super) encoding: Encoding,
}

/// How an immediate is encoded in its instruction.
pub(super) enum Encoding {
    /// The field `mask << shift` holds `offset + value` (or `offset - value` when `negate`),
    /// modulo the field's width.
    Field { shift: u32, mask: u32, offset: u32, negate: bool },
    /// The whole instruction for each value from `low` (a lane index is spread over fields).
    Words(&'static [u32]),
}

impl Immediate {
    /// The instructions of `template` (the immediate's bits zero) encoding `value`, if the
    /// instruction can encode it.
    fn encode(&self, template: &[u32], value: i64) -> Option<Vec<u32>> {
        if !(self.low..=self.high).contains(&value) {
            return None;
        }
        let mut words = template.to_vec();
        match self.encoding {
            Encoding::Field { shift, mask, offset, negate } => {
                let value = value as u32;
                let field =
                    if negate { offset.wrapping_sub(value) } else { offset.wrapping_add(value) };
                words[self.word] |= (field & mask) << shift;
            }
            Encoding::Words(variants) => words[self.word] = variants[(value - self.low) as usize],
        }
        Some(words)
    }
}
