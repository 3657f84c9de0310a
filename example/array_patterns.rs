// Array and slice patterns with rest bindings: subslices of arrays counted from the start
// (`[a, rest @ ..]` on an array) and of slices counted from the end.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn sum(values: &[u32]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < values.len() {
        total += values[i];
        i += 1;
    }
    total
}

fn split_array(arr: [u32; 6]) {
    let [first, middle @ .., last] = arr;
    let [a, b, rest @ ..] = arr;
    unsafe {
        printf(c"first %u last %u middle sum %u (len %zu)\n".as_ptr(), first, last, sum(&middle), middle.len());
        printf(c"a %u b %u rest sum %u (len %zu)\n".as_ptr(), a, b, sum(&rest), rest.len());
    }
}

fn split_slice(values: &[u32]) {
    match values {
        [] => unsafe { printf(c"empty\n".as_ptr()); },
        [only] => unsafe { printf(c"one: %u\n".as_ptr(), *only); },
        [head, tail @ ..] if tail.len() == 1 => unsafe {
            printf(c"head %u and one more %u\n".as_ptr(), *head, tail[0]);
        },
        [head, inner @ .., last] => unsafe {
            printf(c"head %u last %u inner sum %u (len %zu)\n".as_ptr(), *head, *last, sum(inner), inner.len());
        },
    }
}

fn main() {
    split_array([black_box(1), 2, 3, 4, 5, 6]);
    let empty: [u32; 0] = [];
    split_slice(&empty);
    split_slice(&[10]);
    split_slice(&[10, 20]);
    split_slice(&[10, 20, 30, 40, black_box(50)]);
}
