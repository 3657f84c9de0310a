// Integer to float `as` casts: rounding to nearest-even for large values, all widths.
use std::hint::black_box;

fn main() {
    let vals: [u64; 8] = [0, 1, 16777217, 16777219, (1 << 53) + 1, (1 << 53) + 3, u64::MAX, u64::MAX - 1024];
    for v in vals {
        let v = black_box(v);
        println!("u64 {} -> f32 {} f64 {}", v, v as f32, v as f64);
    }
    let ivals: [i64; 6] = [-1, i64::MIN, i64::MAX, -(1 << 53) - 1, -16777217, 123456789];
    for v in ivals {
        let v = black_box(v);
        println!("i64 {} -> f32 {} f64 {}", v, v as f32, v as f64);
    }
    let big = [u128::MAX, 1u128 << 100, (1u128 << 100) + (1 << 47), 340282356779733661637539395458142568448];
    for v in big {
        let v = black_box(v);
        println!("u128 {} -> f32 {:e} f64 {:e}", v, v as f32, v as f64);
    }
    for v in [i128::MIN, i128::MAX, -1i128, -(1i128 << 90) - 12345] {
        let v = black_box(v);
        println!("i128 {} -> f32 {:e} f64 {:e}", v, v as f32, v as f64);
    }
    println!("{} {} {} {}", black_box(-128i8) as f32, black_box(255u8) as f64, black_box(u32::MAX) as f32, black_box(i16::MIN) as f64);
    println!("{} {}", black_box(usize::MAX) as f64, black_box(isize::MIN) as f32);
    // round trip: f64 -> i64 -> f64
    for x in [1e15f64 + 0.5, -7.999, 2.5e18] {
        let x = black_box(x);
        println!("{} -> {} -> {}", x, x as i64, (x as i64) as f64);
    }
}
