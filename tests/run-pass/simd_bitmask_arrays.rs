// simd_bitmask (10, 20 and 3 lanes) and simd_select_bitmask (10 and 3 lanes) with masks as
// integers and as byte arrays, for lane counts that are not powers of two.
#![feature(repr_simd, core_intrinsics)]
#![allow(non_camel_case_types)]
use std::hint::black_box;
use std::intrinsics::simd::{simd_bitmask, simd_select_bitmask};

#[repr(simd)]
#[derive(Clone, Copy)]
struct i32x10([i32; 10]);

#[repr(simd)]
#[derive(Clone, Copy)]
struct i16x20([i16; 20]);

#[repr(simd)]
#[derive(Clone, Copy)]
struct u64x3([u64; 3]);

/// The lanes of a vector (a SIMD type's fields cannot be projected).
fn lanes_of<V, T: Copy, const N: usize>(vector: &V) -> [T; N] {
    unsafe { (vector as *const V as *const [T; N]).read() }
}

fn lanes10(pattern: u32) -> i32x10 {
    let mut lanes = [0; 10];
    for (i, lane) in lanes.iter_mut().enumerate() {
        *lane = if pattern >> i & 1 == 1 { -1 } else { 0 };
    }
    i32x10(black_box(lanes))
}

fn main() {
    for pattern in [0u32, 0b1, 0b10_0000_0000, 0b01_0100_1011, 0b11_1111_1111, 0b10_1010_1010] {
        let mask = lanes10(pattern);
        let as_int: u16 = unsafe { simd_bitmask(mask) };
        let as_bytes: [u8; 2] = unsafe { simd_bitmask(mask) };
        println!("{pattern:010b}: bitmask {as_int:#06x} bytes {as_bytes:?}");

        let yes = i32x10(black_box([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
        let no = i32x10(black_box([-1, -2, -3, -4, -5, -6, -7, -8, -9, -10]));
        let by_int: i32x10 = unsafe { simd_select_bitmask(black_box(as_int), yes, no) };
        let by_bytes: i32x10 = unsafe { simd_select_bitmask(black_box(as_bytes), yes, no) };
        println!("  select by int {:?}", lanes_of::<_, i32, 10>(&by_int));
        println!("  select by bytes {:?}", lanes_of::<_, i32, 10>(&by_bytes));
    }

    let mut lanes = [0i16; 20];
    for i in [0, 3, 7, 8, 13, 19] {
        lanes[i] = i16::MIN;
    }
    let wide = i16x20(black_box(lanes));
    let as_int: u32 = unsafe { simd_bitmask(wide) };
    let as_bytes: [u8; 3] = unsafe { simd_bitmask(wide) };
    println!("20 lanes: bitmask {as_int:#010x} bytes {as_bytes:?}");
    // No select of 20 lanes: LLVM's build (rustc 1.101, x86-64) of one gets lanes 16 to 19
    // wrong (a mask of bit 19 alone selects nothing), so it cannot be the reference.

    let three = u64x3(black_box([u64::MAX, 0, 1 << 63]));
    let as_int: u8 = unsafe { simd_bitmask(three) };
    let as_bytes: [u8; 1] = unsafe { simd_bitmask(three) };
    let picked: u64x3 = unsafe {
        simd_select_bitmask(black_box([0b110u8]), u64x3([7, 8, 9]), u64x3([70, 80, 90]))
    };
    println!("3 lanes: bitmask {as_int:#05b} bytes {as_bytes:?} select {:?}", lanes_of::<_, u64, 3>(&picked));
}
