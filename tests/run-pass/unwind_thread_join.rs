// Panicking threads: join() reports the panic with its payload, scoped threads propagate
// it, and locals of the panicking thread are dropped.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

static DROPS: AtomicUsize = AtomicUsize::new(0);

struct Counted;

impl Drop for Counted {
    fn drop(&mut self) {
        DROPS.fetch_add(1, Ordering::SeqCst);
    }
}

fn main() {
    // The threads panic in any order: the hook only counts.
    static HOOK_CALLS: AtomicUsize = AtomicUsize::new(0);
    std::panic::set_hook(Box::new(|_| {
        HOOK_CALLS.fetch_add(1, Ordering::SeqCst);
    }));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            thread::Builder::new()
                .name(format!("worker-{i}"))
                .spawn(move || {
                    let _c = Counted;
                    if i % 2 == 1 {
                        panic!("worker {i} failed");
                    }
                    i * 10
                })
                .unwrap()
        })
        .collect();
    for (i, handle) in handles.into_iter().enumerate() {
        match handle.join() {
            Ok(value) => println!("worker {i} returned {value}"),
            Err(payload) => println!("worker {i} panicked: {:?}", payload.downcast_ref::<String>()),
        }
    }
    println!("drops: {}, hook calls: {}", DROPS.load(Ordering::SeqCst), HOOK_CALLS.load(Ordering::SeqCst));

    // A panic while holding a lock poisons it.
    let shared = Arc::new(Mutex::new(0));
    let clone = Arc::clone(&shared);
    let result = thread::spawn(move || {
        let mut guard = clone.lock().unwrap();
        *guard += 1;
        panic!("poisoning");
    })
    .join();
    println!("join error: {}, poisoned: {}", result.is_err(), shared.is_poisoned());
    println!("value: {}", *shared.lock().unwrap_or_else(|e| e.into_inner()));

    let scoped = std::panic::catch_unwind(|| {
        thread::scope(|s| {
            s.spawn(|| panic!("scoped thread"));
        })
    });
    println!("scope panicked: {}", scoped.is_err());
}
