//@ compile-flags: -Coverflow-checks=on
// Checked i32 addition panics with "attempt to add with overflow" once the sum passes i32::MAX.
use std::hint::black_box;

fn accumulate(values: &[i32]) -> i32 {
    let mut total = 0i32;
    for (i, v) in values.iter().enumerate() {
        total += *v;
        println!("step {}: total = {}", i, total);
    }
    total
}

fn main() {
    let values = black_box(vec![1_000_000_000, 1_000_000_000, 147_483_647, 1]);
    let t = accumulate(&values);
    println!("unreachable: {}", t);
}
