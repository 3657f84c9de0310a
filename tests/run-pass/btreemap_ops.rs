// BTreeMap: ordered iteration, range queries, first/last, pop_first, entry, split_off, retain, reverse iteration.
use std::collections::BTreeMap;
use std::hint::black_box;

fn main() {
    let mut m: BTreeMap<i32, String> = BTreeMap::new();
    for k in black_box([50, 20, 80, 10, 30, 70, 90, 60, 40]) {
        m.insert(k, format!("v{}", k));
    }
    println!("{:?}", m.keys().collect::<Vec<_>>());
    println!("first {:?} last {:?}", m.first_key_value(), m.last_key_value());
    println!("range 25..=60: {:?}", m.range(25..=60).map(|(k, _)| *k).collect::<Vec<_>>());
    println!("range ..30 rev: {:?}", m.range(..30).rev().map(|(k, _)| *k).collect::<Vec<_>>());
    println!("first >= 55: {:?}", m.range(55..).next());
    println!("last < 55: {:?}", m.range(..55).next_back());
    m.entry(55).or_insert_with(|| "inserted".into());
    *m.get_mut(&10).unwrap() += "!";
    println!("pop_first {:?} pop_last {:?}", m.pop_first(), m.pop_last());
    let high = m.split_off(&55);
    println!("low {:?}", m);
    println!("high {:?}", high);
    m.retain(|k, _| k % 20 != 0);
    println!("{:?}", m);
    let mut counts: BTreeMap<char, u32> = BTreeMap::new();
    for c in black_box("hello world, btree map").chars().filter(|c| c.is_alphabetic()) {
        *counts.entry(c).or_default() += 1;
    }
    println!("{:?}", counts);
    let nested: BTreeMap<&str, BTreeMap<u8, bool>> = [("b", [(2u8, true), (1, false)].into()), ("a", [(9u8, true)].into())].into();
    println!("{:?}", nested);
    let inverted: BTreeMap<u32, Vec<char>> = counts.iter().fold(BTreeMap::new(), |mut acc, (c, n)| { acc.entry(*n).or_insert_with(Vec::new).push(*c); acc });
    println!("{:?}", inverted);
    let mut big: BTreeMap<u64, u64> = BTreeMap::new();
    let mut s = 1u64;
    for i in 0..2000 {
        s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        big.insert(s >> 40, i);
    }
    println!("len {} first {:?} last {:?} sum {}", big.len(), big.iter().next(), big.iter().next_back(), big.values().sum::<u64>());
    println!("{:?}", big.range(1000000..2000000).take(3).collect::<Vec<_>>());
}
