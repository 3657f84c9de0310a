//@ error-pattern: inline assembly
// Inline assembly is not supported by the Cranelift backend, which must reject this program
// with a clear error mentioning inline assembly. (It builds and runs fine with LLVM.)
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::arch::asm;
use mini_core::*;

fn add_with_asm(a: u64, b: u64) -> u64 {
    let result: u64;
    unsafe {
        asm!(
            "lea {out}, [{a} + {b}]",
            a = in(reg) a,
            b = in(reg) b,
            out = lateout(reg) result,
            options(pure, nomem, nostack),
        );
    }
    result
}

fn main() {
    let r = add_with_asm(black_box(40), 2);
    unsafe { printf(c"asm result: %lu\n".as_ptr(), r); }
}
