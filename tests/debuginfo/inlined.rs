//! Calls that MIR inlining (`-Zinline-mir`) replaces by the callee's body, for the debuginfo
//! group's `gdb_inlined_frames` case: stopped in `square`'s body inside `caller`, gdb's
//! backtrace must show `square` as a frame of its own, above `caller` at the call's line. In
//! `inlined_origins`, `nothing`, inlined without leaving code, must not be described.

#[inline(always)]
fn square(x: u64) -> u64 {
    let product = x * x; // BREAK HERE
    product + 1
}

#[inline(always)]
fn nothing() {}

#[inline(never)]
fn caller(n: u64) -> u64 {
    nothing();
    let base = n + 1;
    square(base) - 1 // CALL HERE
}

fn main() {
    println!("{}", caller(std::env::args().count() as u64 + 2));
}
