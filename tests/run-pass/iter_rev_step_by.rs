// rev, step_by on ranges (including negative-direction and inclusive), skip/take, nth_back, last, ranges of chars and u8 near MAX.
use std::hint::black_box;

fn main() {
    let n = black_box(20);
    println!("{:?}", (0..n).step_by(3).collect::<Vec<_>>());
    println!("{:?}", (0..n).rev().step_by(4).collect::<Vec<_>>());
    println!("{:?}", (0..n).step_by(4).rev().collect::<Vec<_>>());
    println!("{:?}", (0..=n).step_by(5).collect::<Vec<_>>());
    println!("{:?}", (-10i32..10).step_by(7).collect::<Vec<_>>());
    println!("{:?}", (250u8..=255).collect::<Vec<_>>());
    println!("{:?}", (250u8..=255).rev().step_by(2).collect::<Vec<_>>());
    println!("{:?}", (i64::MAX - 2..=i64::MAX).collect::<Vec<_>>());
    println!("{:?}", ('a'..='z').step_by(5).collect::<String>());
    println!("{:?}", (0..100).skip(10).take(5).collect::<Vec<_>>());
    println!("{:?}", (0..100).rev().skip_while(|x| x % 7 != 0).take(3).collect::<Vec<_>>());
    let v: Vec<u32> = (1..=10).collect();
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.nth_back(2), it.next_back(), it.len());
    println!("{:?}", v.iter().rev().take_while(|&&x| x > 6).collect::<Vec<_>>());
    println!("{:?}", v.iter().step_by(3).last());
    println!("{:?}", (0u64..1 << 40).step_by(1 << 38).map(|x| x >> 30).collect::<Vec<_>>());
    println!("{}", (1..=black_box(1_000_000u64)).step_by(3).sum::<u64>());
    println!("{:?}", (0..0).rev().collect::<Vec<i32>>());
    println!("{:?} {:?}", (5..=5).collect::<Vec<_>>(), (5..=4).collect::<Vec<i32>>());
    println!("{}", (0..10).rev().map(|d| char::from_digit(d, 10).unwrap()).collect::<String>());
    let r = black_box(3..=9);
    println!("{} {} {} {:?}", r.start(), r.end(), r.contains(&9), r.clone().rev().nth(1));
}
