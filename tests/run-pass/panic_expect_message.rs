// Result::expect on Err panics with the message followed by the Debug of the error.
use std::hint::black_box;

fn parse_all(items: &[&str]) -> Vec<i32> {
    items.iter().map(|s| {
        let v: i32 = s.parse().expect(&format!("could not parse {:?}", s));
        println!("parsed {}", v);
        v
    }).collect()
}

fn main() {
    let items = black_box(["12", "-3", "4x", "5"]);
    let v = parse_all(&items);
    println!("{:?}", v);
}
