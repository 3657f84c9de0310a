// sin, cos, tan, asin, acos, atan, atan2, sinh/cosh/tanh, to_degrees/to_radians with limited precision.
use std::f64::consts::PI;
use std::hint::black_box;

fn main() {
    for i in 0..=12 {
        let a = black_box(PI * i as f64 / 6.0);
        println!("{:>4.0}deg sin {:>+.8} cos {:>+.8} tan {:>+.6e}", a.to_degrees(), a.sin(), a.cos(), a.tan());
    }
    for v in [-1.0f64, -0.5, 0.0, 0.5, 1.0] {
        let v = black_box(v);
        println!("asin({}) {:.9} acos {:.9} atan {:.9}", v, v.asin(), v.acos(), v.atan());
    }
    for (y, x) in [(1.0f64, 1.0f64), (1.0, -1.0), (-1.0, -1.0), (-1.0, 1.0), (0.0, -1.0), (-0.0, -1.0), (0.0, 0.0)] {
        let (y, x) = (black_box(y), black_box(x));
        println!("atan2({}, {}) = {:.9}", y, x, y.atan2(x));
    }
    for v in [0.0f64, 0.5, 1.0, 3.0] {
        let v = black_box(v);
        println!("sinh {:.9} cosh {:.9} tanh {:.9} asinh {:.9}", v.sinh(), v.cosh(), v.tanh(), v.asinh());
    }
    let (s, c) = black_box(0.75f64).sin_cos();
    println!("sin_cos {:.12} {:.12} sum sq {:.12}", s, c, s * s + c * c);
    let f = black_box(1.0f32);
    println!("f32 sin {:.6} cos {:.6} atan {:.6}", f.sin(), f.cos(), f.atan());
    println!("{:.6} {:.6}", black_box(180.0f64).to_radians(), black_box(1.0f32).to_degrees());
    println!("sin(inf) nan {}", black_box(f64::INFINITY).sin().is_nan());
    // approximate pi via Leibniz series and via atan
    let mut pi = 0.0f64;
    for k in 0..100000 {
        let term = 4.0 / (2 * k + 1) as f64;
        pi += if k % 2 == 0 { term } else { -term };
    }
    println!("leibniz {:.5} atan {:.12}", pi, 4.0 * black_box(1.0f64).atan());
}
