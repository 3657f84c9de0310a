// Without optimizations, `-Cdebuginfo=2` describes every variable at a stack slot. Variables
// that fit in registers stay there all the same, and each value given to one is also stored to
// its slot for the debugger, as LLVM's unoptimized code spills them: the code reads them from
// registers, never back from their slots (src/abi/prologue.rs).
//@ compile-flags: -Copt-level=0 -Cdebuginfo=2
//@ check x86_64-unknown-linux-gnu sum_in_registers has %rsi, <offset:1>+8(%rsp)
//@ check x86_64-unknown-linux-gnu sum_in_registers lacks (%rsp), %
//@ check x86_64-unknown-linux-gnu pair_in_registers has (%rsp)
//@ check x86_64-unknown-linux-gnu pair_in_registers lacks (%rsp), %

#[unsafe(no_mangle)]
pub fn sum_in_registers(a: u64, b: u64) -> u64 {
    let doubled = a * 2;
    let total = doubled + b;
    total * doubled
}

#[unsafe(no_mangle)]
pub fn pair_in_registers(pair: (u32, f64), scale: f64) -> f64 {
    let mut swapped = (pair.1, pair.0);
    swapped.0 *= scale;
    swapped.1 += 1;
    swapped.0 + swapped.1 as f64
}
