// bool and char operations: logic, comparisons, conversions, char classification.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn describe(b: bool) -> &'static CStr {
    if b { c"true" } else { c"false" }
}

fn is_ascii_digit(c: char) -> bool {
    c >= '0' && c <= '9'
}

fn is_ascii_alpha(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        _ => false,
    }
}

fn to_upper(c: char) -> char {
    if c >= 'a' && c <= 'z' {
        ((c as u8) - b'a' + b'A') as char
    } else {
        c
    }
}

fn main() {
    let t = black_box(true);
    let f = black_box(false);
    unsafe {
        printf(c"!t=%s t&f=%s t|f=%s t^t=%s t^f=%s\n".as_ptr(),
            describe(!t).as_ptr(), describe(t & f).as_ptr(), describe(t | f).as_ptr(),
            describe(t ^ t).as_ptr(), describe(t ^ f).as_ptr());
        printf(c"t&&f=%s f||t=%s t==f=%s t!=f=%s t>f=%s f<t=%s\n".as_ptr(),
            describe(t && f).as_ptr(), describe(f || t).as_ptr(), describe(t == f).as_ptr(),
            describe(t != f).as_ptr(), describe(t > f).as_ptr(), describe(f < t).as_ptr());
        printf(c"as int: %d %d, sum %d\n".as_ptr(), t as i32, f as i32, t as u8 as i32 + t as i32);
    }
    let mut flags = [false; 8];
    let mut i = 0;
    while i < 8 {
        flags[i] = i % 3 == 0;
        i += 1;
    }
    let mut mask: u32 = 0;
    i = 0;
    while i < 8 {
        mask |= (flags[i] as u32) << i;
        i += 1;
    }
    unsafe { printf(c"mask = 0x%02x\n".as_ptr(), mask); }
    let mut acc = true;
    acc &= t;
    acc |= f;
    acc ^= true;
    unsafe { printf(c"acc = %s\n".as_ptr(), describe(acc).as_ptr()); }

    let chars = ['a', 'Z', '7', ' ', '~', 'é', '€', '😀', '\u{10FFFF}', '\0'];
    let mut j = 0;
    while j < chars.len() {
        let c = chars[j];
        unsafe {
            printf(c"char U+%04X digit=%d alpha=%d upper=U+%04X\n".as_ptr(),
                c as u32, is_ascii_digit(c) as i32, is_ascii_alpha(c) as i32, to_upper(c) as u32);
        }
        j += 1;
    }
    let c = black_box('m');
    unsafe {
        printf(c"m<n=%d m>=m=%d m==M=%d\n".as_ptr(), (c < 'n') as i32, (c >= 'm') as i32, (c == 'M') as i32);
        printf(c"u8 -> char: %c%c%c\n".as_ptr(), (72u8 as char) as u32, (b'i' as char) as u32, (33u8 as char) as u32);
        printf(c"char -> u8 truncation: %u\n".as_ptr(), ('€' as u8) as u32);
        printf(c"digit value of '7': %u\n".as_ptr(), '7' as u32 - '0' as u32);
    }
    // Build a word from chars and print it through a byte buffer.
    let word = ['r', 'u', 's', 't', 'c'];
    let mut buf = [0u8; 6];
    let mut k = 0;
    while k < word.len() {
        buf[k] = to_upper(word[k]) as u8;
        k += 1;
    }
    unsafe { printf(c"word: %s\n".as_ptr(), buf.as_ptr()); }
    let opt_b: Option<bool> = if black_box(3) > 2 { Some(false) } else { None };
    match opt_b {
        Some(v) => unsafe {
            printf(c"Option<bool>: Some(%s), size %zu\n".as_ptr(), describe(v).as_ptr(), size_of::<Option<bool>>());
        },
        None => print_line("Option<bool>: None"),
    }
}
