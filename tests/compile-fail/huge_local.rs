//@ error-pattern: not yet supported by the Cranelift backend: a stack allocation of 4 GiB or more (in function `big`)
// Cranelift sizes stack slots with 32 bits: a local of 4 GiB or more is an error naming the
// function (with the help to compile the crate with LLVM), not a crash.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

pub struct Huge {
    bytes: [u8; 5_000_000_000],
}

#[inline(never)]
fn big(huge: &Huge) -> u8 {
    let copy = Huge { bytes: huge.bytes };
    copy.bytes[0]
}

fn main() {
    let f: fn(&Huge) -> u8 = big;
    black_box(f);
}
