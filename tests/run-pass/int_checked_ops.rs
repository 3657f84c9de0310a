// checked_* arithmetic returns None on overflow for every width.
use std::hint::black_box;

macro_rules! chk {
    ($($t:ty),*) => {$(
        let max = black_box(<$t>::MAX);
        let min = black_box(<$t>::MIN);
        let two = black_box(2 as $t);
        let zero = black_box(0 as $t);
        println!("{}:", stringify!($t));
        println!("  add {:?} {:?}", max.checked_add(two), (max - two).checked_add(two));
        println!("  sub {:?} {:?}", min.checked_sub(two), (min + two).checked_sub(two));
        println!("  mul {:?} {:?}", max.checked_mul(two), (max / two).checked_mul(two));
        println!("  div {:?} {:?} rem {:?}", max.checked_div(zero), max.checked_div(two), max.checked_rem(zero));
        println!("  neg {:?} {:?}", min.checked_neg(), two.checked_neg());
        println!("  pow {:?} {:?}", two.checked_pow(<$t>::BITS), two.checked_pow(<$t>::BITS - 2));
        println!("  shl {:?} {:?} shr {:?}", two.checked_shl(<$t>::BITS), two.checked_shl(1), max.checked_shr(<$t>::BITS - 1));
    )*};
}

fn main() {
    chk!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
}
