// extern "C" fn definitions and pointers called from Rust, with various argument/return types.
use std::hint::black_box;

extern "C" fn c_add(a: i32, b: i32) -> i32 { a.wrapping_add(b) }
extern "C" fn c_mix(a: u8, b: f64, c: i64, d: f32) -> f64 { a as f64 + b + c as f64 + d as f64 }
extern "C" fn c_noret(p: *mut u32) { unsafe { *p += 1 } }
extern "C" fn c_u128(a: u64, b: u64) -> u64 { ((a as u128 * b as u128) >> 64) as u64 }

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct CPoint { x: f64, y: f64 }

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct CBig { a: i64, b: i64, c: i64, d: i64 }

extern "C" fn c_point(p: CPoint) -> CPoint { CPoint { x: p.y, y: -p.x } }
extern "C" fn c_big(b: CBig) -> CBig { CBig { a: b.d, b: b.c, c: b.b, d: b.a } }

type CBin = extern "C" fn(i32, i32) -> i32;

fn call_it(f: CBin, a: i32, b: i32) -> i32 { f(a, b) }

extern "C" fn c_sub(a: i32, b: i32) -> i32 { a - b }

fn main() {
    println!("{}", call_it(c_add, black_box(i32::MAX), 1));
    println!("{}", call_it(black_box(c_sub as CBin), 10, 30));
    let fs: [CBin; 2] = [c_add, c_sub];
    for f in fs {
        println!("{}", f(black_box(100), 7));
    }
    let m: extern "C" fn(u8, f64, i64, f32) -> f64 = black_box(c_mix);
    println!("{}", m(200, 0.5, -1000, 0.25));
    let mut counter = 0u32;
    let inc: extern "C" fn(*mut u32) = black_box(c_noret);
    for _ in 0..5 {
        inc(&mut counter);
    }
    println!("{}", counter);
    println!("{}", black_box(c_u128 as extern "C" fn(u64, u64) -> u64)(u64::MAX, u64::MAX));
    let pf: extern "C" fn(CPoint) -> CPoint = black_box(c_point);
    println!("{:?}", pf(CPoint { x: 1.5, y: 2.5 }));
    let bf: extern "C" fn(CBig) -> CBig = black_box(c_big);
    println!("{:?}", bf(CBig { a: 1, b: 2, c: 3, d: 4 }));
    let as_rust: Vec<i32> = (0..5).map(|i| call_it(c_add, i, i * i)).collect();
    println!("{:?}", as_rust);
}
