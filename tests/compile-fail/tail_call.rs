//@ error-pattern: not yet supported by the Cranelift backend: guaranteed tail calls
// Guaranteed tail calls (`become`) are not supported by the Cranelift backend yet; it must
// reject this program with a clear error. (It builds and runs fine with LLVM.)
#![feature(no_core, explicit_tail_calls)]
#![allow(incomplete_features)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn count_down(n: u64) -> u64 {
    if n == 0 { 0 } else { become count_down(n - 1) }
}

fn main() {
    let r = count_down(black_box(1000));
    unsafe { printf(c"done: %lu\n".as_ptr(), r); }
}
