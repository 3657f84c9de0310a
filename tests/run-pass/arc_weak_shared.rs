// Arc and sync::Weak shared across threads: counts after joins, Arc::make_mut, get_mut, try_unwrap, Arc<Mutex<_>>.
use std::hint::black_box;
use std::sync::{Arc, Mutex, Weak};
use std::thread;

fn main() {
    let data = Arc::new(black_box((1..=100).collect::<Vec<u64>>()));
    let mut handles = Vec::new();
    for t in 0..4 {
        let d = Arc::clone(&data);
        handles.push(thread::spawn(move || d.iter().skip(t * 25).take(25).sum::<u64>()));
    }
    println!("strong while running >= 1: {}", Arc::strong_count(&data) >= 1);
    let parts: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("parts {:?} total {}", parts, parts.iter().sum::<u64>());
    println!("strong after join {}", Arc::strong_count(&data));
    let weak: Weak<Vec<u64>> = Arc::downgrade(&data);
    println!("weak upgrade len {:?} weak_count {}", weak.upgrade().map(|v| v.len()), Arc::weak_count(&data));
    let counter = Arc::new(Mutex::new(0u32));
    let hs: Vec<_> = (0..8).map(|i| {
        let c = Arc::clone(&counter);
        thread::spawn(move || {
            for _ in 0..1000 {
                *c.lock().unwrap() += 1;
            }
            i
        })
    }).collect();
    let ids: Vec<i32> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("ids {:?} counter {}", ids, *counter.lock().unwrap());
    let mut a = Arc::new(black_box(String::from("base")));
    let a2 = a.clone();
    Arc::make_mut(&mut a).push_str("+mut");
    println!("{} {} eq_ptr {}", a, a2, Arc::ptr_eq(&a, &a2));
    println!("get_mut {:?}", Arc::get_mut(&mut a).map(|s| s.len()));
    println!("try_unwrap {:?}", Arc::try_unwrap(a2));
    drop(data);
    println!("after drop upgrade {:?}", weak.upgrade().is_none());
    let s: Arc<str> = Arc::from("arc str");
    let t = thread::spawn({ let s = s.clone(); move || s.to_uppercase() }).join().unwrap();
    println!("{} {}", s, t);
    println!("{:?}", Arc::into_inner(counter).map(|m| m.into_inner().unwrap()));
}
