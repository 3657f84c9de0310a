//! Calls that MIR inlining (`-Zinline-mir`) replaces by the callee's body, for the debuginfo
//! group's `gdb_inlined_frames` case: stopped in `square`'s body inside `caller`, gdb's
//! backtrace must show `square` as a frame of its own, above `caller` at the call's line.

#[inline(always)]
fn square(x: u64) -> u64 {
    let product = x * x; // BREAK HERE
    product + 1
}

#[inline(never)]
fn caller(n: u64) -> u64 {
    let base = n + 1;
    square(base) - 1 // CALL HERE
}

fn main() {
    println!("{}", caller(std::env::args().count() as u64 + 2));
}
