// collect into many targets: Vec, String, Box<[T]>, VecDeque, BTreeMap, HashMap (sorted), Option<Vec>, Result<Vec>, extend.
use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::hint::black_box;

fn main() {
    let src = black_box(vec!["3", "1", "4", "1", "5"]);
    let v: Vec<u32> = src.iter().map(|s| s.parse().unwrap()).collect();
    let s: String = src.iter().copied().collect();
    let s2: String = src.iter().map(|x| x.chars().next().unwrap()).rev().collect();
    let b: Box<[u32]> = v.iter().map(|x| x * 2).collect();
    let d: VecDeque<u32> = v.iter().copied().rev().collect();
    let bm: BTreeMap<usize, u32> = v.iter().copied().enumerate().collect();
    let bs: BTreeSet<u32> = v.iter().copied().collect();
    let hm: HashMap<u32, usize> = v.iter().enumerate().map(|(i, &x)| (x, i)).collect();
    let mut hv: Vec<_> = hm.into_iter().collect();
    hv.sort();
    println!("{:?}\n{}\n{}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}", v, s, s2, b, d, bm, bs, hv);
    let all: Option<Vec<u32>> = src.iter().map(|s| s.parse().ok()).collect();
    let bad: Option<Vec<u32>> = ["1", "x"].iter().map(|s| s.parse().ok()).collect();
    println!("{:?} {:?}", all, bad);
    let r: Result<Vec<i8>, String> = ["1", "200", "3"].iter().map(|s| s.parse::<i8>().map_err(|e| format!("{}: {}", s, e))).collect();
    println!("{:?}", r);
    let mut ext = vec![0u32];
    ext.extend(v.iter().filter(|&&x| x > 1));
    println!("{:?}", ext);
    let (small, big): (Vec<u32>, Vec<u32>) = v.iter().partition(|&&x| x < 3);
    println!("{:?} {:?}", small, big);
    let strings: Vec<String> = (0..3).map(|i| "#".repeat(i + 1)).collect();
    println!("{}", strings.concat());
    let nested: Vec<Vec<char>> = ["ab", "cde"].iter().map(|s| s.chars().collect()).collect();
    println!("{:?}", nested);
    let arr: [u8; 4] = core::array::from_fn(|i| (i as u8 + 1) * 11);
    println!("{:?}", arr);
    let tried: Result<[u32; 5], _> = v.clone().try_into();
    println!("{:?}", tried);
    let counts = src.iter().fold(BTreeMap::new(), |mut m, s| { *m.entry(*s).or_insert(0) += 1; m });
    println!("{:?}", counts);
}
