// -Zstack-protector=strong gives a canary (checked by calling `__stack_chk_fail` on a mismatch)
// to functions with an array among their locals, also inside a struct, or a local whose address
// is taken, as LLVM's `sspstrong` does; other functions get none (src/lower/stack_protector.rs).
//@ compile-flags: -Zstack-protector=strong -Copt-level=0
//@ check x86_64-unknown-linux-gnu with_array has __stack_chk_fail
//@ check x86_64-unknown-linux-gnu with_array_in_struct has __stack_chk_fail
//@ check x86_64-unknown-linux-gnu with_address_taken has __stack_chk_fail
//@ check x86_64-unknown-linux-gnu plain lacks __stack_chk_fail
//@ check x86_64-unknown-linux-gnu through_pointer lacks __stack_chk_fail
//@ check aarch64-unknown-linux-gnu with_array has __stack_chk_guard
//@ check aarch64-unknown-linux-gnu with_array has __stack_chk_fail
//@ check aarch64-unknown-linux-gnu plain lacks __stack_chk_fail

use std::hint::black_box;

pub struct Holder {
    pub values: [u32; 3],
    pub count: usize,
}

#[unsafe(no_mangle)]
pub fn with_array(index: usize) -> u8 {
    let buffer = black_box([1u8, 2, 3, 4]);
    buffer[index % 4]
}

#[unsafe(no_mangle)]
pub fn with_array_in_struct(count: usize) -> usize {
    let holder = black_box(Holder { values: [1, 2, 3], count });
    holder.count + holder.values.len()
}

#[unsafe(no_mangle)]
pub fn with_address_taken(value: u64) -> u64 {
    let local = value + 1;
    black_box(&local);
    local
}

#[unsafe(no_mangle)]
pub fn plain(a: u64, b: u64) -> u64 {
    a.wrapping_mul(b) ^ (a >> 3)
}

#[unsafe(no_mangle)]
pub fn through_pointer(pointer: &mut u64) -> u64 {
    let reborrowed = &mut *pointer;
    *reborrowed += 1;
    *reborrowed
}
