//@ compile-flags: -Coverflow-checks=on
// Overflow-checked negation: negating i32::MIN panics with "attempt to negate with overflow".
// Negations that fit (other widths, floats, wrapping negation) run first.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::intrinsics::wrapping_sub;
use mini_core::*;

fn abs(x: i32) -> i32 {
    if x < 0 { -x } else { x }
}

fn wrapping_neg(x: i32) -> i32 {
    wrapping_sub(0, x)
}

fn min_i32() -> i32 {
    -2147483647 - 1
}

fn negate_all(values: &mut [i64]) {
    for i in 0..values.len() {
        values[i] = -values[i];
    }
}

fn main() {
    let small = black_box(-128i8);
    unsafe { printf(c"-(-127i8) = %d, i8 min = %d\n".as_ptr(), -(small + 1) as i32, small as i32); }
    let f = black_box(-2.5f64);
    unsafe { printf(c"-(-2.5) * 2 = %d\n".as_ptr(), (-f * 2.0) as i32); }
    let mut wide = [1i64, -2, 3, -0x7fff_ffff_ffff_ffff];
    negate_all(&mut wide);
    unsafe { printf(c"negated: %ld %ld %ld %ld\n".as_ptr(), wide[0], wide[1], wide[2], wide[3]); }
    unsafe { printf(c"wrapping_neg(min) = %d\n".as_ptr(), wrapping_neg(black_box(min_i32()))); }
    let values = [5, -17, 0, -2147483647, black_box(min_i32())];
    let mut i = 0;
    while i < values.len() {
        unsafe { printf(c"abs(%d) = %d\n".as_ptr(), values[i], abs(values[i])); }
        i += 1;
    }
    print_line("unreachable");
}
