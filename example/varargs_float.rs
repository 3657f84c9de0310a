// Variadic C calls with floating-point arguments: on x86-64 the caller must put the number of
// vector registers used in %al, which the backend does through a trampoline.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn main() {
    let x = black_box(1.5f64);
    let y = black_box(-0.25f64);
    unsafe {
        printf(c"one double: %.3f\n".as_ptr(), x);
        printf(c"mixed: %d %.2f %s %.4f %ld\n".as_ptr(), 7i32, y, c"text".as_ptr(), x * 2.0, 123i64);
        printf(c"many: %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n".as_ptr(), 1.0f64, 2.0f64,
            3.0f64, 4.0f64, 5.0f64, 6.0f64, 7.0f64, 8.0f64, 9.0f64);
        printf(c"ints only: %d %d\n".as_ptr(), 1i32, 2i32);
    }
}
