// mul_add (fused multiply-add) gives a single rounding; compare with separate mul + add.
use std::hint::black_box;

fn main() {
    let a = black_box(0.1f64);
    let b = black_box(10.0f64);
    let c = black_box(-1.0f64);
    println!("fused {:e} separate {:e}", a.mul_add(b, c), a * b + c);
    let x = black_box(1.0f64 + f64::EPSILON);
    let y = black_box(1.0f64 - f64::EPSILON);
    println!("fused {:e} separate {:e}", x.mul_add(y, -1.0), x * y - 1.0);
    let x32 = black_box(1.0f32 + f32::EPSILON);
    println!("f32 fused {:e} separate {:e}", x32.mul_add(x32, -1.0), x32 * x32 - 1.0);
    // Horner evaluation with mul_add
    let coeffs = black_box([1.0f64, -3.0, 0.5, 2.0, -0.25]);
    for t in [-1.0f64, 0.0, 0.5, 2.0, 3.7] {
        let t = black_box(t);
        let fused = coeffs.iter().fold(0.0f64, |acc, &k| acc.mul_add(t, k));
        let plain = coeffs.iter().fold(0.0f64, |acc, &k| acc * t + k);
        println!("p({}) fused {:.12} plain {:.12}", t, fused, plain);
    }
    println!("{:?}", black_box(f64::INFINITY).mul_add(0.0, 1.0).is_nan());
    println!("{:?}", black_box(2.0f32).mul_add(3.0, 4.0));
    println!("{:?}", black_box(1e308f64).mul_add(10.0, -1e308));
}
