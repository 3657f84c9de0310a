// A small fixed-size thread pool built from Mutex<VecDeque<Job>> + Condvar, returning results over an mpsc
// channel, with a Barrier for a synchronized start and a shutdown flag. Output is made deterministic by
// sorting results by job id and only printing order-independent aggregates.
use std::collections::VecDeque;
use std::sync::mpsc;
use std::sync::{Arc, Barrier, Condvar, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() -> (usize, u64) + Send>;

struct Shared {
    queue: Mutex<(VecDeque<Job>, bool)>,
    available: Condvar,
}

struct Pool {
    shared: Arc<Shared>,
    workers: Vec<thread::JoinHandle<usize>>,
}

impl Pool {
    fn new(n: usize, results: mpsc::Sender<(usize, u64)>) -> Pool {
        let shared = Arc::new(Shared { queue: Mutex::new((VecDeque::new(), false)), available: Condvar::new() });
        let start = Arc::new(Barrier::new(n + 1));
        let workers = (0..n)
            .map(|_| {
                let shared = shared.clone();
                let results = results.clone();
                let start = start.clone();
                thread::spawn(move || {
                    start.wait();
                    let mut done = 0;
                    loop {
                        let job = {
                            let mut g = shared.queue.lock().unwrap();
                            loop {
                                if let Some(j) = g.0.pop_front() {
                                    break Some(j);
                                }
                                if g.1 {
                                    break None;
                                }
                                g = shared.available.wait(g).unwrap();
                            }
                        };
                        match job {
                            Some(j) => {
                                results.send(j()).unwrap();
                                done += 1;
                            }
                            None => return done,
                        }
                    }
                })
            })
            .collect();
        start.wait();
        Pool { shared, workers }
    }

    fn submit(&self, job: Job) {
        self.shared.queue.lock().unwrap().0.push_back(job);
        self.shared.available.notify_one();
    }

    fn shutdown(self) -> usize {
        self.shared.queue.lock().unwrap().1 = true;
        self.shared.available.notify_all();
        self.workers.into_iter().map(|w| w.join().unwrap()).sum()
    }
}

fn collatz_max(limit: u64) -> u64 {
    (1..=limit)
        .map(|mut n| {
            let mut steps = 0;
            while n != 1 {
                n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
                steps += 1;
            }
            steps
        })
        .max()
        .unwrap_or(0)
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let pool = Pool::new(4, tx);
    let n_jobs = 24;
    for id in 0..n_jobs {
        let limit = 500 + id as u64 * 250;
        pool.submit(Box::new(move || (id, collatz_max(limit))));
    }
    let mut results: Vec<(usize, u64)> = rx.iter().take(n_jobs).collect();
    let executed = pool.shutdown();
    results.sort();
    println!("executed {} jobs", executed);
    for chunk in results.chunks(6) {
        println!("{}", chunk.iter().map(|(id, v)| format!("#{:02}={:3}", id, v)).collect::<Vec<_>>().join("  "));
    }
    println!("max over all jobs {}", results.iter().map(|r| r.1).max().unwrap());
    let (tx2, rx2) = mpsc::sync_channel::<Vec<u32>>(1);
    let producer = thread::spawn(move || {
        for batch in 0..5u32 {
            tx2.send((0..10).map(|i| batch * 10 + i).collect()).unwrap();
        }
    });
    let consumer = thread::spawn(move || rx2.iter().map(|b| b.iter().map(|x| x * x).sum::<u32>()).collect::<Vec<_>>());
    producer.join().unwrap();
    println!("batch sums of squares {:?}", consumer.join().unwrap());
    let counter = Arc::new(Mutex::new(0u64));
    thread::scope(|s| {
        for t in 0..8u64 {
            let c = &counter;
            s.spawn(move || {
                for i in 0..1000 {
                    *c.lock().unwrap() += t * i % 7;
                }
            });
        }
    });
    println!("scoped counter {}", counter.lock().unwrap());
}
