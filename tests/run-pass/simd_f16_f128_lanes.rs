// Portable SIMD arithmetic, negation, comparisons and float math (abs, sqrt, rounding, fma,
// min/max, sin, cos, exp, log2) on vectors of `f16` and `f128` lanes, which the backend
// computes lane by lane as for scalars (Cranelift has no instructions for either type).
#![feature(core_intrinsics, repr_simd, f16, f128)]
#![allow(internal_features)]

use std::hint::black_box;
use std::intrinsics::simd::{
    simd_add, simd_ceil, simd_div, simd_eq, simd_fabs, simd_fcos, simd_fexp, simd_flog2,
    simd_floor, simd_fma, simd_fsin, simd_fsqrt,
    simd_lt, simd_maximum_number_nsz, simd_minimum_number_nsz, simd_mul, simd_neg, simd_rem,
    simd_round, simd_round_ties_even, simd_sub, simd_trunc,
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
        let r = black_box(H4([2.5, -3.5, 0.75, 16.0]));
        println!("f16 abs {:?} sqrt {:?}", halves(simd_fabs(b)), halves(simd_fsqrt(r)));
        println!("f16 floor {:?} ceil {:?}", halves(simd_floor(r)), halves(simd_ceil(r)));
        println!("f16 trunc {:?} round {:?}", halves(simd_trunc(r)), halves(simd_round(r)));
        println!("f16 round_ties_even {:?}", halves(simd_round_ties_even(r)));
        println!("f16 fma {:?}", halves(simd_fma(a, b, r)));
        println!("f16 min {:?} max {:?}", halves(simd_minimum_number_nsz(a, b)), halves(simd_maximum_number_nsz(a, b)));
        println!("f16 sin {:?} cos {:?}", halves(simd_fsin(b)), halves(simd_fcos(b)));
        println!("f16 exp {:?} log2 {:?}", halves(simd_fexp(b)), halves(simd_flog2(r)));
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
        let r = black_box(Q2([2.5, -3.5]));
        println!("f128 abs {:?} sqrt {:?}", quads(simd_fabs(r)), quads(simd_fsqrt(d)));
        println!("f128 floor {:?} ceil {:?}", quads(simd_floor(r)), quads(simd_ceil(r)));
        println!("f128 trunc {:?} round {:?}", quads(simd_trunc(r)), quads(simd_round(r)));
        println!("f128 round_ties_even {:?}", quads(simd_round_ties_even(r)));
        println!("f128 fma {:?}", quads(simd_fma(c, d, r)));
        println!("f128 min {:?} max {:?}", quads(simd_minimum_number_nsz(c, d)), quads(simd_maximum_number_nsz(c, d)));
        println!("f128 sin {:?} exp {:?} log2 {:?}", quads(simd_fsin(d)), quads(simd_fexp(d)), quads(simd_flog2(d)));
    }
}
