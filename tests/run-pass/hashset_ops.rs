// HashSet: insert/contains/remove, union/intersection/difference/symmetric_difference (sorted for output), subset checks.
use std::collections::HashSet;
use std::hint::black_box;

fn sorted<T: Ord + Clone>(it: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = it.collect();
    v.sort();
    v
}

fn main() {
    let a: HashSet<i32> = (1..=10).filter(|x| x % 2 == 0).collect();
    let b: HashSet<i32> = black_box(vec![3, 4, 5, 6, 7, 8]).into_iter().collect();
    println!("a {:?}", sorted(a.iter().copied()));
    println!("b {:?}", sorted(b.iter().copied()));
    println!("union {:?}", sorted(a.union(&b).copied()));
    println!("inter {:?}", sorted(a.intersection(&b).copied()));
    println!("a-b {:?}", sorted(a.difference(&b).copied()));
    println!("sym {:?}", sorted(a.symmetric_difference(&b).copied()));
    let small: HashSet<i32> = [4, 6].into_iter().collect();
    println!("subset {} {} disjoint {}", small.is_subset(&a), small.is_subset(&b), a.is_disjoint(&HashSet::from([1, 3])));
    let mut seen = HashSet::new();
    let words = black_box("a b c a d b e a");
    let firsts: Vec<&str> = words.split(' ').filter(|w| seen.insert(*w)).collect();
    println!("first occurrences {:?}", firsts);
    println!("insert dup -> {}, remove c -> {}, remove z -> {}", seen.insert("a"), seen.remove("c"), seen.remove("z"));
    println!("{:?}", sorted(seen.into_iter()));
    let chars: HashSet<char> = "mississippi".chars().collect();
    println!("{:?} len {}", sorted(chars.iter().copied()), chars.len());
    let mut tuples: HashSet<(u8, u8)> = HashSet::new();
    for i in 0..5u8 {
        for j in 0..5u8 {
            tuples.insert((i.min(j), i.max(j)));
        }
    }
    println!("unordered pairs {}", tuples.len());
    let ab: HashSet<i32> = &a | &b;
    let a_b: HashSet<i32> = &a & &b;
    println!("{} {}", ab.len(), a_b.len());
}
