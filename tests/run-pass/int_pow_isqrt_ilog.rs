// pow, checked_pow, isqrt, ilog2/ilog10/ilog for several widths.
use std::hint::black_box;

fn main() {
    for e in 0..12u32 {
        let e = black_box(e);
        println!("3^{:2}: u8 {:?} i16 {:?} u32 {} i64 {} u128 {}", e,
            3u8.checked_pow(e), 3i16.checked_pow(e), 3u32.pow(e), (-3i64).pow(e), 3u128.pow(e * 7));
    }
    println!("2^127 = {}", black_box(2u128).pow(127));
    println!("-2^127 = {}", black_box(-2i128).pow(127));
    println!("(-2)^127 checked i128 = {:?}", black_box(-2i128).checked_pow(127));
    println!("2^127 checked i128 = {:?}", black_box(2i128).checked_pow(127));
    for v in [0u64, 1, 2, 3, 4, 15, 16, 17, 99, 100, 1 << 40, u64::MAX] {
        let v = black_box(v);
        println!("isqrt({}) = {}", v, v.isqrt());
    }
    println!("isqrt u128 max = {}", black_box(u128::MAX).isqrt());
    println!("isqrt i32 max = {}", black_box(i32::MAX).isqrt());
    println!("isqrt u8 max = {}", black_box(u8::MAX).isqrt());
    for v in [1u32, 9, 10, 11, 999, 1000, 1001, u32::MAX] {
        let v = black_box(v);
        println!("{}: ilog2={} ilog10={} ilog(7)={}", v, v.ilog2(), v.ilog10(), v.ilog(7));
    }
    println!("{:?} {:?}", black_box(0u16).checked_ilog10(), black_box(-5i32).checked_ilog2());
    println!("{}", black_box(u128::MAX).ilog10());
}
