//@ error-pattern: invalid monomorphization of `atomic_load` intrinsic: expected basic integer or pointer type, found `[u8; 4]`
//@ error-pattern: invalid monomorphization of `atomic_xadd` intrinsic: expected basic integer or pointer type, found `u32`
// Atomic intrinsics are generic over any `Copy` type. At an array type, or adding a `u64` to a
// `u32`, the backend must give the LLVM backend's error (E0511) rather than crash or emit an
// access of the wrong width.
#![feature(core_intrinsics, adt_const_params)]
#![allow(internal_features, incomplete_features)]

use std::intrinsics::{AtomicOrdering, atomic_load, atomic_xadd};

fn main() {
    let bytes = [1u8; 4];
    let mut counter = 5u32;
    unsafe {
        let loaded = atomic_load::<[u8; 4], { AtomicOrdering::SeqCst }, false>(&bytes);
        let old = atomic_xadd::<u32, u64, { AtomicOrdering::SeqCst }>(&mut counter, 1);
        std::hint::black_box((loaded, old));
    }
}
