// Option::unwrap on None: mini_core's unwrap is #[track_caller], so the reported location is
// the unwrap call in this file. Digits are parsed until a non-digit is found.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn parse_digit(c: u8) -> Option<u32> {
    if c >= b'0' && c <= b'9' { Some((c - b'0') as u32) } else { None }
}

fn parse_number(s: &str) -> u32 {
    let bytes = s.as_bytes();
    let mut n = 0;
    for i in 0..bytes.len() {
        n = n * 10 + parse_digit(bytes[i]).unwrap();
    }
    n
}

fn try_parse(s: &str) -> Option<u32> {
    let bytes = s.as_bytes();
    let mut n = 0;
    for i in 0..bytes.len() {
        match parse_digit(bytes[i]) {
            Some(d) => n = n * 10 + d,
            None => return None,
        }
    }
    Some(n)
}

fn main() {
    let inputs = ["42", "1234", "7x"];
    for i in 0..inputs.len() {
        let s = inputs[i];
        match try_parse(s) {
            Some(v) => unsafe { printf(c"try_parse(\"%.*s\") = %u\n".as_ptr(), s.len() as i32, s.as_ptr(), v); },
            None => unsafe { printf(c"try_parse(\"%.*s\") failed\n".as_ptr(), s.len() as i32, s.as_ptr()); },
        }
    }
    for i in 0..inputs.len() {
        let s = black_box(inputs[i]);
        unsafe { printf(c"parsing \"%.*s\"\n".as_ptr(), s.len() as i32, s.as_ptr()); }
        let v = parse_number(s);
        unsafe { printf(c"  -> %u\n".as_ptr(), v); }
    }
    print_line("unreachable");
}
