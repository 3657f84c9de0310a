// Module-level assembly: a `global_asm!` function (Intel and AT&T syntax, with a `const`
// operand and a `sym` operand) and `#[naked]` functions, called from Rust.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::arch::{global_asm, naked_asm};
use mini_core::*;

global_asm!(
    ".globl module_asm_add_const",
    "module_asm_add_const:",
    "    lea rax, [rdi + {bias}]",
    "    ret",
    bias = const 1000,
);

global_asm!(
    ".globl module_asm_call_twice",
    "module_asm_call_twice:",
    "    push %rbx",
    "    mov %rdi, %rbx",
    "    call {double}",
    "    mov %rax, %rdi",
    "    call {double}",
    "    pop %rbx",
    "    ret",
    double = sym double,
    options(att_syntax),
);

unsafe extern "C" {
    fn module_asm_add_const(x: u64) -> u64;
    fn module_asm_call_twice(x: u64) -> u64;
}

extern "C" fn double(x: u64) -> u64 {
    x * 2
}

#[unsafe(naked)]
extern "C" fn naked_sub(a: u64, b: u64) -> u64 {
    naked_asm!("mov rax, rdi", "sub rax, rsi", "ret")
}

// A naked function private to this crate still links with its callers.
#[unsafe(naked)]
extern "C" fn naked_private_triple(a: u64) -> u64 {
    naked_asm!("lea rax, [rdi + rdi * 2]", "ret")
}

fn main() {
    unsafe {
        printf(c"add_const(5) = %lu\n".as_ptr(), module_asm_add_const(black_box(5)));
        printf(c"call_twice(7) = %lu\n".as_ptr(), module_asm_call_twice(black_box(7)));
    }
    let sub: extern "C" fn(u64, u64) -> u64 = naked_sub;
    unsafe {
        printf(c"naked_sub(50, 8) = %lu\n".as_ptr(), sub(black_box(50), 8));
        printf(c"naked_private_triple(14) = %lu\n".as_ptr(), naked_private_triple(black_box(14)));
    }
}
