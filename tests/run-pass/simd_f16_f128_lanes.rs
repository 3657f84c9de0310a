// Portable SIMD arithmetic, negation and comparisons on vectors of `f16` and `f128` lanes,
// which the backend computes lane by lane as for scalars (Cranelift has no instructions for
// either type).
#![feature(core_intrinsics, repr_simd, f16, f128)]
#![allow(internal_features)]

use std::hint::black_box;
use std::intrinsics::simd::{
    simd_add, simd_div, simd_eq, simd_lt, simd_mul, simd_neg, simd_rem, simd_sub,
};

#[repr(simd)]
#[derive(Copy, Clone)]
struct H4([f16; 4]);

#[repr(simd)]
#[derive(Copy, Clone)]
struct Q2([f128; 2]);

#[repr(simd)]
#[derive(Copy, Clone)]
struct M16x4([i16; 4]);

#[repr(simd)]
#[derive(Copy, Clone)]
struct M128x2([i128; 2]);

fn halves(v: H4) -> [f32; 4] {
    let lanes: [f16; 4] = unsafe { std::mem::transmute(v) };
    lanes.map(|lane| lane as f32)
}

fn quads(v: Q2) -> [f64; 2] {
    let lanes: [f128; 2] = unsafe { std::mem::transmute(v) };
    lanes.map(|lane| lane as f64)
}

fn main() {
    let a = black_box(H4([1.5, -2.0, 65504.0, 0.1]));
    let b = black_box(H4([0.25, 3.0, 2.0, -0.1]));
    unsafe {
        println!("f16 add {:?}", halves(simd_add(a, b)));
        println!("f16 sub {:?}", halves(simd_sub(a, b)));
        println!("f16 mul {:?}", halves(simd_mul(a, b)));
        println!("f16 div {:?}", halves(simd_div(a, b)));
        println!("f16 rem {:?}", halves(simd_rem(a, b)));
        println!("f16 neg {:?}", halves(simd_neg(a)));
        let eq: M16x4 = simd_eq(a, a);
        let lt: M16x4 = simd_lt(a, b);
        println!("f16 eq {:?} lt {:?}", std::mem::transmute::<_, [i16; 4]>(eq), std::mem::transmute::<_, [i16; 4]>(lt));
    }
    let c = black_box(Q2([1.0e30, -3.5]));
    let d = black_box(Q2([3.0, 0.5]));
    unsafe {
        println!("f128 add {:?}", quads(simd_add(c, d)));
        println!("f128 sub {:?}", quads(simd_sub(c, d)));
        println!("f128 mul {:?}", quads(simd_mul(c, d)));
        println!("f128 div {:?}", quads(simd_div(c, d)));
        println!("f128 neg {:?}", quads(simd_neg(c)));
        let lt: M128x2 = simd_lt(c, d);
        println!("f128 lt {:?}", std::mem::transmute::<_, [i128; 2]>(lt));
    }
}
