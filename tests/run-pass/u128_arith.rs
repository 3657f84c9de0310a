// u128 arithmetic: factorials, fibonacci, bit tricks, comparisons, and modular exponentiation.
use std::hint::black_box;

fn mulmod(a: u128, b: u128, m: u128) -> u128 {
    // double-and-add to avoid overflow
    let mut r = 0u128;
    let mut a = a % m;
    let mut b = b;
    while b > 0 {
        if b & 1 == 1 {
            r = (r + a) % m;
        }
        a = (a << 1) % m;
        b >>= 1;
    }
    r
}

fn powmod(mut base: u128, mut exp: u128, m: u128) -> u128 {
    let mut r = 1u128;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            r = mulmod(r, base, m);
        }
        base = mulmod(base, base, m);
        exp >>= 1;
    }
    r
}

fn main() {
    let mut f = black_box(1u128);
    for i in 1..=34u128 {
        f *= i;
        if i % 5 == 0 || i == 34 {
            println!("{}! = {}", i, f);
        }
    }
    println!("35! overflow: {:?}", f.checked_mul(35));
    let (mut a, mut b) = (black_box(0u128), 1u128);
    for i in 0..183 {
        let c = a + b;
        a = b;
        b = c;
        if i % 30 == 0 {
            println!("fib step {}: {}", i, a);
        }
    }
    println!("fib last: {}", a);
    let m = black_box(170141183460469231731687303715884105727u128); // 2^127-1, prime
    println!("2^(m-1) mod m = {}", powmod(2, m - 1, m));
    println!("3^1000 mod m = {}", powmod(3, 1000, m));
    let p = black_box((1u128 << 64) + 13);
    println!("{}", powmod(7, 12345678901234567890, p));
    let x = black_box(u128::MAX);
    println!("{} {} {}", x >> 1, x ^ (x >> 64), x.count_zeros());
    let mut v: Vec<u128> = (0..10).map(|i| (i as u128) << (i * 12)).rev().collect();
    v.sort();
    println!("{:?}", v);
    println!("{}", v.iter().sum::<u128>());
}
