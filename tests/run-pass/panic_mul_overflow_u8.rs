//@ compile-flags: -Coverflow-checks=on
// Checked u8 multiplication panics with "attempt to multiply with overflow".
use std::hint::black_box;

fn factorial(n: u8) -> u8 {
    let mut f = 1u8;
    for i in 1..=n {
        f *= i;
        println!("{}! = {}", i, f);
    }
    f
}

fn main() {
    println!("5! -> {}", factorial(black_box(5)));
    println!("6! -> {}", factorial(black_box(6)));
}
