// Integer division by zero always panics: "attempt to divide by zero".
use std::hint::black_box;

fn average(total: i32, count: i32) -> i32 {
    total / count
}

fn main() {
    let groups: [(i32, i32); 3] = black_box([(10, 2), (9, 3), (7, 0)]);
    for (t, c) in groups {
        println!("checked: {:?}", t.checked_div(c));
        println!("average({}, {}) = {}", t, c, average(t, c));
    }
}
