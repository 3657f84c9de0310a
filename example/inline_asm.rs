// Inline assembly (x86-64): register classes and explicit registers, inputs, outputs and
// inout operands, `const` operands, template modifiers, xmm registers, and memory written
// through pointer operands (as compiler-builtins' `rep movsb` copies do).
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

fn copy_bytes(dst: *mut u8, src: *const u8, count: usize) {
    unsafe {
        asm!(
            "rep movsb",
            inout("rcx") count => _,
            inout("rdi") dst => _,
            inout("rsi") src => _,
            options(nostack, preserves_flags),
        );
    }
}

fn low_half_plus_const(x: u64) -> u32 {
    let mut y: u32 = x as u32;
    unsafe {
        asm!("add {y:e}, {bias}", y = inout(reg) y, bias = const 7, options(nomem, nostack));
    }
    y
}

fn callee_saved_survive(x: u64) -> u64 {
    let out: u64;
    unsafe {
        // Clobbers a callee-saved register; the caller's values must survive.
        asm!("mov r12, {x}", "lea {out}, [r12 + r12]", x = in(reg) x, out = out(reg) out,
            out("r12") _);
    }
    out
}

fn add_doubles(a: f64, b: f64) -> f64 {
    let mut x = a;
    unsafe {
        asm!("addsd {x}, {y}", x = inout(xmm_reg) x, y = in(xmm_reg) b, options(pure, nomem, nostack));
    }
    x
}

fn main() {
    let r = add_with_asm(black_box(40), 2);
    unsafe { printf(c"asm result: %lu\n".as_ptr(), r); }

    let src = *b"inline assembly copies\0";
    let mut dst = [0u8; 23];
    copy_bytes(&mut dst as *mut [u8; 23] as *mut u8, &src as *const [u8; 23] as *const u8, 23);
    unsafe { printf(c"copied: %s\n".as_ptr(), &dst as *const [u8; 23] as *const i8); }

    unsafe { printf(c"low half plus const: %u\n".as_ptr(), low_half_plus_const(black_box(0x1_0000_0010))); }

    let kept = black_box(1234u64);
    let doubled = callee_saved_survive(black_box(21));
    unsafe { printf(c"doubled: %lu, kept: %lu\n".as_ptr(), doubled, kept); }

    let sum = add_doubles(black_box(1.25), 2.5);
    unsafe { printf(c"sum bits: %lx\n".as_ptr(), sum.to_bits()); }
}
