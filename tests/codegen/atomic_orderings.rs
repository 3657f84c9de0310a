// Atomic loads and stores cost what their ordering needs (src/intrinsics/atomic.rs): Relaxed
// ones are plain accesses; on x86-64 a Release store is a plain `mov` too, and only SeqCst
// stores pay for `mfence`; on AArch64 Acquire loads and Release stores use `ldar`/`stlr`.
// Volatile atomics keep the atomic instructions, which Cranelift never merges.
//@ check x86_64-unknown-linux-gnu relaxed_store lacks mfence
//@ check x86_64-unknown-linux-gnu release_store lacks mfence
//@ check x86_64-unknown-linux-gnu seq_cst_store has mfence
//@ check x86_64-unknown-linux-gnu relaxed_load lacks mfence
//@ check aarch64-unknown-linux-gnu relaxed_load has ldr
//@ check aarch64-unknown-linux-gnu relaxed_load lacks ldar
//@ check aarch64-unknown-linux-gnu acquire_load has ldar
//@ check aarch64-unknown-linux-gnu relaxed_store has str
//@ check aarch64-unknown-linux-gnu relaxed_store lacks stlr
//@ check aarch64-unknown-linux-gnu release_store has stlr
//@ check aarch64-unknown-linux-gnu seq_cst_store has stlr
//@ check x86_64-unknown-linux-gnu relaxed_volatile_store has mfence
//@ check aarch64-unknown-linux-gnu relaxed_volatile_store has stlr
#![feature(core_intrinsics)]
#![allow(internal_features)]

use std::intrinsics::{AtomicOrdering, atomic_load, atomic_store};

#[unsafe(no_mangle)]
pub unsafe fn relaxed_load(place: *const u64) -> u64 {
    unsafe { atomic_load::<u64, { AtomicOrdering::Relaxed }, false>(place) }
}

#[unsafe(no_mangle)]
pub unsafe fn acquire_load(place: *const u64) -> u64 {
    unsafe { atomic_load::<u64, { AtomicOrdering::Acquire }, false>(place) }
}

#[unsafe(no_mangle)]
pub unsafe fn relaxed_store(place: *mut u32, value: u32) {
    unsafe { atomic_store::<u32, { AtomicOrdering::Relaxed }, false>(place, value) }
}

#[unsafe(no_mangle)]
pub unsafe fn release_store(place: *mut u32, value: u32) {
    unsafe { atomic_store::<u32, { AtomicOrdering::Release }, false>(place, value) }
}

#[unsafe(no_mangle)]
pub unsafe fn seq_cst_store(place: *mut u32, value: u32) {
    unsafe { atomic_store::<u32, { AtomicOrdering::SeqCst }, false>(place, value) }
}

#[unsafe(no_mangle)]
pub unsafe fn relaxed_volatile_store(place: *mut u32, value: u32) {
    unsafe { atomic_store::<u32, { AtomicOrdering::Relaxed }, true>(place, value) }
}
