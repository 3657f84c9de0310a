//@ error-pattern: invalid monomorphization of `ctpop` intrinsic: expected basic integer type, found `(u8, u8)`
//@ error-pattern: invalid monomorphization of `float_to_int_unchecked` intrinsic: expected basic float type, found `(u8, u8)`
//@ error-pattern: invalid monomorphization of `simd_add` intrinsic: expected SIMD input type, found non-SIMD `u32`
//@ error-pattern: invalid monomorphization of `simd_cast` intrinsic: expected SIMD return type, found non-SIMD `u64`
//@ error-pattern: invalid monomorphization of `simd_select_bitmask` intrinsic: invalid bitmask `f32`
//@ error-pattern: invalid monomorphization of `simd_arith_offset` intrinsic: expected pointer, got `usize`
//@ error-pattern: invalid monomorphization of `simd_saturating_add` intrinsic: expected element type `f32` of vector type `F32x4` to be a signed or unsigned integer type
//@ error-pattern: invalid monomorphization of `simd_select` intrinsic: expected mask element type to be an integer, found `f32`
// Most intrinsics are declared generic over any `Copy` type, so calls at types they have no
// meaning for pass type checking. The backend must reject each with the same error as the
// LLVM backend (E0511), not crash reading a pair or a number as a vector, or emit integer
// instructions on float lanes (which Cranelift panics on).
#![feature(no_core, intrinsics, repr_simd)]
#![no_core]
#![allow(internal_features)]

extern crate mini_core;
use mini_core::*;

#[rustc_intrinsic]
fn ctpop<T: Copy>(x: T) -> u32;
#[rustc_intrinsic]
unsafe fn float_to_int_unchecked<Float: Copy, Int: Copy>(value: Float) -> Int;
#[rustc_intrinsic]
unsafe fn simd_add<T>(x: T, y: T) -> T;
#[rustc_intrinsic]
unsafe fn simd_cast<T, U>(x: T) -> U;
#[rustc_intrinsic]
unsafe fn simd_select_bitmask<M, T>(m: M, yes: T, no: T) -> T;
#[rustc_intrinsic]
unsafe fn simd_arith_offset<T, U>(ptr: T, offset: U) -> T;
#[rustc_intrinsic]
unsafe fn simd_saturating_add<T>(x: T, y: T) -> T;
#[rustc_intrinsic]
unsafe fn simd_select<M, T>(mask: M, yes: T, no: T) -> T;

#[repr(simd)]
struct U32x4([u32; 4]);
impl Copy for U32x4 {}
impl Clone for U32x4 {
    fn clone(&self) -> Self {
        *self
    }
}

#[repr(simd)]
struct F32x4([f32; 4]);
impl Copy for F32x4 {}
impl Clone for F32x4 {
    fn clone(&self) -> Self {
        *self
    }
}

#[repr(simd)]
struct Usizex2([usize; 2]);
impl Copy for Usizex2 {}
impl Clone for Usizex2 {
    fn clone(&self) -> Self {
        *self
    }
}

fn main() {
    let pair = black_box((1u8, 2u8));
    let vector = U32x4([1, 2, 3, 4]);
    let offsets = Usizex2([1, 2]);
    let floats = F32x4([1.0, 2.0, 3.0, 4.0]);
    unsafe {
        let bits = ctpop(pair);
        let int: u32 = float_to_int_unchecked(pair);
        let sum = simd_add(black_box(1u32), 2u32);
        let narrowed: u64 = simd_cast(vector);
        let selected = simd_select_bitmask(1.0f32, vector, vector);
        let moved = simd_arith_offset(offsets, offsets);
        let saturated = simd_saturating_add(floats, floats);
        let chosen = simd_select(floats, vector, vector);
        black_box((bits, int, sum, narrowed, selected, moved, saturated, chosen));
    }
}
