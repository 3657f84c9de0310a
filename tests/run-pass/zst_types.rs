// Zero-sized types: unit structs, empty arrays, PhantomData, Vec of ZSTs, ZST trait objects, size 0 checks.
use std::hint::black_box;
use std::marker::PhantomData;
use std::mem::size_of;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit;

struct Tagged<T> { _m: PhantomData<T>, id: u32 }

trait Speak { fn speak(&self) -> &'static str; }
struct Quiet;
impl Speak for Quiet { fn speak(&self) -> &'static str { "..." } }
struct Loud;
impl Speak for Loud { fn speak(&self) -> &'static str { "HELLO" } }

fn main() {
    println!("{} {} {} {} {}", size_of::<Unit>(), size_of::<()>(), size_of::<[u64; 0]>(), size_of::<PhantomData<String>>(), size_of::<Tagged<Vec<u8>>>());
    let mut v: Vec<Unit> = Vec::new();
    for _ in 0..black_box(1000) {
        v.push(Unit);
    }
    println!("vec of zst len {} all eq {}", v.len(), v.iter().all(|u| *u == Unit));
    v.truncate(10);
    let popped = v.pop();
    println!("{} {:?}", v.len(), popped);
    let units: Vec<()> = (0..5).map(|_| ()).collect();
    println!("{:?}", units);
    let empty: [String; 0] = [];
    println!("{:?} {}", empty, empty.len());
    let t = Tagged::<f64> { _m: PhantomData, id: black_box(7) };
    println!("tagged id {}", t.id);
    let speakers: Vec<Box<dyn Speak>> = vec![Box::new(Quiet), Box::new(Loud), Box::new(Quiet)];
    for s in &speakers {
        print!("{} ", s.speak());
    }
    println!();
    let b = Box::new(Unit);
    println!("{:?} {}", b, size_of::<Box<Unit>>());
    let arr = [Unit; 100];
    println!("{} {}", arr.len(), size_of::<[Unit; 100]>());
    let r: Result<(), ()> = black_box(Ok(()));
    println!("{:?} {}", r, size_of::<Result<(), ()>>());
    let pairs: Vec<((), u8)> = (0..3u8).map(|i| ((), i)).collect();
    println!("{:?}", pairs);
    let it = std::iter::repeat(Unit).take(black_box(7)).count();
    println!("{}", it);
}
