//! `f16` and `f128`, which Cranelift can move but not compute with: `f16` arithmetic is done
//! in `f32` (exact for +, -, *, / and comparisons, and what LLVM does without native half
//! precision), `f128` arithmetic and all conversions go through compiler-builtins.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_middle::mir::BinOp;

use super::FunctionCx;

fn is_soft(ty: Type) -> bool {
    ty == types::F16 || ty == types::F128
}

impl FunctionCx<'_, '_, '_> {
    /// Converts between any two float types.
    pub(crate) fn float_convert(&mut self, value: Value, to: Type) -> Value {
        let from = self.bcx.func.dfg.value_type(value);
        let name = match (from, to) {
            _ if from == to => return value,
            (types::F32, types::F64) => return self.bcx.ins().fpromote(to, value),
            (types::F64, types::F32) => return self.bcx.ins().fdemote(to, value),
            (types::F16, types::F32) => "__extendhfsf2",
            (types::F16, types::F64) => "__extendhfdf2",
            (types::F16, types::F128) => "__extendhftf2",
            (types::F32, types::F16) => "__truncsfhf2",
            (types::F64, types::F16) => "__truncdfhf2",
            (types::F128, types::F16) => "__trunctfhf2",
            (types::F32, types::F128) => "__extendsftf2",
            (types::F64, types::F128) => "__extenddftf2",
            (types::F128, types::F32) => "__trunctfsf2",
            (types::F128, types::F64) => "__trunctfdf2",
            _ => {
                unreachable!("float conversion from {from} to {to}: every pair of floats is above")
            }
        };
        self.lib_call(name, &[from], to, &[value])
    }

    /// `a op b` for `f16`/`f128` operands; `None` for other types.
    pub(crate) fn soft_float_binop(&mut self, op: BinOp, a: Value, b: Value) -> Option<Value> {
        let ty = self.bcx.func.dfg.value_type(a);
        if ty == types::F16 {
            let wide_a = self.float_convert(a, types::F32);
            let wide_b = self.float_convert(b, types::F32);
            let result = match op {
                BinOp::Add => self.bcx.ins().fadd(wide_a, wide_b),
                BinOp::Sub => self.bcx.ins().fsub(wide_a, wide_b),
                BinOp::Mul => self.bcx.ins().fmul(wide_a, wide_b),
                BinOp::Div => self.bcx.ins().fdiv(wide_a, wide_b),
                // The remainder of two halves is exact in single precision.
                BinOp::Rem => {
                    self.lib_call("fmodf", &[types::F32; 2], types::F32, &[wide_a, wide_b])
                }
                _ => {
                    let cc = super::num::float_cc(op).expect(super::num::VALIDATED);
                    return Some(self.bcx.ins().fcmp(cc, wide_a, wide_b));
                }
            };
            return Some(self.float_convert(result, types::F16));
        }
        if ty != types::F128 {
            return None;
        }
        let arithmetic = match op {
            BinOp::Add => Some("__addtf3"),
            BinOp::Sub => Some("__subtf3"),
            BinOp::Mul => Some("__multf3"),
            BinOp::Div => Some("__divtf3"),
            BinOp::Rem => Some("fmodf128"),
            _ => None,
        };
        if let Some(name) = arithmetic {
            return Some(self.lib_call(name, &[ty, ty], ty, &[a, b]));
        }
        // The comparison helpers return an integer to compare with zero; NaN operands give a
        // result that makes every ordered comparison false and `!=` true.
        let (name, cc) = match op {
            BinOp::Eq => ("__eqtf2", IntCC::Equal),
            BinOp::Ne => ("__netf2", IntCC::NotEqual),
            BinOp::Lt => ("__lttf2", IntCC::SignedLessThan),
            BinOp::Le => ("__letf2", IntCC::SignedLessThanOrEqual),
            BinOp::Gt => ("__gttf2", IntCC::SignedGreaterThan),
            BinOp::Ge => ("__getf2", IntCC::SignedGreaterThanOrEqual),
            _ => unreachable!("{op:?} on f128: {}", super::num::VALIDATED),
        };
        let order = self.lib_call(name, &[ty, ty], self.soft_float_cmp_type(), &[a, b]);
        Some(self.bcx.ins().icmp_imm_s(cc, order, 0))
    }

    /// The integer type compiler-builtins' float comparisons return: word-sized, except on
    /// AArch64 where it is `int`.
    fn soft_float_cmp_type(&self) -> Type {
        if self.tcx.sess.target.arch == rustc_target::spec::Arch::AArch64 {
            types::I32
        } else {
            self.pointer_type
        }
    }

    /// `-value`, flipping the sign bit (also for the types Cranelift cannot negate).
    pub(crate) fn float_neg(&mut self, value: Value) -> Value {
        let ty = self.bcx.func.dfg.value_type(value);
        if !is_soft(ty) {
            return self.bcx.ins().fneg(value);
        }
        let int_ty = ty.as_int();
        let bits = super::value::bitcast_to(self, value, int_ty);
        let sign = self.iconst(int_ty, 1u128 << (ty.bits() - 1));
        let flipped = self.bcx.ins().bxor(bits, sign);
        super::value::bitcast_to(self, flipped, ty)
    }

    /// Integer → `f128` through compiler-builtins, or → `f16` through `f32`.
    pub(crate) fn soft_int_to_float(
        &mut self,
        value: Value,
        to: Type,
        signed: bool,
    ) -> Option<Value> {
        if to == types::F16 {
            let single = self.int_to_float(value, types::F32, signed)?;
            return Some(self.float_convert(single, types::F16));
        }
        let from = self.bcx.func.dfg.value_type(value);
        let (value, from) = if from.bits() < 32 {
            (super::discriminant::int_resize(self, value, types::I32, signed), types::I32)
        } else {
            (value, from)
        };
        let name = match (signed, from.bits()) {
            (true, 32) => "__floatsitf",
            (true, 64) => "__floatditf",
            (true, _) => "__floattitf",
            (false, 32) => "__floatunsitf",
            (false, 64) => "__floatunditf",
            (false, _) => "__floatuntitf",
        };
        Some(self.lib_call(name, &[from], to, &[value]))
    }

    /// `f16`/`f128` → integer with Rust's saturating `as` semantics.
    pub(crate) fn soft_float_to_int(
        &mut self,
        value: Value,
        to: Type,
        signed: bool,
    ) -> Option<Value> {
        let from = self.bcx.func.dfg.value_type(value);
        if from == types::F16 {
            // Every half is exactly a single.
            let single = self.float_convert(value, types::F32);
            return self.float_to_int_saturating(single, to, signed);
        }
        let wide = if to.bits() <= 32 { types::I32 } else { to };
        let name = match (signed, wide.bits()) {
            (true, 32) => "__fixtfsi",
            (true, 64) => "__fixtfdi",
            (true, _) => "__fixtfti",
            (false, 32) => "__fixunstfsi",
            (false, 64) => "__fixunstfdi",
            (false, _) => "__fixunstfti",
        };
        let converted = self.lib_call(name, &[from], wide, &[value]);
        // Not every runtime's helpers map NaN to zero as `as` does.
        let cmp_type = self.soft_float_cmp_type();
        let unordered = self.lib_call("__unordtf2", &[from, from], cmp_type, &[value, value]);
        let zero = self.iconst(wide, 0);
        let result = self.bcx.ins().select(unordered, zero, converted);
        if wide == to {
            return Some(result);
        }
        // Narrow targets: clamp the 32-bit result to the target's range.
        let bits = to.bits();
        let clamped = if signed {
            let max = self.bcx.ins().iconst(types::I32, (1i64 << (bits - 1)) - 1);
            let min = self.bcx.ins().iconst(types::I32, -(1i64 << (bits - 1)));
            let upper = self.bcx.ins().smin(result, max);
            self.bcx.ins().smax(upper, min)
        } else {
            let max = self.bcx.ins().iconst(types::I32, (1i64 << bits) - 1);
            self.bcx.ins().umin(result, max)
        };
        Some(self.bcx.ins().ireduce(to, clamped))
    }
}
