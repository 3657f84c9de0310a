//@ compile-flags: -Coverflow-checks=on
// Overflow-checked subtraction: walking backwards with a usize index underflows below zero
// and panics with "attempt to subtract with overflow".
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn countdown(from: usize, step: usize) -> usize {
    let mut i = from;
    let mut steps = 0;
    loop {
        unsafe { printf(c"i = %zu\n".as_ptr(), i); }
        if i == 0 {
            return steps;
        }
        i = i - step;
        steps += 1;
    }
}

fn distance(a: u32, b: u32) -> u32 {
    if a > b { a - b } else { b - a }
}

fn saturating_distance(a: u8, b: u8) -> u8 {
    if a > b { a - b } else { 0 }
}

fn main() {
    unsafe { printf(c"saturating: %u %u\n".as_ptr(), saturating_distance(9, 4) as u32, saturating_distance(4, 9) as u32); }
    unsafe {
        printf(c"distance(3, 10) = %u, distance(10, 3) = %u\n".as_ptr(), distance(3, 10), distance(10, 3));
        printf(c"countdown(6, 2) took %zu steps\n".as_ptr(), countdown(black_box(6), 2));
    }
    let mut balance: i64 = black_box(-9_000_000_000_000_000_000);
    balance -= 200_000_000_000_000_000; // still representable
    unsafe { printf(c"balance = %ld\n".as_ptr(), balance); }
    print_line("countdown(7, 2) never reaches zero exactly:");
    let steps = countdown(black_box(7), 2);
    unsafe { printf(c"unreachable: %zu\n".as_ptr(), steps); }
}
