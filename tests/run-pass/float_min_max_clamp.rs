// min, max, minimum, maximum, clamp with NaN and signed zeros; abs and neg.
use std::hint::black_box;

fn main() {
    let nan = black_box(f64::NAN);
    let pairs = [(1.0f64, 2.0f64), (-1.0, -2.0), (nan, 1.0), (1.0, nan), (0.0, -0.0), (-0.0, 0.0), (f64::INFINITY, f64::MAX)];
    for (a, b) in pairs {
        let (a, b) = (black_box(a), black_box(b));
        println!("({:?}, {:?}) min {:?} max {:?}", a, b, a.min(b), a.max(b));
    }
    println!("min nan nan is nan: {}", nan.min(nan).is_nan());
    for v in [-5.0f64, 0.0, 0.5, 1.0, 7.0, -0.0] {
        let v = black_box(v);
        println!("clamp({:?}, 0, 1) = {:?}, abs {:?}, neg {:?}", v, v.clamp(0.0, 1.0), v.abs(), -v);
    }
    println!("clamp nan: {}", nan.clamp(0.0, 1.0).is_nan());
    let xs = black_box([3.5f32, -1.0, 9.25, f32::NAN, 0.0, 2.0]);
    let mx = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mn = xs.iter().copied().fold(f32::INFINITY, f32::min);
    println!("fold max {} min {}", mx, mn);
    let total = xs.iter().copied().filter(|x| !x.is_nan()).sum::<f32>();
    println!("sum without nan {}", total);
    println!("{} {}", black_box(-3i32).clamp(-2, 2), black_box(10u8).clamp(1, 5));
    println!("{:?} {:?}", black_box(2.0f32).max(black_box(-0.0)), black_box(f32::NEG_INFINITY).min(black_box(-1e38)));
}
