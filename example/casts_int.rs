// `as` casts between all integer widths (truncation, sign and zero extension),
// bool/char to integers, u8 to char, and pointer <-> usize casts.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn from_i64(v: i64) {
    unsafe {
        printf(c"%ld -> u8 %u i8 %d u16 %u i16 %d u32 %u i32 %d u64 %lu usize %zu isize %zd\n".as_ptr(),
            v, v as u8 as u32, v as i8 as i32, v as u16 as u32, v as i16 as i32, v as u32, v as i32,
            v as u64, v as usize, v as isize);
    }
}

fn from_u8(v: u8) {
    unsafe {
        printf(c"u8 %u -> i8 %d i16 %d u16 %u i32 %d u64 %lu i64 %ld\n".as_ptr(), v as u32, v as i8 as i32,
            v as i16 as i32, v as u16 as u32, v as i32, v as u64, v as i64);
    }
}

fn from_i8(v: i8) {
    unsafe {
        printf(c"i8 %d -> u8 %u u16 %u u32 %u u64 %lu i64 %ld usize %zu\n".as_ptr(), v as i32, v as u8 as u32,
            v as u16 as u32, v as u32, v as u64, v as i64, v as usize);
    }
}

fn from_u32(v: u32) {
    unsafe {
        printf(c"u32 %u -> i32 %d i16 %d u8 %u i64 %ld u64 %lu\n".as_ptr(), v, v as i32, v as i16 as i32,
            v as u8 as u32, v as i64, v as u64);
    }
}

fn from_i16(v: i16) {
    unsafe {
        printf(c"i16 %d -> u16 %u i8 %d u32 %u i64 %ld\n".as_ptr(), v as i32, v as u16 as u32,
            v as i8 as i32, v as u32, v as i64);
    }
}

fn main() {
    let values: [i64; 8] = [0, 1, -1, 127, 128, -129, 0x1_2345_6789, -0x7fff_ffff_ffff_ffff - 1];
    let mut i = 0;
    while i < values.len() {
        from_i64(black_box(values[i]));
        i += 1;
    }
    from_u8(black_box(0));
    from_u8(black_box(200));
    from_u8(black_box(255));
    from_i8(black_box(-1));
    from_i8(black_box(-128));
    from_i8(black_box(100));
    from_u32(black_box(0xffff_8001));
    from_u32(black_box(65535));
    from_i16(black_box(-2));
    from_i16(black_box(-32768));
    from_i16(black_box(0x1280));

    // Chains of casts.
    let x: u64 = black_box(0xfedc_ba98_7654_3210);
    let chain = x as u32 as i16 as i64 as u8 as i8 as i32;
    unsafe { printf(c"chain: %d\n".as_ptr(), chain); }

    // bool and char to integers, and u8 to char.
    let t = black_box(true);
    let f = black_box(false);
    let c = black_box('\u{1F980}');
    unsafe {
        printf(c"bool: %u %d %lu %d\n".as_ptr(), t as u8 as u32, f as i16 as i32, t as u64, t as i64 as i32);
        printf(c"char: %u %u %u %d %lu\n".as_ptr(), c as u32, c as u8 as u32, c as u16 as u32, c as i8 as i32, c as u64);
    }
    let mut byte: u8 = black_box(32);
    while byte < 127 {
        unsafe { putchar(byte as char as u32 as i32); }
        byte += 7;
    }
    unsafe { putchar(10); }
    let high = black_box(0xe9u8) as char;
    unsafe { printf(c"u8 0xe9 as char = U+%04X\n".as_ptr(), high as u32); }

    // Pointer <-> usize casts: print differences and alignment, never raw addresses.
    let arr = [10u32, 20, 30, 40];
    let p0 = &arr[0] as *const u32;
    let p3 = &arr[3] as *const u32;
    let a0 = p0 as usize;
    let a3 = p3 as usize;
    unsafe {
        printf(c"address difference: %zu, aligned to 4: %d\n".as_ptr(), a3 - a0, (a0 % 4 == 0) as i32);
        let back = (a0 + 8) as *const u32;
        printf(c"read back through usize->ptr: %u\n".as_ptr(), *back);
        let null_addr = null::<u8>() as usize;
        printf(c"null as usize: %zu, is_null: %d\n".as_ptr(), null_addr, (0usize as *const u8).is_null() as i32);
        let fp = from_i16 as fn(i16) as usize;
        printf(c"fn pointer is non-zero: %d\n".as_ptr(), (fp != 0) as i32);
        let as_int: isize = p3 as isize - p0 as isize;
        printf(c"signed difference: %zd\n".as_ptr(), -as_int);
    }
}

unsafe extern "C" {
    fn putchar(c: i32) -> i32;
}
