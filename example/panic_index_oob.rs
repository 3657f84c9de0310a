// Bounds-checked indexing: reading past the end of an array through a run-time index panics
// with "index out of bounds: the len is 5 but the index is 5".
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn get(values: &[u32], i: usize) -> u32 {
    values[i]
}

fn sum_window(values: &[u32; 5], start: usize, len: usize) -> u32 {
    let mut s = 0;
    for i in start..start + len {
        s += values[i];
    }
    s
}

fn get_checked(values: &[u32], i: usize) -> Option<u32> {
    if i < values.len() { Some(values[i]) } else { None }
}

fn main() {
    let values = [10u32, 20, 30, 40, 50];
    unsafe {
        printf(c"get(0) = %u, get(4) = %u\n".as_ptr(), get(&values, 0), get(&values, black_box(4)));
        printf(c"window(1, 3) = %u\n".as_ptr(), sum_window(&values, 1, 3));
    }
    unsafe { printf(c"get_checked(7) is none: %d\n".as_ptr(), get_checked(&values, black_box(7)).is_none() as i32); }
    let mut grid = [[0u8; 3]; 3];
    for r in 0..3 {
        for c in 0..3 {
            grid[r][c] = (r * 3 + c) as u8;
        }
    }
    unsafe { printf(c"grid[2][1] = %u\n".as_ptr(), grid[2][1] as u32); }
    print_line("window(3, 3) runs past the end:");
    let s = sum_window(&values, black_box(3), 3);
    unsafe { printf(c"unreachable: %u\n".as_ptr(), s); }
}
