// The smallest useful program: output through libc puts/printf/putchar/write with string,
// integer and pointer-free formatting, returning normally from main (status 0).
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::libc::{fflush, putchar, write};
use mini_core::*;

fn greet(name: &str, times: u32) {
    for i in 0..times {
        unsafe { printf(c"%u: hello, %.*s!\n".as_ptr(), i + 1, name.len() as i32, name.as_ptr()); }
    }
}

fn main() {
    unsafe {
        puts(c"Hello, world!".as_ptr());
        printf(c"%s, %d + %d = %d\n".as_ptr(), c"printf".as_ptr(), 2, 3, 2 + 3);
        printf(c"padding: [%5d] [%-5d] [%05d] [%x] [%#o]\n".as_ptr(), 42, 42, 42, 255, 8);
        printf(c"widths: %ld %lu %zu %zd %c\n".as_ptr(), -1i64, 1u64 << 63, 123usize, -123isize, 'R' as u32);
        printf(c"percent sign: 100%%\n".as_ptr());
    }
    print_line("a &str printed with %.*s");
    let s = "length check";
    unsafe {
        printf(c"len(\"%.*s\") = %zu\n".as_ptr(), s.len() as i32, s.as_ptr(), s.len());
    }
    greet("rustc", 2);
    greet("cranelift", black_box(1));
    for c in b"chars\n".as_slice_helper() {
        unsafe { putchar(*c as i32); }
    }
    // Mixing stdio and write(2) requires flushing stdio first.
    unsafe {
        fflush(null_mut());
        let msg = b"written with write(2)\n";
        write(1, msg.as_ptr(), msg.len());
        puts(c"and back to puts".as_ptr());
    }
}

trait AsSliceHelper {
    fn as_slice_helper(&self) -> SliceIterHelper<'_>;
}

impl<const N: usize> AsSliceHelper for [u8; N] {
    fn as_slice_helper(&self) -> SliceIterHelper<'_> {
        SliceIterHelper { bytes: self, pos: 0 }
    }
}

struct SliceIterHelper<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for SliceIterHelper<'a> {
    type Item = &'a u8;
    fn next(&mut self) -> Option<&'a u8> {
        if self.pos < self.bytes.len() {
            self.pos += 1;
            Some(&self.bytes[self.pos - 1])
        } else {
            None
        }
    }
}
