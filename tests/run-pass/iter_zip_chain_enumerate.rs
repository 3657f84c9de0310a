// Iterator adapters zip, unzip, chain, enumerate, cycle+take, rev on chained/zipped iterators.
use std::hint::black_box;

fn main() {
    let a = black_box([1, 2, 3, 4]);
    let b = black_box(["one", "two", "three"]);
    let z: Vec<(i32, &str)> = a.iter().copied().zip(b.iter().copied()).collect();
    println!("{:?}", z);
    let (nums, names): (Vec<i32>, Vec<&str>) = z.iter().cloned().unzip();
    println!("{:?} {:?}", nums, names);
    let c: Vec<i32> = a.iter().chain(&[10, 20]).chain(std::iter::once(&99)).copied().collect();
    println!("{:?}", c);
    let rc: Vec<i32> = a.iter().chain([7, 8].iter()).rev().copied().collect();
    println!("{:?}", rc);
    for (i, (x, s)) in a.iter().zip(b).enumerate().skip(1) {
        println!("{} {} {}", i, x, s);
    }
    let cyc: String = "abc".chars().cycle().take(black_box(8)).collect();
    println!("{}", cyc);
    let dot: i64 = (1..=5i64).zip((1..=5).rev()).map(|(x, y)| x * y).sum();
    println!("dot {}", dot);
    let zz: Vec<(usize, char, bool)> = (0..).zip("xyz".chars()).zip([true, false, true]).map(|((a, b), c)| (a, b, c)).collect();
    println!("{:?}", zz);
    let zr: Vec<(i32, i32)> = a.iter().copied().zip(a.iter().copied().skip(1)).rev().collect();
    println!("{:?}", zr);
    let interleaved: Vec<i32> = a.iter().zip(a.iter().map(|x| -x)).flat_map(|(p, n)| [*p, n]).collect();
    println!("{:?}", interleaved);
    let last_enum = b.iter().enumerate().last();
    println!("{:?}", last_enum);
    let mut it = (1..4).chain(7..9);
    println!("{:?} {:?} {:?}", it.size_hint(), it.nth(3), it.collect::<Vec<_>>());
}
