// repr(align(N)) on structs and enums; alignment of values in arrays/Vec/Box honoured.
#![allow(dead_code)]
use std::hint::black_box;
use std::mem::{align_of, size_of};

#[repr(align(16))]
#[derive(Clone, Copy, Debug)]
struct A16(u8);

#[repr(C, align(64))]
#[derive(Clone, Copy)]
struct CacheLine { data: [u32; 3] }

#[repr(align(8))]
#[derive(Debug, Clone, Copy)]
enum E8 { X, Y(u8) }

struct Holder { a: u8, b: A16, c: u8 }

fn main() {
    println!("A16 size {} align {}", size_of::<A16>(), align_of::<A16>());
    println!("CacheLine size {} align {}", size_of::<CacheLine>(), align_of::<CacheLine>());
    println!("E8 size {} align {}", size_of::<E8>(), align_of::<E8>());
    println!("Holder size {} align {}", size_of::<Holder>(), align_of::<Holder>());
    println!("[A16; 3] size {}", size_of::<[A16; 3]>());
    let arr = black_box([A16(1), A16(2), A16(3)]);
    for a in &arr {
        println!("{:?} aligned16 {}", a, (a as *const A16 as usize) % 16 == 0);
    }
    let v: Vec<CacheLine> = (0..4).map(|i| CacheLine { data: [i, i * 2, i * 3] }).collect();
    for c in &v {
        println!("{:?} aligned64 {}", c.data, (c as *const CacheLine as usize) % 64 == 0);
    }
    let b = Box::new(black_box(CacheLine { data: [7, 8, 9] }));
    println!("box aligned64 {} sum {}", (&*b as *const CacheLine as usize) % 64 == 0, b.data.iter().sum::<u32>());
    let h = black_box(Holder { a: 1, b: A16(2), c: 3 });
    println!("holder {} {:?} {} aligned {}", h.a, h.b, h.c, (&h.b as *const A16 as usize) % 16 == 0);
    let local = black_box(A16(9));
    println!("local aligned {}", (&local as *const A16 as usize) % 16 == 0);
    let e = black_box([E8::X, E8::Y(4)]);
    println!("{:?}", e);
}
