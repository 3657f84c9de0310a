// Function calls: more than 8 scalar arguments of mixed widths, scalar pairs passed and returned,
// large aggregates passed and returned by value (return via hidden pointer), and fn pointers.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

#[inline(never)]
fn many(a: u8, b: i16, c: u32, d: i64, e: usize, f: u8, g: i32, h: u64, i: i8, j: u16, k: isize, l: bool) -> i64 {
    a as i64 + b as i64 * 2 + c as i64 * 3 + d * 4 + e as i64 * 5 + f as i64 * 6 + g as i64 * 7
        + h as i64 * 8 + i as i64 * 9 + j as i64 * 10 + k as i64 * 11 + if l { 1000 } else { -1000 }
}

#[inline(never)]
fn sixteen(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64, g: u64, h: u64,
           i: u64, j: u64, k: u64, l: u64, m: u64, n: u64, o: u64, p: u64) -> u64 {
    let mut x = a;
    x = x * 7 + b; x = x * 7 + c; x = x * 7 + d; x = x * 7 + e;
    x = x * 7 + f; x = x * 7 + g; x = x * 7 + h; x = x * 7 + i;
    x = x * 7 + j; x = x * 7 + k; x = x * 7 + l; x = x * 7 + m;
    x = x * 7 + n; x = x * 7 + o; x * 7 + p
}

#[inline(never)]
fn pair(x: u64) -> (u8, u64) {
    ((x % 256) as u8, x / 256)
}

#[inline(never)]
fn take_pair(p: (u8, u64), q: (i32, i32)) -> u64 {
    p.0 as u64 * 1000 + p.1 + (q.0 * q.1) as u64
}

struct Big {
    a: u64,
    b: u64,
    c: u64,
    d: u64,
}

#[inline(never)]
fn make_big(seed: u64) -> Big {
    Big { a: seed, b: seed * 2, c: seed * 3, d: seed ^ 0xff }
}

#[inline(never)]
fn combine(x: Big, y: Big, scale: u32) -> Big {
    Big { a: x.a + y.d, b: x.b * scale as u64, c: x.c - y.a, d: y.b + y.c }
}

#[inline(never)]
fn sum_big(x: Big) -> u64 {
    x.a + x.b + x.c + x.d
}

struct Mixed {
    tag: u8,
    value: i32,
    ratio: f64,
    name: &'static str,
}

#[inline(never)]
fn mixed(tag: u8, value: i32) -> Mixed {
    Mixed { tag, value, ratio: value as f64 / 4.0, name: if tag % 2 == 0 { "even" } else { "odd" } }
}

fn apply(f: fn(i64, i64) -> i64, a: i64, b: i64) -> i64 {
    f(a, b)
}

fn sub(a: i64, b: i64) -> i64 {
    a - b
}

fn mul(a: i64, b: i64) -> i64 {
    a * b
}

fn main() {
    let r = many(black_box(1), -2, 3, -4, 5, 6, -7, 8, -9, 10, -11, true);
    unsafe { printf(c"many = %ld\n".as_ptr(), r); }
    let r = many(255, -32768, 0xffff_ffff, i64_min(), 0, 0, 0, 1, 127, 65535, -1, false);
    unsafe { printf(c"many extremes = %ld\n".as_ptr(), r); }
    let s = sixteen(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, black_box(16));
    unsafe { printf(c"sixteen = %lu\n".as_ptr(), s); }
    let (lo, hi) = pair(black_box(0x1234_5678_9abc));
    unsafe { printf(c"pair = (%u, %lx)\n".as_ptr(), lo as u32, hi); }
    unsafe { printf(c"take_pair = %lu\n".as_ptr(), take_pair(pair(black_box(1000)), (-3, -4))); }
    let b1 = make_big(black_box(10));
    let b2 = make_big(black_box(7));
    unsafe { printf(c"big: %lu %lu %lu %lu\n".as_ptr(), b1.a, b1.b, b1.c, b1.d); }
    let b3 = combine(b1, b2, 3);
    unsafe { printf(c"combined: %lu %lu %lu %lu, sum %lu\n".as_ptr(), b3.a, b3.b, b3.c, b3.d, sum_big(b3)); }
    let m = mixed(black_box(4), -10);
    unsafe {
        printf(c"mixed: %u %d %ld %.*s\n".as_ptr(), m.tag as u32, m.value, (m.ratio * 100.0) as i64,
            m.name.len() as i32, m.name.as_ptr());
    }
    let ops: [fn(i64, i64) -> i64; 3] = [sub, mul, |a, b| a % b];
    for i in 0..ops.len() {
        unsafe { printf(c"op %zu: %ld\n".as_ptr(), i, apply(ops[i], 100, black_box(7))); }
    }
}

fn i64_min() -> i64 {
    -(1 << 40)
}
