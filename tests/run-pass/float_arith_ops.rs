// Basic float arithmetic (add/sub/mul/div/rem/neg) in f32 and f64 with black_box operands.
use std::hint::black_box;

fn main() {
    let pairs64 = [(7.5f64, 2.0f64), (-7.5, 2.0), (7.5, -2.0), (1e308, 10.0), (1.0, 3.0), (0.1, 0.2), (5.0, 0.0), (-5.0, f64::INFINITY), (1e-320, 1e10)];
    for (a, b) in pairs64 {
        let (a, b) = (black_box(a), black_box(b));
        println!("{:e} {:e}: + {:e} - {:e} * {:e} / {:e} % {:e} neg {:e}", a, b, a + b, a - b, a * b, a / b, a % b, -a);
    }
    let pairs32 = [(7.5f32, 2.0f32), (-0.1, 0.3), (3e38, 2.0), (1.0, 7.0), (-9.0, 4.0)];
    for (a, b) in pairs32 {
        let (a, b) = (black_box(a), black_box(b));
        println!("f32 {} {}: {} {} {} {} {}", a, b, a + b, a - b, a * b, a / b, a % b);
    }
    let mut x = black_box(1.0f64);
    for i in 1..=20 {
        x = x * 1.5 - 0.25 / i as f64;
    }
    println!("iter {}", x);
    let mut y = black_box(1.0f32);
    for _ in 0..30 {
        y = y / 3.0 + 1.0;
    }
    println!("iter32 {}", y);
    let v: Vec<f64> = (1..=10).map(|i| 1.0 / black_box(i as f64)).collect();
    let s: f64 = v.iter().sum();
    let p: f64 = v.iter().product();
    println!("harmonic {} product {:e}", s, p);
    println!("{}", black_box(-7.0f64).rem_euclid(3.0));
    println!("{}", black_box(-7.0f64).div_euclid(3.0));
    println!("{} {}", black_box(5.0f32).recip(), black_box(0.0f64).recip());
}
