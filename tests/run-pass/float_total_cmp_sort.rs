// Sorting floats with total_cmp and partial_cmp; NaN and -0.0 ordering.
use std::cmp::Ordering;
use std::hint::black_box;

fn main() {
    let mut v = black_box(vec![3.5f64, -0.0, f64::NAN, -1.0, 0.0, f64::INFINITY, -f64::NAN, f64::NEG_INFINITY, 2.25, -7.5, 1e-310]);
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    let bits: Vec<String> = v.iter().map(|x| format!("{:x}", x.to_bits() >> 60)).collect();
    println!("{}", bits.join(","));
    let mut w: Vec<f64> = v.iter().copied().filter(|x| !x.is_nan()).collect();
    w.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", w);
    let pairs = [(1.0f64, 2.0f64), (2.0, 1.0), (0.0, -0.0), (f64::NAN, 0.0)];
    for (a, b) in pairs {
        let (a, b) = (black_box(a), black_box(b));
        let pc: Option<Ordering> = a.partial_cmp(&b);
        println!("{:?} vs {:?}: partial {:?} total {:?}", a, b, pc, a.total_cmp(&b));
    }
    let mut f32s = black_box(vec![0.5f32, -3.0, 10.0, 0.25, -0.0, 0.0]);
    f32s.sort_unstable_by(f32::total_cmp);
    println!("{:?}", f32s);
    let max = f32s.iter().copied().max_by(|a, b| a.total_cmp(b)).unwrap();
    let min = f32s.iter().copied().min_by(|a, b| a.total_cmp(b)).unwrap();
    println!("max {} min {}", max, min);
}
