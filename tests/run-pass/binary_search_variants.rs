// binary_search, binary_search_by, binary_search_by_key, partition_point, and insertion keeping order.
use std::hint::black_box;

fn main() {
    let v: Vec<i32> = black_box(vec![1, 3, 3, 3, 7, 9, 12, 20]);
    for x in [0, 1, 3, 4, 12, 20, 21] {
        let r = v.binary_search(&black_box(x));
        let ok_in_range = match r { Ok(i) => v[i] == x, Err(i) => (i == 0 || v[i - 1] < x) && (i == v.len() || v[i] > x) };
        println!("search {} -> {} valid {}", x, if r.is_ok() { "found" } else { "missing" }, ok_in_range);
        if let Err(i) = r {
            println!("   insert at {}", i);
        }
    }
    let lo = v.partition_point(|&x| x < 3);
    let hi = v.partition_point(|&x| x <= 3);
    println!("range of 3s: {}..{}", lo, hi);
    let pairs = black_box([(1, "a"), (4, "d"), (9, "i"), (16, "p")]);
    println!("{:?}", pairs.binary_search_by_key(&9, |&(k, _)| k));
    println!("{:?}", pairs.binary_search_by_key(&5, |&(k, _)| k));
    let rev = black_box([50, 40, 30, 20, 10]);
    println!("{:?}", rev.binary_search_by(|p| 30.cmp(p)));
    println!("{:?}", rev.binary_search_by(|p| 35.cmp(p)));
    let mut sorted = Vec::new();
    for x in black_box([5, 1, 4, 1, 5, 9, 2, 6, 5, 3]) {
        let pos = sorted.partition_point(|&y| y <= x);
        sorted.insert(pos, x);
    }
    println!("{:?}", sorted);
    // integer square root via partition_point on a range
    let target = black_box(1_000_000_007u64);
    let r: Vec<u64> = (0..100_000).collect();
    let idx = r.partition_point(|&m| m * m <= target);
    println!("isqrt({}) = {}", target, idx - 1);
    let words = black_box(["apple", "banana", "cherry", "date"]);
    println!("{:?} {:?}", words.binary_search(&"cherry"), words.binary_search(&"coconut"));
    let floats = [0.5f64, 1.5, 2.5];
    println!("{:?}", floats.binary_search_by(|p| p.total_cmp(&black_box(1.5))));
}
