// std::simd vectors of pointers: casts between pointee types (simd_cast_ptr), exposing and
// recovering provenance (simd_expose_provenance, simd_with_exposed_provenance), addresses and
// offsets. Found by portable-simd's `pointers` tests.
#![feature(portable_simd, core_intrinsics)]
#![allow(internal_features)]
use std::hint::black_box;
use std::simd::prelude::*;

fn main() {
    let data: [u32; 4] = [10, 20, 30, 40];
    let base = black_box(data.as_ptr());
    let ptrs = Simd::<*const u32, 4>::splat(base).wrapping_add(usizex4::from_array([0, 1, 2, 3]));
    let bytes: Simd<*const u8, 4> = ptrs.cast::<u8>();
    let offsets = bytes.addr() - Simd::splat(base.addr());
    println!("byte offsets {:?}", offsets.to_array());
    let exposed = ptrs.expose_provenance();
    println!("exposed offsets {:?}", (exposed - Simd::splat(base.addr())).to_array());
    // std::simd has no safe constructor for it any more.
    let back: Simd<*const u32, 4> =
        unsafe { std::intrinsics::simd::simd_with_exposed_provenance(exposed) };
    let values: Vec<u32> = back.to_array().iter().map(|&p| unsafe { *p }).collect();
    println!("values {values:?}");
    let mut out = [0u32; 4];
    let mutable = Simd::<*mut u32, 4>::splat(black_box(out.as_mut_ptr()))
        .wrapping_add(usizex4::from_array([3, 2, 1, 0]));
    let as_const: Simd<*const u32, 4> = mutable.cast_const();
    println!("reversed offsets {:?}", (as_const.addr() - Simd::splat(out.as_ptr().addr())).to_array());
    let with_addr = mutable.with_addr(mutable.addr() + Simd::splat(0));
    for (i, p) in with_addr.to_array().into_iter().enumerate() {
        unsafe { *p = i as u32 * 7 };
    }
    println!("written {out:?}");
    println!("null {:?}", Simd::<*const u8, 2>::splat(std::ptr::null()).is_null().to_array());
}
