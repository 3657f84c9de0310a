// Scoped threads: borrowing stack data, mutable disjoint chunks, collecting results, nested scopes.
use std::hint::black_box;
use std::sync::Mutex;
use std::thread;

fn main() {
    let data: Vec<u64> = (1..=1000).map(|x| black_box(x)).collect();
    let chunk_sums: Vec<u64> = thread::scope(|s| {
        let hs: Vec<_> = data.chunks(250).map(|c| s.spawn(move || c.iter().sum::<u64>())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{:?} total {}", chunk_sums, chunk_sums.iter().sum::<u64>());
    let mut buf = vec![0u32; 16];
    thread::scope(|s| {
        for (i, chunk) in buf.chunks_mut(4).enumerate() {
            s.spawn(move || {
                for (j, x) in chunk.iter_mut().enumerate() {
                    *x = (i * 100 + j) as u32;
                }
            });
        }
    });
    println!("{:?}", buf);
    let words = vec!["alpha", "beta", "gamma", "delta", "epsilon"];
    let longest = Mutex::new(String::new());
    let mut lens = vec![0usize; words.len()];
    thread::scope(|s| {
        for (w, l) in words.iter().zip(lens.iter_mut()) {
            let longest = &longest;
            s.spawn(move || {
                *l = w.len();
                let mut g = longest.lock().unwrap();
                if w.len() > g.len() || (w.len() == g.len() && **w < **g) {
                    *g = w.to_string();
                }
            });
        }
    });
    println!("{:?} longest {}", lens, longest.into_inner().unwrap());
    let mut matrix = vec![vec![1i64; 8]; 8];
    thread::scope(|s| {
        for (r, row) in matrix.iter_mut().enumerate() {
            s.spawn(move || {
                thread::scope(|s2| {
                    for (c, cell) in row.iter_mut().enumerate() {
                        s2.spawn(move || *cell = (r as i64 - c as i64) * (r as i64 + c as i64));
                    }
                });
            });
        }
    });
    println!("trace {} sum {}", (0..8).map(|i| matrix[i][i]).sum::<i64>(), matrix.iter().flatten().sum::<i64>());
    println!("{:?}", matrix[7]);
}
