// wrapping_* arithmetic on every width, via black_box so it is not folded.
use std::hint::black_box;

macro_rules! wrap {
    ($($t:ty),*) => {$(
        let max = black_box(<$t>::MAX);
        let min = black_box(<$t>::MIN);
        let three = black_box(3 as $t);
        println!("{}: add {} sub {} mul {} neg {}", stringify!($t),
            max.wrapping_add(three), min.wrapping_sub(three),
            max.wrapping_mul(three), min.wrapping_neg());
        println!("   div {} rem {} dbl {} pow {}",
            max.wrapping_div(three), max.wrapping_rem(three), max.wrapping_add(max),
            three.wrapping_pow(100));
        println!("   mul(max,max) {} add(min,min) {}", max.wrapping_mul(max), min.wrapping_add(min));
    )*};
}

fn main() {
    wrap!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    let mut acc = black_box(1u32);
    for i in 0..40u32 {
        acc = acc.wrapping_mul(2654435761).wrapping_add(i);
    }
    println!("hash chain u32: {}", acc);
    let mut acc = black_box(1u128);
    for i in 0..40u128 {
        acc = acc.wrapping_mul(0x9E3779B97F4A7C15F39CC0605CEDC835).wrapping_add(i);
    }
    println!("hash chain u128: {:#x}", acc);
}
