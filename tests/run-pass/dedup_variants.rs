// dedup, dedup_by, dedup_by_key on Vec, plus uniqueness helpers with sorting and sets.
use std::collections::BTreeSet;
use std::hint::black_box;

fn main() {
    let mut a = black_box(vec![1, 1, 2, 3, 3, 3, 1, 1, 4]);
    a.dedup();
    println!("{:?}", a);
    let mut b = black_box(vec!["Foo", "foo", "FOO", "bar", "Bar", "baz"]);
    b.dedup_by(|x, y| x.eq_ignore_ascii_case(y));
    println!("{:?}", b);
    let mut c = black_box(vec![10, 11, 25, 29, 30, 41, 45, 50]);
    c.dedup_by_key(|x| *x / 10);
    println!("{:?}", c);
    let mut d: Vec<f64> = black_box(vec![1.0, 1.05, 1.07, 2.0, 2.01, 3.5]);
    d.dedup_by(|x, y| (*x - *y).abs() < 0.1);
    println!("{:?}", d);
    let mut e: Vec<String> = "a a b c c c d a".split(' ').map(String::from).collect();
    e.dedup();
    println!("{:?}", e);
    let mut f = black_box(vec![5, 3, 5, 1, 3, 9]);
    f.sort_unstable();
    f.dedup();
    println!("{:?}", f);
    let g = black_box(vec![5, 3, 5, 1, 3, 9]);
    let mut seen = BTreeSet::new();
    let first_order: Vec<i32> = g.iter().copied().filter(|x| seen.insert(*x)).collect();
    println!("{:?}", first_order);
    let mut empty: Vec<u8> = vec![];
    empty.dedup();
    println!("{:?}", empty);
    let mut long: Vec<u32> = (0..1000).map(|i| i / 7).collect();
    long.dedup();
    println!("{} {:?}", long.len(), long.last());
    let mut runs: Vec<(char, usize)> = Vec::new();
    for ch in black_box("aaabccddddde").chars() {
        match runs.last_mut() {
            Some((c, n)) if *c == ch => *n += 1,
            _ => runs.push((ch, 1)),
        }
    }
    println!("{:?}", runs);
}
