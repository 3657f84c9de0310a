// overflowing_* return (result, overflowed) pairs.
use std::hint::black_box;

macro_rules! ovf {
    ($($t:ty),*) => {$(
        let max = black_box(<$t>::MAX);
        let min = black_box(<$t>::MIN);
        let seven = black_box(7 as $t);
        println!("{}: add {:?} sub {:?} mul {:?}", stringify!($t),
            max.overflowing_add(seven), min.overflowing_sub(seven), max.overflowing_mul(seven));
        println!("   neg {:?} neg0 {:?} pow {:?} shl {:?}",
            min.overflowing_neg(), black_box(0 as $t).overflowing_neg(),
            seven.overflowing_pow(50), seven.overflowing_shl(<$t>::BITS + 1));
        println!("   ok add {:?} ok mul {:?}", seven.overflowing_add(seven), seven.overflowing_mul(seven));
    )*};
}

fn main() {
    ovf!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    // carry chain using overflowing_add: 256-bit add out of u64 limbs
    let a = [u64::MAX, u64::MAX, 5, 0];
    let b = [1u64, 0, u64::MAX, 1];
    let mut out = [0u64; 4];
    let mut carry = false;
    for i in 0..4 {
        let (s1, c1) = black_box(a[i]).overflowing_add(b[i]);
        let (s2, c2) = s1.overflowing_add(carry as u64);
        out[i] = s2;
        carry = c1 | c2;
    }
    println!("{:x?} carry={}", out, carry);
    let (r, o) = black_box(i32::MIN).overflowing_div(-1);
    println!("MIN/-1 = ({}, {})", r, o);
    let (r, o) = black_box(i64::MIN).overflowing_rem(-1);
    println!("MIN%-1 = ({}, {})", r, o);
    let (r, o) = black_box(i8::MIN).overflowing_abs();
    println!("abs(MIN) = ({}, {})", r, o);
}
