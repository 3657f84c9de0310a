//! Compiler intrinsics that MIR still calls after rustc's own lowering of the simple ones.
//! Intrinsics without a lowering here fall back to their library body when they have one, and
//! are otherwise reported as not yet supported.

mod aarch64;
mod atomic;
mod atomic_wide;
mod check;
mod llvm;
mod simd;
mod vector;
mod x86;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use cranelift_module::Module;
pub(crate) use llvm::{call_asm_helper, lower_llvm_intrinsic, lower_llvm_intrinsic_args};
use rustc_attr_ir::lang_items::LangItem;
use rustc_middle::mir::{self, BasicBlock};
use rustc_middle::ty::layout::ValidityRequirement;
use rustc_middle::ty::{self, Instance, Ty};
use rustc_span::{Spanned, sym};
use smallvec::SmallVec;
pub(crate) use vector::define_x86_pshufb_fallback;

use crate::abi::{self, CallArg, Callee};
use crate::lower::FunctionCx;
use crate::lower::unwind::LandingPad;
use crate::lower::value::{CPlace, CValue, Pointer};

/// Lowers a call of `instance` (an intrinsic) and continues at `target`.
pub(crate) fn lower_intrinsic_call<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    instance: Instance<'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
    destination: mir::Place<'tcx>,
    target: Option<BasicBlock>,
    source_info: mir::SourceInfo,
    landing: Option<LandingPad>,
) {
    let name = fx.tcx.item_name(instance.def_id());
    if name == sym::write_bytes
        && let Some(pointer) = args[0].node.place().and_then(|place| place.as_local())
        && fx.unread_locals.contains(pointer)
    {
        // Zeros into a local that holds only zeros and has no storage (`zero_fill`).
        fx.continue_at(target);
        return;
    }
    let dest = fx.lower_place(destination);
    let arg_types: SmallVec<[Ty<'tcx>; 4]> =
        args.iter().map(|arg| fx.monomorphize(arg.node.ty(fx.mir, fx.tcx))).collect();
    if !check::check_types(fx, name, instance.args, &arg_types, dest.layout.ty, source_info.span) {
        fx.trap_and_continue_dead();
        fx.continue_at(target);
        return;
    }
    let mut values: SmallVec<[CValue<'tcx>; 4]> = SmallVec::new();
    if name == sym::simd_shuffle
        && let Some(indices) = crate::lower::const_operand_bytes(fx, &args[2].node)
    {
        // The lane indices are a constant: the shuffle can be planned now, without them as a
        // value.
        values.extend(args[..2].iter().map(|arg| fx.lower_operand(&arg.node)));
        if simd::lower_shuffle_with_indices(fx, values[0], values[1], &indices, dest) {
            fx.continue_at(target);
            return;
        }
    }
    if name == sym::simd_shuffle_const_generic {
        // The lane indices are the third generic argument, a `&'static [u32]` constant.
        let lanes: SmallVec<[u32; 16]> = instance
            .args
            .const_at(2)
            .to_branch()
            .iter()
            .map(|lane| lane.to_leaf().to_u32())
            .collect();
        let a = fx.lower_operand(&args[0].node);
        let b = fx.lower_operand(&args[1].node);
        simd::lower_shuffle_of_lanes(fx, a, b, &lanes, dest, source_info.span);
        fx.continue_at(target);
        return;
    }
    let lowered = values.len();
    values.extend(args[lowered..].iter().map(|arg| fx.lower_operand(&arg.node)));
    if !lower_intrinsic(fx, instance, &values, dest, source_info) {
        let def = fx.tcx.intrinsic(instance.def_id()).expect("intrinsic");
        if def.must_be_overridden {
            fx.unsupported(&format!("the intrinsic `{}`", def.name));
        } else {
            // The library provides a portable body; call it like any function.
            let fallback = Instance::new_raw(instance.def_id(), instance.args);
            let fn_abi = fx.fn_abi_of_instance(fallback, ty::List::empty());
            let mut call_args: SmallVec<[CallArg<'tcx>; 4]> =
                values.iter().map(|&value| CallArg::copied(value)).collect();
            if fallback.def.requires_caller_location(fx.tcx) {
                call_args.push(CallArg::copied(fx.caller_location(source_info)));
            }
            abi::lower_fn_call(fx, Callee::Direct(fallback), fn_abi, &call_args, dest, landing);
        }
    }
    fx.continue_at(target);
}

fn pointee_size<'tcx>(fx: &FunctionCx<'_, '_, 'tcx>, ty: Ty<'tcx>) -> u64 {
    fx.layout_of(ty).size.bytes()
}

/// Lowers the intrinsics this backend implements; returns false for the others.
fn lower_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    instance: Instance<'tcx>,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
    source_info: mir::SourceInfo,
) -> bool {
    let tcx = fx.tcx;
    let name = tcx.item_name(instance.def_id());
    let generic_args = instance.args;
    let dest_layout = dest.layout;
    let result = match name {
        sym::needs_drop
        | sym::type_name
        | sym::type_id
        | sym::variant_count
        | sym::size_of
        | sym::align_of => {
            let value = match tcx.const_eval_instance(
                ty::TypingEnv::fully_monomorphized(),
                instance,
                source_info.span,
            ) {
                Ok(value) => value,
                Err(_) => {
                    fx.trap_and_continue_dead();
                    return true;
                }
            };
            crate::lower::lower_const_value(fx, value, dest_layout)
        }
        sym::catch_unwind => {
            let try_fn = args[0].load_scalar(fx);
            let data = args[1].load_scalar(fx);
            let catch_fn = args[2].load_scalar(fx);
            let caught = fx.lower_catch_unwind(try_fn, data, catch_fn);
            CValue::by_val(caught, dest_layout)
        }
        sym::caller_location => fx.caller_location(source_info),
        sym::va_arg => {
            let list = args[0].load_scalar(fx);
            abi::lower_va_arg(fx, list, dest_layout)
        }
        sym::assert_inhabited | sym::assert_zero_valid | sym::assert_mem_uninitialized_valid => {
            assert_valid(fx, name, generic_args.type_at(0), source_info);
            return true;
        }
        sym::assume | sym::cold_path | sym::forget => return true,
        sym::black_box => args[0],
        sym::ptr_mask => {
            let ptr = args[0].load_scalar(fx);
            let mask = args[1].load_scalar(fx);
            CValue::by_val(fx.bcx.ins().band(ptr, mask), dest_layout)
        }
        sym::abort | sym::abort_immediate | sym::unreachable => {
            fx.bcx.ins().trap(crate::lower::trap::ABORT);
            let dead = fx.bcx.create_block();
            fx.bcx.switch_to_block(dead);
            return true;
        }
        sym::transmute | sym::transmute_unchecked => {
            if args[0].layout.size != dest_layout.size {
                fx.unsupported(&format!(
                    "transmute from `{}` ({} bytes) to `{}` ({} bytes)",
                    args[0].layout.ty,
                    args[0].layout.size.bytes(),
                    dest_layout.ty,
                    dest_layout.size.bytes()
                ));
                return true;
            }
            args[0].transmute(fx, dest_layout)
        }
        sym::size_of_val | sym::align_of_val => {
            let pointee = generic_args.type_at(0);
            let layout = fx.layout_of(pointee);
            let meta = match args[0].layout.backend_repr {
                rustc_abi::BackendRepr::ScalarPair { .. } => Some(args[0].load_scalar_pair(fx).1),
                _ => None,
            };
            let (size, align) = fx.size_and_align_of(layout, meta);
            CValue::by_val(if name == sym::size_of_val { size } else { align }, dest_layout)
        }
        sym::ctpop
        | sym::ctlz
        | sym::ctlz_nonzero
        | sym::cttz
        | sym::cttz_nonzero
        | sym::bswap
        | sym::bitreverse => {
            let value = args[0].load_scalar(fx);
            let ty = fx.bcx.func.dfg.value_type(value);
            let result = match name {
                sym::ctpop => fx.bcx.ins().popcnt(value),
                sym::ctlz | sym::ctlz_nonzero => fx.bcx.ins().clz(value),
                sym::cttz | sym::cttz_nonzero => fx.bcx.ins().ctz(value),
                sym::bswap if ty == types::I8 => value,
                sym::bswap => fx.bcx.ins().bswap(value),
                _ => fx.bcx.ins().bitrev(value),
            };
            let result = match name {
                // Bit counts are returned as u32.
                sym::ctpop | sym::ctlz | sym::ctlz_nonzero | sym::cttz | sym::cttz_nonzero => {
                    let to = fx.register_types(dest_layout).expect("bit counts are `u32`").0;
                    crate::lower::int_resize(fx, result, to, false)
                }
                _ => result,
            };
            CValue::by_val(result, dest_layout)
        }
        sym::rotate_left | sym::rotate_right => {
            let value = args[0].load_scalar(fx);
            let amount = args[1].load_scalar(fx);
            let result = if name == sym::rotate_left {
                fx.bcx.ins().rotl(value, amount)
            } else {
                fx.bcx.ins().rotr(value, amount)
            };
            CValue::by_val(result, dest_layout)
        }
        sym::saturating_add | sym::saturating_sub => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let signed = args[0].layout.ty.is_signed();
            CValue::by_val(saturating(fx, name == sym::saturating_add, signed, a, b), dest_layout)
        }
        // Division whose inexact or overflowing cases are UB is plain division.
        sym::exact_div | sym::unchecked_div => {
            fx.lower_binop(mir::BinOp::Div, args[0], args[1], dest_layout)
        }
        sym::unchecked_rem => fx.lower_binop(mir::BinOp::Rem, args[0], args[1], dest_layout),
        // Algebraic float operations may be reassociated, and the fast ones assume finite
        // operands and results (UB otherwise): doing them as written is allowed for both.
        sym::fadd_algebraic | sym::fadd_fast => {
            fx.lower_binop(mir::BinOp::Add, args[0], args[1], dest_layout)
        }
        sym::fsub_algebraic | sym::fsub_fast => {
            fx.lower_binop(mir::BinOp::Sub, args[0], args[1], dest_layout)
        }
        sym::fmul_algebraic | sym::fmul_fast => {
            fx.lower_binop(mir::BinOp::Mul, args[0], args[1], dest_layout)
        }
        sym::fdiv_algebraic | sym::fdiv_fast => {
            fx.lower_binop(mir::BinOp::Div, args[0], args[1], dest_layout)
        }
        sym::frem_algebraic | sym::frem_fast => {
            fx.lower_binop(mir::BinOp::Rem, args[0], args[1], dest_layout)
        }
        sym::float_to_int_unchecked => {
            // Out-of-range inputs are UB, so the saturating conversion is a valid one.
            let value = args[0].load_scalar(fx);
            let to = fx.register_types(dest_layout).expect("checked: an integer result").0;
            match fx.float_to_int_saturating(value, to, dest_layout.ty.is_signed()) {
                Some(result) => CValue::by_val(result, dest_layout),
                None => return false,
            }
        }
        sym::vtable_size | sym::vtable_align => {
            let vtable = args[0].load_scalar(fx);
            let value = if name == sym::vtable_size {
                fx.vtable_size(vtable)
            } else {
                fx.vtable_align(vtable)
            };
            CValue::by_val(value, dest_layout)
        }
        sym::arith_offset => {
            let size = pointee_size(fx, generic_args.type_at(0));
            let base = args[0].load_scalar(fx);
            let count = args[1].load_scalar(fx);
            let bytes = fx.bcx.ins().imul_imm_s(count, size as i64);
            CValue::by_val(fx.bcx.ins().iadd(base, bytes), dest_layout)
        }
        sym::ptr_offset_from | sym::ptr_offset_from_unsigned => {
            let size = pointee_size(fx, generic_args.type_at(0));
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let diff = fx.bcx.ins().isub(a, b);
            let result = if name == sym::ptr_offset_from {
                fx.bcx.ins().sdiv_imm_s(diff, size as i64)
            } else {
                fx.bcx.ins().udiv_imm_s(diff, size as i64)
            };
            CValue::by_val(result, dest_layout)
        }
        sym::ptr_guaranteed_cmp => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            CValue::by_val(fx.bcx.ins().icmp(IntCC::Equal, a, b), dest_layout)
        }
        sym::copy
        | sym::copy_nonoverlapping
        | sym::volatile_copy_memory
        | sym::volatile_copy_nonoverlapping_memory => {
            let size = pointee_size(fx, generic_args.type_at(0));
            // `copy` takes (src, dst, count); the volatile variants take (dst, src, count).
            let (dst, src) = if matches!(name, sym::copy | sym::copy_nonoverlapping) {
                (args[1].load_scalar(fx), args[0].load_scalar(fx))
            } else {
                (args[0].load_scalar(fx), args[1].load_scalar(fx))
            };
            let count = args[2].load_scalar(fx);
            let bytes = fx.bcx.ins().imul_imm_s(count, size as i64);
            let config = fx.cx.module.isa().frontend_config();
            if matches!(name, sym::copy | sym::volatile_copy_memory) {
                fx.bcx.call_memmove(config, dst, src, bytes);
            } else {
                fx.bcx.call_memcpy(config, dst, src, bytes);
            }
            return true;
        }
        sym::write_bytes | sym::volatile_set_memory => {
            let size = pointee_size(fx, generic_args.type_at(0));
            let dst = args[0].load_scalar(fx);
            let byte = args[1].load_scalar(fx);
            let count = args[2].load_scalar(fx);
            let bytes = fx.bcx.ins().imul_imm_s(count, size as i64);
            let config = fx.cx.module.isa().frontend_config();
            fx.bcx.call_memset(config, dst, byte, bytes);
            return true;
        }
        sym::compare_bytes => {
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let len = args[2].load_scalar(fx);
            let ptr = fx.pointer_type;
            let result = fx.lib_call("memcmp", &[ptr, ptr, ptr], types::I32, &[a, b, len]);
            CValue::by_val(result, dest_layout)
        }
        sym::raw_eq => {
            let size = pointee_size(fx, generic_args.type_at(0));
            let a = args[0].load_scalar(fx);
            let b = args[1].load_scalar(fx);
            let equal = if size == 0 {
                fx.bcx.ins().iconst(types::I8, 1)
            } else {
                let ptr = fx.pointer_type;
                let len = fx.bcx.ins().iconst(ptr, size as i64);
                let order = fx.lib_call("memcmp", &[ptr, ptr, ptr], types::I32, &[a, b, len]);
                fx.bcx.ins().icmp_imm_s(IntCC::Equal, order, 0)
            };
            CValue::by_val(equal, dest_layout)
        }
        sym::volatile_load | sym::unaligned_volatile_load => {
            let addr = args[0].load_scalar(fx);
            CPlace::for_ptr(Pointer::new(addr), dest_layout).to_cvalue(fx)
        }
        sym::volatile_store | sym::unaligned_volatile_store => {
            let addr = args[0].load_scalar(fx);
            CPlace::for_ptr(Pointer::new(addr), args[1].layout).write_cvalue(fx, args[1]);
            return true;
        }
        _ => match float_intrinsic(fx, name, args) {
            Some(value) => CValue::by_val(value, dest_layout),
            None => {
                return atomic::lower_atomic(fx, name, generic_args, args, dest)
                    || simd::lower_simd(fx, name, args, dest);
            }
        },
    };
    dest.write_cvalue(fx, result);
    true
}

/// `assert_inhabited` and friends: nothing when `ty` allows the operation, otherwise a
/// non-unwinding panic naming the type, as rustc's other backends emit.
fn assert_valid<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: rustc_span::Symbol,
    ty: Ty<'tcx>,
    source_info: mir::SourceInfo,
) {
    let requirement = ValidityRequirement::from_intrinsic(name).expect("validity intrinsic");
    let typing_env = ty::TypingEnv::fully_monomorphized();
    let is_valid = fx
        .tcx
        .check_validity_requirement((requirement, typing_env.as_query_input(ty)))
        .unwrap_or(false);
    if is_valid {
        return;
    }
    // The message names the type by its full path, as rustc's other backends do.
    let ty_name = rustc_middle::ty::print::with_no_visible_paths!(
        rustc_middle::ty::print::with_no_trimmed_paths!(ty.to_string())
    );
    let message = if fx.layout_of(ty).is_uninhabited() {
        format!("attempted to instantiate uninhabited type `{ty_name}`")
    } else if requirement == ValidityRequirement::Zero {
        format!("attempted to zero-initialize type `{ty_name}`, which is invalid")
    } else {
        format!("attempted to leave type `{ty_name}` uninitialized, which is invalid")
    };
    let message = fx.const_str(&message);
    fx.call_panic_lang_item(source_info, LangItem::PanicNounwind, &[message], None);
    let dead = fx.bcx.create_block();
    fx.bcx.switch_to_block(dead);
}

pub(crate) fn saturating(
    fx: &mut FunctionCx<'_, '_, '_>,
    add: bool,
    signed: bool,
    a: Value,
    b: Value,
) -> Value {
    let ty = fx.bcx.func.dfg.value_type(a);
    let (result, overflow) = fx.add_sub_with_overflow(add, a, b, signed);
    let bound = if !signed {
        fx.iconst(ty, if add { u128::MAX } else { 0 })
    } else {
        // On overflow the true result has the sign of `a`.
        let min = fx.iconst(ty, 1u128 << (ty.bits() - 1));
        let max = fx.iconst(ty, (1u128 << (ty.bits() - 1)) - 1);
        let zero = fx.iconst(ty, 0);
        let a_negative = fx.bcx.ins().icmp(IntCC::SignedLessThan, a, zero);
        fx.bcx.ins().select(a_negative, min, max)
    };
    fx.bcx.ins().select(overflow, bound, result)
}

/// Rust's `min`/`max` of floats: a NaN operand yields the other one; between equal values
/// (such as `0.0` and `-0.0`) the second is returned, as LLVM's x86 lowering does.
pub(crate) fn float_min_max(
    fx: &mut FunctionCx<'_, '_, '_>,
    min: bool,
    a: Value,
    b: Value,
) -> Value {
    let cc = if min { FloatCC::LessThan } else { FloatCC::GreaterThan };
    let a_wins = fx.bcx.ins().fcmp(cc, a, b);
    let chosen = fx.bcx.ins().select(a_wins, a, b);
    let b_is_nan = fx.bcx.ins().fcmp(FloatCC::Unordered, b, b);
    fx.bcx.ins().select(b_is_nan, a, chosen)
}

/// `f16` math in single precision: widen the operands, use the `f32` version, narrow back.
fn half_float_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: rustc_span::Symbol,
    args: &[CValue<'tcx>],
) -> Option<Value> {
    if name.as_str() == "fmaf16" {
        // In double precision the product is exact and the sum nearly always is, so the only
        // rounding is the final one (single precision would round twice).
        let operands: SmallVec<[Value; 3]> = args
            .iter()
            .map(|arg| {
                let value = arg.load_scalar(fx);
                fx.float_convert(value, types::F64)
            })
            .collect();
        let result = fx.bcx.ins().fma(operands[0], operands[1], operands[2]);
        return Some(fx.float_convert(result, types::F16));
    }
    let single_name = match name.as_str() {
        "fabs" => "fabs".to_owned(),
        other => other.strip_suffix("f16").map(|stem| format!("{stem}f32"))?,
    };
    let single = fx.layout_of(fx.tcx.types.f32);
    let int = fx.layout_of(fx.tcx.types.i32);
    let widened: SmallVec<[CValue<'tcx>; 3]> = args
        .iter()
        .map(|arg| match arg.layout.ty.kind() {
            ty::Float(_) => {
                let value = arg.load_scalar(fx);
                CValue::by_val(fx.float_convert(value, types::F32), single)
            }
            _ => CValue::by_val(arg.load_scalar(fx), int),
        })
        .collect();
    let result = float_intrinsic(fx, rustc_span::Symbol::intern(&single_name), &widened)?;
    Some(fx.float_convert(result, types::F16))
}

/// `f128` math through the C library's `*f128` functions (and compiler-builtins' `powi`).
fn quad_float_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: rustc_span::Symbol,
    args: &[CValue<'tcx>],
) -> Option<Value> {
    let ty = types::F128;
    let (libm_name, params): (&str, &[Type]) = match name.as_str() {
        "sqrtf128" => ("sqrtf128", &[ty]),
        "fabs" => ("fabsf128", &[ty]),
        "floorf128" => ("floorf128", &[ty]),
        "ceilf128" => ("ceilf128", &[ty]),
        "truncf128" => ("truncf128", &[ty]),
        "roundf128" => ("roundf128", &[ty]),
        "round_ties_even_f128" => ("roundevenf128", &[ty]),
        "copysignf128" => ("copysignf128", &[ty, ty]),
        "minimum_number_nsz_f128" => ("fminf128", &[ty, ty]),
        "maximum_number_nsz_f128" => ("fmaxf128", &[ty, ty]),
        "fmaf128" => ("fmaf128", &[ty, ty, ty]),
        "powif128" => ("__powitf2", &[ty, types::I32]),
        _ => return None,
    };
    let operands: SmallVec<[Value; 3]> = args.iter().map(|arg| arg.load_scalar(fx)).collect();
    Some(fx.lib_call(libm_name, params, ty, &operands))
}

/// Float intrinsics with a direct Cranelift instruction or a libm function.
fn float_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: rustc_span::Symbol,
    args: &[CValue<'tcx>],
) -> Option<Value> {
    let ty = match args.first()?.layout.ty.kind() {
        ty::Float(ty::FloatTy::F32) => types::F32,
        ty::Float(ty::FloatTy::F64) => types::F64,
        ty::Float(ty::FloatTy::F16) => return half_float_intrinsic(fx, name, args),
        ty::Float(ty::FloatTy::F128) => return quad_float_intrinsic(fx, name, args),
        _ => return None,
    };
    let f32 = ty == types::F32;
    let a = args[0].load_scalar(fx);
    let value = match name.as_str() {
        "sqrtf32" | "sqrtf64" => fx.bcx.ins().sqrt(a),
        "fabs" => fx.bcx.ins().fabs(a),
        "floorf32" | "floorf64" => fx.bcx.ins().floor(a),
        "ceilf32" | "ceilf64" => fx.bcx.ins().ceil(a),
        "truncf32" | "truncf64" => fx.bcx.ins().trunc(a),
        "round_ties_even_f32" | "round_ties_even_f64" => fx.bcx.ins().nearest(a),
        "copysignf32" | "copysignf64" => {
            let b = args[1].load_scalar(fx);
            fx.bcx.ins().fcopysign(a, b)
        }
        "fmaf32" | "fmaf64" => {
            let b = args[1].load_scalar(fx);
            let c = args[2].load_scalar(fx);
            fx.bcx.ins().fma(a, b, c)
        }
        "minimum_number_nsz_f32" | "minimum_number_nsz_f64" => {
            let b = args[1].load_scalar(fx);
            float_min_max(fx, true, a, b)
        }
        "maximum_number_nsz_f32" | "maximum_number_nsz_f64" => {
            let b = args[1].load_scalar(fx);
            float_min_max(fx, false, a, b)
        }
        // IEEE 754-2019 minimum/maximum: Cranelift's `fmin`/`fmax` exactly.
        "minimumf32" | "minimumf64" => {
            let b = args[1].load_scalar(fx);
            fx.bcx.ins().fmin(a, b)
        }
        "maximumf32" | "maximumf64" => {
            let b = args[1].load_scalar(fx);
            fx.bcx.ins().fmax(a, b)
        }
        "powif32" | "powif64" => {
            let b = args[1].load_scalar(fx);
            let name = if f32 { "__powisf2" } else { "__powidf2" };
            fx.lib_call(name, &[ty, types::I32], ty, &[a, b])
        }
        name => {
            let libm_name = match (name, f32) {
                ("roundf32", _) => "roundf",
                ("roundf64", _) => "round",
                ("powf32", _) => "powf",
                ("powf64", _) => "pow",
                ("exp", true) => "expf",
                ("exp", false) => "exp",
                ("exp2", true) => "exp2f",
                ("exp2", false) => "exp2",
                ("log", true) => "logf",
                ("log", false) => "log",
                ("log2", true) => "log2f",
                ("log2", false) => "log2",
                ("log10", true) => "log10f",
                ("log10", false) => "log10",
                ("sin", true) => "sinf",
                ("sin", false) => "sin",
                ("cos", true) => "cosf",
                ("cos", false) => "cos",
                _ => return None,
            };
            let operands: SmallVec<[Value; 2]> =
                args.iter().map(|arg| arg.load_scalar(fx)).collect();
            let params: SmallVec<[Type; 2]> = operands.iter().map(|_| ty).collect();
            fx.lib_call(libm_name, &params, ty, &operands)
        }
    };
    Some(value)
}
