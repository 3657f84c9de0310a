// Closures capturing by shared and mutable reference; disjoint field capture (edition 2021+).
use std::hint::black_box;

struct Stats { count: u32, total: i64, label: String }

fn apply<F: Fn(i32) -> i32>(f: F, xs: &[i32]) -> Vec<i32> {
    xs.iter().map(|&x| f(x)).collect()
}

fn apply_mut<F: FnMut(i32)>(mut f: F, xs: &[i32]) {
    for &x in xs {
        f(x);
    }
}

fn main() {
    let offset = black_box(10);
    let scale = black_box(3);
    let f = |x| x * scale + offset;
    println!("{:?}", apply(f, &[1, 2, 3]));
    println!("{:?}", apply(&f, &[-1, 0]));
    let mut sum = 0;
    let mut seen = Vec::new();
    apply_mut(|x| { sum += x; seen.push(x * x); }, &[4, 5, 6]);
    println!("sum {} seen {:?}", sum, seen);
    let mut stats = Stats { count: 0, total: 0, label: String::from("s") };
    let label_ref = &stats.label;
    let mut add = |v: i64| { stats.count += 1; stats.total += v; };
    add(5);
    add(black_box(-2));
    add(100);
    println!("{} count {} total {}", label_ref, stats.count, stats.total);
    let mut counter = 0;
    let mut inc = || { counter += 1; counter };
    let a = inc();
    let b = inc();
    let c = inc();
    println!("{} {} {} final {}", a, b, c, counter);
    let data = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let max_ref = || data.iter().max().copied();
    let min_ref = || data.iter().min().copied();
    println!("{:?} {:?} {}", max_ref(), min_ref(), data.len());
    let mut v = vec![1, 2, 3];
    {
        let mut push_double = |x: i32| v.push(x * 2);
        push_double(black_box(7));
        push_double(8);
    }
    println!("{:?}", v);
}
