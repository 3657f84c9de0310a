// round, round_ties_even, floor, ceil, trunc, fract on halfway cases, negatives and extremes.
use std::hint::black_box;

fn main() {
    let vals = [0.5f64, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, 2.6, -2.4, -2.6, -0.0,
        4503599627370495.5, 4503599627370497.0, 1e300, f64::INFINITY, -f64::INFINITY, 0.1];
    println!("{:>22} {:>8} {:>8} {:>8} {:>8} {:>8} {:>10}", "x", "round", "even", "floor", "ceil", "trunc", "fract");
    for v in vals {
        let v = black_box(v);
        println!("{:>22?} {:>8?} {:>8?} {:>8?} {:>8?} {:>8?} {:>10.4}", v, v.round(), v.round_ties_even(), v.floor(), v.ceil(), v.trunc(), v.fract());
    }
    let vals32 = [0.5f32, 1.5, 2.5, -2.5, 3.5, -3.49, 8388607.5, 1e20];
    for v in vals32 {
        let v = black_box(v);
        println!("f32 {:?}: {:?} {:?} {:?} {:?} {:?}", v, v.round(), v.round_ties_even(), v.floor(), v.ceil(), v.trunc());
    }
    let nan = black_box(f64::NAN);
    println!("nan: {} {} {} {}", nan.round().is_nan(), nan.floor().is_nan(), nan.ceil().is_nan(), nan.trunc().is_nan());
    // rounding to n decimals via scaling
    for d in 0..5 {
        let scale = 10f64.powi(d);
        println!("pi to {} places: {}", d, (black_box(std::f64::consts::PI) * scale).round() / scale);
    }
}
