// Building strings: push, format!, write!, concat, join, extend, with_capacity, collect from chars.
use std::fmt::Write;
use std::hint::black_box;

fn main() {
    let mut s = String::with_capacity(black_box(4));
    for i in 0..10 {
        write!(s, "{}-", i * i).unwrap();
    }
    println!("{} len {}", s, s.len());
    let parts = black_box(vec!["alpha", "beta", "gamma"]);
    println!("{} | {} | {}", parts.join(", "), parts.concat(), parts.join(""));
    let mut t = String::new();
    t.extend(parts.iter().map(|p| p.chars().next().unwrap()));
    t.extend(['!', '?']);
    t += "-tail";
    println!("{}", t);
    let from_chars: String = black_box("hello").chars().map(|c| ((c as u8) ^ 0x20) as char).collect();
    println!("{}", from_chars);
    let nums: Vec<String> = (1..=5).map(|n| format!("{:02}", n)).collect();
    println!("{}", nums.join(":"));
    let joined = [black_box("a"), "b", "c"].iter().fold(String::new(), |mut acc, x| {
        if !acc.is_empty() {
            acc.push('/');
        }
        acc.push_str(x);
        acc
    });
    println!("{}", joined);
    let mut big = String::new();
    for i in 0..1000 {
        big.push(char::from(b'a' + (i % 26) as u8));
    }
    println!("{} {} {}", big.len(), &big[990..], big.chars().filter(|&c| c == 'z').count());
    let s2 = String::from_iter(vec!["x", "y", "z"]);
    let s3: String = vec![String::from("p"), String::from("q")].concat();
    println!("{} {} {}", s2, s3, s2.clone() + &s3);
    let boxed: Box<str> = s2.into_boxed_str();
    println!("{} {}", boxed, boxed.len());
    let cow = String::from_utf8_lossy(black_box(b"plain"));
    println!("{}", cow);
    println!("{:?}", black_box('x').to_string() + "y");
}
