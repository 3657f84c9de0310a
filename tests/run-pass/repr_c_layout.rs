// repr(C) struct/union layout: size_of, align_of, offset_of!, field order preserved.
#![allow(dead_code)]
use std::hint::black_box;
use std::mem::{align_of, offset_of, size_of};

#[repr(C)]
struct A { a: u8, b: u32, c: u16, d: u64, e: u8 }

#[repr(C)]
struct B { x: u8, inner: A, y: u16 }

#[repr(C)]
#[derive(Clone, Copy)]
union U { i: u32, f: f32, bytes: [u8; 4] }

#[repr(C)]
struct WithArray { tag: u8, arr: [u16; 3], tail: f64 }

#[repr(C, u8)]
#[derive(Debug)]
enum Tagged { I(i32), F(f64), N }

fn main() {
    println!("A size {} align {} offs {} {} {} {} {}", size_of::<A>(), align_of::<A>(), offset_of!(A, a), offset_of!(A, b), offset_of!(A, c), offset_of!(A, d), offset_of!(A, e));
    println!("B size {} align {} offs {} {} {}", size_of::<B>(), align_of::<B>(), offset_of!(B, x), offset_of!(B, inner), offset_of!(B, y));
    println!("U size {} align {}", size_of::<U>(), align_of::<U>());
    println!("WithArray size {} offs {} {} {}", size_of::<WithArray>(), offset_of!(WithArray, tag), offset_of!(WithArray, arr), offset_of!(WithArray, tail));
    println!("Tagged size {} align {}", size_of::<Tagged>(), align_of::<Tagged>());
    let a = black_box(A { a: 1, b: 2, c: 3, d: 4, e: 5 });
    let base = &a as *const A as usize;
    println!("field addr deltas {} {} {} {} {}", &a.a as *const u8 as usize - base, &a.b as *const u32 as usize - base,
        &a.c as *const u16 as usize - base, &a.d as *const u64 as usize - base, &a.e as *const u8 as usize - base);
    println!("sum {}", a.a as u64 + a.b as u64 + a.c as u64 + a.d + a.e as u64);
    let u = black_box(U { f: 1.0 });
    unsafe {
        println!("union i {:#x} bytes {:?}", u.i, u.bytes);
    }
    let u2 = U { bytes: black_box([0, 0, 0x80, 0x3f]) };
    println!("union f {}", unsafe { u2.f });
    let b = black_box(B { x: 9, inner: A { a: 1, b: 2, c: 3, d: 4, e: 5 }, y: 7 });
    println!("{} {} {}", b.x, b.inner.d, b.y);
    let t = black_box([Tagged::I(-3), Tagged::F(2.5), Tagged::N]);
    for v in &t {
        let tag = unsafe { *(v as *const Tagged as *const u8) };
        println!("{:?} tag {}", v, tag);
    }
    let w = WithArray { tag: 1, arr: [2, 3, 4], tail: 5.5 };
    println!("{} {:?} {}", w.tag, w.arr, w.tail);
}
