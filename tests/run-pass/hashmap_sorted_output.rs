// HashMap: insert/get/remove/contains, word counting, iteration printed in sorted order only.
use std::collections::HashMap;
use std::hint::black_box;

fn main() {
    let text = black_box("the quick brown fox jumps over the lazy dog the fox barks and the dog runs");
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut sorted: Vec<(&str, usize)> = counts.iter().map(|(k, v)| (*k, *v)).collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in &sorted {
        println!("{:>6} {}", w, c);
    }
    println!("len {} the={:?} cat={:?}", counts.len(), counts.get("the"), counts.get("cat"));
    println!("removed fox {:?} now contains fox {}", counts.remove("fox"), counts.contains_key("fox"));
    let mut m: HashMap<u64, String> = (0..50u64).map(|i| (i * 7919 % 101, format!("v{}", i))).collect();
    m.retain(|k, _| k % 5 == 0);
    let mut keys: Vec<_> = m.keys().copied().collect();
    keys.sort_unstable();
    println!("{:?}", keys);
    let total: u64 = m.keys().sum();
    println!("sum of keys {} (order independent)", total);
    if let Some(v) = m.get_mut(&0) {
        v.push_str("-changed");
    }
    println!("{:?}", m.get(&0));
    let old = m.insert(0, "replaced".into());
    println!("{:?} -> {:?}", old, m[&0]);
    let mut pairs: Vec<(i32, char)> = HashMap::from([(3, 'c'), (1, 'a'), (2, 'b')]).into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split(' ') {
        by_len.entry(w.len()).or_default().push(w);
    }
    let mut lens: Vec<_> = by_len.into_iter().collect();
    lens.sort();
    for (l, mut ws) in lens {
        ws.sort();
        ws.dedup();
        println!("{}: {:?}", l, ws);
    }
}
