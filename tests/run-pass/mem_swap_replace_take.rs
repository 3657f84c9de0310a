// std::mem helpers: swap, replace, take, size_of_val, discriminant, needs_drop, align_of_val, and ptr::swap on slices.
#![allow(dead_code)]
use std::hint::black_box;
use std::mem;

#[derive(Debug, Default)]
struct State { name: String, items: Vec<u32>, done: bool }

#[allow(dead_code)]
#[derive(Debug)]
enum Status { Idle, Busy(u32), Failed { code: i32 } }

fn main() {
    let mut a = black_box(String::from("left"));
    let mut b = black_box(String::from("right"));
    mem::swap(&mut a, &mut b);
    println!("{} {}", a, b);
    let mut st = State { name: "job".into(), items: vec![1, 2, 3], done: false };
    let old_items = mem::take(&mut st.items);
    let old_name = mem::replace(&mut st.name, "job2".into());
    println!("{:?} {:?} {:?}", old_items, old_name, st);
    let whole = mem::take(&mut st);
    println!("{:?} | {:?}", whole, st);
    let s1 = Status::Busy(1);
    let s2 = Status::Busy(99);
    let s3 = Status::Failed { code: -1 };
    println!("disc eq {} {}", mem::discriminant(&s1) == mem::discriminant(&s2), mem::discriminant(&s1) == mem::discriminant(&s3));
    println!("{:?}", Status::Idle);
    println!("needs_drop {} {} {}", mem::needs_drop::<String>(), mem::needs_drop::<u64>(), mem::needs_drop::<(u8, Vec<u8>)>());
    let arr = black_box([0u32; 17]);
    println!("size_of_val {} align_of_val {}", mem::size_of_val(&arr), mem::align_of_val(&arr));
    let mut v = black_box(vec![1, 2, 3, 4, 5]);
    v.swap(0, 4);
    let (x, y) = v.split_at_mut(2);
    mem::swap(&mut x[0], &mut y[0]);
    println!("{:?}", v);
    let mut opt = Some(3);
    let taken = opt.take();
    println!("{:?} {:?}", taken, opt);
    let mut n = 5;
    let prev = mem::replace(&mut n, 10);
    println!("{} {}", prev, n);
    let mut arr2 = [1u8, 2, 3, 4];
    unsafe { std::ptr::swap(arr2.as_mut_ptr(), arr2.as_mut_ptr().add(3)) };
    println!("{:?}", arr2);
    let mut chunks = [[1u16; 3], [2; 3]];
    let [c0, c1] = &mut chunks;
    mem::swap(c0, c1);
    println!("{:?}", chunks);
    let forgotten = String::from("leaked on purpose");
    let len = forgotten.len();
    mem::forget(forgotten);
    println!("forgot a string of len {}", len);
    let md = mem::ManuallyDrop::new(vec![1, 2]);
    println!("{:?} {}", *md, md.len());
}
