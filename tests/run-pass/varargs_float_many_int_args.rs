// A C variadic call with floating-point arguments and more integer arguments than registers:
// `%al` must still announce the vector registers (glibc's printf family reads the doubles
// from them only when it is non-zero).
use std::ffi::{c_char, c_double, c_int};

unsafe extern "C" {
    fn snprintf(buf: *mut c_char, len: usize, format: *const c_char, ...) -> c_int;
}

fn format_many(a: i64, b: i64, c: i64, x: f64, y: f64) -> String {
    let mut buf = [0u8; 256];
    let format = c"%ld %ld %ld %ld %.2f %ld %.3f %ld\n";
    let written = unsafe {
        snprintf(
            buf.as_mut_ptr().cast(),
            buf.len(),
            format.as_ptr(),
            a,
            b,
            c,
            a + b,
            x as c_double,
            b + c,
            y as c_double,
            a * c,
        )
    };
    String::from_utf8_lossy(&buf[..written as usize]).into_owned()
}

fn main() {
    print!("{}", format_many(1, 2, 3, 1.5, 2.25));
    print!("{}", format_many(-7, 100, 12345, -0.125, 1e10));
}
