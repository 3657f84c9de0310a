// leading/trailing zeros and ones, count_ones, swap_bytes, reverse_bits for every width.
use std::hint::black_box;

macro_rules! bits {
    ($($t:ty),*) => {$(
        print!("{}:", stringify!($t));
        for v in [0 as $t, 1, 2, 0x50, <$t>::MAX, <$t>::MIN, <$t>::MAX / 3] {
            let v = black_box(v);
            print!(" ({} lz{} tz{} lo{} to{} c{})", v, v.leading_zeros(), v.trailing_zeros(),
                v.leading_ones(), v.trailing_ones(), v.count_ones());
        }
        println!();
        let v = black_box(0x12 as $t);
        println!("   swap_bytes {:x} reverse_bits {:x} to_be {:x} is_pow2-ish {}", v.swap_bytes(), v.reverse_bits(),
            v.to_be(), v.count_ones() == 1);
    )*};
}

fn main() {
    bits!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    for v in [0u32, 1, 3, 4, 1000, 1 << 31] {
        let v = black_box(v);
        println!("{}: pow2={} next_pow2={:?} ilog2={:?}", v, v.is_power_of_two(), v.checked_next_power_of_two(), v.checked_ilog2());
    }
    let w = black_box(0xF0F0_0000_0000_0000_0000_0000_0000_0001u128);
    println!("u128 lz={} tz={} ones={} rev={:#x}", w.leading_zeros(), w.trailing_zeros(), w.count_ones(), w.reverse_bits());
}
