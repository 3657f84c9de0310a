// Assorted slice methods: rotate, copy_within, swap_with_slice, fill_with, split_first/last, starts_with, concat/join, contains, repeat, iter_mut.
use std::hint::black_box;

fn main() {
    let mut v: Vec<u32> = (1..=10).collect();
    v.rotate_left(black_box(3));
    println!("{:?}", v);
    v.rotate_right(5);
    println!("{:?}", v);
    v.copy_within(0..3, 7);
    println!("{:?}", v);
    let (a, b) = v.split_at_mut(5);
    a.swap_with_slice(b);
    println!("{:?}", v);
    let mut n = 0;
    v.fill_with(|| { n += 3; n });
    println!("{:?}", v);
    if let Some((first, rest)) = v.split_first() {
        println!("first {} rest len {}", first, rest.len());
    }
    if let Some((last, init)) = v.split_last_mut() {
        *last = 0;
        init[0] = 99;
    }
    println!("{:?}", v);
    println!("starts {} ends {} contains {}", v.starts_with(&[99, 6]), v.ends_with(&[0]), v.contains(&15));
    let parts = black_box([vec![1, 2], vec![3], vec![]]);
    println!("{:?} {:?}", parts.concat(), parts.join(&0));
    let words = ["a", "bc", "def"];
    println!("{} {}", words.concat(), words.join("/"));
    println!("{:?}", [1u8, 2].repeat(3));
    for x in v.iter_mut().filter(|x| **x % 2 == 0) {
        *x /= 2;
    }
    println!("{:?}", v);
    let s = black_box([5, 4, 3, 2, 1, 0]);
    println!("{:?} {:?}", s.iter().position(|&x| x == 2), s.iter().rev().position(|&x| x == 2));
    println!("{:?} {:?} {:?}", s.first(), s.last(), s.get(10));
    println!("{:?}", s.split(|x| x % 2 == 0).collect::<Vec<_>>());
    println!("{:?}", s.rsplitn(2, |&x| x == 3).collect::<Vec<_>>());
    let mut sorted = s;
    sorted.reverse();
    println!("{:?} sorted {}", sorted, sorted.is_sorted());
    println!("{:?}", sorted.strip_prefix(&[0, 1]));
    let mut m = [[1, 2], [3, 4], [5, 6]];
    m.swap(0, 2);
    println!("{:?}", m);
    let total: i32 = m.iter().map(|r| r.iter().product::<i32>()).sum();
    println!("{}", total);
    let mut empty: [i32; 0] = [];
    empty.rotate_left(0);
    println!("{:?} {}", empty, empty.is_empty());
}
