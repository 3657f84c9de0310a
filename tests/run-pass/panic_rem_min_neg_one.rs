// i32::MIN % -1 panics (even without overflow checks): "attempt to calculate the remainder with overflow".
use std::hint::black_box;

fn main() {
    let a = black_box(i32::MIN);
    for d in [7, 2, 1, -1] {
        let d = black_box(d);
        println!("wrapping_rem({}, {}) = {}", a, d, a.wrapping_rem(d));
        println!("{} % {} = {}", a, d, a % d);
    }
}
