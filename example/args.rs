//@ run-args: first second-arg 42 -7
// Command line arguments recorded by mini_core's `start` lang item (argc/argv), parsed with
// libc atoi and summed. The test runner passes the arguments from the run-args line above.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::libc::{atoi, strlen};
use mini_core::*;

fn arg(i: isize) -> *const i8 {
    unsafe { *ARGV.offset(i) as *const i8 }
}

fn is_number(s: *const i8) -> bool {
    unsafe {
        let len = strlen(s);
        if len == 0 {
            return false;
        }
        let bytes = slice_from_raw_parts(s as *const u8, len);
        let start = if bytes[0] == b'-' { 1 } else { 0 };
        if start == len {
            return false;
        }
        for i in start..len {
            if bytes[i] < b'0' || bytes[i] > b'9' {
                return false;
            }
        }
        true
    }
}

fn main() {
    let argc = unsafe { ARGC };
    unsafe { printf(c"argc = %zd\n".as_ptr(), argc); }
    let mut total = 0;
    let mut chars = 0;
    // Argument 0 is the program path, which varies: only check that it is non-empty.
    unsafe { printf(c"argv[0] is non-empty: %d\n".as_ptr(), (strlen(arg(0)) > 0) as i32); }
    for i in 1..argc {
        let a = arg(i);
        let len = unsafe { strlen(a) };
        chars += len;
        if is_number(a) {
            let v = unsafe { atoi(a) };
            total += v;
            unsafe { printf(c"argv[%zd] = %d (number)\n".as_ptr(), i, v); }
        } else {
            unsafe { printf(c"argv[%zd] = \"%s\" (%zu bytes)\n".as_ptr(), i, a, len); }
        }
    }
    unsafe {
        printf(c"sum of numbers %d, total bytes %zu\n".as_ptr(), total, chars);
        printf(c"argv[argc] is null: %d\n".as_ptr(), arg(argc).is_null() as i32);
    }
}
