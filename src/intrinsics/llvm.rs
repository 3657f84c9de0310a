//! LLVM intrinsics that `core::arch` calls by link name (`llvm.x86.*` and friends). Those
//! that are one machine instruction without a Cranelift equivalent are small assembly helpers
//! in the codegen unit's module-level assembly.

use std::sync::Mutex;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Value, types};
use cranelift_module::{Linkage, Module};
use rustc_abi::FieldIdx;
use rustc_attr_ir::lang_items::LangItem;
use rustc_hir::def_id::{LOCAL_CRATE, StableCrateId};
use rustc_middle::mir::visit::{NonMutatingUseContext, PlaceContext, Visitor};
use rustc_middle::{mir, ty};
use rustc_span::{Spanned, Symbol};
use smallvec::SmallVec;

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

/// The XCR0 bits of register state this backend has no instructions for: AVX-512's opmask,
/// upper ZMM halves and ZMM16-31 (bits 5 to 7), AMX's tile configuration and data (17, 18).
const XCR0_UNSUPPORTED_STATE: i64 = 0b111 << 5 | 0b11 << 17;

/// Lowers a call of the LLVM intrinsic `name`. One this backend does not implement compiles
/// with a warning into an abort naming it: `core::arch` code is full of intrinsics behind
/// run-time feature detection, which a program may never reach.
pub(crate) fn lower_llvm_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
    source_info: mir::SourceInfo,
) {
    if !lower_implemented(fx, name.as_str(), args, dest) {
        abort_unimplemented(fx, name, source_info);
    }
}

/// The arguments of a call of an LLVM intrinsic. An integer argument that is a local whose one
/// assignment is a constant, or an integer cast of one, is that constant: `core::arch` passes
/// immediates so (`let b = B as u8; ... intrinsic(x, b)`), and without MIR optimizations the
/// local's Cranelift value, read in a later block, does not show that it is constant, which
/// the lowerings that must pick an instruction by the immediate need to know.
pub(crate) fn lower_llvm_intrinsic_args<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
) -> SmallVec<[CValue<'tcx>; 4]> {
    args.iter()
        .map(|arg| {
            let ty = fx.monomorphize(arg.node.ty(fx.mir, fx.tcx));
            let layout = fx.layout_of(ty);
            // Immediates are at most 64 bits wide, as Cranelift's `iconst`.
            if ty.is_integral()
                && layout.size.bits() <= 64
                && let Some(bits) = constant_integer(fx, &arg.node, 0)
            {
                let clif_ty = types::Type::int(layout.size.bits() as u16).expect("integer type");
                let value = fx.bcx.ins().iconst(clif_ty, bits as i64);
                CValue::by_val(value, layout)
            } else {
                fx.lower_operand(&arg.node)
            }
        })
        .collect()
}

/// The bits (zero-extended) of the integer `operand` if it is a constant, or a local assigned
/// once from a constant through copies and integer casts (`depth` of them so far, a few at
/// most in practice).
fn constant_integer<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
    operand: &mir::Operand<'tcx>,
    depth: u32,
) -> Option<u128> {
    let place = match operand {
        mir::Operand::Constant(constant) => {
            let const_ = fx.monomorphize(constant.const_);
            return const_.try_eval_bits(fx.tcx, ty::TypingEnv::fully_monomorphized());
        }
        mir::Operand::Copy(place) | mir::Operand::Move(place) => place,
        _ => return None,
    };
    if depth > 4 || !place.projection.is_empty() || place.local.as_usize() <= fx.mir.arg_count {
        return None;
    }
    let mut definitions = Definitions { local: place.local, writes: 0, assignment: None };
    definitions.visit_body(fx.mir);
    let (1, Some(location)) = (definitions.writes, definitions.assignment) else { return None };
    let mir::StatementKind::Assign(assign) = &fx.mir.stmt_at(location).left()?.kind else {
        return None;
    };
    let rvalue = &assign.1;
    match rvalue {
        mir::Rvalue::Use(source, _) => constant_integer(fx, source, depth + 1),
        mir::Rvalue::Cast(mir::CastKind::IntToInt, source, target) => {
            let bits = constant_integer(fx, source, depth + 1)?;
            let source_ty = fx.monomorphize(source.ty(fx.mir, fx.tcx));
            let source_size = fx.layout_of(source_ty).size;
            let target_size = fx.layout_of(fx.monomorphize(*target)).size;
            let widened =
                if source_ty.is_signed() { source_size.sign_extend(bits) as u128 } else { bits };
            Some(target_size.truncate(widened))
        }
        _ => None,
    }
}

/// How often a MIR body writes `local` (assignments, call results, borrows that could write),
/// and where a plain assignment of the whole local is.
struct Definitions {
    local: mir::Local,
    writes: usize,
    assignment: Option<mir::Location>,
}

impl<'tcx> Visitor<'tcx> for Definitions {
    fn visit_assign(
        &mut self,
        place: &mir::Place<'tcx>,
        rvalue: &mir::Rvalue<'tcx>,
        location: mir::Location,
    ) {
        if place.local == self.local && place.projection.is_empty() {
            self.assignment = Some(location);
        }
        self.super_assign(place, rvalue, location);
    }

    fn visit_local(&mut self, local: mir::Local, context: PlaceContext, _: mir::Location) {
        let borrowed = matches!(
            context,
            PlaceContext::NonMutatingUse(
                NonMutatingUseContext::SharedBorrow | NonMutatingUseContext::RawBorrow
            )
        );
        if local == self.local && (context.is_mutating_use() || borrowed) {
            self.writes += 1;
        }
    }
}

/// Warns (once per crate and intrinsic) and emits a non-unwinding panic naming `name` and
/// the calling function; continues in a dead block.
fn abort_unimplemented(
    fx: &mut FunctionCx<'_, '_, '_>,
    name: Symbol,
    source_info: mir::SourceInfo,
) {
    static WARNED: Mutex<Vec<(StableCrateId, String)>> = Mutex::new(Vec::new());
    let tcx = fx.tcx;
    let caller = tcx.def_path_str(fx.instance.def_id());
    let key = (tcx.stable_crate_id(LOCAL_CRATE), name.to_string());
    let first = {
        let mut warned = WARNED.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let first = !warned.contains(&key);
        if first {
            warned.push(key);
        }
        first
    };
    if first {
        tcx.dcx().span_warn(
            source_info.span,
            format!(
                "the Cranelift backend does not implement the LLVM intrinsic `{name}` (called in \
                 `{caller}`): a program that reaches this call aborts"
            ),
        );
    }
    match tcx.lang_items().get(LangItem::PanicNounwind) {
        Some(_) => {
            let message = format!(
                "the LLVM intrinsic `{name}` (called in `{caller}`) is not implemented by the \
                 Cranelift backend"
            );
            let message = fx.const_str(&message);
            fx.call_panic_lang_item(source_info, LangItem::PanicNounwind, &[message], None);
        }
        None => {
            fx.bcx.ins().trap(crate::lower::trap::ABORT);
        }
    }
    let dead = fx.bcx.create_block();
    fx.bcx.switch_to_block(dead);
}

fn lower_implemented<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    match name {
        "llvm.x86.xgetbv" if fx.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64 => {
            // xgetbv reads the register selected by ecx into edx:eax.
            let xcr = args[0].load_scalar(fx);
            let result = call_asm_helper(
                fx,
                "xgetbv",
                || "mov ecx, edi\nxgetbv\nshl rdx, 32\nor rax, rdx\nret".to_owned(),
                &[xcr],
                &[types::I64],
            )[0];
            // Run-time feature detection (std_detect, cpufeatures) takes a feature only if the
            // OS saves its registers, as XCR0 tells. Hiding the AVX-512 and AMX state there makes
            // every detector choose the fallback over code this backend cannot compile.
            let masked = fx.bcx.ins().band_imm_s(result, !XCR0_UNSUPPORTED_STATE);
            let is_xcr0 = fx.bcx.ins().icmp_imm_s(IntCC::Equal, xcr, 0);
            let result = fx.bcx.ins().select(is_xcr0, masked, result);
            dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
            true
        }
        // A spin-loop hint and a register-state hint: doing nothing is a valid implementation.
        "llvm.x86.sse2.pause" | "llvm.x86.avx.vzeroupper" => true,
        // Rust code reaches ISB as std's spin-loop hint (`__isb(SY)`), where doing nothing is
        // valid. Code that needs it to synchronize the instruction stream after writing code
        // also needs cache maintenance instructions, which only inline assembly gives, and that
        // is a clear error on AArch64.
        "llvm.aarch64.isb" => true,
        // `_mm_prefetch` and AArch64's `_prefetch`: a cache hint, which doing nothing implements.
        "llvm.prefetch.p0" => true,
        "llvm.x86.addcarry.32" | "llvm.x86.addcarry.64" => {
            add_sub_carry(fx, true, args, dest);
            true
        }
        "llvm.x86.subborrow.32" | "llvm.x86.subborrow.64" => {
            add_sub_carry(fx, false, args, dest);
            true
        }
        _ if fx.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64 => {
            super::x86::lower_x86_intrinsic(fx, name, args, dest)
        }
        _ if fx.tcx.sess.target.arch == rustc_target::spec::Arch::AArch64 => {
            super::aarch64::lower_aarch64_intrinsic(fx, name, args, dest)
        }
        _ => false,
    }
}

/// `adc`/`sbb` (`_addcarry_u32/u64`, `_subborrow_u32/u64`): `a + b + carry` or `a - b - borrow`
/// with the carry (borrow) in being the `u8` argument 0 (nonzero meaning 1), returned as the
/// tuple `(carry or borrow out, result)`.
fn add_sub_carry<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    add: bool,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    let carry_in = args[0].load_scalar(fx);
    let a = args[1].load_scalar(fx);
    let b = args[2].load_scalar(fx);
    let ty = fx.bcx.func.dfg.value_type(a);
    let carry_in = fx.bcx.ins().icmp_imm_s(IntCC::NotEqual, carry_in, 0);
    let carry_in = fx.bcx.ins().uextend(ty, carry_in);
    let bcx = &mut fx.bcx;
    let (result, first, second) = if add {
        let partial = bcx.ins().iadd(a, b);
        let first = bcx.ins().icmp(IntCC::UnsignedLessThan, partial, a);
        let result = bcx.ins().iadd(partial, carry_in);
        let second = bcx.ins().icmp(IntCC::UnsignedLessThan, result, partial);
        (result, first, second)
    } else {
        let partial = bcx.ins().isub(a, b);
        let first = bcx.ins().icmp(IntCC::UnsignedLessThan, a, b);
        let result = bcx.ins().isub(partial, carry_in);
        let second = bcx.ins().icmp(IntCC::UnsignedLessThan, partial, carry_in);
        (result, first, second)
    };
    let carry_out = fx.bcx.ins().bor(first, second);
    let carry_place = dest.place_field(fx, FieldIdx::from_u32(0));
    carry_place.write_cvalue(fx, CValue::by_val(carry_out, carry_place.layout));
    let result_place = dest.place_field(fx, FieldIdx::from_u32(1));
    result_place.write_cvalue(fx, CValue::by_val(result, result_place.layout));
}

/// Calls the assembly helper `helper` (System V convention) whose Intel-syntax body `body`
/// makes, defining it in this codegen unit on first use; returns the helper's results, of
/// types `returns`.
pub(crate) fn call_asm_helper(
    fx: &mut FunctionCx<'_, '_, '_>,
    helper: &str,
    body: impl FnOnce() -> String,
    args: &[Value],
    returns: &[types::Type],
) -> SmallVec<[Value; 2]> {
    let symbol = fx.cx.asm_helper(helper, body);
    let mut sig = Signature::new(fx.cx.default_call_conv);
    for &arg in args {
        sig.params.push(AbiParam::new(fx.bcx.func.dfg.value_type(arg)));
    }
    sig.returns.extend(returns.iter().map(|&ty| AbiParam::new(ty)));
    let func_id = match fx.cx.module.declare_function(&symbol, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => fx.tcx.dcx().span_fatal(fx.span, format!("cannot declare `{symbol}`: {err}")),
    };
    let func_ref = fx.func_ref_for_id(func_id);
    let call = fx.bcx.ins().call(func_ref, args);
    SmallVec::from_slice(fx.bcx.inst_results(call))
}
