// Comparison operators on every integer width (boundary values, signed vs unsigned),
// three-way comparison through PartialOrd, and generic min/max.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn bits<T: PartialOrd>(a: T, b: T) -> u32 {
    ((a < b) as u32) << 5
        | ((a <= b) as u32) << 4
        | ((a > b) as u32) << 3
        | ((a >= b) as u32) << 2
        | ((a == b) as u32) << 1
        | (a != b) as u32
}

fn through_trait<T: PartialOrd>(a: &T, b: &T) -> u32 {
    (a.lt(b) as u32) << 3 | (a.le(b) as u32) << 2 | (a.gt(b) as u32) << 1 | a.ge(b) as u32
}

fn cmp_code<T: PartialOrd>(a: T, b: T) -> i32 {
    match a.partial_cmp(&b) {
        Some(o) => o.as_i32(),
        None => 99,
    }
}

fn max<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn min<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a < b { a } else { b }
}

macro_rules! check {
    ($name:literal, $t:ty, $a:expr, $b:expr) => {{
        let a: $t = black_box($a);
        let b: $t = black_box($b);
        unsafe {
            printf(c"%-5s %02x %02x %x cmp=%2d\n".as_ptr(), $name.as_ptr(), bits(a, b), bits(b, a),
                through_trait(&a, &b), cmp_code(a, b));
        }
    }};
}

fn main() {
    check!(c"u8", u8, 0, 255);
    check!(c"i8", i8, -128, 127);
    check!(c"i8", i8, -1, 1);
    check!(c"u16", u16, 40000, 40000);
    check!(c"i16", i16, -32768, -32767);
    check!(c"u32", u32, 0x8000_0000, 0x7fff_ffff);
    check!(c"i32", i32, -1, 0);
    check!(c"u64", u64, 0xffff_ffff_ffff_ffff, 1);
    check!(c"i64", i64, -0x8000_0000_0000_0000, 0x7fff_ffff_ffff_ffff);
    check!(c"usize", usize, 7, 7);
    check!(c"isize", isize, -5, -6);
    check!(c"char", char, 'a', 'b');
    check!(c"bool", bool, true, false);

    // The same bit pattern compares differently when signed or unsigned.
    let raw: u32 = black_box(0xffff_fff0);
    unsafe {
        printf(c"unsigned %u > 16: %d; signed %d > 16: %d\n".as_ptr(), raw, (raw > 16) as i32, raw as i32,
            (raw as i32 > 16) as i32);
        printf(c"max/min i32: %d %d\n".as_ptr(), max(-3, black_box(-7)), min(-3, black_box(-7)));
        printf(c"max/min u64: %lu %lu\n".as_ptr(), max(black_box(1u64 << 63), 5), min(black_box(1u64 << 63), 5));
        printf(c"max char: %c\n".as_ptr(), max('q', black_box('x')) as u32);
    }
    // Comparisons in loops: count how many elements are below a threshold.
    let data: [i16; 10] = [5, -3, 100, -200, 0, 7, 7, 32767, -32768, 42];
    let mut below = 0;
    let mut equal = 0;
    let mut i = 0;
    while i < data.len() {
        if data[i] < 7 {
            below += 1;
        } else if data[i] == 7 {
            equal += 1;
        }
        i += 1;
    }
    unsafe { printf(c"below 7: %d, equal 7: %d\n".as_ptr(), below, equal); }
    // Comparisons of arrays and slices.
    let a1 = [1u8, 2, 3];
    let a2 = [1u8, 2, 4];
    unsafe {
        printf(c"arrays equal: %d %d\n".as_ptr(), (a1 == a1) as i32, (a1 == a2) as i32);
        printf(c"str equal: %d %d\n".as_ptr(), ("abc" == black_box("abc")) as i32, ("abc" == black_box("abd")) as i32);
    }
}
