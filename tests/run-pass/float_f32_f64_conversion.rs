// f32 <-> f64 conversions: widening is exact, narrowing rounds, overflows to inf, underflows to subnormal/zero.
use std::hint::black_box;

fn main() {
    let vals = [0.1f64, 1.0 / 3.0, 16777217.0, 3.4028235e38, 3.5e38, 1e39, -1e39, 1e-40, 1e-46, 1.4e-45, 7.0e-46, f64::NAN, -0.0, 0.30000000000000004];
    for v in vals {
        let v = black_box(v);
        let n = v as f32;
        println!("{:e} -> f32 {:e} ({:?}) -> f64 {:e}", v, n, n.classify(), n as f64);
    }
    let f = black_box(0.1f32);
    let d = f as f64;
    println!("{} {} {}", f, d, d == 0.1);
    let mut sum32 = 0.0f32;
    let mut sum64 = 0.0f64;
    for _ in 0..1000 {
        sum32 += black_box(0.1f32);
        sum64 += black_box(0.1f64);
    }
    println!("sum32 {} sum64 {} sum64 as f32 {}", sum32, sum64, sum64 as f32);
    // halfway rounding when narrowing: 1 + 2^-24 is exactly halfway between two f32 values
    let half = black_box(1.0f64 + (2.0f64).powi(-24));
    let above = black_box(1.0f64 + (2.0f64).powi(-24) + (2.0f64).powi(-40));
    let odd_half = black_box(1.0f64 + 3.0 * (2.0f64).powi(-24));
    println!("{:e} {:e} {:e}", half as f32 - 1.0, above as f32 - 1.0, odd_half as f32 - 1.0);
    let arr32: Vec<f32> = (1..6).map(|i| black_box(i as f64 / 7.0) as f32).collect();
    let back: Vec<f64> = arr32.iter().map(|&x| x as f64).collect();
    println!("{:?}", arr32);
    println!("{:?}", back);
}
