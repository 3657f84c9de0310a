// Hand-written quicksort, merge sort, heap sort, insertion sort and counting sort compared against slice::sort.
use std::hint::black_box;

fn insertion<T: PartialOrd + Copy>(v: &mut [T]) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

fn quicksort<T: PartialOrd + Copy>(v: &mut [T]) {
    if v.len() <= 8 { return insertion(v); }
    let mid = v.len() / 2;
    let last = v.len() - 1;
    if v[mid] < v[0] { v.swap(mid, 0); }
    if v[last] < v[0] { v.swap(last, 0); }
    if v[last] < v[mid] { v.swap(last, mid); }
    v.swap(mid, last - 1);
    let pivot = v[last - 1];
    let mut i = 0;
    for j in 0..last - 1 {
        if v[j] < pivot { v.swap(i, j); i += 1; }
    }
    v.swap(i, last - 1);
    let (l, r) = v.split_at_mut(i);
    quicksort(l);
    quicksort(&mut r[1..]);
}

fn merge_sort(v: &[i64]) -> Vec<i64> {
    if v.len() <= 1 { return v.to_vec(); }
    let (a, b) = v.split_at(v.len() / 2);
    let (a, b) = (merge_sort(a), merge_sort(b));
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if a[i] <= b[j] { out.push(a[i]); i += 1; } else { out.push(b[j]); j += 1; }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

fn heap_sort(v: &mut [i64]) {
    fn sift(v: &mut [i64], mut root: usize, end: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= end { break; }
            if child + 1 < end && v[child] < v[child + 1] { child += 1; }
            if v[root] >= v[child] { break; }
            v.swap(root, child);
            root = child;
        }
    }
    for i in (0..v.len() / 2).rev() { sift(v, i, v.len()); }
    for end in (1..v.len()).rev() { v.swap(0, end); sift(v, 0, end); }
}

fn counting_sort(v: &[u8]) -> Vec<u8> {
    let mut counts = [0usize; 256];
    for &x in v { counts[x as usize] += 1; }
    counts.iter().enumerate().flat_map(|(b, &n)| std::iter::repeat(b as u8).take(n)).collect()
}

fn main() {
    let mut s = black_box(88172645463325252u64);
    let data: Vec<i64> = (0..3000).map(|_| { s ^= s << 13; s ^= s >> 7; s ^= s << 17; (s % 20001) as i64 - 10000 }).collect();
    let mut expected = data.clone();
    expected.sort();
    let mut q = data.clone();
    quicksort(&mut q);
    let m = merge_sort(&data);
    let mut h = data.clone();
    heap_sort(&mut h);
    let mut ins = data[..300].to_vec();
    insertion(&mut ins);
    let mut exp300 = data[..300].to_vec();
    exp300.sort();
    println!("quick {} merge {} heap {} insertion {}", q == expected, m == expected, h == expected, ins == exp300);
    println!("min {} max {} median {}", expected[0], expected[2999], expected[1500]);
    let bytes: Vec<u8> = data.iter().map(|&x| x as u8).collect();
    let cs = counting_sort(&bytes);
    let mut bs = bytes.clone();
    bs.sort_unstable();
    println!("counting {} first {:?}", cs == bs, &cs[..8]);
    let mut fl: Vec<f64> = data.iter().take(50).map(|&x| x as f64 / 3.0).collect();
    quicksort(&mut fl);
    println!("{:?}", fl[..4].iter().map(|x| format!("{:.3}", x)).collect::<Vec<_>>());
    let mut words = black_box(vec!["delta", "alpha", "echo", "charlie", "bravo", "foxtrot", "golf", "hotel", "india", "juliet"]);
    quicksort(&mut words);
    println!("{:?}", words);
}
