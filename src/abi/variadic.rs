//! Calls to C variadic functions on x86-64 System V, where `%al` must hold an upper bound of
//! the number of vector registers carrying arguments. Cranelift cannot set `%al`, so calls that
//! pass floating-point values go through a trampoline that sets it and jumps to the callee,
//! whose address travels in the next free integer argument register.

use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, Signature, types};
use cranelift_module::{FuncId, Linkage, Module};
use rustc_target::spec::Arch;

use crate::lower::FunctionCx;

/// Integer argument registers of System V, in order.
const INT_ARG_REGS: [&str; 6] = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];

/// The trampoline to call a variadic function with signature `sig` through, if one is needed
/// (floating-point or vector arguments) and possible (a free integer register for the target).
pub(super) fn sysv_trampoline(fx: &mut FunctionCx<'_, '_, '_>, sig: &Signature) -> Option<FuncId> {
    if fx.tcx.sess.target.arch != Arch::X86_64 || fx.tcx.sess.target.is_like_windows {
        return None;
    }
    let mut int_regs = 0;
    let mut uses_vector_regs = false;
    for param in &sig.params {
        match param.purpose {
            ArgumentPurpose::StructArgument(_) => {}
            _ if param.value_type.is_float() || param.value_type.is_vector() => {
                uses_vector_regs = true
            }
            _ if param.value_type == types::I128 => int_regs += 2,
            _ => int_regs += 1,
        }
    }
    if !uses_vector_regs || int_regs >= INT_ARG_REGS.len() {
        // Without vector arguments any `%al` works; with every integer register taken there is
        // no room for the target (such calls keep whatever `%al` holds).
        return None;
    }
    let target_reg = INT_ARG_REGS[int_regs];
    let name = format!("vararg_call_{target_reg}");
    let body = format!("mov r11, {target_reg}\nmov eax, 8\njmp r11");
    let symbol = fx.cx.asm_helper(&name, &body);
    // The trampoline is only ever called indirectly; the declaration just names the symbol.
    let mut declared = Signature::new(fx.cx.default_call_conv);
    declared.params.push(AbiParam::new(fx.pointer_type));
    fx.cx.module.declare_function(&symbol, Linkage::Import, &declared).ok()
}
