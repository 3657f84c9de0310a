// Display and Debug formatting of floats: shortest round-trip, exponents, signs, specials.
use std::hint::black_box;

fn main() {
    let vals = [0.0f64, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1.0 / 3.0, 100.0, 1e15, 1e16, 1e17, 1.5e300,
        1e-5, 1e-7, 123456789.125, f64::MAX, f64::MIN_POSITIVE, 5e-324, f64::NAN, f64::INFINITY, -f64::INFINITY];
    for v in vals {
        let v = black_box(v);
        println!("{} | {:?} | {:e} | {:E}", v, v, v, v);
    }
    let vals32 = [0.1f32, 1.0 / 3.0, 16777216.0, 16777217.0, 3.4028235e38, 1e-45, -0.0, 2.5];
    for v in vals32 {
        let v = black_box(v);
        println!("f32 {} | {:?} | {:e} | as f64 {}", v, v, v, v as f64);
    }
    let x = black_box(1234.5678f64);
    println!("[{:10}] [{:<10}] [{:^12}] [{:+}] [{:010}] [{:+010.1}]", x, x, x, x, x, x);
    println!("[{:?}] [{:#?}] [{:12?}]", black_box(-1.0f64), black_box(2.0f32), black_box(0.5f64));
}
