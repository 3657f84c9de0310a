// Threads and a channel, then a panic raised inside the standard library (not at a
// #[track_caller] call: its message names a file of the library, which must read as in the
// toolchain's std, /rustc/<commit>/library/...). With panic=abort, it aborts.

use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let workers: Vec<_> = (0..4)
        .map(|i| {
            let tx = tx.clone();
            thread::spawn(move || {
                tx.send(i * i).unwrap();
            })
        })
        .collect();
    drop(tx);
    for worker in workers {
        worker.join().unwrap();
    }
    let mut squares: Vec<i32> = rx.iter().collect();
    squares.sort();
    println!("squares: {squares:?}");

    let named = thread::Builder::new().name("worker".into()).spawn(|| 6 * 7).unwrap();
    println!("answer: {}", named.join().unwrap());

    let extra = squares.len();
    println!("about to ask for too much memory");
    let v: Vec<u64> = Vec::with_capacity(usize::MAX - extra);
    println!("unreachable: {}", v.capacity());
}
