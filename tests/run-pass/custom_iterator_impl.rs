// Implementing Iterator and DoubleEndedIterator by hand, plus IntoIterator for a custom collection.
use std::hint::black_box;

struct Countdown { n: u32 }
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 { None } else { self.n -= 1; Some(self.n + 1) }
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.n as usize, Some(self.n as usize)) }
}
impl ExactSizeIterator for Countdown {}

struct Range2 { lo: i32, hi: i32 }
impl Iterator for Range2 {
    type Item = i32;
    fn next(&mut self) -> Option<i32> { if self.lo >= self.hi { None } else { self.lo += 1; Some(self.lo - 1) } }
}
impl DoubleEndedIterator for Range2 {
    fn next_back(&mut self) -> Option<i32> { if self.lo >= self.hi { None } else { self.hi -= 1; Some(self.hi) } }
}

struct Fib { a: u64, b: u64 }
impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        let n = self.a.checked_add(self.b)?;
        self.a = self.b;
        self.b = n;
        Some(r)
    }
}

struct Bag { items: Vec<String> }
impl<'a> IntoIterator for &'a Bag {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter { self.items.iter() }
}
impl IntoIterator for Bag {
    type Item = String;
    type IntoIter = std::vec::IntoIter<String>;
    fn into_iter(self) -> Self::IntoIter { self.items.into_iter() }
}

fn main() {
    let c = Countdown { n: black_box(5) };
    println!("len {}", c.len());
    println!("{:?}", c.collect::<Vec<_>>());
    let mut r = Range2 { lo: 0, hi: black_box(10) };
    println!("{:?} {:?} {:?} {:?}", r.next(), r.next_back(), r.next(), r.next_back());
    println!("{:?}", r.rev().collect::<Vec<_>>());
    let f: Vec<u64> = Fib { a: 0, b: 1 }.skip(80).collect();
    println!("{:?}", f);
    println!("count {}", Fib { a: 0, b: 1 }.count());
    let bag = Bag { items: vec!["x".into(), "yy".into(), "zzz".into()] };
    for s in &bag {
        print!("{} ", s.len());
    }
    println!();
    let joined: String = bag.into_iter().collect();
    println!("{}", joined);
    let from_fn = std::iter::from_fn({ let mut i = 0; move || { i += 3; if i < 20 { Some(i) } else { None } } });
    println!("{:?}", from_fn.collect::<Vec<_>>());
    let succ: Vec<u32> = std::iter::successors(Some(1u32), |&x| x.checked_mul(7)).collect();
    println!("{:?}", succ);
}
