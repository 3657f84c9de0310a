// thread::spawn and join: return values, moving data in, panicking-free workers, Builder with names, results in order.
use std::hint::black_box;
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 { return false; }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 { return false; }
        d += 1;
    }
    true
}

fn main() {
    let ranges: Vec<(u64, u64)> = (0..4).map(|i| (i * 2500, (i + 1) * 2500)).collect();
    let handles: Vec<thread::JoinHandle<(u64, usize, u64)>> = ranges.into_iter().map(|(lo, hi)| {
        thread::spawn(move || {
            let primes: Vec<u64> = (lo..hi).filter(|&n| is_prime(black_box(n))).collect();
            (lo, primes.len(), primes.last().copied().unwrap_or(0))
        })
    }).collect();
    let mut total = 0;
    for h in handles {
        let (lo, count, last) = h.join().unwrap();
        println!("from {:5}: {} primes, last {}", lo, count, last);
        total += count;
    }
    println!("total {}", total);
    let named = thread::Builder::new().name("worker-7".into()).stack_size(256 * 1024).spawn(|| {
        let name = thread::current().name().map(String::from);
        (name, (1..=20u64).product::<u64>())
    }).unwrap();
    println!("{:?}", named.join().unwrap());
    println!("main name {:?}", thread::current().name());
    let text = String::from(black_box("moved into thread"));
    let h = thread::spawn(move || text.split(' ').map(|w| w.len()).collect::<Vec<_>>());
    println!("{:?}", h.join().unwrap());
    let nested = thread::spawn(|| {
        let inner = thread::spawn(|| 6 * 7);
        inner.join().unwrap() + 1
    });
    println!("nested {}", nested.join().unwrap());
    let h = thread::spawn(|| ());
    println!("finished after join: {}", { h.join().unwrap(); true });
    println!("available_parallelism ok: {}", thread::available_parallelism().map(|n| n.get() >= 1).unwrap_or(true));
}
