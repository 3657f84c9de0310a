// sqrt, cbrt, powi, powf, exp, exp2, ln, log2, log10, hypot printed with limited precision.
use std::hint::black_box;

fn main() {
    let xs = [0.0f64, 0.25, 1.0, 2.0, 3.0, 10.0, 123.456, 1e-3, 1e10];
    for x in xs {
        let x = black_box(x);
        println!("x={:<10} sqrt={:.9} cbrt={:.9} powi3={:.6e} powf(1.5)={:.6e} exp={:.6e} ln={:.9} log2={:.9} log10={:.9}",
            x, x.sqrt(), x.cbrt(), x.powi(3), x.powf(1.5), x.exp(), x.ln(), x.log2(), x.log10());
    }
    println!("sqrt(-1) nan {} ln(0) {} ln(-1) nan {}", black_box(-1.0f64).sqrt().is_nan(), black_box(0.0f64).ln(), black_box(-1.0f64).ln().is_nan());
    println!("sqrt(-0) {:?} sqrt(inf) {}", black_box(-0.0f64).sqrt(), black_box(f64::INFINITY).sqrt());
    println!("powi(-2, 5) {} powi(2,-3) {} powf(-8, 1/3) nan {}", black_box(-2.0f64).powi(5), black_box(2.0f64).powi(-3), black_box(-8.0f64).powf(1.0 / 3.0).is_nan());
    println!("0^0 {} nan^0 {} 1^nan {}", black_box(0.0f64).powf(0.0), black_box(f64::NAN).powi(0), black_box(1.0f64).powf(f64::NAN));
    for x in [0.5f32, 2.0, 9.0, 100.0] {
        let x = black_box(x);
        println!("f32 {}: sqrt {:.6} exp {:.5e} ln {:.6} powf(0.3) {:.6} exp2 {:.6}", x, x.sqrt(), x.exp(), x.ln(), x.powf(0.3), x.exp2());
    }
    println!("hypot {:.9} {:.9}", black_box(3.0f64).hypot(4.0), black_box(1e200f64).hypot(1e200));
    println!("ln_1p {:.12e} exp_m1 {:.12e}", black_box(1e-10f64).ln_1p(), black_box(1e-10f64).exp_m1());
    println!("log base 3 of 81 = {:.9}", black_box(81.0f64).log(3.0));
    let sqrt_exact: Vec<f64> = (0..10).map(|i| black_box((i * i) as f64).sqrt()).collect();
    println!("{:?}", sqrt_exact);
}
