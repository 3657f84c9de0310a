//@ error-pattern: not yet supported by the Cranelift backend: arguments of 4 GiB or more passed by value on the stack
// The C ABI passes large structs by value in the caller's stack frame, which Cranelift sizes
// with 32 bits. A function taking a struct of 4 GiB or more must be an error, not a crash.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

#[repr(C)]
pub struct Huge {
    first: u8,
    rest: [u8; 5_000_000_000],
}

pub extern "C" fn first(huge: Huge) -> u8 {
    huge.first
}

fn main() {
    let f: extern "C" fn(Huge) -> u8 = first;
    black_box(f);
}
