//@ compile-flags: -Clto -Ccodegen-units=3
// `-Clto`: the program's codegen units and the standard library's objects merged into one
// object before linking; panics still unwind through it, and std's globals (stdout, the
// thread-local destructors, the panic hook) are the same ones everywhere.
use std::collections::BTreeMap;

thread_local! {
    static COUNTER: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

struct Bump;

impl Drop for Bump {
    fn drop(&mut self) {
        COUNTER.with(|c| c.set(c.get() + 1));
        println!("bumped to {}", COUNTER.with(|c| c.get()));
    }
}

fn word_counts(text: &str) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    println!("{:?}", word_counts("the quick fox jumps over the lazy dog the end"));
    let result = std::panic::catch_unwind(|| {
        let _b = Bump;
        let values: Vec<u64> = (1..=5).map(|x| x * x).collect();
        values[std::hint::black_box(7)]
    });
    println!("caught: {}", result.is_err());
    std::thread::spawn(|| {
        let _b = Bump;
    })
    .join()
    .unwrap();
    println!("{}", format!("{:>8.3}|{:<6}|{:#x}", std::f64::consts::PI, "left", 255));
}
