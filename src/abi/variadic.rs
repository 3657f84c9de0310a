//! Calls to C variadic functions on x86-64 System V, where `%al` must hold an upper bound of
//! the number of vector registers carrying arguments. Cranelift cannot set `%al`, so calls that
//! pass floating-point values go through a trampoline that sets it and jumps to the callee,
//! whose address travels in the next free integer argument register, or on the stack.

use cranelift_codegen::ir::{AbiParam, ArgumentPurpose, Signature, types};
use cranelift_module::{FuncId, Linkage, Module};
use rustc_target::spec::Arch;

use crate::lower::FunctionCx;

/// Integer argument registers of System V, in order.
const INT_ARG_REGS: [&str; 6] = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];

/// Where the trampoline finds the callee's address: the next free integer argument register,
/// or, when the arguments take them all, the stack slot after the last stack argument.
enum TargetSlot {
    Register(&'static str),
    Stack { offset: u32 },
}

/// Where an extra pointer argument appended to `sig` lands under System V.
fn appended_pointer_slot(sig: &Signature) -> TargetSlot {
    let mut int_regs = 0;
    let mut float_regs = 0;
    let mut stack = 0u32;
    for param in &sig.params {
        match param.purpose {
            ArgumentPurpose::StructArgument(size) => {
                stack = stack.next_multiple_of(8) + size.next_multiple_of(8)
            }
            _ if param.value_type.is_float() || param.value_type.is_vector() => {
                if float_regs < 8 {
                    float_regs += 1;
                } else {
                    let size = param.value_type.bytes().max(8);
                    stack = stack.next_multiple_of(size) + size;
                }
            }
            _ if param.value_type == types::I128 => {
                if int_regs + 2 <= INT_ARG_REGS.len() {
                    int_regs += 2;
                } else {
                    stack = stack.next_multiple_of(16) + 16;
                }
            }
            _ => {
                if int_regs < INT_ARG_REGS.len() {
                    int_regs += 1;
                } else {
                    stack += 8;
                }
            }
        }
    }
    match INT_ARG_REGS.get(int_regs) {
        Some(reg) => TargetSlot::Register(reg),
        None => TargetSlot::Stack { offset: stack },
    }
}

/// The trampoline to call a variadic function with signature `sig` through, if one is needed
/// (floating-point or vector arguments). The call passes the callee's address as an extra last
/// argument, which the callee never reads (it is past the variadic arguments).
pub(super) fn sysv_trampoline(fx: &mut FunctionCx<'_, '_, '_>, sig: &Signature) -> Option<FuncId> {
    if fx.tcx.sess.target.arch != Arch::X86_64 || fx.tcx.sess.target.is_like_windows {
        return None;
    }
    let uses_vector_regs = sig.params.iter().any(|param| {
        !matches!(param.purpose, ArgumentPurpose::StructArgument(_))
            && (param.value_type.is_float() || param.value_type.is_vector())
    });
    if !uses_vector_regs {
        // Without vector arguments any `%al` works.
        return None;
    }
    let (name, body) = match appended_pointer_slot(sig) {
        TargetSlot::Register(reg) => {
            (format!("vararg_call_{reg}"), format!("mov r11, {reg}\nmov eax, 8\njmp r11"))
        }
        // Above the stack arguments is the return address.
        TargetSlot::Stack { offset } => (
            format!("vararg_call_stack{offset}"),
            format!("mov r11, qword ptr [rsp + {}]\nmov eax, 8\njmp r11", offset + 8),
        ),
    };
    let symbol = fx.cx.asm_helper(&name, || body);
    // The trampoline is only ever called indirectly; the declaration just names the symbol.
    let mut declared = Signature::new(fx.cx.default_call_conv);
    declared.params.push(AbiParam::new(fx.pointer_type));
    fx.cx.module.declare_function(&symbol, Linkage::Import, &declared).ok()
}
