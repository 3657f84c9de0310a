//@ compile-flags: -Coverflow-checks=on
// Negating i64::MIN panics with "attempt to negate with overflow".
use std::hint::black_box;

fn negate_all(v: &[i64]) -> Vec<i64> {
    v.iter().map(|x| {
        let n = -*x;
        println!("-({}) = {}", x, n);
        n
    }).collect()
}

fn main() {
    let v = black_box(vec![5, -9, i64::MAX, i64::MIN]);
    let r = negate_all(&v);
    println!("{:?}", r);
}
