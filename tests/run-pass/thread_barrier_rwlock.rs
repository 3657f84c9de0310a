// Barrier phases with deterministic per-phase results, RwLock readers/writers, is_leader count.
use std::hint::black_box;
use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;

fn main() {
    let n = 4;
    let barrier = Arc::new(Barrier::new(n));
    let grid = Arc::new(RwLock::new(vec![1u64; n]));
    let leaders = Arc::new(Mutex::new(0));
    let hs: Vec<_> = (0..n).map(|i| {
        let (barrier, grid, leaders) = (barrier.clone(), grid.clone(), leaders.clone());
        thread::spawn(move || {
            for _phase in 0..5 {
                let next = {
                    let g = grid.read().unwrap();
                    g[i] + g[(i + 1) % n] + black_box(i as u64)
                };
                if barrier.wait().is_leader() {
                    *leaders.lock().unwrap() += 1;
                }
                grid.write().unwrap()[i] = next;
                barrier.wait();
            }
        })
    }).collect();
    for h in hs { h.join().unwrap(); }
    println!("grid {:?}", *grid.read().unwrap());
    println!("leaders {}", *leaders.lock().unwrap());
    let lock = RwLock::new(String::from("v0"));
    {
        let r1 = lock.read().unwrap();
        let r2 = lock.read().unwrap();
        println!("two readers {} {} try_write fails {}", *r1, *r2, lock.try_write().is_err());
    }
    lock.write().unwrap().push_str("+w");
    println!("{}", lock.read().unwrap());
    let shared = Arc::new(RwLock::new(0u64));
    let writers: Vec<_> = (0..4).map(|k| {
        let s = shared.clone();
        thread::spawn(move || for _ in 0..250 { *s.write().unwrap() += k; })
    }).collect();
    let readers: Vec<_> = (0..4).map(|_| {
        let s = shared.clone();
        thread::spawn(move || { let v = *s.read().unwrap(); v <= 1500 })
    }).collect();
    for w in writers { w.join().unwrap(); }
    let ok = readers.into_iter().all(|r| r.join().unwrap());
    println!("final {} readers ok {}", *shared.read().unwrap(), ok);
}
