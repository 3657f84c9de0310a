// std::simd f32x4: lane-wise arithmetic, sqrt/abs/mul_add, comparisons, reductions, splat, from/to arrays.
#![feature(portable_simd)]
use std::hint::black_box;
use std::simd::prelude::*;
use std::simd::StdFloat;

fn main() {
    let a = f32x4::from_array(black_box([1.0, -2.5, 4.0, 9.0]));
    let b = f32x4::from_array(black_box([0.5, 2.0, -3.0, 0.25]));
    println!("add {:?}", (a + b).to_array());
    println!("sub {:?}", (a - b).to_array());
    println!("mul {:?}", (a * b).to_array());
    println!("div {:?}", (a / b).to_array());
    println!("neg {:?} abs {:?}", (-a).to_array(), a.abs().to_array());
    println!("sqrt(abs) {:?}", a.abs().sqrt().to_array());
    println!("mul_add {:?}", a.mul_add(b, f32x4::splat(1.0)).to_array());
    println!("min {:?} max {:?}", a.simd_min(b).to_array(), a.simd_max(b).to_array());
    println!("clamp {:?}", a.simd_clamp(f32x4::splat(-1.0), f32x4::splat(2.0)).to_array());
    println!("lt {:?} ge {:?}", a.simd_lt(b).to_array(), a.simd_ge(b).to_array());
    println!("sum {} product {} max {} min {}", a.reduce_sum(), a.reduce_product(), a.reduce_max(), a.reduce_min());
    println!("floor {:?} ceil {:?} round {:?}", (a / b).floor().to_array(), (a / b).ceil().to_array(), (a * f32x4::splat(0.3)).round().to_array());
    println!("recip {:?} signum {:?}", b.recip().to_array(), a.signum().to_array());
    let nan = f32x4::from_array([f32::NAN, 1.0, f32::INFINITY, -0.0]);
    println!("is_nan {:?} is_inf {:?} is_sign_neg {:?}", nan.is_nan().to_array(), nan.is_infinite().to_array(), nan.is_sign_negative().to_array());
    // dot products over a slice using chunks of 4
    let xs: Vec<f32> = (0..32).map(|i| i as f32 * 0.5).collect();
    let ys: Vec<f32> = (0..32).map(|i| (32 - i) as f32).collect();
    let mut acc = f32x4::splat(0.0);
    for (cx, cy) in xs.chunks_exact(4).zip(ys.chunks_exact(4)) {
        acc += f32x4::from_slice(cx) * f32x4::from_slice(cy);
    }
    let scalar: f32 = xs.iter().zip(&ys).map(|(x, y)| x * y).sum();
    println!("dot simd {} scalar {}", acc.reduce_sum(), scalar);
    let c: f64x4 = a.cast();
    let i: i32x4 = (a * f32x4::splat(100.0)).cast();
    println!("cast f64 {:?} cast i32 {:?}", c.to_array(), i.to_array());
    println!("to_bits {:x?}", a.to_bits().to_array());
}
