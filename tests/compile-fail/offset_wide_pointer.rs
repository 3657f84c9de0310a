//@ error-pattern: not yet supported by the Cranelift backend: `offset` of the wide pointer type `*const [u8]`
// The intrinsic `offset` is declared for any pointer type and rustc turns its calls into the
// MIR operator `Offset`, which MIR validation allows on wide raw pointers too. Such a pointer
// has no pointee size to step by; the backend must report it rather than crash.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn main() {
    let bytes = [1u8, 2, 3, 4];
    let wide: *const [u8] = &bytes;
    let moved = unsafe { intrinsics::offset(black_box(wide), 1usize) };
    black_box(moved);
}
