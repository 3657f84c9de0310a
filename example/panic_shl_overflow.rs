//@ compile-flags: -Coverflow-checks=on
// Overflow-checked shift: shifting a u32 by 32 or more bits panics with
// "attempt to shift left with overflow". In-range shifts of several widths run first.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn bit(n: u32) -> u32 {
    1u32 << n
}

fn mask_upto(n: u32) -> u64 {
    let mut m = 0u64;
    for i in 0..n {
        m |= 1u64 << i;
    }
    m
}

fn byte_shifts(v: u8) -> u32 {
    let mut acc = 0u32;
    for s in 0..8u8 {
        acc += (v >> s) as u32 + (v << s) as u32;
    }
    acc
}

fn main() {
    unsafe { printf(c"mask_upto(40) = %lx\n".as_ptr(), mask_upto(black_box(40))); }
    let big = black_box(0x8000_0000_0000_0000u64);
    unsafe { printf(c"big >> 63 = %lu\n".as_ptr(), big >> black_box(63u8)); }
    unsafe { printf(c"byte_shifts(0x5a) = %u\n".as_ptr(), byte_shifts(black_box(0x5a))); }
    let signed = black_box(-1i16);
    unsafe { printf(c"-1i16 << 15 = %d, >> 15 = %d\n".as_ptr(), (signed << 15) as i32, (signed >> 15) as i32); }
    let mut n = 24;
    while n < 40 {
        unsafe { printf(c"bit(%u) = %08x\n".as_ptr(), n, bit(black_box(n))); }
        n += 4;
    }
    print_line("unreachable");
}
