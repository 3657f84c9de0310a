// Statics with interior mutability: AtomicUsize/AtomicI64/AtomicBool counters in statics, used from functions and threads.
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicUsize, Ordering};
use std::thread;

static CALLS: AtomicUsize = AtomicUsize::new(0);
static BALANCE: AtomicI64 = AtomicI64::new(1000);
static READY: AtomicBool = AtomicBool::new(false);
static NEXT_ID: AtomicUsize = AtomicUsize::new(100);

fn tracked(x: u32) -> u32 {
    CALLS.fetch_add(1, Ordering::Relaxed);
    x * 2
}

fn new_id() -> usize { NEXT_ID.fetch_add(1, Ordering::SeqCst) }

fn main() {
    let s: u32 = (0..black_box(10)).map(tracked).sum();
    println!("sum {} calls {}", s, CALLS.load(Ordering::Relaxed));
    println!("ids {} {} {}", new_id(), new_id(), new_id());
    let handles: Vec<_> = (0..4).map(|t| thread::spawn(move || {
        for i in 0..500 {
            if (i + t) % 2 == 0 {
                BALANCE.fetch_add(3, Ordering::AcqRel);
            } else {
                BALANCE.fetch_sub(1, Ordering::AcqRel);
            }
            tracked(i);
        }
    })).collect();
    for h in handles { h.join().unwrap(); }
    println!("balance {} calls {}", BALANCE.load(Ordering::SeqCst), CALLS.load(Ordering::SeqCst));
    let was = READY.swap(true, Ordering::SeqCst);
    println!("ready was {} now {}", was, READY.load(Ordering::SeqCst));
    println!("cmpxchg {:?}", READY.compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst));
    let ids: Vec<usize> = (0..3).map(|_| thread::spawn(new_id)).map(|h| h.join().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    println!("thread ids sorted {:?} next {}", sorted, NEXT_ID.load(Ordering::SeqCst));
    println!("fetch_max {} then {}", BALANCE.fetch_max(5000, Ordering::SeqCst), BALANCE.load(Ordering::SeqCst));
    println!("fetch_min {} then {}", BALANCE.fetch_min(-7, Ordering::SeqCst), BALANCE.load(Ordering::SeqCst));
}
