// int <-> float `as` casts (including saturation of out-of-range values and NaN -> 0),
// f32 <-> f64 conversions, and bit-level inspection with transmute. Floats are never passed
// to printf: they are printed as integers or bit patterns.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

// NaN payloads and signs are not specified, so NaNs are shown without their bits.
fn bits32(x: f32) -> u32 {
    if x.is_nan() { 0x7fc0_0000 } else { x.to_bits() }
}

fn bits64(x: f64) -> u64 {
    if x.is_nan() { 0x7ff8_0000_0000_0000 } else { x.to_bits() }
}

fn show_f64(label: &CStr, x: f64) {
    unsafe {
        printf(c"%-8s bits=%016lx i8=%d u8=%u i32=%d u32=%u i64=%ld u64=%lu f32bits=%08x\n".as_ptr(),
            label.as_ptr(), bits64(x), x as i8 as i32, x as u8 as u32, x as i32, x as u32, x as i64,
            x as u64, bits32(x as f32));
    }
}

fn show_f32(label: &CStr, x: f32) {
    unsafe {
        printf(c"%-8s bits=%08x i16=%d u16=%u i32=%d u64=%lu isize=%zd f64bits=%016lx\n".as_ptr(),
            label.as_ptr(), bits32(x), x as i16 as i32, x as u16 as u32, x as i32, x as u64, x as isize,
            bits64(x as f64));
    }
}

fn main() {
    let zero = black_box(0.0f64);
    show_f64(c"zero", zero);
    show_f64(c"-zero", -zero);
    show_f64(c"1.5", black_box(1.5));
    show_f64(c"-1.5", black_box(-1.5));
    show_f64(c"255.9", black_box(255.9));
    show_f64(c"300.0", black_box(300.0));
    show_f64(c"-300.0", black_box(-300.0));
    show_f64(c"3e9", black_box(3.0e9));
    show_f64(c"-3e9", black_box(-3.0e9));
    show_f64(c"1e19", black_box(1.0e19));
    show_f64(c"1e20", black_box(1.0e20));
    show_f64(c"-1e20", black_box(-1.0e20));
    show_f64(c"inf", black_box(1.0) / zero);
    show_f64(c"-inf", black_box(-1.0) / zero);
    show_f64(c"nan", zero / zero);
    show_f64(c"tiny", black_box(1.0e-300));

    let zero32 = black_box(0.0f32);
    show_f32(c"0.75", black_box(0.75));
    show_f32(c"-0.75", black_box(-0.75));
    show_f32(c"40000.5", black_box(40000.5));
    show_f32(c"70000", black_box(70000.0));
    show_f32(c"-70000", black_box(-70000.0));
    show_f32(c"3e10", black_box(3.0e10));
    show_f32(c"nan", zero32 / zero32);
    show_f32(c"inf", black_box(1.0f32) / zero32);

    // Integer to float conversions, including values that are not exactly representable.
    let ints: [i64; 7] = [0, 1, -1, 16777217, -9007199254740993, 0x7fff_ffff_ffff_ffff, -0x7fff_ffff_ffff_ffff - 1];
    let mut i = 0;
    while i < ints.len() {
        let v = black_box(ints[i]);
        unsafe {
            printf(c"i64 %ld -> f32 %08x f64 %016lx; as u64 -> f32 %08x f64 %016lx\n".as_ptr(), v,
                bits32(v as f32), bits64(v as f64), bits32(v as u64 as f32), bits64(v as u64 as f64));
        }
        i += 1;
    }
    let small: [u8; 3] = [0, 128, 255];
    let mut j = 0;
    while j < small.len() {
        let b = black_box(small[j]);
        unsafe {
            printf(c"u8 %u -> f32 %08x, i8 %d -> f64 %016lx\n".as_ptr(), b as u32, bits32(b as f32),
                b as i8 as i32, bits64(b as i8 as f64));
        }
        j += 1;
    }
    let u: u32 = black_box(0xffff_ffff);
    let s: i32 = black_box(-0x8000_0000);
    unsafe {
        printf(c"u32 max -> f32 %08x f64 %016lx; i32 min -> f32 %08x f64 %016lx\n".as_ptr(),
            bits32(u as f32), bits64(u as f64), bits32(s as f32), bits64(s as f64));
    }
    // NaN checks, f64 -> f32 rounding and overflow, f32 -> f64 widening.
    let nan = zero / zero;
    unsafe {
        printf(c"nan: is_nan %d, == itself %d, as f32 is_nan %d, nan < 1 %d\n".as_ptr(), nan.is_nan() as i32,
            (nan == nan) as i32, (nan as f32).is_nan() as i32, (nan < 1.0) as i32);
    }
    let wide = black_box(1.0e39f64);
    let precise = black_box(0.1f64);
    let narrow = black_box(0.1f32);
    unsafe {
        printf(c"1e39 -> f32 %08x; 0.1f64 -> f32 %08x; 0.1f32 -> f64 %016lx\n".as_ptr(), bits32(wide as f32),
            bits32(precise as f32), bits64(narrow as f64));
        printf(c"from bits: %d %d\n".as_ptr(), f32::from_bits(0x4048_0000) as i32,
            f64::from_bits(0xc059_0000_0000_0000) as i32);
    }
}
