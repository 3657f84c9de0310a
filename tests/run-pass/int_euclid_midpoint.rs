// div_euclid/rem_euclid, div_ceil, abs_diff, signum, unsigned_abs, midpoint, next_multiple_of.
use std::hint::black_box;

fn main() {
    for a in [-9i64, -8, -1, 0, 1, 8, 9] {
        for b in [-4i64, 4] {
            let (a, b) = (black_box(a), black_box(b));
            print!("({},{}): {} {} | ", a, b, a.div_euclid(b), a.rem_euclid(b));
        }
        println!();
    }
    for (a, b) in [(0u32, 3u32), (1, 3), (3, 3), (10, 3), (u32::MAX, 2)] {
        let (a, b) = (black_box(a), black_box(b));
        println!("div_ceil({},{})={} next_multiple_of={} abs_diff={}", a, b, a.div_ceil(b), a.checked_next_multiple_of(b).map_or(-1i64, |v| v as i64), a.abs_diff(b));
    }
    for v in [i32::MIN, -5, 0, 5, i32::MAX] {
        let v = black_box(v);
        println!("{}: signum {} unsigned_abs {} is_neg {} abs_diff(MAX) {}", v, v.signum(), v.unsigned_abs(), v.is_negative(), v.abs_diff(i32::MAX));
    }
    println!("{}", black_box(i128::MIN).unsigned_abs());
    println!("{}", black_box(i8::MIN).abs_diff(i8::MAX));
    println!("{} {}", black_box(u8::MAX).midpoint(253), black_box(0u64).midpoint(u64::MAX));
    println!("{} {}", black_box(u128::MAX).midpoint(u128::MAX - 2), black_box(7u16).midpoint(8));
    println!("{}", black_box(-7i32).rem_euclid(black_box(i32::MIN)));
    println!("{}", black_box(i32::MIN).div_euclid(black_box(7)));
    println!("{}", black_box(i128::MIN + 5).rem_euclid(black_box(1 << 100)));
}
