// thread_local! state: a per-thread arena-like ID allocator, a per-thread log buffer flushed at the end, const
// thread locals, RefCell borrows, and destructors of thread-local values that report into a shared Mutex.
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::thread;

static REPORTS: Mutex<Vec<String>> = Mutex::new(Vec::new());

struct Tally {
    name: String,
    ops: u32,
}

impl Drop for Tally {
    fn drop(&mut self) {
        if self.ops > 0 {
            REPORTS.lock().unwrap().push(format!("{} performed {} ops", self.name, self.ops));
        }
    }
}

thread_local! {
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    static TALLY: RefCell<Tally> = RefCell::new(Tally { name: String::from("unnamed"), ops: 0 });
    static MEMO: RefCell<BTreeMap<u64, u64>> = RefCell::new(BTreeMap::new());
}

fn alloc_id() -> u64 {
    NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

fn log(msg: String) {
    LOG.with_borrow_mut(|l| l.push(msg));
    TALLY.with_borrow_mut(|t| t.ops += 1);
}

fn fib(n: u64) -> u64 {
    if n < 2 {
        return n;
    }
    if let Some(v) = MEMO.with_borrow(|m| m.get(&n).copied()) {
        return v;
    }
    let v = fib(n - 1) + fib(n - 2);
    MEMO.with_borrow_mut(|m| m.insert(n, v));
    v
}

fn work(name: &str, count: u64) -> (String, Vec<u64>, Vec<String>, usize) {
    TALLY.with_borrow_mut(|t| t.name = name.to_string());
    let ids: Vec<u64> = (0..count).map(|_| alloc_id()).collect();
    for id in &ids {
        log(format!("{}: fib({}) = {}", name, id * 10, fib(id * 10)));
    }
    let memo_size = MEMO.with_borrow(|m| m.len());
    let logs = LOG.with_borrow_mut(std::mem::take);
    (name.to_string(), ids, logs, memo_size)
}

fn main() {
    let main_result = work("main", 3);
    println!("{:?}", main_result.1);
    for l in &main_result.2 {
        println!("  {}", l);
    }
    println!("  main memo size {}", main_result.3);
    let handles: Vec<_> = ["alpha", "beta", "gamma"]
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let name = name.to_string();
            thread::spawn(move || work(&name, i as u64 + 2))
        })
        .collect();
    for h in handles {
        let (name, ids, logs, memo) = h.join().unwrap();
        println!("{} ids {:?} memo {}", name, ids, memo);
        for l in logs {
            println!("  {}", l);
        }
    }
    println!("main next id is still {}", NEXT_ID.get());
    println!("main log empty after take: {}", LOG.with_borrow(|l| l.is_empty()));
    let inner = thread::spawn(|| {
        log("short-lived".into());
        alloc_id()
    })
    .join()
    .unwrap();
    println!("short-lived thread got id {}", inner);
    let mut reports = REPORTS.lock().unwrap().clone();
    reports.sort();
    for r in reports {
        println!("report: {}", r);
    }
}
