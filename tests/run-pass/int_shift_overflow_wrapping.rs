// Shifts by amounts >= the bit width in wrapping/checked/overflowing shifts (amount is masked).
use std::hint::black_box;

macro_rules! shifts {
    ($($t:ty),*) => {$(
        let v = black_box(0b1011 as $t);
        let bits = <$t>::BITS;
        print!("{}:", stringify!($t));
        for s in [0u32, 1, bits - 1, bits, bits + 1, bits * 2 + 3, 255, 1000] {
            let s = black_box(s);
            print!(" [{}: {} {} {:?} {:?}]", s, v.wrapping_shl(s), v.wrapping_shr(s),
                v.checked_shl(s), v.overflowing_shr(s));
        }
        println!();
        let neg = black_box(<$t>::MIN | 1);
        println!("   min|1 >> (bits-1) = {}  wrapping_shr(bits+2) = {}", neg >> (bits - 1), neg.wrapping_shr(bits + 2));
    )*};
}

fn main() {
    shifts!(i8, i16, i32, i64, i128, u8, u16, u32, u64, u128);
    // rotate by large amounts
    let x = black_box(0x1234_5678u32);
    for r in [0u32, 4, 32, 36, 100] {
        println!("rotl {} = {:#010x} rotr = {:#010x}", r, x.rotate_left(r), x.rotate_right(r));
    }
    let y = black_box(0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128);
    println!("{:#034x}", y.rotate_left(68));
    println!("{:#034x}", y.wrapping_shl(132));
    println!("{:#034x}", (y as i128).wrapping_shr(200) as u128);
}
