// std::num::Wrapping and std::num::Saturating wrapper types.
use std::hint::black_box;
use std::num::{Saturating, Wrapping};

fn main() {
    let mut w = Wrapping(black_box(250u8));
    for _ in 0..4 {
        w += Wrapping(3);
        print!("{} ", w);
    }
    println!();
    let w2 = Wrapping(black_box(i32::MIN)) - Wrapping(1);
    println!("{} {} {}", w2, -Wrapping(black_box(i64::MIN)), Wrapping(black_box(u16::MAX)) * Wrapping(3));
    let w3 = Wrapping(black_box(1u32)) << 35;
    println!("{}", w3);
    let mut s = Saturating(black_box(250u8));
    for _ in 0..4 {
        s += Saturating(3);
        print!("{} ", s);
    }
    println!();
    let s2 = Saturating(black_box(i16::MIN)) - Saturating(100);
    println!("{} {}", s2, Saturating(black_box(-100i8)) * Saturating(2));
    let sum: Wrapping<u16> = (0..1000u16).map(|x| Wrapping(x * 7)).sum();
    println!("{}", sum);
    let prod: Wrapping<u64> = (1..=30u64).map(Wrapping).product();
    println!("{}", prod);
    println!("{:?} {:?}", Wrapping(5u8), Saturating(6i8));
}
