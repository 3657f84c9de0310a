// Deep (but bounded, < 10k frames) recursion with non-trivial frames; results checked against iterative versions.
use std::hint::black_box;

fn depth_sum(n: u64, acc_arr: [u64; 4]) -> u64 {
    if n == 0 {
        return acc_arr.iter().sum();
    }
    let next = [acc_arr[1], acc_arr[2], acc_arr[3], acc_arr[0] ^ n];
    n % 7 + depth_sum(n - 1, next)
}

fn count_down(n: u32, path: &mut Vec<u32>) -> u32 {
    if n == 0 {
        return 0;
    }
    if n % 1000 == 0 {
        path.push(n);
    }
    1 + count_down(n - 1, path)
}

fn tree_sum(lo: u64, hi: u64) -> u64 {
    if hi - lo <= 1 { lo } else { let mid = (lo + hi) / 2; tree_sum(lo, mid) + tree_sum(mid, hi) }
}

fn main() {
    let n = black_box(5000u64);
    let r = depth_sum(n, [1, 2, 3, 4]);
    let iter: u64 = (1..=n).map(|i| i % 7).sum();
    println!("depth_sum {} (mod part {})", r, iter);
    let mut path = Vec::new();
    println!("count_down {} path {:?}", count_down(black_box(8000), &mut path), path);
    println!("tree_sum {} expected {}", tree_sum(0, black_box(1 << 16)), (0u64..1 << 16).sum::<u64>());
    fn pal(s: &[u8]) -> bool {
        match s {
            [] | [_] => true,
            [a, mid @ .., b] => a == b && pal(mid),
        }
    }
    let mut long = vec![b'a'; 4001];
    println!("{}", pal(&long));
    long[17] = b'b';
    println!("{}", pal(&long));
}
