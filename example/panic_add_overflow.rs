//@ compile-flags: -Coverflow-checks=on
// Overflow-checked addition: summing u8 values in a u8 accumulator panics with
// "attempt to add with overflow" once the total passes 255. The panic handler prints the
// message and the line:column of the addition, flushes stdout and aborts (signal 6).
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn checked_total(values: &[u8]) -> u8 {
    let mut total: u8 = 0;
    for i in 0..values.len() {
        total = total + values[i];
        unsafe { printf(c"after %zu values: %u\n".as_ptr(), i + 1, total as u32); }
    }
    total
}

fn wide_total(values: &[u8]) -> u32 {
    let mut total = 0u32;
    for i in 0..values.len() {
        total += values[i] as u32;
    }
    total
}

fn average_u8(a: u8, b: u8) -> u8 {
    // Overflow-free average.
    (a / 2) + (b / 2) + (a % 2 + b % 2) / 2
}

fn main() {
    unsafe { printf(c"average_u8(250, 253) = %u\n".as_ptr(), average_u8(black_box(250), 253) as u32); }
    let small = [1u8, 2, 3, 4];
    unsafe { printf(c"small total: %u\n".as_ptr(), checked_total(&small) as u32); }
    let big = [100u8, 90, black_box(60), 10, 50];
    unsafe { printf(c"wide total of big values: %u\n".as_ptr(), wide_total(&big)); }
    let mut signed: i16 = black_box(32000);
    signed += 700; // fine: fits in i16
    unsafe { printf(c"signed: %d\n".as_ptr(), signed as i32); }
    print_line("now summing the big values in a u8:");
    let t = checked_total(&big);
    unsafe { printf(c"unreachable: %u\n".as_ptr(), t as u32); }
}
