// -Zstack-protector=basic gives a canary only to functions with a byte array of 8 bytes or
// more among their locals (also inside a struct), as LLVM's `ssp` does for character arrays
// (src/lower/stack_protector.rs).
//@ compile-flags: -Zstack-protector=basic -Copt-level=0
//@ check x86_64-unknown-linux-gnu byte_buffer has __stack_chk_fail
//@ check x86_64-unknown-linux-gnu byte_buffer_in_struct has __stack_chk_fail
//@ check x86_64-unknown-linux-gnu short_byte_array lacks __stack_chk_fail
//@ check x86_64-unknown-linux-gnu word_array lacks __stack_chk_fail
//@ check x86_64-unknown-linux-gnu with_address_taken lacks __stack_chk_fail

use std::hint::black_box;

pub struct Message {
    pub bytes: [u8; 32],
    pub len: usize,
}

#[unsafe(no_mangle)]
pub fn byte_buffer(index: usize) -> u8 {
    let buffer = black_box([7u8; 16]);
    buffer[index % 16]
}

#[unsafe(no_mangle)]
pub fn byte_buffer_in_struct(len: usize) -> usize {
    let message = black_box(Message { bytes: [0; 32], len });
    message.len + usize::from(message.bytes[0])
}

#[unsafe(no_mangle)]
pub fn short_byte_array(index: usize) -> u8 {
    let buffer = black_box([1u8, 2, 3, 4]);
    buffer[index % 4]
}

#[unsafe(no_mangle)]
pub fn word_array(index: usize) -> u64 {
    let buffer = black_box([1u64, 2, 3, 4]);
    buffer[index % 4]
}

#[unsafe(no_mangle)]
pub fn with_address_taken(value: u64) -> u64 {
    let local = value + 1;
    black_box(&local);
    local
}
