// Collections, formatting and 128-bit arithmetic from the standard library.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::fmt::Write;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_default() += 1;
    }
    // A HashMap iterates in a random order: sort before printing.
    let mut sorted: Vec<_> = counts.iter().collect();
    sorted.sort();
    println!("counts: {sorted:?}");

    let tree: BTreeMap<usize, Vec<&str>> = counts.iter().fold(BTreeMap::new(), |mut m, (w, c)| {
        m.entry(*c).or_insert_with(Vec::new).push(*w);
        m
    });
    for (count, words) in &tree {
        let mut words = words.clone();
        words.sort_unstable();
        println!("{count}: {}", words.join(","));
    }

    let set: HashSet<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    let letters: BTreeSet<char> = set.into_iter().collect();
    println!("{} letters: {}", letters.len(), letters.iter().collect::<String>());

    let mut deque: VecDeque<i64> = (1..=5).collect();
    deque.rotate_left(2);
    deque.push_front(-1);
    println!("deque: {deque:?}, sum {}", deque.iter().sum::<i64>());

    let big: u128 = u128::MAX / 3;
    let product = (big >> 64).wrapping_mul(0x1234_5678_9abc_def0);
    println!("u128: {big} {big:#x} {product} {}", big.leading_zeros());
    let signed: i128 = -170141183460469231731687303715884105728;
    println!("i128: {signed} {} {:?}", signed.wrapping_add(1), signed.checked_neg());

    let mut s = String::new();
    for x in [0.1f64, 1.5, -2.25e10, f64::NAN, f64::INFINITY, 1.0 / 3.0] {
        write!(s, "[{x} {x:.3} {x:e} {x:>10.2}]").unwrap();
    }
    println!("{s}");
    println!("{:08.3} {:+} {:#b} {:o} {:#?}", 3.14159f32, 42, 10u8, 64, (1, "two"));

    let mut v: Vec<u32> = (0..20).map(|i| (i * 7919) % 31).collect();
    v.sort();
    v.dedup();
    println!("sorted: {v:?}, binary_search(17) = {:?}", v.binary_search(&17));
}
