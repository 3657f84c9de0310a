// Structs with unsized tails: [T], str, and dyn Trait; fat pointer sizes, coercions, len/size_of_val.
#![allow(dead_code)]
use std::fmt::Debug;
use std::hint::black_box;
use std::mem::{size_of, size_of_val};

struct SliceTail<T: ?Sized> { header: u32, data: T }

struct Named { id: u16, name: str }

trait Area { fn area(&self) -> f64; }
struct Sq(f64);
struct Rect(f64, f64);
impl Area for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
impl Area for Rect { fn area(&self) -> f64 { self.0 * self.1 } }

struct DynTail<T: ?Sized> { tag: u8, shape: T }

fn total(items: &SliceTail<[i32]>) -> i64 {
    items.header as i64 + items.data.iter().map(|&x| x as i64).sum::<i64>()
}

fn show(x: &dyn Debug) -> String { format!("{:?}", x) }

fn main() {
    println!("ptr sizes {} {} {} {}", size_of::<&[u8]>(), size_of::<&str>(), size_of::<&dyn Area>(), size_of::<&SliceTail<[u8]>>());
    let sized = SliceTail { header: 100, data: black_box([1i32, 2, 3, 4]) };
    let unsized_ref: &SliceTail<[i32]> = &sized;
    println!("len {} total {} size_of_val {}", unsized_ref.data.len(), total(unsized_ref), size_of_val(unsized_ref));
    let boxed: Box<SliceTail<[i32]>> = Box::new(SliceTail { header: 1, data: [10, 20] });
    println!("boxed total {} size {}", total(&boxed), size_of_val(&*boxed));
    let shapes: Vec<Box<DynTail<dyn Area>>> = vec![
        Box::new(DynTail { tag: 1, shape: Sq(3.0) }),
        Box::new(DynTail { tag: 2, shape: Rect(2.0, 4.5) }),
    ];
    for s in &shapes {
        println!("tag {} area {} size {}", s.tag, s.shape.area(), size_of_val(&**s));
    }
    let strs: Vec<&str> = vec!["", "a", "hello"];
    for s in strs {
        let b: Box<str> = black_box(s).into();
        println!("{:?} len {} size_of_val {}", b, b.len(), size_of_val(&*b));
    }
    let dbg: [&dyn Debug; 3] = [&1u8, &"two", &[3.0f32, 4.0]];
    let out: Vec<String> = dbg.iter().map(|d| show(*d)).collect();
    println!("{}", out.join(" | "));
    let arr: &[u64] = &black_box([5u64; 6])[1..4];
    println!("{} {}", arr.len(), size_of_val(arr));
    let name_box: Box<SliceTail<str>> = {
        let s: Box<SliceTail<[u8]>> = Box::new(SliceTail { header: 3, data: *b"abc" });
        let raw = Box::into_raw(s) as *mut SliceTail<str>;
        unsafe { Box::from_raw(raw) }
    };
    println!("{} {}", name_box.header, &name_box.data);
    let _ = size_of::<Option<&Named>>();
}
