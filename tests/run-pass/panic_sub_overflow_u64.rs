//@ compile-flags: -Coverflow-checks=on
// Checked u64 subtraction below zero panics with "attempt to subtract with overflow".
use std::hint::black_box;

fn main() {
    let mut balance = black_box(10u64);
    let withdrawals = black_box([3u64, 4, 2, 5]);
    for w in withdrawals {
        println!("balance {} withdraw {}", balance, w);
        balance -= w;
    }
    println!("unreachable: {}", balance);
}
