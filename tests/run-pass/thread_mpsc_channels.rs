// mpsc channels: multiple producers, sync_channel with bound, iterating the receiver, results sorted for determinism.
use std::hint::black_box;
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<(usize, u64)>();
    for id in 0..4 {
        let tx = tx.clone();
        thread::spawn(move || {
            for k in 0..5u64 {
                tx.send((id, (id as u64 + 1) * 100 + k)).unwrap();
            }
        });
    }
    drop(tx);
    let mut got: Vec<(usize, u64)> = rx.iter().collect();
    got.sort();
    println!("{} messages", got.len());
    for id in 0..4 {
        let vals: Vec<u64> = got.iter().filter(|(i, _)| *i == id).map(|(_, v)| *v).collect();
        println!("  from {}: {:?}", id, vals);
    }
    let (stx, srx) = mpsc::sync_channel::<String>(2);
    let prod = thread::spawn(move || {
        for w in black_box(["one", "two", "three", "four", "five"]) {
            stx.send(w.to_uppercase()).unwrap();
        }
    });
    let received: Vec<String> = srx.iter().collect();
    prod.join().unwrap();
    println!("{:?}", received);
    // pipeline: stage1 -> stage2 -> main, order preserved per single producer
    let (a_tx, a_rx) = mpsc::channel::<u32>();
    let (b_tx, b_rx) = mpsc::channel::<u32>();
    let s1 = thread::spawn(move || for i in 1..=10 { a_tx.send(i).unwrap(); });
    let s2 = thread::spawn(move || for v in a_rx { b_tx.send(v * v + 1).unwrap(); });
    let out: Vec<u32> = b_rx.iter().collect();
    s1.join().unwrap();
    s2.join().unwrap();
    println!("{:?}", out);
    let (tx2, rx2) = mpsc::channel::<i32>();
    println!("try_recv empty: {:?}", rx2.try_recv().is_err());
    tx2.send(5).unwrap();
    println!("try_recv {:?}", rx2.try_recv());
    drop(tx2);
    println!("recv after disconnect {:?}", rx2.recv().is_err());
    let (rtx, rrx) = mpsc::channel::<Box<dyn FnOnce() -> i32 + Send>>();
    thread::spawn(move || { rtx.send(Box::new(|| 40 + 2)).unwrap(); }).join().unwrap();
    println!("boxed fn result {}", rrx.recv().unwrap()());
}
