// Integer arithmetic on every width, including wrapping and overflow-reporting intrinsics.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::intrinsics::{add_with_overflow, mul_with_overflow, sub_with_overflow};
use mini_core::intrinsics::{saturating_add, saturating_sub, wrapping_add, wrapping_mul, wrapping_sub};
use mini_core::*;

fn unsigned(name: &CStr, a: u64, b: u64) {
    unsafe {
        printf(c"%s: %lu + %lu = %lu, - = %lu, * = %lu, / = %lu, %% = %lu\n".as_ptr(),
            name.as_ptr(), a, b, a + b, a - b, a * b, a / b, a % b);
    }
}

fn signed(name: &CStr, a: i64, b: i64) {
    unsafe {
        printf(c"%s: %ld + %ld = %ld, - = %ld, * = %ld, / = %ld, %% = %ld\n".as_ptr(),
            name.as_ptr(), a, b, a + b, a - b, a * b, a / b, a % b);
    }
}

fn main() {
    // Plain arithmetic done in the native width, then widened for printing.
    let (a8, b8): (u8, u8) = (black_box(200), black_box(7));
    unsigned(c"u8", (a8 - b8) as u64, (a8 / b8) as u64);
    unsafe { printf(c"u8 ops: %u %u %u %u\n".as_ptr(), (a8 + 55) as u32, (a8 % b8) as u32, (b8 * 36) as u32, (a8 - 200) as u32); }
    let (a16, b16): (i16, i16) = (black_box(-30000), black_box(7));
    unsafe { printf(c"i16 ops: %d %d %d %d\n".as_ptr(), (a16 / b16) as i32, (a16 % b16) as i32, (b16 * -3) as i32, (a16 - 2767) as i32); }
    let (a32, b32): (u32, u32) = (black_box(4000000000), black_box(3));
    unsafe { printf(c"u32 ops: %u %u %u %u\n".as_ptr(), a32 / b32, a32 % b32, b32 * 1000000000, a32 + 294967295); }
    let (a_i32, b_i32): (i32, i32) = (black_box(-17), black_box(5));
    unsafe { printf(c"i32 ops: %d %d %d %d\n".as_ptr(), a_i32 / b_i32, a_i32 % b_i32, a_i32 * b_i32, -a_i32); }
    signed(c"i64", black_box(-9000000000000), black_box(1000007));
    unsigned(c"u64", black_box(1800000000000), black_box(1234567));
    signed(c"isize", black_box(-123456789) as isize as i64, black_box(-1000) as isize as i64);
    unsigned(c"usize", black_box(987654321usize) as u64, black_box(12345usize) as u64);
    let (i8a, i8b): (i8, i8) = (black_box(-128), black_box(-1));
    unsafe { printf(c"i8 ops: %d %d %d\n".as_ptr(), (i8a + 100) as i32, (i8b * 127) as i32, (i8a / 2) as i32); }

    // Wrapping arithmetic.
    unsafe {
        printf(c"wrapping u8: %u %u %u\n".as_ptr(),
            wrapping_add(a8, 100u8) as u32, wrapping_sub(b8, 10u8) as u32, wrapping_mul(a8, 3u8) as u32);
        printf(c"wrapping i16: %d %d\n".as_ptr(),
            wrapping_sub(a16, 10000i16) as i32, wrapping_mul(a16, 3i16) as i32);
        printf(c"wrapping u32: %u %u\n".as_ptr(), wrapping_add(a32, a32), wrapping_mul(a32, 7u32));
        printf(c"wrapping i64: %ld %ld\n".as_ptr(),
            wrapping_add(black_box(i64::MAX_VALUE), 1), wrapping_mul(black_box(-3037000500i64), 3037000500));
        printf(c"wrapping usize: %zu\n".as_ptr(), wrapping_sub(black_box(0usize), 1));
    }

    // Overflow-reporting intrinsics.
    let (r, o) = add_with_overflow(a8, 56u8);
    unsafe { printf(c"200+56 u8 = %u overflow=%d\n".as_ptr(), r as u32, o as i32); }
    let (r, o) = add_with_overflow(a8, 55u8);
    unsafe { printf(c"200+55 u8 = %u overflow=%d\n".as_ptr(), r as u32, o as i32); }
    let (r, o) = sub_with_overflow(i8a, 1i8);
    unsafe { printf(c"-128-1 i8 = %d overflow=%d\n".as_ptr(), r as i32, o as i32); }
    let (r, o) = mul_with_overflow(black_box(0x1_0000_0000u64), 0x1_0000_0000u64);
    unsafe { printf(c"2^32*2^32 u64 = %lu overflow=%d\n".as_ptr(), r, o as i32); }
    let (r, o) = mul_with_overflow(black_box(-46341i32), 46341);
    unsafe { printf(c"-46341*46341 i32 = %d overflow=%d\n".as_ptr(), r, o as i32); }
    let (r, o) = mul_with_overflow(black_box(-46340i32), 46340);
    unsafe { printf(c"-46340*46340 i32 = %d overflow=%d\n".as_ptr(), r, o as i32); }

    // Saturating arithmetic.
    unsafe {
        printf(c"saturating: %u %u %d %d\n".as_ptr(),
            saturating_add(a8, 100u8) as u32, saturating_sub(b8, 10u8) as u32,
            saturating_add(black_box(120i8), 100i8) as i32, saturating_sub(i8a, 5i8) as i32);
    }

    // Compound assignment operators.
    let mut acc: u64 = 1;
    let mut i: u64 = 1;
    while i <= 20 {
        acc *= i;
        i += 1;
    }
    acc /= 3;
    acc %= 1_000_000_007;
    acc -= 5;
    unsafe { printf(c"compound: %lu\n".as_ptr(), acc); }
}

trait MaxValue {
    const MAX_VALUE: Self;
}

impl MaxValue for i64 {
    const MAX_VALUE: i64 = 0x7fff_ffff_ffff_ffff;
}
