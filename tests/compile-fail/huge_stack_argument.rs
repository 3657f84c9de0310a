//@ error-pattern: not yet supported by the Cranelift backend: a stack frame, or arguments or results passed on the stack, larger than Cranelift allows (in function `huge_stack_argument::
// A 512 MiB argument passed by value on the stack by the C convention is beyond what Cranelift
// lays out, in the callee's incoming and the caller's outgoing arguments: the error names the
// function (after lowering, from its symbol) instead of Cranelift's `ImplLimitExceeded`.
// (LLVM builds it.)
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

#[repr(align(536870912))]
pub struct Huge(i64);

#[allow(improper_ctypes_definitions)]
pub extern "C" fn take(huge: Huge) -> i64 {
    huge.0
}

fn main() {
    let r = take(Huge(black_box(7)));
    unsafe { printf(c"%ld\n".as_ptr(), r); }
}
