// Slice windows, chunks, chunks_exact (with remainder), rchunks, array_windows-free patterns, split on predicate.
use std::hint::black_box;

fn main() {
    let v: Vec<i32> = (1..=10).map(|x| black_box(x) * x).collect();
    println!("{:?}", v);
    let diffs: Vec<i32> = v.windows(2).map(|w| w[1] - w[0]).collect();
    println!("diffs {:?}", diffs);
    let second_diffs: Vec<i32> = diffs.windows(2).map(|w| w[1] - w[0]).collect();
    println!("second {:?}", second_diffs);
    let moving_avg: Vec<f64> = v.windows(3).map(|w| w.iter().sum::<i32>() as f64 / 3.0).collect();
    println!("avg {:?}", moving_avg);
    for c in v.chunks(3) {
        print!("{:?} ", c);
    }
    println!();
    let ce = v.chunks_exact(4);
    let rem = ce.remainder().to_vec();
    let sums: Vec<i32> = ce.map(|c| c.iter().sum()).collect();
    println!("exact sums {:?} remainder {:?}", sums, rem);
    for c in v.rchunks(4) {
        print!("{:?} ", c);
    }
    println!();
    println!("{:?}", v.chunks(4).rev().map(|c| c.len()).collect::<Vec<_>>());
    let s = black_box([1, 5, 0, 2, 0, 0, 7, 8]);
    let groups: Vec<&[i32]> = s.split(|&x| x == 0).collect();
    println!("{:?}", groups);
    let rdata = black_box([1, 1, 2, 3, 3, 3, 1]);
    let runs: Vec<&[i32]> = rdata.chunk_by(|a, b| a == b).collect();
    println!("{:?}", runs);
    let increasing: Vec<Vec<i32>> = black_box([1, 2, 5, 3, 4, 9, 0]).chunk_by(|a, b| a < b).map(|c| c.to_vec()).collect();
    println!("{:?}", increasing);
    let bytes = black_box(b"abcdefghij");
    let hexrows: Vec<String> = bytes.chunks(4).map(|c| c.iter().map(|b| format!("{:02x}", b)).collect::<Vec<_>>().join(" ")).collect();
    println!("{:?}", hexrows);
    println!("{}", v.windows(5).count());
    let empty: [u8; 0] = [];
    println!("{} {}", empty.windows(1).count(), empty.chunks(3).count());
    let cdata = black_box([1u8, 2, 3, 4, 5, 6, 7]);
    let (chunks, rest) = cdata.as_chunks::<3>();
    println!("{:?} {:?}", chunks, rest);
}
