//@ compile-flags: -Coverflow-checks=on
// Signed division overflow: i64::MIN / -1 panics with "attempt to divide with overflow"
// (MIR building emits this check regardless of -Coverflow-checks). Before that, the
// overflow-free cases and a guarded division are exercised.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn ratio(a: i64, b: i64) -> i64 {
    a / b
}

fn guarded_ratio(a: i64, b: i64) -> Option<i64> {
    if b == 0 || (a == i64_min() && b == -1) { None } else { Some(a / b) }
}

fn i64_min() -> i64 {
    -0x7fff_ffff_ffff_ffff - 1
}

fn small_types(a: i8, b: i8) -> i32 {
    // i8::MIN / -1 would also overflow; -127 / -1 does not.
    (a / b) as i32
}

fn main() {
    let min = black_box(i64_min());
    unsafe { printf(c"small: %d %d\n".as_ptr(), small_types(black_box(-127), -1), small_types(black_box(-128), 2)); }
    let tests = [(10i64, 3i64), (min, -1), (5, 0), (min, 1)];
    for i in 0..tests.len() {
        let (a, b) = tests[i];
        match guarded_ratio(a, b) {
            Some(q) => unsafe { printf(c"guarded %ld / %ld = %ld\n".as_ptr(), a, b, q); },
            None => unsafe { printf(c"guarded %ld / %ld refused\n".as_ptr(), a, b); },
        }
    }
    let divisors = [2i64, -2, 7, 1, -1];
    for i in 0..divisors.len() {
        unsafe { printf(c"min / %ld = %ld\n".as_ptr(), divisors[i], ratio(min, black_box(divisors[i]))); }
    }
    print_line("unreachable");
}
