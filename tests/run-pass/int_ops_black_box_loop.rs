// Mixed-width integer arithmetic in loops with black_box inputs, checked against known results.
use std::hint::black_box;

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    let mut best = (0, 0);
    for i in 1..black_box(3000u64) {
        let l = collatz_len(i);
        if l > best.1 {
            best = (i, l);
        }
    }
    println!("longest collatz below 3000: {:?}", best);
    let mut g = 0;
    for i in 1..50u64 {
        g += gcd(black_box(i * 12), black_box(360));
    }
    println!("gcd sum {}", g);
    let mut x16 = black_box(1i16);
    let mut x8 = black_box(1u8);
    for i in 0..20 {
        x16 = x16.wrapping_mul(-3).wrapping_add(i);
        x8 = x8.wrapping_mul(5) ^ (i as u8);
    }
    println!("{} {}", x16, x8);
    let mut acc: i64 = 0;
    for i in -50i64..50 {
        acc += black_box(i) * black_box(i) * i.signum() / 3 - (i % 7);
    }
    println!("{}", acc);
    let digits: u32 = (0..black_box(10000u32)).map(|n| n.to_string().len() as u32).sum();
    println!("digits {}", digits);
    let mut sieve = vec![true; 1000];
    sieve[0] = false;
    sieve[1] = false;
    for i in 2..32 {
        if sieve[i] {
            for j in (i * i..1000).step_by(i) {
                sieve[j] = false;
            }
        }
    }
    let primes: Vec<usize> = sieve.iter().enumerate().filter(|(_, p)| **p).map(|(i, _)| i).collect();
    println!("{} primes, last {:?}", primes.len(), &primes[primes.len() - 5..]);
}
