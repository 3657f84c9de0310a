//@ compile-flags: -Coverflow-checks=on
// Overflow-checked multiplication: factorials in i32 fit up to 12! and 13! panics with
// "attempt to multiply with overflow".
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn factorial(n: i32) -> i32 {
    let mut acc = 1;
    let mut k = 2;
    while k <= n {
        acc *= k;
        k += 1;
    }
    acc
}

fn power(base: u64, exp: u32) -> u64 {
    let mut r = 1u64;
    for _ in 0..exp {
        r = r * base;
    }
    r
}

fn wide_factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * wide_factorial(n - 1) }
}

fn main() {
    unsafe { printf(c"13! computed in u64 = %lu\n".as_ptr(), wide_factorial(black_box(13))); }
    unsafe { printf(c"3^40 = %lu\n".as_ptr(), power(black_box(3), 40)); }
    let mut i = 1;
    while i <= 14 {
        let f = factorial(black_box(i));
        unsafe { printf(c"%d! = %d\n".as_ptr(), i, f); }
        i += 1;
    }
    print_line("unreachable");
}
