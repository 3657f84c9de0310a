//! `as` casts, transmutes and pointer coercions (MIR `Rvalue::Cast`).

use cranelift_codegen::ir::condcodes::FloatCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_middle::mir::CastKind;
use rustc_middle::ty::adjustment::PointerCoercion;
use rustc_middle::ty::{self, Instance};

use super::FunctionCx;
use super::discriminant::int_resize;
use super::value::{CPlace, CValue};

/// MIR validation allows numeric casts only to integers and floats, which are scalars.
const NUMERIC_CAST: &str = "numeric casts produce scalars";

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    pub(super) fn lower_cast(&mut self, kind: CastKind, operand: CValue<'tcx>, dest: CPlace<'tcx>) {
        let dest_layout = dest.layout;
        let value = match kind {
            CastKind::IntToInt => {
                let value = operand.load_scalar(self);
                let to = self.register_types(dest_layout).expect(NUMERIC_CAST).0;
                let signed = operand.layout.ty.is_signed();
                CValue::by_val(int_resize(self, value, to, signed), dest_layout)
            }
            CastKind::IntToFloat => {
                let value = operand.load_scalar(self);
                let to = self.register_types(dest_layout).expect(NUMERIC_CAST).0;
                let signed = operand.layout.ty.is_signed();
                match self.int_to_float(value, to, signed) {
                    Some(result) => CValue::by_val(result, dest_layout),
                    None => return self.unsupported("casts involving f16 or f128"),
                }
            }
            CastKind::FloatToInt => {
                let value = operand.load_scalar(self);
                let to = self.register_types(dest_layout).expect(NUMERIC_CAST).0;
                let signed = dest_layout.ty.is_signed();
                match self.float_to_int_saturating(value, to, signed) {
                    Some(result) => CValue::by_val(result, dest_layout),
                    None => return self.unsupported("casts involving f16 or f128"),
                }
            }
            CastKind::FloatToFloat => {
                let value = operand.load_scalar(self);
                let to = self.register_types(dest_layout).expect(NUMERIC_CAST).0;
                CValue::by_val(self.float_convert(value, to), dest_layout)
            }
            CastKind::PtrToPtr | CastKind::FnPtrToPtr => {
                match (self.register_types(operand.layout), self.register_types(dest_layout)) {
                    (Some((_, Some(_))), Some((_, None))) => {
                        // Wide to thin: the metadata is dropped.
                        let (addr, _) = operand.load_scalar_pair(self);
                        CValue::by_val(addr, dest_layout)
                    }
                    _ => operand.with_layout(dest_layout),
                }
            }
            CastKind::PointerExposeProvenance => {
                let addr = if self.register_types(operand.layout).is_some_and(|(_, b)| b.is_some())
                {
                    operand.load_scalar_pair(self).0
                } else {
                    operand.load_scalar(self)
                };
                CValue::by_val(addr, dest_layout)
            }
            CastKind::PointerWithExposedProvenance => {
                // Signed integers sign-extend to the pointer width, as `as` does for integers.
                let value = operand.load_scalar(self);
                let signed = operand.layout.ty.is_signed();
                CValue::by_val(int_resize(self, value, self.pointer_type, signed), dest_layout)
            }
            CastKind::Transmute | CastKind::BoxDerefTransmute | CastKind::Subtype => {
                if operand.layout.size != dest_layout.size {
                    return self.unsupported(&format!(
                        "transmute from `{}` ({} bytes) to `{}` ({} bytes)",
                        operand.layout.ty,
                        operand.layout.size.bytes(),
                        dest_layout.ty,
                        dest_layout.size.bytes()
                    ));
                }
                operand.transmute(self, dest_layout)
            }
            CastKind::PointerCoercion(coercion, _) => match coercion {
                PointerCoercion::ReifyFnPointer(_) => {
                    let ty::FnDef(def_id, args) = *operand.layout.ty.kind() else {
                        unreachable!("reifying {}", operand.layout.ty)
                    };
                    let instance = Instance::resolve_for_fn_ptr(
                        self.tcx,
                        ty::TypingEnv::fully_monomorphized(),
                        def_id,
                        args.no_bound_vars().expect("monomorphic function"),
                    )
                    .expect("function pointer target resolves");
                    CValue::by_val(self.fn_addr(instance), dest_layout)
                }
                PointerCoercion::ClosureFnPointer(_) => {
                    let ty::Closure(def_id, args) = *operand.layout.ty.kind() else {
                        unreachable!("closure pointer from {}", operand.layout.ty)
                    };
                    let instance =
                        Instance::resolve_closure(self.tcx, def_id, args, ty::ClosureKind::FnOnce);
                    CValue::by_val(self.fn_addr(instance), dest_layout)
                }
                PointerCoercion::UnsafeFnPointer
                | PointerCoercion::MutToConstPointer
                | PointerCoercion::ArrayToPointer => operand.with_layout(dest_layout),
                PointerCoercion::Unsize => return self.coerce_unsized_into(operand, dest),
            },
        };
        dest.write_cvalue(self, value);
    }

    pub(crate) fn fn_addr(&mut self, instance: Instance<'tcx>) -> Value {
        let func_ref = self.func_ref(instance);
        self.bcx.ins().func_addr(self.pointer_type, func_ref)
    }

    pub(crate) fn int_to_float(&mut self, value: Value, to: Type, signed: bool) -> Option<Value> {
        let from = self.bcx.func.dfg.value_type(value);
        if !(to == types::F32 || to == types::F64) {
            return self.soft_int_to_float(value, to, signed);
        }
        if from == types::I128 {
            // Cranelift cannot convert 128-bit integers; compiler-builtins can.
            let name = match (signed, to == types::F32) {
                (true, true) => "__floattisf",
                (true, false) => "__floattidf",
                (false, true) => "__floatuntisf",
                (false, false) => "__floatuntidf",
            };
            return Some(self.lib_call(name, &[from], to, &[value]));
        }
        // Cranelift converts from 32- and 64-bit integers on every target.
        let value =
            if from.bits() < 32 { int_resize(self, value, types::I32, signed) } else { value };
        Some(if signed {
            self.bcx.ins().fcvt_from_sint(to, value)
        } else {
            self.bcx.ins().fcvt_from_uint(to, value)
        })
    }

    /// Rust's float → int `as`: saturating at the bounds, NaN becomes 0.
    pub(crate) fn float_to_int_saturating(
        &mut self,
        value: Value,
        to: Type,
        signed: bool,
    ) -> Option<Value> {
        let from = self.bcx.func.dfg.value_type(value);
        if !(from == types::F32 || from == types::F64) {
            return self.soft_float_to_int(value, to, signed);
        }
        if to == types::I128 {
            // compiler-builtins saturates like `as`; NaN is mapped to 0 here to be explicit.
            let name = match (signed, from == types::F32) {
                (true, true) => "__fixsfti",
                (true, false) => "__fixdfti",
                (false, true) => "__fixunssfti",
                (false, false) => "__fixunsdfti",
            };
            let result = self.lib_call(name, &[from], to, &[value]);
            let is_nan = self.bcx.ins().fcmp(FloatCC::Unordered, value, value);
            let zero = self.iconst(to, 0);
            return Some(self.bcx.ins().select(is_nan, zero, result));
        }
        if to.bits() >= 32 {
            return Some(if signed {
                self.bcx.ins().fcvt_to_sint_sat(to, value)
            } else {
                self.bcx.ins().fcvt_to_uint_sat(to, value)
            });
        }
        // Narrow targets: saturate to 32 bits, then clamp to the target's range.
        let wide = if signed {
            self.bcx.ins().fcvt_to_sint_sat(types::I32, value)
        } else {
            self.bcx.ins().fcvt_to_uint_sat(types::I32, value)
        };
        let bits = to.bits();
        let clamped = if signed {
            let max = self.bcx.ins().iconst(types::I32, (1i64 << (bits - 1)) - 1);
            let min = self.bcx.ins().iconst(types::I32, -(1i64 << (bits - 1)));
            let upper = self.bcx.ins().smin(wide, max);
            self.bcx.ins().smax(upper, min)
        } else {
            let max = self.bcx.ins().iconst(types::I32, (1i64 << bits) - 1);
            self.bcx.ins().umin(wide, max)
        };
        Some(self.bcx.ins().ireduce(to, clamped))
    }
}
