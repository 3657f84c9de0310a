// thread_local!: per-thread Cell/RefCell state, const-initialized locals, independent values in each thread, destructors.
use std::cell::{Cell, RefCell};
use std::hint::black_box;
use std::thread;

thread_local! {
    static COUNTER: Cell<u32> = const { Cell::new(0) };
    static NAMES: RefCell<Vec<String>> = RefCell::new(vec!["init".to_string()]);
    static GUARD: Guard = Guard(0);
}

struct Guard(u8);
impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0;
    }
}

fn bump(n: u32) -> u32 {
    COUNTER.with(|c| { c.set(c.get() + n); c.get() })
}

fn main() {
    println!("main start {}", COUNTER.get());
    for i in 1..=3 {
        println!("main bump -> {}", bump(black_box(i)));
    }
    NAMES.with_borrow_mut(|v| v.push("main".into()));
    let hs: Vec<_> = (0..3u32).map(|t| thread::spawn(move || {
        let start = COUNTER.get();
        for _ in 0..=t { bump(10); }
        NAMES.with_borrow_mut(|v| v.push(format!("t{}", t)));
        GUARD.with(|g| g.0);
        (t, start, COUNTER.get(), NAMES.with_borrow(|v| v.clone()))
    })).collect();
    for h in hs {
        println!("{:?}", h.join().unwrap());
    }
    println!("main after threads {} {:?}", COUNTER.get(), NAMES.with_borrow(|v| v.clone()));
    COUNTER.set(100);
    println!("{} {}", COUNTER.replace(5), COUNTER.take());
    let r = thread::scope(|s| s.spawn(|| { COUNTER.set(7); bump(1) }).join().unwrap());
    println!("scoped thread saw {} main still {}", r, COUNTER.get());
}
