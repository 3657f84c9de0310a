//@ compile-flags: -Coverflow-checks=on
// Shifting a u32 by 32 or more with plain << panics with "attempt to shift left with overflow".
use std::hint::black_box;

fn main() {
    let one = black_box(1u32);
    for s in [0u32, 8, 31, 32] {
        let s = black_box(s);
        println!("wrapping_shl({}) = {}", s, one.wrapping_shl(s));
        let v = one << s;
        println!("1 << {} = {}", s, v);
    }
}
