// NaN, signed zeros, infinities and subnormals: classification, comparisons and arithmetic.
use std::hint::black_box;
use std::num::FpCategory;

fn cat(c: FpCategory) -> &'static str {
    match c {
        FpCategory::Nan => "nan",
        FpCategory::Infinite => "inf",
        FpCategory::Zero => "zero",
        FpCategory::Subnormal => "sub",
        FpCategory::Normal => "normal",
    }
}

fn main() {
    let vals64 = [0.0f64, -0.0, 1.0, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, f64::MIN_POSITIVE, f64::MIN_POSITIVE / 4.0, 5e-324, f64::MAX, f64::EPSILON];
    for v in vals64 {
        let v = black_box(v);
        println!("{:>12e}: {} nan={} inf={} fin={} sign+={} sign-={} normal={} recip={:e}", v, cat(v.classify()),
            v.is_nan(), v.is_infinite(), v.is_finite(), v.is_sign_positive(), v.is_sign_negative(), v.is_normal(), 1.0 / v);
    }
    let vals32 = [0.0f32, -0.0, f32::NAN, f32::INFINITY, f32::MIN_POSITIVE / 2.0, 1e-45, f32::MAX];
    for v in vals32 {
        let v = black_box(v);
        println!("f32 {:e}: {} {:?}", v, cat(v.classify()), v * 2.0);
    }
    let nan = black_box(f64::NAN);
    let z = black_box(0.0f64);
    let nz = black_box(-0.0f64);
    println!("nan==nan {} nan<1 {} nan>1 {} nan!=nan {}", nan == nan, nan < 1.0, nan > 1.0, nan != nan);
    println!("0==-0 {} 1/0 {} 1/-0 {} 0/0 nan {}", z == nz, 1.0 / z, 1.0 / nz, (z / z).is_nan());
    println!("inf-inf nan {} inf*0 nan {} inf+1 {}", (f64::INFINITY - black_box(f64::INFINITY)).is_nan(), (black_box(f64::INFINITY) * z).is_nan(), black_box(f64::INFINITY) + 1.0);
    println!("-0+0 = {:?}, -0-0 = {:?}, -0*5 = {:?}, 0*-5 = {:?}", nz + z, nz - z, nz * 5.0, z * -5.0);
    println!("partial_cmp nan {:?} total_cmp(-0,0) {:?}", nan.partial_cmp(&1.0), nz.total_cmp(&z));
    println!("max overflow {} min_pos/2^52 {:e}", black_box(f64::MAX) * 2.0, black_box(f64::MIN_POSITIVE) / 4503599627370496.0);
    println!("subnormal f32 sum {:e}", black_box(1e-45f32) + black_box(1e-45f32));
    println!("copysign {} {} signum {} {} {}", 3.0f64.copysign(nz), black_box(-2.0f64).copysign(z), nz.signum(), z.signum(), nan.signum().is_nan());
}
