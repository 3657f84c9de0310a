// HashMap entry API: or_insert_with, and_modify, or_default, Entry matching, with struct keys; output sorted.
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::hint::black_box;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Key { dept: &'static str, level: u8 }

fn main() {
    let staff = black_box([("eng", 1, 100), ("eng", 2, 150), ("ops", 1, 90), ("eng", 1, 110), ("ops", 3, 200), ("hr", 1, 80), ("eng", 2, 155)]);
    let mut totals: HashMap<Key, (u32, u32)> = HashMap::new();
    for (dept, level, pay) in staff {
        totals.entry(Key { dept, level }).and_modify(|e| { e.0 += 1; e.1 += pay }).or_insert((1, pay));
    }
    let mut rows: Vec<_> = totals.iter().collect();
    rows.sort();
    for (k, (n, sum)) in rows {
        println!("{:?}: count {} avg {}", k, n, sum / n);
    }
    let mut cache: HashMap<u64, u64> = HashMap::new();
    let mut computed = 0;
    for x in black_box([5u64, 3, 5, 9, 3, 5]) {
        let v = *cache.entry(x).or_insert_with(|| { computed += 1; x * x * x });
        print!("{} ", v);
    }
    println!("computed {}", computed);
    let mut groups: HashMap<bool, Vec<i32>> = HashMap::new();
    for i in -5..5 {
        groups.entry(i >= 0).or_default().push(i);
    }
    println!("{:?} {:?}", groups[&false], groups[&true]);
    let mut m: HashMap<String, i32> = HashMap::new();
    for (k, v) in [("a", 1), ("b", 2), ("a", 10)] {
        match m.entry(k.to_string()) {
            Entry::Occupied(mut o) => {
                println!("occupied {} old {}", o.key(), o.get());
                *o.get_mut() += v;
            }
            Entry::Vacant(vac) => {
                println!("vacant {}", vac.key());
                vac.insert(v);
            }
        }
    }
    if let Entry::Occupied(o) = m.entry("b".into()) {
        println!("removed {:?}", o.remove_entry());
    }
    let mut final_: Vec<_> = m.into_iter().collect();
    final_.sort();
    println!("{:?}", final_);
}
