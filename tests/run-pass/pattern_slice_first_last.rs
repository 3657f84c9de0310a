// Slice patterns: [], [x], [first, .., last], [first, second, ..], [.., penultimate, last] on slices of various lengths.
use std::hint::black_box;

fn classify(xs: &[i32]) -> String {
    match xs {
        [] => "empty".to_string(),
        [x] => format!("one({})", x),
        [a, b] => format!("two({}, {})", a, b),
        [first, .., last] if first == last => format!("bookends {} (len {})", first, xs.len()),
        [first, second, .., last] => format!("first {} second {} last {}", first, second, last),
    }
}

fn ends<'a>(xs: &[&'a str]) -> (Option<&'a str>, Option<&'a str>) {
    match xs {
        [] => (None, None),
        [only] => (Some(only), Some(only)),
        [.., a, b] => (Some(a), Some(b)),
    }
}

fn main() {
    let data = black_box(vec![1, 2, 3, 4, 5, 1]);
    for n in 0..=data.len() {
        println!("{:?} -> {}", &data[..n], classify(&data[..n]));
    }
    println!("{}", classify(&data[1..5]));
    let words = black_box(["alpha", "beta", "gamma", "delta"]);
    for n in 0..=words.len() {
        println!("{:?}", ends(&words[..n]));
    }
    let bytes = black_box(b"#!rest");
    match &bytes[..] {
        [b'#', b'!', rest @ ..] => println!("shebang, rest {:?}", std::str::from_utf8(rest).unwrap()),
        _ => println!("no shebang"),
    }
    if let [.., last] = &data[..] {
        println!("last {}", last);
    }
    let mut v = black_box(vec![10, 20, 30]);
    if let [first, .., last] = v.as_mut_slice() {
        std::mem::swap(first, last);
    }
    println!("{:?}", v);
}
