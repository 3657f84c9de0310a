// Stable sort, sort_by_key, sort_by_cached_key, sort_by with then_with; stability verified with original indices.
use std::hint::black_box;

#[derive(Debug, Clone)]
struct Rec { name: String, dept: u8, salary: u32, idx: usize }

fn main() {
    let raw = black_box([("zoe", 2, 300), ("adam", 1, 500), ("mia", 2, 300), ("bob", 1, 200), ("eve", 3, 500), ("al", 2, 100), ("kim", 1, 500)]);
    let recs: Vec<Rec> = raw.iter().enumerate().map(|(i, &(n, d, s))| Rec { name: n.into(), dept: d, salary: s, idx: i }).collect();
    let mut by_salary = recs.clone();
    by_salary.sort_by_key(|r| r.salary);
    println!("{:?}", by_salary.iter().map(|r| (r.salary, r.idx)).collect::<Vec<_>>());
    let stable = by_salary.windows(2).all(|w| w[0].salary < w[1].salary || w[0].idx < w[1].idx);
    println!("stable {}", stable);
    let mut multi = recs.clone();
    multi.sort_by(|a, b| a.dept.cmp(&b.dept).then_with(|| b.salary.cmp(&a.salary)).then_with(|| a.name.cmp(&b.name)));
    for r in &multi {
        println!("{} {:>4} {}", r.dept, r.salary, r.name);
    }
    let mut cached = recs.clone();
    let mut calls = 0;
    cached.sort_by_cached_key(|r| { calls += 1; r.name.len() * 100 + r.name.as_bytes()[0] as usize });
    println!("{:?} key calls {}", cached.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), calls);
    let mut words = black_box(vec!["Banana", "apple", "cherry", "Apple", "banana"]);
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    let mut rev = black_box(vec![3, 1, 2]);
    rev.sort_by(|a, b| b.cmp(a));
    println!("{:?}", rev);
    let mut pairs: Vec<(i32, char)> = (0..20).map(|i| ((i * 7) % 5, (b'a' + i as u8) as char)).collect();
    pairs.sort_by_key(|p| p.0);
    println!("{:?}", pairs.iter().map(|p| p.1).collect::<String>());
    let mut big: Vec<u32> = (0..2000u32).map(|i| i.wrapping_mul(2654435761) >> 20).collect();
    big.sort();
    println!("{} {:?} {:?}", big.windows(2).all(|w| w[0] <= w[1]), &big[..4], &big[1996..]);
}
