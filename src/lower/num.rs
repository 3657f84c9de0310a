//! Arithmetic, bitwise, comparison and pointer operators of MIR `BinaryOp` and `UnaryOp`,
//! including the overflow flags of checked arithmetic.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_middle::mir::{BinOp, UnOp};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};

use super::FunctionCx;
use super::value::{CPlace, CValue};

/// rustc validates every optimized MIR body, which checks the operand types of each operator
/// (also of those the intrinsics `wrapping_add`, `three_way_compare` and the like become).
pub(crate) const VALIDATED: &str = "MIR validation allows this operator only on other types";

pub(crate) fn int_cc(op: BinOp, signed: bool) -> Option<IntCC> {
    Some(match (op, signed) {
        (BinOp::Eq, _) => IntCC::Equal,
        (BinOp::Ne, _) => IntCC::NotEqual,
        (BinOp::Lt, false) => IntCC::UnsignedLessThan,
        (BinOp::Lt, true) => IntCC::SignedLessThan,
        (BinOp::Le, false) => IntCC::UnsignedLessThanOrEqual,
        (BinOp::Le, true) => IntCC::SignedLessThanOrEqual,
        (BinOp::Gt, false) => IntCC::UnsignedGreaterThan,
        (BinOp::Gt, true) => IntCC::SignedGreaterThan,
        (BinOp::Ge, false) => IntCC::UnsignedGreaterThanOrEqual,
        (BinOp::Ge, true) => IntCC::SignedGreaterThanOrEqual,
        _ => return None,
    })
}

pub(crate) fn float_cc(op: BinOp) -> Option<FloatCC> {
    Some(match op {
        BinOp::Eq => FloatCC::Equal,
        BinOp::Ne => FloatCC::NotEqual,
        BinOp::Lt => FloatCC::LessThan,
        BinOp::Le => FloatCC::LessThanOrEqual,
        BinOp::Gt => FloatCC::GreaterThan,
        BinOp::Ge => FloatCC::GreaterThanOrEqual,
        _ => return None,
    })
}

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    pub(crate) fn lower_binop(
        &mut self,
        op: BinOp,
        lhs: CValue<'tcx>,
        rhs: CValue<'tcx>,
        dest_layout: TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        let lhs_ty = lhs.layout.ty;
        match lhs_ty.kind() {
            ty::Bool | ty::Char | ty::Int(_) | ty::Uint(_) => {
                let a = lhs.load_scalar(self);
                let b = rhs.load_scalar(self);
                self.lower_int_binop(op, a, b, lhs_ty.is_signed(), dest_layout)
            }
            ty::Float(_) => {
                let a = lhs.load_scalar(self);
                let b = rhs.load_scalar(self);
                self.lower_float_binop(op, a, b, dest_layout)
            }
            ty::RawPtr(..)
                if op == BinOp::Offset
                    && self.register_types(lhs.layout).is_some_and(|(_, b)| b.is_some()) =>
            {
                // The intrinsic `offset` at a wide pointer type passes MIR validation, but an
                // unsized pointee has no size to step by (LLVM's build crashes on it).
                self.unsupported(&format!("`offset` of the wide pointer type `{lhs_ty}`"));
                CPlace::new_stack_slot(self, dest_layout).to_cvalue(self)
            }
            ty::RawPtr(..) | ty::FnPtr(..) => self.lower_ptr_binop(op, lhs, rhs, dest_layout),
            _ => unreachable!("binary operator {op:?} on {lhs_ty}: {VALIDATED}"),
        }
    }

    fn lower_int_binop(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        signed: bool,
        dest_layout: TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        if let Some(cc) = int_cc(op, signed) {
            let ty = self.bcx.func.dfg.value_type(a);
            let value = match (self.const_int(a), self.const_int(b)) {
                // Comparisons of constants (a bounds check of a constant index into an array)
                // are decided here, so that the branch on them folds too.
                (Some(a), Some(b)) => {
                    let holds = const_icmp(cc, ty, a, b);
                    self.bcx.ins().iconst(types::I8, i64::from(holds))
                }
                _ => self.bcx.ins().icmp(cc, a, b),
            };
            return CValue::by_val(value, dest_layout);
        }
        if matches!(op, BinOp::Div | BinOp::Rem) && self.bcx.func.dfg.value_type(a) == types::I128 {
            // Cranelift has no 128-bit division; compiler-builtins does.
            let name = match (op, signed) {
                (BinOp::Div, true) => "__divti3",
                (BinOp::Div, false) => "__udivti3",
                (_, true) => "__modti3",
                (_, false) => "__umodti3",
            };
            let ty = types::I128;
            return CValue::by_val(self.lib_call(name, &[ty, ty], ty, &[a, b]), dest_layout);
        }
        let ins = self.bcx.ins();
        let value = match op {
            BinOp::Add | BinOp::AddUnchecked => ins.iadd(a, b),
            BinOp::Sub | BinOp::SubUnchecked => ins.isub(a, b),
            BinOp::Mul | BinOp::MulUnchecked => ins.imul(a, b),
            BinOp::Div if signed => ins.sdiv(a, b),
            BinOp::Div => ins.udiv(a, b),
            BinOp::Rem if signed => ins.srem(a, b),
            BinOp::Rem => ins.urem(a, b),
            BinOp::BitXor => ins.bxor(a, b),
            BinOp::BitAnd => ins.band(a, b),
            BinOp::BitOr => ins.bor(a, b),
            BinOp::Shl | BinOp::ShlUnchecked => ins.ishl(a, b),
            BinOp::Shr | BinOp::ShrUnchecked if signed => ins.sshr(a, b),
            BinOp::Shr | BinOp::ShrUnchecked => ins.ushr(a, b),
            BinOp::Cmp => {
                let (gt, lt) = if signed {
                    (IntCC::SignedGreaterThan, IntCC::SignedLessThan)
                } else {
                    (IntCC::UnsignedGreaterThan, IntCC::UnsignedLessThan)
                };
                let is_gt = ins.icmp(gt, a, b);
                let is_lt = self.bcx.ins().icmp(lt, a, b);
                self.bcx.ins().isub(is_gt, is_lt)
            }
            BinOp::AddWithOverflow | BinOp::SubWithOverflow | BinOp::MulWithOverflow => {
                let (result, overflow) = self.checked_int_op(op, a, b, signed);
                return CValue::by_val_pair(result, overflow, dest_layout);
            }
            BinOp::Offset
            | BinOp::Eq
            | BinOp::Ne
            | BinOp::Lt
            | BinOp::Le
            | BinOp::Gt
            | BinOp::Ge => {
                unreachable!("{op:?} on integers: {VALIDATED}")
            }
        };
        CValue::by_val(value, dest_layout)
    }

    /// The wrapped result and the overflow flag of `a op b`.
    fn checked_int_op(&mut self, op: BinOp, a: Value, b: Value, signed: bool) -> (Value, Value) {
        let ty = self.bcx.func.dfg.value_type(a);
        match op {
            BinOp::AddWithOverflow => self.add_sub_with_overflow(true, a, b, signed),
            BinOp::SubWithOverflow => self.add_sub_with_overflow(false, a, b, signed),
            BinOp::MulWithOverflow if self.cx.overflow_arithmetic && ty.bits() <= 64 => {
                let ins = self.bcx.ins();
                if signed { ins.smul_overflow(a, b) } else { ins.umul_overflow(a, b) }
            }
            BinOp::MulWithOverflow if ty.bits() <= 32 => {
                // Multiply in 64 bits, where the product cannot overflow, then compare.
                let (a64, b64) = if signed {
                    (self.bcx.ins().sextend(types::I64, a), self.bcx.ins().sextend(types::I64, b))
                } else {
                    (self.bcx.ins().uextend(types::I64, a), self.bcx.ins().uextend(types::I64, b))
                };
                let wide = self.bcx.ins().imul(a64, b64);
                let result = self.bcx.ins().ireduce(ty, wide);
                let back = if signed {
                    self.bcx.ins().sextend(types::I64, result)
                } else {
                    self.bcx.ins().uextend(types::I64, result)
                };
                let overflow = self.bcx.ins().icmp(IntCC::NotEqual, back, wide);
                (result, overflow)
            }
            BinOp::MulWithOverflow if ty == types::I64 => {
                let result = self.bcx.ins().imul(a, b);
                let high =
                    if signed { self.bcx.ins().smulhi(a, b) } else { self.bcx.ins().umulhi(a, b) };
                let expected_high = if signed {
                    self.bcx.ins().sshr_imm_s(result, 63)
                } else {
                    self.bcx.ins().iconst(types::I64, 0)
                };
                let overflow = self.bcx.ins().icmp(IntCC::NotEqual, high, expected_high);
                (result, overflow)
            }
            _ => {
                // compiler-builtins provides the 128-bit multiplication with overflow flag.
                let name = if signed { "__rust_i128_mulo" } else { "__rust_u128_mulo" };
                let flag_slot = self.create_stack_slot(4, 4);
                let flag_addr = self.bcx.ins().stack_addr(self.pointer_type, flag_slot, 0);
                let params = [ty, ty, self.pointer_type];
                let result = self.lib_call(name, &params, ty, &[a, b, flag_addr]);
                let flag = self.bcx.ins().stack_load(self.pointer_type, types::I32, flag_slot, 0);
                let overflow = self.bcx.ins().icmp_imm_s(IntCC::NotEqual, flag, 0);
                (result, overflow)
            }
        }
    }

    /// The wrapped sum (or difference) and whether it overflowed.
    pub(crate) fn add_sub_with_overflow(
        &mut self,
        add: bool,
        a: Value,
        b: Value,
        signed: bool,
    ) -> (Value, Value) {
        if self.cx.overflow_arithmetic {
            let ins = self.bcx.ins();
            return match (add, signed) {
                (true, true) => ins.sadd_overflow(a, b),
                (true, false) => ins.uadd_overflow(a, b),
                (false, true) => ins.ssub_overflow(a, b),
                (false, false) => ins.usub_overflow(a, b),
            };
        }
        let result = if add { self.bcx.ins().iadd(a, b) } else { self.bcx.ins().isub(a, b) };
        let overflow = if signed {
            // Overflow iff the result's sign disagrees with both operands' (for a sum) or with
            // the minuend's while the operands' signs differ (for a difference).
            let (x, y) = if add {
                (self.bcx.ins().bxor(result, a), self.bcx.ins().bxor(result, b))
            } else {
                (self.bcx.ins().bxor(a, b), self.bcx.ins().bxor(a, result))
            };
            let both = self.bcx.ins().band(x, y);
            self.is_negative(both)
        } else if add {
            self.bcx.ins().icmp(IntCC::UnsignedLessThan, result, a)
        } else {
            self.bcx.ins().icmp(IntCC::UnsignedLessThan, a, b)
        };
        (result, overflow)
    }

    fn is_negative(&mut self, value: Value) -> Value {
        let ty = self.bcx.func.dfg.value_type(value);
        let zero = self.iconst(ty, 0);
        self.bcx.ins().icmp(IntCC::SignedLessThan, value, zero)
    }

    /// `a op b` for two floats of one type: arithmetic (`Rem` through libm's fmod) or a
    /// comparison.
    pub(crate) fn lower_float_binop(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        dest_layout: TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        if let Some(value) = self.soft_float_binop(op, a, b) {
            return CValue::by_val(value, dest_layout);
        }
        if let Some(cc) = float_cc(op) {
            let value = self.bcx.ins().fcmp(cc, a, b);
            return CValue::by_val(value, dest_layout);
        }
        let ty = self.bcx.func.dfg.value_type(a);
        let value = match op {
            BinOp::Add => self.bcx.ins().fadd(a, b),
            BinOp::Sub => self.bcx.ins().fsub(a, b),
            BinOp::Mul => self.bcx.ins().fmul(a, b),
            BinOp::Div => self.bcx.ins().fdiv(a, b),
            BinOp::Rem => {
                let name = if ty == types::F32 { "fmodf" } else { "fmod" };
                self.lib_call(name, &[ty, ty], ty, &[a, b])
            }
            _ => unreachable!("{op:?} on floats: {VALIDATED}"),
        };
        CValue::by_val(value, dest_layout)
    }

    fn lower_ptr_binop(
        &mut self,
        op: BinOp,
        lhs: CValue<'tcx>,
        rhs: CValue<'tcx>,
        dest_layout: TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        if op == BinOp::Offset {
            let pointee = lhs.layout.ty.builtin_deref(true).expect(VALIDATED);
            let size = self.layout_of(pointee).size.bytes();
            let base = lhs.load_scalar(self);
            let count = rhs.load_scalar(self);
            let bytes = self.scaled(count, size);
            let value = self.bcx.ins().iadd(base, bytes);
            return CValue::by_val(value, dest_layout);
        }
        let cc =
            int_cc(op, false).unwrap_or_else(|| unreachable!("{op:?} on pointers: {VALIDATED}"));
        if self.register_types(lhs.layout).is_some_and(|(_, b)| b.is_some()) {
            // Wide pointers compare address first, then metadata.
            let (a0, a1) = lhs.load_scalar_pair(self);
            let (b0, b1) = rhs.load_scalar_pair(self);
            let value = match op {
                BinOp::Eq | BinOp::Ne => {
                    let first = self.bcx.ins().icmp(cc, a0, b0);
                    let second = self.bcx.ins().icmp(cc, a1, b1);
                    if op == BinOp::Eq {
                        self.bcx.ins().band(first, second)
                    } else {
                        self.bcx.ins().bor(first, second)
                    }
                }
                _ => {
                    let strict = match cc {
                        IntCC::UnsignedLessThanOrEqual => IntCC::UnsignedLessThan,
                        IntCC::UnsignedGreaterThanOrEqual => IntCC::UnsignedGreaterThan,
                        other => other,
                    };
                    let first_decides = self.bcx.ins().icmp(strict, a0, b0);
                    let first_equal = self.bcx.ins().icmp(IntCC::Equal, a0, b0);
                    let second = self.bcx.ins().icmp(cc, a1, b1);
                    let tie = self.bcx.ins().band(first_equal, second);
                    self.bcx.ins().bor(first_decides, tie)
                }
            };
            return CValue::by_val(value, dest_layout);
        }
        let a = lhs.load_scalar(self);
        let b = rhs.load_scalar(self);
        CValue::by_val(self.bcx.ins().icmp(cc, a, b), dest_layout)
    }

    pub(super) fn lower_unop(
        &mut self,
        op: UnOp,
        operand: CValue<'tcx>,
        dest_layout: TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        let ty: Ty<'tcx> = operand.layout.ty;
        match op {
            UnOp::Not => {
                let value = operand.load_scalar(self);
                let result = if ty.is_bool() {
                    self.bcx.ins().bxor_imm_s(value, 1)
                } else {
                    self.bcx.ins().bnot(value)
                };
                CValue::by_val(result, dest_layout)
            }
            UnOp::Neg => {
                let value = operand.load_scalar(self);
                let result = if ty.is_floating_point() {
                    self.float_neg(value)
                } else {
                    self.bcx.ins().ineg(value)
                };
                CValue::by_val(result, dest_layout)
            }
            UnOp::PtrMetadata => {
                if dest_layout.is_zst() {
                    CValue::zst(dest_layout)
                } else {
                    let (_, meta) = operand.load_scalar_pair(self);
                    CValue::by_val(meta, dest_layout)
                }
            }
        }
    }
}

/// Whether `a cc b` holds for two constants of type `ty` (at most 64 bits wide), each as
/// `iconst` holds it.
fn const_icmp(cc: IntCC, ty: Type, a: i64, b: i64) -> bool {
    let shift = 64 - ty.bits();
    let (sa, sb) = ((a << shift) >> shift, (b << shift) >> shift);
    let (ua, ub) = ((a as u64) << shift >> shift, (b as u64) << shift >> shift);
    match cc {
        IntCC::Equal => ua == ub,
        IntCC::NotEqual => ua != ub,
        IntCC::SignedLessThan => sa < sb,
        IntCC::SignedGreaterThanOrEqual => sa >= sb,
        IntCC::SignedGreaterThan => sa > sb,
        IntCC::SignedLessThanOrEqual => sa <= sb,
        IntCC::UnsignedLessThan => ua < ub,
        IntCC::UnsignedGreaterThanOrEqual => ua >= ub,
        IntCC::UnsignedGreaterThan => ua > ub,
        IntCC::UnsignedLessThanOrEqual => ua <= ub,
    }
}
