// Basic f32/f64 arithmetic and comparisons. Results are printed as bit patterns or scaled
// integers; no floating-point values are passed to printf.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn show64(label: &CStr, x: f64) {
    unsafe { printf(c"%-10s %016lx  x1000=%ld\n".as_ptr(), label.as_ptr(), x.to_bits(), (x * 1000.0) as i64); }
}

fn show32(label: &CStr, x: f32) {
    unsafe { printf(c"%-10s %08x  x1000=%d\n".as_ptr(), label.as_ptr(), x.to_bits(), (x * 1000.0) as i32); }
}

fn newton_sqrt(v: f64) -> f64 {
    let mut x = v;
    let mut i = 0;
    while i < 30 {
        x = 0.5 * (x + v / x);
        i += 1;
    }
    x
}

fn poly(x: f32) -> f32 {
    // 3x^3 - 2x^2 + x - 5, Horner form
    ((3.0 * x - 2.0) * x + 1.0) * x - 5.0
}

fn mean(values: &[f64]) -> f64 {
    let mut sum = 0.0;
    let mut i = 0;
    while i < values.len() {
        sum += values[i];
        i += 1;
    }
    sum / values.len() as f64
}

fn main() {
    let a = black_box(3.25f64);
    let b = black_box(-1.5f64);
    show64(c"a+b", a + b);
    show64(c"a-b", a - b);
    show64(c"a*b", a * b);
    show64(c"a/b", a / b);
    show64(c"-a", -a);
    show64(c"sqrt(2)", newton_sqrt(black_box(2.0)));
    show64(c"sqrt(1e6)", newton_sqrt(black_box(1.0e6)));
    show64(c"mean", mean(&[1.0, 2.5, -4.0, 10.25]));

    let c = black_box(0.1f32);
    let d = black_box(0.2f32);
    show32(c"c+d", c + d);
    show32(c"c*d", c * d);
    show32(c"d/c", d / c);
    show32(c"c-d", c - d);
    show32(c"poly(1.5)", poly(black_box(1.5)));
    show32(c"poly(-2)", poly(black_box(-2.0)));

    let mut acc = black_box(1.0f64);
    acc += 0.5;
    acc *= 4.0;
    acc -= 1.0;
    acc /= 2.0;
    show64(c"compound", acc);

    // Comparisons, including signed zeros and infinities.
    let pz = black_box(0.0f64);
    let nz = -pz;
    let inf = black_box(1.0f64) / pz;
    unsafe {
        printf(c"0.0 == -0.0: %d, bits differ: %d\n".as_ptr(), (pz == nz) as i32, (pz.to_bits() != nz.to_bits()) as i32);
        printf(c"inf > 1e308: %d, -inf < -1e308: %d, inf == inf: %d\n".as_ptr(), (inf > 1.0e308) as i32,
            (-inf < -1.0e308) as i32, (inf == inf) as i32);
        printf(c"0.1+0.2 == 0.3 (f64): %d, (f32): %d\n".as_ptr(), (black_box(0.1f64) + 0.2 == 0.3) as i32,
            (c + d == 0.3) as i32);
        printf(c"a<b %d a>b %d a<=a %d b>=a %d a!=b %d\n".as_ptr(), (a < b) as i32, (a > b) as i32,
            (a <= a) as i32, (b >= a) as i32, (a != b) as i32);
    }
    let cmp = match a.partial_cmp(&b) {
        Some(o) => o.as_i32(),
        None => 2,
    };
    let nan = pz / pz;
    let nan_cmp = match nan.partial_cmp(&a) {
        Some(o) => o.as_i32(),
        None => 2,
    };
    unsafe { printf(c"partial_cmp: %d, with NaN: %d\n".as_ptr(), cmp, nan_cmp); }

    // Accumulate a series in f32 and f64 to show the precision difference.
    let mut s32 = 0.0f32;
    let mut s64 = 0.0f64;
    let mut k = 1;
    while k <= 1000 {
        s32 += 1.0 / k as f32;
        s64 += 1.0 / k as f64;
        k += 1;
    }
    show32(c"H(1000)32", s32);
    show64(c"H(1000)64", s64);
    show64(c"widened", s32 as f64 - s64);
}
