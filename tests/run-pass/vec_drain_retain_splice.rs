// Vec drain, retain, retain_mut, dedup_by_key, splice, extract_if-free filtering, chunk mutation, sort + dedup.
use std::hint::black_box;

fn main() {
    let mut v: Vec<u32> = (1..=20).collect();
    let drained: Vec<u32> = v.drain(5..10).collect();
    println!("drained {:?} left {:?}", drained, v);
    v.retain(|&x| x % 3 != 0);
    println!("retain {:?}", v);
    v.retain_mut(|x| { *x *= 2; *x < 30 });
    println!("retain_mut {:?}", v);
    let removed: Vec<u32> = v.splice(1..3, [100, 101, 102]).collect();
    println!("splice removed {:?} now {:?}", removed, v);
    let mut words = black_box(vec!["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]);
    words.dedup_by_key(|w| w.as_bytes()[0]);
    println!("{:?}", words);
    let mut nums = black_box(vec![5, 1, 5, 3, 1, 1, 9, 3]);
    nums.sort();
    nums.dedup();
    println!("{:?}", nums);
    let mut all: Vec<i32> = (0..10).collect();
    for chunk in all.chunks_mut(3) {
        chunk.reverse();
    }
    println!("{:?}", all);
    let d2: Vec<i32> = all.drain(..).rev().collect();
    println!("{:?} {:?}", d2, all);
    let mut s = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let taken: Vec<String> = s.drain(1..).collect();
    println!("{:?} {:?}", s, taken);
    let mut grid = vec![0u8; 12];
    for (i, row) in grid.chunks_exact_mut(4).enumerate() {
        row[i] = 1;
        row[3] = i as u8 + 10;
    }
    println!("{:?}", grid);
    let (evens, odds): (Vec<u32>, Vec<u32>) = (0..10).partition(|x| x % 2 == 0);
    println!("{:?} {:?}", evens, odds);
    let mut v2 = vec![1, 2, 3, 4, 5, 6];
    let (l, r) = v2.split_at_mut(3);
    l[0] += r[2];
    r[0] *= l[1];
    println!("{:?}", v2);
    v2.splice(.., std::iter::empty());
    println!("{:?}", v2);
}
