// Float formatting with precision: {:.N}, {:.N$}, {:.*}, {:e} with precision, width + precision, rounding.
use std::hint::black_box;

fn main() {
    let vals = [0.0f64, 0.5, 1.005, 2.675, 1.45, -1.45, 0.125, 0.375, 9.995, 99.5, 1e-10, 123456.789, 1e21, f64::NAN, -f64::INFINITY];
    for v in vals {
        let v = black_box(v);
        println!("{:>10.0}|{:>10.1}|{:>10.2}|{:>10.3}|{:>14.5e}|{:>12.2E}|{:08.3}", v, v, v, v, v, v, v);
    }
    for p in 0..8 {
        println!("p={}: {:.*} {:.p$} {:.p$e}", p, p, black_box(std::f64::consts::E), black_box(-std::f64::consts::PI), black_box(12345.678f64), p = p);
    }
    let f = black_box(0.1f32);
    println!("{:.20} {:.20}", f, f as f64);
    println!("{:.30}", black_box(1.0f64 / 3.0));
    println!("{:.3}", black_box(f64::MAX));
    println!("{:e}", black_box(f64::MAX));
    println!("{:.0e} {:.0e} {:.0e}", black_box(1.5f64), black_box(2.5f64), black_box(15.0f64));
    println!("{:+.2} {:+.2} {:+e}", black_box(3.14159f64), black_box(-0.0f64), black_box(0.00123f64));
}
