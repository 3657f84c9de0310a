// Option::unwrap on None panics: "called `Option::unwrap()` on a `None` value".
use std::collections::BTreeMap;
use std::hint::black_box;

fn main() {
    let mut m = BTreeMap::new();
    m.insert("one", 1);
    m.insert("two", 2);
    for k in black_box(["two", "one", "three"]) {
        let v = m.get(k).copied();
        println!("{} -> {:?}", k, v);
        println!("unwrapped {}", v.unwrap());
    }
}
