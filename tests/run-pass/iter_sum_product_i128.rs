// sum and product over i128/u128 and other widths, including checked accumulation and Option/Result sums.
use std::hint::black_box;

fn main() {
    let n = black_box(30i128);
    let prod: i128 = (1..=n).product();
    println!("30! = {}", prod);
    let neg_prod: i128 = (1..=25).map(|x: i128| if x % 2 == 0 { -x } else { x }).product();
    println!("alt product = {}", neg_prod);
    let sum: i128 = (0..black_box(100000i128)).map(|x| x * x * x).sum();
    println!("sum cubes = {}", sum);
    let usum: u128 = (0..64u32).map(|i| 1u128 << (i * 2)).sum();
    println!("u128 sum = {:#x}", usum);
    let uprod: u128 = (1..=34u128).product();
    println!("34! = {}", uprod);
    let checked = (1..=40u128).try_fold(1u128, |acc, x| acc.checked_mul(x));
    println!("40! checked = {:?}", checked);
    let checked_ok = (1..=20i128).try_fold(1i128, |acc, x| acc.checked_mul(-x));
    println!("(-1)^20 20! = {:?}", checked_ok);
    let os: Option<i128> = [Some(1i128), Some(i128::MAX - 1)].iter().copied().sum();
    let on: Option<i128> = [Some(1i128), None].iter().copied().sum();
    println!("{:?} {:?}", os, on);
    let rs: Result<u128, &str> = [Ok(5u128), Ok(7)].into_iter().product();
    let re: Result<u128, &str> = [Ok(5u128), Err("nope"), Ok(7)].into_iter().product();
    println!("{:?} {:?}", rs, re);
    let small: u8 = black_box([1u8, 2, 3, 4]).iter().sum();
    let wide: u64 = black_box([u32::MAX, u32::MAX]).iter().map(|&x| x as u64).sum();
    println!("{} {}", small, wide);
    let f: f64 = (1..=10).map(|x| x as f64).product();
    let f32s: f32 = [0.1f32; 10].iter().sum();
    println!("{} {}", f, f32s);
    let mean = (1..=black_box(1000i128)).map(|x| x * 1_000_000_000_000_000).sum::<i128>() / 1000;
    println!("mean {}", mean);
    let empty_sum: i128 = std::iter::empty::<i128>().sum();
    let empty_prod: u128 = std::iter::empty::<u128>().product();
    println!("{} {}", empty_sum, empty_prod);
}
