// std::simd remainder of float vectors (simd_rem on f32 and f64 lanes, f16 too): fmod per lane,
// with negative operands, infinities, NaN and zero divisors. Found by portable-simd's f32_ops.
#![feature(portable_simd, f16)]
use std::hint::black_box;
use std::simd::prelude::*;
use std::simd::Simd;

fn main() {
    let a = f32x4::from_array(black_box([7.5, -7.5, f32::INFINITY, 1.0]));
    let b = f32x4::from_array(black_box([2.0, 2.0, 3.0, 0.0]));
    println!("f32x4 {:?}", (a % b).to_array());
    let c = f32x4::from_array(black_box([5.25, f32::NAN, -0.0, 1e30]));
    let d = f32x4::from_array(black_box([-1.5, 1.0, 4.0, f32::INFINITY]));
    println!("f32x4 {:?}", (c % d).to_array());
    let e = f64x2::from_array(black_box([1e300, -13.0]));
    let f = f64x2::from_array(black_box([7.0, 0.3]));
    println!("f64x2 {:?}", (e % f).to_array());
    let g = f64x8::from_array(black_box([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]));
    println!("f64x8 {:?}", (g % f64x8::splat(black_box(2.5))).to_array());
    let h: Simd<f16, 4> = Simd::from_array(black_box([7.5, -3.0, 65504.0, 0.5]));
    let i: Simd<f16, 4> = Simd::from_array(black_box([2.0, 0.75, 3.0, 0.0]));
    let rem: [f32; 4] = (h % i).to_array().map(|x| x as f32);
    println!("f16x4 {rem:?}");
}
