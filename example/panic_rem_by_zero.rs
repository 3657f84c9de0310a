// Integer remainder with a zero divisor panics with
// "attempt to calculate the remainder with a divisor of zero". The program hashes keys into
// tables of decreasing size; the last table size is zero.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn hash_slot(key: u64, slots: u64) -> u64 {
    (key ^ (key >> 7)) % slots
}

fn histogram(keys: &[u64], slots: u64) -> [u32; 8] {
    let mut h = [0u32; 8];
    for k in 0..keys.len() {
        let s = hash_slot(keys[k], slots) as usize;
        if s < h.len() {
            h[s] += 1;
        }
    }
    h
}

fn signed_rem(a: i32, b: i32) -> i32 {
    a % b
}

fn main() {
    let keys = [17u64, 123456, 99, 0xdead_beef, 4, 1 << 40, 77777];
    let h = histogram(&keys, 4);
    unsafe { printf(c"histogram: %u %u %u %u\n".as_ptr(), h[0], h[1], h[2], h[3]); }
    unsafe { printf(c"signed remainders: %d %d %d\n".as_ptr(), signed_rem(-7, 3), signed_rem(7, -3), signed_rem(-7, -3)); }
    let mut table_sizes = [8u64, 5, 3, 0];
    table_sizes[0] = black_box(table_sizes[0]);
    for t in 0..table_sizes.len() {
        let size = table_sizes[t];
        unsafe { printf(c"table of %lu slots:".as_ptr(), size); }
        for k in 0..keys.len() {
            unsafe { printf(c" %lu".as_ptr(), hash_slot(keys[k], black_box(size))); }
        }
        print_line("");
    }
    print_line("unreachable");
}
