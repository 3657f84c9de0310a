// Leaving the process through libc `exit` from nested calls: output printed with printf before
// the call must be flushed by exit, destructors of the locals still live at that point (the
// guards of the second `deep` call chain) must not run, and the status is 3.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::libc::exit;
use mini_core::*;

struct Loud(u32);

impl Drop for Loud {
    fn drop(&mut self) {
        unsafe { printf(c"drop %u\n".as_ptr(), self.0); }
    }
}

fn validate(values: &[i32]) -> Option<usize> {
    for i in 0..values.len() {
        if values[i] < 0 {
            return Some(i);
        }
    }
    None
}

fn deep(level: u32, values: &[i32]) -> i32 {
    let _guard = Loud(level);
    if level == 0 {
        match validate(values) {
            Some(bad) => {
                unsafe {
                    printf(c"invalid value %d at index %zu, exiting with status 3\n".as_ptr(), values[bad], bad);
                    exit(3);
                }
            }
            None => 0,
        }
    } else {
        deep(level - 1, values) + 1
    }
}

fn main() {
    {
        let _scoped = Loud(100);
        print_line("scoped value is dropped normally:");
    }
    let good = [1, 2, 3];
    let r = deep(2, &good);
    unsafe { printf(c"good input depth %d\n".as_ptr(), r); }
    let bad = [4, 5, black_box(-6), 7];
    let r = deep(3, &bad);
    unsafe { printf(c"unreachable: %d\n".as_ptr(), r); }
}
