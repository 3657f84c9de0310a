// Half and quad precision: arithmetic, comparisons with NaN and signed zeros, conversions to
// and from other floats and integers (saturating), negation, and bit patterns.
#![feature(f16, f128)]

use std::hint::black_box;

fn show16(label: &str, x: f16) {
    println!("{label}: bits {:#06x} as f64 {:?}", x.to_bits(), x as f64);
}

fn show128(label: &str, x: f128) {
    println!("{label}: bits {:#034x} as f64 {:?}", x.to_bits(), x as f64);
}

fn main() {
    let a = black_box(1.5f16);
    let b = black_box(-0.375f16);
    show16("a + b", a + b);
    show16("a - b", a - b);
    show16("a * b", a * b);
    show16("a / b", a / b);
    show16("a % b", a % b);
    show16("-a", -a);
    show16("max f16 + max", f16::MAX + black_box(f16::MAX));
    show16("tiny / 2", black_box(f16::MIN_POSITIVE) / 2.0);
    let nan16 = black_box(f16::NAN);
    println!("cmp: {} {} {} {}", a > b, a < b, a == a, nan16 != nan16);
    println!("nan ordered: {} {}", nan16 < a, nan16 >= a);
    println!("zeros equal: {}", black_box(0.0f16) == -0.0);
    for x in [0.1f64, 65504.0, 65520.0, -1e9, 3.14159] {
        show16("from f64", black_box(x) as f16);
    }
    for i in [0i32, 1, -7, 2049, 65519, 70000, i32::MIN] {
        show16("from int", black_box(i) as f16);
    }
    for x in [1.9f16, -2.5, f16::INFINITY, f16::NEG_INFINITY, f16::NAN, 300.0] {
        println!("to ints: {} {} {}", x as u8, x as i8, x as i64);
    }

    let p = black_box(1.0f128 / 3.0);
    let q = black_box(-2.5f128);
    show128("p", p);
    show128("p + q", p + q);
    show128("p - q", p - q);
    show128("p * q", p * q);
    show128("p / q", p / q);
    show128("-p", -p);
    show128("10 % 3", black_box(10.0f128) % 3.0);
    let nan128 = black_box(f128::NAN);
    println!("cmp: {} {} {} {}", p > q, p < q, p == p, nan128 != nan128);
    println!("nan ordered: {} {} {}", nan128 < p, nan128 >= p, nan128 == nan128);
    for i in [0i64, 1, -1, i64::MAX, i64::MIN, 123456789] {
        show128("from i64", black_box(i) as f128);
    }
    show128("from u128 max", black_box(u128::MAX) as f128);
    for x in [1e30f128, -1e30, 0.5, -0.5, 99.99, f128::NAN, f128::INFINITY] {
        println!("to ints: {} {} {} {}", x as u8, x as i32, x as i64, x as i128);
    }
    show128("from f32", black_box(0.1f32) as f128);
    show128("from f16", black_box(0.1f16) as f128);
    show16("f128 to f16", black_box(1.0f128 / 3.0) as f16);
    println!("f128 to f32: {:?}", black_box(1.0f128 / 3.0) as f32);
    println!("formatted: {} {:?} {:e} {:?}", a * b, black_box(f16::MAX), black_box(0.001f16), p);
}
