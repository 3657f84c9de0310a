// A panic in a spawned thread is seen by join(); a panic in main aborts (panic=abort), with
// its message on stderr.

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

    let v: Vec<u8> = Vec::new();
    let index = squares.len() + 1;
    println!("about to index {index}");
    println!("{}", v[index]);
}
