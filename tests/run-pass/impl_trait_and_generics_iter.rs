// impl Trait in argument and return position, returning iterator chains, generic iterator consumers with bounds.
use std::fmt::Display;
use std::hint::black_box;

fn evens(limit: u32) -> impl Iterator<Item = u32> + Clone {
    (0..limit).filter(|x| x % 2 == 0)
}

fn squares_of(it: impl Iterator<Item = u32>) -> impl Iterator<Item = u64> {
    it.map(|x| (x as u64) * (x as u64))
}

fn join_all<I>(items: I, sep: &str) -> String where I: IntoIterator, I::Item: Display {
    let mut out = String::new();
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 { out.push_str(sep); }
        out.push_str(&x.to_string());
    }
    out
}

fn counter(start: i32) -> impl FnMut() -> i32 {
    let mut n = start;
    move || { n += 1; n }
}

fn pick_iter(flag: bool) -> Box<dyn Iterator<Item = i32>> {
    if flag { Box::new((1..4).rev()) } else { Box::new(std::iter::repeat(7).take(2)) }
}

fn stats<T: Into<f64> + Copy>(xs: &[T]) -> (f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().map(|&x| x.into()).sum::<f64>() / n;
    let var = xs.iter().map(|&x| { let d = x.into() - mean; d * d }).sum::<f64>() / n;
    (mean, var)
}

fn main() {
    let e = evens(black_box(12));
    println!("{}", join_all(e.clone(), ","));
    println!("{}", join_all(squares_of(e), " "));
    println!("{}", join_all(["a", "b", "c"], "-"));
    println!("{}", join_all(vec![1.5, 2.25], "; "));
    let mut c = counter(black_box(10));
    println!("{} {} {}", c(), c(), c());
    println!("{:?} {:?}", pick_iter(true).collect::<Vec<_>>(), pick_iter(false).collect::<Vec<_>>());
    println!("{:?}", stats(&[1u8, 2, 3, 4]));
    println!("{:?}", stats(&[2.5f32, -1.0, 0.5]));
    println!("{:?}", stats(&[100i32, -100, 50]));
    let nested = (0..3).map(|i| (0..i).map(move |j| i * 10 + j));
    println!("{:?}", nested.map(|inner| inner.collect::<Vec<_>>()).collect::<Vec<_>>());
}
