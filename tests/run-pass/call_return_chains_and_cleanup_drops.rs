// Calls whose return block is entered from nowhere else (lowered into the caller's block),
// in straight lines, in loops, through `dyn` drops (whose null check also branches to the
// return block) and in cleanup code, where a panic drops several values one after another.
use std::cell::RefCell;
use std::panic;

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(entry: String) {
    LOG.with(|log| log.borrow_mut().push(entry));
}

struct Noisy(&'static str, u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        log(format!("drop {} {}", self.0, self.1));
    }
}

#[inline(never)]
fn step(x: u64) -> u64 {
    x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407)
}

fn straight_line(seed: u64) -> u64 {
    let a = step(seed);
    let b = step(a);
    let c = step(b ^ a);
    step(c) >> 7
}

fn looped(n: u32) -> u64 {
    let mut acc = 0;
    for i in 0..n {
        acc = step(acc ^ u64::from(i));
        if acc % 3 == 0 {
            acc = step(acc);
        }
    }
    acc
}

fn drops_in_cleanup(fail_at: u32) -> u32 {
    let _first = Noisy("first", fail_at);
    let _second = Noisy("second", fail_at);
    let boxed: Box<dyn std::fmt::Debug> = Box::new(Noisy("boxed", fail_at).1);
    let _third = Noisy("third", fail_at);
    if fail_at == 1 {
        panic!("failing at {fail_at}");
    }
    drop(boxed);
    let _fourth = Noisy("fourth", fail_at);
    if fail_at == 2 {
        panic!("failing at {fail_at}");
    }
    fail_at
}

fn dyn_drops(values: Vec<Box<dyn Drop>>) -> usize {
    let count = values.len();
    for value in values {
        drop(value);
        log(format!("after a dyn drop, {count} in all"));
    }
    count
}

fn main() {
    println!("{}", straight_line(42));
    println!("{}", looped(1000));
    panic::set_hook(Box::new(|info| log(format!("panicked: {}", info.payload_as_str().unwrap()))));
    for fail_at in 0..3 {
        let result = panic::catch_unwind(|| drops_in_cleanup(fail_at));
        log(format!("{fail_at}: {:?}", result.is_ok()));
    }
    let values: Vec<Box<dyn Drop>> =
        vec![Box::new(Noisy("dyn", 1)), Box::new(Noisy("dyn", 2)), Box::new(Noisy("dyn", 3))];
    println!("{}", dyn_drops(values));
    LOG.with(|log| {
        for entry in log.borrow().iter() {
            println!("{entry}");
        }
    });
}
