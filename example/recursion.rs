// Recursion: fibonacci, ackermann, mutual recursion, recursion over slices and with
// accumulators, and a recursive tower of hanoi counting moves through a &mut counter.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn sum_slice(s: &[i32], i: usize) -> i64 {
    if i == s.len() { 0 } else { s[i] as i64 + sum_slice(s, i + 1) }
}

fn max_slice(s: &[i32], lo: usize, hi: usize) -> i32 {
    if hi - lo == 1 {
        return s[lo];
    }
    let mid = lo + (hi - lo) / 2;
    let a = max_slice(s, lo, mid);
    let b = max_slice(s, mid, hi);
    if a > b { a } else { b }
}

fn hanoi(n: u32, from: u8, to: u8, via: u8, moves: &mut u32, log: &mut [u8; 64], len: &mut usize) {
    if n == 0 {
        return;
    }
    hanoi(n - 1, from, via, to, moves, log, len);
    *moves += 1;
    if *len + 2 < log.len() {
        log[*len] = from;
        log[*len + 1] = to;
        *len += 2;
    }
    hanoi(n - 1, via, to, from, moves, log, len);
}

fn factorial_acc(n: u64, acc: u64) -> u64 {
    if n <= 1 { acc } else { factorial_acc(n - 1, acc * n) }
}

fn digits(mut n: u64, out: &mut [u8; 24], pos: usize) -> usize {
    // Writes the decimal digits of n recursively, most significant first.
    if n >= 10 {
        let p = digits(n / 10, out, pos);
        n %= 10;
        out[p] = b'0' + n as u8;
        p + 1
    } else {
        out[pos] = b'0' + n as u8;
        pos + 1
    }
}

fn main() {
    for i in 0..25u32 {
        if i % 4 == 0 {
            unsafe { printf(c"fib(%u) = %lu\n".as_ptr(), i, fib(black_box(i))); }
        }
    }
    for m in 0..3u64 {
        for n in 0..4u64 {
            unsafe { printf(c"A(%lu,%lu)=%lu ".as_ptr(), m, n, ackermann(m, black_box(n))); }
        }
        print_line("");
    }
    unsafe { printf(c"A(3,3)=%lu\n".as_ptr(), ackermann(3, black_box(3))); }
    unsafe {
        printf(c"is_even(10)=%d is_odd(7)=%d is_even(1001)=%d\n".as_ptr(), is_even(black_box(10)) as i32,
            is_odd(black_box(7)) as i32, is_even(black_box(1001)) as i32);
        printf(c"gcd: %lu %lu %lu\n".as_ptr(), gcd(black_box(1071), 462), gcd(black_box(17), 5),
            gcd(black_box(1 << 40), 1 << 33));
    }
    let data = [3, -9, 27, 14, -2, 99, 0, 45, 8];
    unsafe {
        printf(c"sum=%ld max=%d\n".as_ptr(), sum_slice(&data, 0), max_slice(&data, 0, data.len()));
    }
    let mut moves = 0;
    let mut log = [0u8; 64];
    let mut len = 0;
    hanoi(black_box(4), b'A', b'C', b'B', &mut moves, &mut log, &mut len);
    unsafe { printf(c"hanoi(4): %u moves, first: ".as_ptr(), moves); }
    let mut i = 0;
    while i < 12 {
        unsafe { printf(c"%c>%c ".as_ptr(), log[i] as u32, log[i + 1] as u32); }
        i += 2;
    }
    print_line("");
    unsafe { printf(c"20! = %lu\n".as_ptr(), factorial_acc(black_box(20), 1)); }
    let mut buf = [0u8; 24];
    let n = digits(black_box(9_876_543_210_123), &mut buf, 0);
    buf[n] = 0;
    unsafe { printf(c"digits: %s (%zu)\n".as_ptr(), buf.as_ptr(), n); }
}
