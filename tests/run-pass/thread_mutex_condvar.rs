// Mutex + Condvar: producer/consumer bounded queue with deterministic totals, and a wait_while ready flag.
use std::collections::VecDeque;
use std::hint::black_box;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

struct Queue { items: Mutex<(VecDeque<u64>, bool)>, not_empty: Condvar, not_full: Condvar, cap: usize }

fn main() {
    let q = Arc::new(Queue { items: Mutex::new((VecDeque::new(), false)), not_empty: Condvar::new(), not_full: Condvar::new(), cap: 4 });
    let n = black_box(200u64);
    let producer = {
        let q = q.clone();
        thread::spawn(move || {
            for i in 1..=n {
                let mut g = q.items.lock().unwrap();
                while g.0.len() >= q.cap {
                    g = q.not_full.wait(g).unwrap();
                }
                g.0.push_back(i * i);
                q.not_empty.notify_one();
            }
            q.items.lock().unwrap().1 = true;
            q.not_empty.notify_all();
        })
    };
    let consumers: Vec<_> = (0..3).map(|_| {
        let q = q.clone();
        thread::spawn(move || {
            let mut sum = 0u64;
            let mut count = 0u64;
            loop {
                let mut g = q.items.lock().unwrap();
                while g.0.is_empty() && !g.1 {
                    g = q.not_empty.wait(g).unwrap();
                }
                match g.0.pop_front() {
                    Some(v) => {
                        sum += v;
                        count += 1;
                        q.not_full.notify_one();
                    }
                    None => break,
                }
            }
            (sum, count)
        })
    }).collect();
    producer.join().unwrap();
    let results: Vec<(u64, u64)> = consumers.into_iter().map(|h| h.join().unwrap()).collect();
    let total: u64 = results.iter().map(|r| r.0).sum();
    let count: u64 = results.iter().map(|r| r.1).sum();
    println!("consumed {} items, sum {} (expected {})", count, total, n * (n + 1) * (2 * n + 1) / 6);
    let pair = Arc::new((Mutex::new(0u32), Condvar::new()));
    let waiter = {
        let pair = pair.clone();
        thread::spawn(move || {
            let (m, cv) = &*pair;
            let g = cv.wait_while(m.lock().unwrap(), |v| *v < 3).unwrap();
            *g
        })
    };
    for _ in 0..3 {
        let (m, cv) = &*pair;
        *m.lock().unwrap() += 1;
        cv.notify_all();
    }
    println!("waiter saw {}", waiter.join().unwrap());
}
