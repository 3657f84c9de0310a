// Calls with many mixed-type arguments and small struct/tuple returns (register-passed aggregates), never inlined.
use std::hint::black_box;

#[derive(Debug, Clone, Copy)]
struct F2 { a: f32, b: f32 }
#[derive(Debug, Clone, Copy)]
struct Mixed { a: u8, b: f32, c: i16 }
#[derive(Debug, Clone, Copy)]
struct I3 { a: i32, b: i32, c: i32 }
#[derive(Debug, Clone, Copy)]
struct D2 { a: f64, b: f64 }
#[derive(Debug, Clone, Copy)]
struct LF { a: i64, b: f64 }

#[inline(never)]
fn many(a: u8, b: i16, c: u32, d: i64, e: f32, f: f64, g: u128, h: bool, i: char, j: i8, k: f32, l: u64, m: f64, n: i128) -> f64 {
    a as f64 + b as f64 + c as f64 + d as f64 + e as f64 + f + g as f64 + h as u8 as f64 + i as u32 as f64 + j as f64 + k as f64 + l as f64 + m + n as f64
}

#[inline(never)]
fn swap_f2(x: F2) -> F2 { F2 { a: x.b, b: x.a } }
#[inline(never)]
fn bump(m: Mixed) -> Mixed { Mixed { a: m.a + 1, b: m.b * 2.0, c: m.c - 1 } }
#[inline(never)]
fn rot(x: I3) -> I3 { I3 { a: x.c, b: x.a, c: x.b } }
#[inline(never)]
fn scale(x: D2, k: f64) -> D2 { D2 { a: x.a * k, b: x.b * k } }
#[inline(never)]
fn lf(x: LF) -> LF { LF { a: x.a * 2, b: x.b + x.a as f64 } }
#[inline(never)]
fn tuple_ret(x: u32) -> (u8, u64, f32) { (x as u8, x as u64 * 1000, x as f32 / 4.0) }
#[inline(never)]
fn pair_ret(a: u128, b: i8) -> (u128, i8) { (a.rotate_left(3), b.wrapping_neg()) }
#[inline(never)]
fn many_floats(a: f32, b: f64, c: f32, d: f64, e: f32, f: f64, g: f32, h: f64, i: f32, j: f64) -> f64 {
    a as f64 * 1.0 + b * 2.0 + c as f64 * 3.0 + d * 4.0 + e as f64 * 5.0 + f * 6.0 + g as f64 * 7.0 + h * 8.0 + i as f64 * 9.0 + j * 10.0
}

fn main() {
    let r = many(black_box(1), -2, 3, -4, 5.5, 6.25, 1 << 70, true, 'A', -8, 0.5, 1 << 40, -0.125, -(1 << 100));
    println!("{:e}", r);
    println!("{:?}", swap_f2(black_box(F2 { a: 1.5, b: -2.5 })));
    println!("{:?}", bump(black_box(Mixed { a: 9, b: 0.75, c: -300 })));
    println!("{:?}", rot(black_box(I3 { a: 1, b: 2, c: 3 })));
    println!("{:?}", scale(black_box(D2 { a: 0.5, b: 3.0 }), black_box(-2.0)));
    println!("{:?}", lf(black_box(LF { a: -21, b: 0.5 })));
    println!("{:?}", tuple_ret(black_box(1029)));
    println!("{:?}", pair_ret(black_box(u128::MAX - 5), black_box(-128)));
    println!("{}", many_floats(black_box(1.0), 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0));
    let fp: fn(F2) -> F2 = black_box(swap_f2);
    println!("{:?}", fp(F2 { a: 3.0, b: 4.0 }));
}
