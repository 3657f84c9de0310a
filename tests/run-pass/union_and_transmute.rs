// Unions with Copy fields, transmute between same-sized types, type punning of arrays and floats.
#![allow(unnecessary_transmutes)]
use std::hint::black_box;

#[derive(Clone, Copy)]
union IntOrFloat { i: u64, f: f64, halves: [u32; 2], bytes: [u8; 8] }

#[derive(Clone, Copy)]
#[repr(C)]
struct Pair { lo: u32, hi: u32 }

fn main() {
    let mut u = IntOrFloat { f: black_box(-2.5) };
    unsafe {
        println!("f {} i {:#018x} halves {:x?}", u.f, u.i, u.halves);
        u.halves[0] = black_box(1);
        println!("after write i {:#x} f {:e}", u.i, u.f);
        u.bytes[7] = 0x40;
        println!("bytes {:02x?} f {:e}", u.bytes, u.f);
    }
    let p: Pair = unsafe { std::mem::transmute(black_box(0x1111_2222_3333_4444u64)) };
    println!("lo {:#x} hi {:#x}", p.lo, p.hi);
    let arr: [u16; 4] = unsafe { std::mem::transmute(black_box([1u8, 2, 3, 4, 5, 6, 7, 8])) };
    println!("{:x?}", arr);
    let fl: [f32; 2] = unsafe { std::mem::transmute(black_box(0x3f80_0000_4000_0000u64)) };
    println!("{:?}", fl);
    let x: i32 = unsafe { std::mem::transmute(black_box(u32::MAX)) };
    println!("{}", x);
    let c: char = unsafe { std::mem::transmute(black_box(0x263Au32)) };
    println!("{}", c);
    let b: bool = unsafe { std::mem::transmute(black_box(1u8)) };
    println!("{}", b);
    let bits = black_box([1.0f64, -0.0, 0.5]).map(|f| f.to_bits());
    println!("{:x?}", bits);
    let s: [u8; 4] = black_box(0x01020304u32).to_ne_bytes();
    let back = u32::from_ne_bytes(s);
    println!("{:#x}", back);
    let t: (u8, u8) = black_box((3, 4));
    let arr2: [u8; 2] = [t.0, t.1];
    println!("{:?}", arr2);
}
