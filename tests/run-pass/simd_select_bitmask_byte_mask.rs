// `simd_select_bitmask` with its mask as a byte array (bit i of the array, lane 0 in the
// lowest bit of the first byte) rather than an integer, as the intrinsic allows.
#![feature(core_intrinsics, repr_simd)]
#![allow(internal_features)]

use std::hint::black_box;
use std::intrinsics::simd::simd_select_bitmask;

#[repr(simd)]
#[derive(Copy, Clone)]
struct U16x16([u16; 16]);

fn main() {
    let yes = U16x16([1; 16]);
    let no = U16x16([0; 16]);
    for mask in [[0b1010_0101u8, 0b0000_1111], [0xff, 0], [0, 0x80]] {
        let selected = unsafe { simd_select_bitmask(black_box(mask), yes, no) };
        let lanes: [u16; 16] = unsafe { std::mem::transmute(selected) };
        println!("{mask:?}: {lanes:?}");
    }
    let integer = unsafe { simd_select_bitmask(black_box(0b0110_0000_0000_0011u16), yes, no) };
    let lanes: [u16; 16] = unsafe { std::mem::transmute(integer) };
    println!("integer: {lanes:?}");
}
