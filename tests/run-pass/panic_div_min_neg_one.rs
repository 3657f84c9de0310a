// i64::MIN / -1 panics regardless of overflow-checks: "attempt to divide with overflow".
use std::hint::black_box;

fn main() {
    let vals = black_box([100i64, -100, i64::MIN]);
    for v in vals {
        println!("checked {:?}", v.checked_div(-1));
        let q = v / black_box(-1);
        println!("{} / -1 = {}", v, q);
    }
}
