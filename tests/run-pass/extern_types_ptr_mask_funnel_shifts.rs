// Pointers to extern types are thin (no metadata) although the type is unsized; `ptr::mask`
// and the SIMD funnel shifts are intrinsics without a library body. Placing an extern type after
// other fields of a struct aborts, as it does with LLVM.
#![feature(extern_types, ptr_mask, portable_simd, core_intrinsics)]
#![allow(internal_features)]

use std::hint::black_box;
use std::simd::{u8x16, u32x4};

unsafe extern "C" {
    type Opaque;
}

#[repr(C)]
struct WithOpaqueTail {
    tag: u32,
    tail: Opaque,
}

fn addr(r: &Opaque) -> usize {
    r as *const Opaque as usize
}

fn tail_addr(r: &WithOpaqueTail) -> usize {
    &r.tail as *const Opaque as usize - r as *const WithOpaqueTail as usize
}

fn main() {
    let bytes = [5u8; 16];
    let opaque: &Opaque = unsafe { &*(bytes.as_ptr() as *const Opaque) };
    println!("thin: {}", addr(opaque) == bytes.as_ptr() as usize);
    println!("size of &Opaque: {}", size_of::<&Opaque>());

    let p = black_box(0x1234_5678usize) as *const u8;
    println!("{:p} {:p}", p.mask(!0xff), p.mask(0xf0f0));

    let a = black_box(u32x4::from_array([1, 2, 0x8000_0000, 0xdead_beef]));
    let b = black_box(u32x4::from_array([3, 0xffff_ffff, 1, 0x1234_5678]));
    let s = black_box(u32x4::from_array([0, 4, 31, 16]));
    let left: u32x4 = unsafe { std::intrinsics::simd::simd_funnel_shl(a, b, s) };
    let right: u32x4 = unsafe { std::intrinsics::simd::simd_funnel_shr(a, b, s) };
    println!("{left:x?} {right:x?}");
    let x = black_box(u8x16::from_array(std::array::from_fn(|i| (i * 37) as u8)));
    let y = black_box(u8x16::from_array(std::array::from_fn(|i| (i * 91 + 3) as u8)));
    let n = black_box(u8x16::from_array(std::array::from_fn(|i| (i % 8) as u8)));
    let left: u8x16 = unsafe { std::intrinsics::simd::simd_funnel_shl(x, y, n) };
    let right: u8x16 = unsafe { std::intrinsics::simd::simd_funnel_shr(x, y, n) };
    println!("{left:?}\n{right:?}");

    // Last, as it ends the program: the offset of an extern type field after another field
    // depends on an alignment nobody knows, a non-unwinding panic (as with LLVM).
    let words = [7u32; 4];
    let with_tail: &WithOpaqueTail = unsafe { &*(words.as_ptr() as *const WithOpaqueTail) };
    println!("tag {} tail offset {}", with_tail.tag, tail_addr(with_tail));
}
