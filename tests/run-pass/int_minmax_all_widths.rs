// MIN/MAX, BITS and basic identities for every integer width.
use std::hint::black_box;

macro_rules! show {
    ($($t:ty),*) => {$(
        let min = black_box(<$t>::MIN);
        let max = black_box(<$t>::MAX);
        println!("{:>5}: bits={:3} min={} max={}", stringify!($t), <$t>::BITS, min, max);
        println!("       max+min={} max/2={} min/2={}", max.wrapping_add(min), max / 2, min / 2);
        println!("       !max={} !min={} max==MAX:{}", !max, !min, max == <$t>::MAX);
    )*};
}

fn main() {
    show!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    // Comparisons across the full range
    let a = black_box(i128::MIN);
    let b = black_box(i128::MAX);
    println!("{} {} {}", a < b, a.cmp(&b) as i8, b.max(a));
    let c = black_box(u128::MAX);
    println!("{} {}", c > 0, c.min(7));
    println!("{}", (black_box(u64::MAX) as u128) * 2 + 1);
}
