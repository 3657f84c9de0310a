//! LLVM intrinsics that `core::arch` calls by link name (`llvm.x86.*` and friends). Those
//! that are one machine instruction without a Cranelift equivalent are small assembly helpers
//! in the codegen unit's module-level assembly.

use std::sync::Mutex;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, Signature, Value, types};
use cranelift_module::{Linkage, Module};
use rustc_abi::FieldIdx;
use rustc_attr_ir::lang_items::LangItem;
use rustc_hir::def_id::{LOCAL_CRATE, StableCrateId};
use rustc_middle::mir;
use rustc_span::Symbol;

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, Pointer};

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
                "mov ecx, edi\nxgetbv\nshl rdx, 32\nor rax, rdx\nret",
                &[xcr],
                types::I64,
            );
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
        "llvm.x86.ssse3.pshuf.b.128" | "llvm.x86.avx2.pshuf.b" => {
            super::simd::in_memory(fx, dest, |fx, dest| {
                byte_shuffle(fx, args[0], args[1], dest);
                true
            })
        }
        "llvm.x86.addcarry.32" | "llvm.x86.addcarry.64" => {
            add_sub_carry(fx, true, args, dest);
            true
        }
        "llvm.x86.subborrow.32" | "llvm.x86.subborrow.64" => {
            add_sub_carry(fx, false, args, dest);
            true
        }
        _ if fx.tcx.sess.target.arch == rustc_target::spec::Arch::AArch64 => {
            super::aarch64::lower_aarch64_intrinsic(fx, name, args, dest)
        }
        _ => false,
    }
}

/// `pshufb`: within each 16-byte lane, byte `i` of the result is byte `index[i] & 15` of `table`,
/// or zero when the index's top bit is set.
fn byte_shuffle<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    table: CValue<'tcx>,
    index: CValue<'tcx>,
    dest: CPlace<'tcx>,
) {
    let table = table.spill_to_memory(fx);
    let index = index.spill_to_memory(fx);
    let out = dest.to_ptr();
    let flags = MemFlagsData::new();
    for i in 0..dest.layout.size.bytes() as i64 {
        let lane_base = table.offset_i64(fx, i & !15).addr(fx);
        let selector = index.offset_i64(fx, i).load(fx, types::I8, flags);
        let within = fx.bcx.ins().band_imm_s(selector, 15);
        let within = fx.bcx.ins().uextend(fx.pointer_type, within);
        let byte = Pointer::new(lane_base).offset_value(fx, within).load(fx, types::I8, flags);
        let zero = fx.bcx.ins().iconst(types::I8, 0);
        let cleared = fx.bcx.ins().icmp_imm_s(IntCC::SignedLessThan, selector, 0);
        let value = fx.bcx.ins().select(cleared, zero, byte);
        out.offset_i64(fx, i).store(fx, value, flags);
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

/// Calls the assembly helper `helper` (Intel syntax body, System V convention), defining it in
/// this codegen unit on first use.
fn call_asm_helper(
    fx: &mut FunctionCx<'_, '_, '_>,
    helper: &str,
    body: &str,
    args: &[Value],
    ret: types::Type,
) -> Value {
    let symbol = fx.cx.asm_helper(helper, body);
    let mut sig = Signature::new(fx.cx.default_call_conv);
    for &arg in args {
        sig.params.push(AbiParam::new(fx.bcx.func.dfg.value_type(arg)));
    }
    sig.returns.push(AbiParam::new(ret));
    let func_id = match fx.cx.module.declare_function(&symbol, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => fx.tcx.dcx().span_fatal(fx.span, format!("cannot declare `{symbol}`: {err}")),
    };
    let func_ref = fx.func_ref_for_id(func_id);
    let call = fx.bcx.ins().call(func_ref, args);
    fx.bcx.inst_results(call)[0]
}
