//@ compile-flags: -Coverflow-checks=off
// With overflow checks off, checks in `#[rustc_inherit_overflow_checks]` library code (sum,
// Step, `+` in generic code) are skipped too: arithmetic wraps as in LLVM builds.
use std::hint::black_box;

fn main() {
    let values = black_box(vec![i32::MAX, 1, 2]);
    let total: i32 = values.iter().sum();
    println!("sum wraps to {total}");
    let product: u8 = black_box([200u8, 2]).iter().product();
    println!("product wraps to {product}");
    let mut counter = black_box(u8::MAX);
    counter += 1;
    println!("counter wraps to {counter}");
    let mut from_max = black_box(i8::MAX)..;
    let first = from_max.next();
    let second = from_max.next();
    println!("range from max: {first:?} {second:?}");
}
