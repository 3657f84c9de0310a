// The fast-math float intrinsics (finite operands: any evaluation order is right, so both
// backends give the exact results here) and simd_shuffle_const_generic, whose lane indices
// are a `&'static [u32]` const generic argument: for vectors of 128 bits (a Cranelift
// shuffle) and for odd lane counts (lane by lane), indices into both inputs.
#![feature(core_intrinsics, intrinsics, repr_simd, adt_const_params, unsized_const_params)]
#![allow(incomplete_features, internal_features, non_camel_case_types)]
use std::hint::black_box;
use std::intrinsics::{fadd_fast, fdiv_fast, fmul_fast, frem_fast, fsub_fast};

#[rustc_intrinsic]
unsafe fn simd_shuffle_const_generic<T, U, const I: &'static [u32]>(a: T, b: T) -> U;

#[repr(simd)]
#[derive(Clone, Copy)]
struct u32x4([u32; 4]);

#[repr(simd)]
#[derive(Clone, Copy)]
struct u8x16([u8; 16]);

#[repr(simd)]
#[derive(Clone, Copy)]
struct u16x3([u16; 3]);

#[repr(simd)]
#[derive(Clone, Copy)]
struct u16x5([u16; 5]);

fn lanes_of<V, T: Copy, const N: usize>(vector: &V) -> [T; N] {
    unsafe { (vector as *const V as *const [T; N]).read() }
}

fn main() {
    let (a, b) = (black_box(7.5f64), black_box(-2.25f64));
    unsafe {
        println!("f64: {} {} {} {} {}", fadd_fast(a, b), fsub_fast(a, b), fmul_fast(a, b),
            fdiv_fast(a, b), frem_fast(a, b));
        let (x, y) = (black_box(1.5f32), black_box(0.25f32));
        println!("f32: {} {} {} {} {}", fadd_fast(x, y), fsub_fast(x, y), fmul_fast(x, y),
            fdiv_fast(x, y), frem_fast(x, y));
    }

    let a = u32x4(black_box([10, 11, 12, 13]));
    let b = u32x4(black_box([20, 21, 22, 23]));
    let mixed: u32x4 = unsafe { simd_shuffle_const_generic::<_, _, { &[7, 0, 5, 2] }>(a, b) };
    let narrow: u32x4 = unsafe { simd_shuffle_const_generic::<_, _, { &[3, 3, 3, 3] }>(a, b) };
    println!("u32x4: {:?} {:?}", lanes_of::<_, u32, 4>(&mixed), lanes_of::<_, u32, 4>(&narrow));

    let bytes = u8x16(black_box([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
    let high = u8x16(black_box([100; 16]));
    let reversed: u8x16 = unsafe {
        simd_shuffle_const_generic::<_, _, { &[15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 16] }>(
            bytes, high,
        )
    };
    println!("u8x16: {:?}", lanes_of::<_, u8, 16>(&reversed));

    let small = u16x3(black_box([1, 2, 3]));
    let other = u16x3(black_box([4, 5, 6]));
    let widened: u16x5 =
        unsafe { simd_shuffle_const_generic::<_, _, { &[5, 0, 4, 1, 3] }>(small, other) };
    println!("u16x3 -> u16x5: {:?}", lanes_of::<_, u16, 5>(&widened));
}
