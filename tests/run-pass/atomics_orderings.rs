// Atomics with various orderings: Release/Acquire message passing, try_update, compare_exchange_weak loops, fences.
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, AtomicI16, AtomicPtr, Ordering, fence};
use std::thread;

fn main() {
    let data = Arc::new(AtomicU64::new(0));
    let flag = Arc::new(AtomicBool::new(false));
    let reader = {
        let (data, flag) = (data.clone(), flag.clone());
        thread::spawn(move || {
            while !flag.load(Ordering::Acquire) {
                std::hint::spin_loop();
            }
            data.load(Ordering::Relaxed)
        })
    };
    data.store(black_box(0xdead_beef), Ordering::Relaxed);
    flag.store(true, Ordering::Release);
    println!("reader saw {:#x}", reader.join().unwrap());
    let max = Arc::new(AtomicU32::new(0));
    let hs: Vec<_> = (0..4u32).map(|t| {
        let max = max.clone();
        thread::spawn(move || {
            for i in 0..1000u32 {
                let v = (i * 7919 + t * 104729) % 100_003;
                let mut cur = max.load(Ordering::Relaxed);
                while v > cur {
                    match max.compare_exchange_weak(cur, v, Ordering::AcqRel, Ordering::Relaxed) {
                        Ok(_) => break,
                        Err(actual) => cur = actual,
                    }
                }
            }
        })
    }).collect();
    for h in hs { h.join().unwrap(); }
    let expected = (0..4u32).flat_map(|t| (0..1000u32).map(move |i| (i * 7919 + t * 104729) % 100_003)).max().unwrap();
    println!("max {} expected {}", max.load(Ordering::SeqCst), expected);
    let a = AtomicU8::new(250);
    println!("fetch_add wraps: {} -> {}", a.fetch_add(10, Ordering::SeqCst), a.load(Ordering::SeqCst));
    println!("try_update {:?}", a.try_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_mul(3)));
    println!("try_update none {:?}", a.try_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_mul(100)));
    let s = AtomicI16::new(-5);
    println!("and {} or {} xor {} nand {} final {}", s.fetch_and(0x0ff0, Ordering::Relaxed), s.fetch_or(3, Ordering::Relaxed), s.fetch_xor(-1, Ordering::Relaxed),
        s.fetch_nand(0x7f, Ordering::Relaxed), s.load(Ordering::Relaxed));
    fence(Ordering::SeqCst);
    let mut x = 10i32;
    let mut y = 20i32;
    let p = AtomicPtr::new(&mut x as *mut i32);
    let old = p.swap(&mut y, Ordering::AcqRel);
    unsafe { *old += 1; *p.load(Ordering::Acquire) += 2; }
    println!("x {} y {}", x, y);
    let mut plain = AtomicU32::new(1);
    *plain.get_mut() += 41;
    println!("{}", plain.into_inner());
}
