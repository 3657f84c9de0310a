// flat_map, flatten on nested Vecs/Options/Results, filter_map, map_while, and their reverses.
use std::hint::black_box;

fn main() {
    let nested = black_box(vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]]);
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?}", flat);
    let rflat: Vec<i32> = nested.iter().flatten().rev().copied().collect();
    println!("{:?}", rflat);
    let fm: Vec<String> = nested.iter().enumerate().flat_map(|(i, v)| v.iter().map(move |x| format!("{}:{}", i, x))).collect();
    println!("{:?}", fm);
    let opts = black_box([Some(1), None, Some(3), None, Some(5)]);
    println!("{:?} sum {}", opts.iter().flatten().collect::<Vec<_>>(), opts.iter().flatten().sum::<i32>());
    let strs = black_box(["12", "x", "-4", "", "7"]);
    let parsed: Vec<i32> = strs.iter().filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let until_bad: Vec<i32> = strs.iter().map_while(|s| s.parse().ok()).collect();
    println!("{:?}", until_bad);
    let results: Vec<Result<u8, String>> = vec![Ok(1), Err("bad".into()), Ok(3)];
    println!("{:?}", results.iter().flatten().collect::<Vec<_>>());
    let words = black_box("hello wide world");
    let chars: String = words.split(' ').flat_map(|w| w.chars().rev()).collect();
    println!("{}", chars);
    let deep = vec![vec![vec![1u8, 2], vec![3]], vec![vec![4]]];
    println!("{:?}", deep.into_iter().flatten().flatten().collect::<Vec<_>>());
    let divisors: Vec<(u32, Vec<u32>)> = (1..=12u32).map(|n| (n, (1..=n).filter(|d| n % d == 0).collect())).collect();
    for (n, d) in divisors.iter().filter(|(_, d)| d.len() == 2) {
        print!("{}{:?} ", n, d);
    }
    println!();
    let pairs: Vec<(u32, u32)> = (1..5).flat_map(|a| (a..5).map(move |b| (a, b))).filter(|(a, b)| (a + b) % 3 == 0).collect();
    println!("{:?}", pairs);
}
