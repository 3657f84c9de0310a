// Type layouts: size_of/align_of of primitives and aggregates, zero-sized types, repr(C)
// field offsets, repr(packed), repr(align), repr(u8)/repr(C) enums with data, unions and
// transmutes between layout-compatible types.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Zst;
struct AlsoZst {
    _a: (),
    _b: [u64; 0],
    _c: Zst,
}

#[repr(C)]
struct CLayout {
    a: u8,
    b: u32,
    c: u16,
    d: u64,
    e: u8,
}

#[repr(C, packed)]
struct Packed {
    a: u8,
    b: u32,
    c: u16,
}

#[repr(align(32))]
struct Aligned32 {
    v: u8,
}

#[repr(u8)]
enum Tagged {
    Empty,
    Byte(u8),
    Word(u32),
    Pair(u16, u16),
}

#[repr(C)]
union IntOrFloat {
    i: u32,
    f: f32,
    bytes: [u8; 4],
}

#[repr(C)]
struct Rgba {
    r: u8,
    g: u8,
    b: u8,
    a: u8,
}

fn offset_of_field<T, F>(base: &T, field: &F) -> usize {
    field as *const F as usize - base as *const T as usize
}

fn tag_value(t: &Tagged) -> u32 {
    match t {
        Tagged::Empty => 0,
        Tagged::Byte(b) => *b as u32,
        Tagged::Word(w) => *w,
        Tagged::Pair(x, y) => (*x as u32) << 16 | *y as u32,
    }
}

macro_rules! show {
    ($name:literal, $t:ty) => {
        unsafe { printf(c"%-12s size %2zu align %2zu\n".as_ptr(), $name.as_ptr(), size_of::<$t>(), align_of::<$t>()); }
    };
}

fn main() {
    show!(c"u8", u8);
    show!(c"u16", u16);
    show!(c"u32", u32);
    show!(c"u64", u64);
    show!(c"usize", usize);
    show!(c"f32", f32);
    show!(c"f64", f64);
    show!(c"bool", bool);
    show!(c"char", char);
    show!(c"()", ());
    show!(c"Zst", Zst);
    show!(c"AlsoZst", AlsoZst);
    show!(c"[u16; 7]", [u16; 7]);
    show!(c"(u8, u64)", (u8, u64));
    show!(c"CLayout", CLayout);
    show!(c"Packed", Packed);
    show!(c"Aligned32", Aligned32);
    show!(c"Tagged", Tagged);
    show!(c"IntOrFloat", IntOrFloat);
    show!(c"&u8", &u8);
    show!(c"*const [u8]", *const [u8]);
    show!(c"fn()", fn());

    let c = CLayout { a: 1, b: 2, c: 3, d: 4, e: 5 };
    unsafe {
        printf(c"CLayout offsets: a %zu b %zu c %zu d %zu e %zu\n".as_ptr(), offset_of_field(&c, &c.a),
            offset_of_field(&c, &c.b), offset_of_field(&c, &c.c), offset_of_field(&c, &c.d), offset_of_field(&c, &c.e));
    }
    let p = Packed { a: 0xaa, b: black_box(0x1122_3344), c: 0x5566 };
    let b = p.b; // copy out of the packed struct before using it
    let c_field = p.c;
    unsafe {
        let raw = &p as *const Packed as *const u8;
        printf(c"packed: b %08x c %04x, bytes %02x %02x %02x %02x %02x %02x %02x\n".as_ptr(), b, c_field as u32,
            *raw as u32, *raw.add(1) as u32, *raw.add(2) as u32, *raw.add(3) as u32, *raw.add(4) as u32,
            *raw.add(5) as u32, *raw.add(6) as u32);
    }
    let al = [Aligned32 { v: 1 }, Aligned32 { v: 2 }];
    unsafe {
        printf(c"aligned32: stride %zu, aligned %d, v %u\n".as_ptr(), offset_of_field(&al, &al[1]),
            (&al[0] as *const Aligned32 as usize % 32 == 0) as i32, al[1].v as u32);
    }
    let tags = [Tagged::Empty, Tagged::Byte(7), Tagged::Word(black_box(0xdead_beef)), Tagged::Pair(1, 2)];
    for i in 0..tags.len() {
        let first_byte = unsafe { *(&tags[i] as *const Tagged as *const u8) };
        unsafe { printf(c"tagged %zu: tag byte %u value %x\n".as_ptr(), i, first_byte as u32, tag_value(&tags[i])); }
    }
    let mut u = IntOrFloat { f: 1.0 };
    unsafe {
        printf(c"union: 1.0f32 bits %08x, low byte %02x\n".as_ptr(), u.i, u.bytes[0] as u32);
        u.bytes[3] = 0xc0;
        printf(c"union after byte write: %08x, as int %d\n".as_ptr(), u.i, u.f as i32);
    }
    let color = Rgba { r: 0x11, g: 0x22, b: 0x33, a: 0x44 };
    let packed_color: u32 = unsafe { transmute(color) };
    let back: Rgba = unsafe { transmute(black_box(0x0102_0304u32)) };
    unsafe {
        printf(c"rgba as u32 %08x, back r=%u g=%u b=%u a=%u\n".as_ptr(), packed_color, back.r as u32, back.g as u32,
            back.b as u32, back.a as u32);
    }
    let zsts = [Zst, Zst, Zst];
    unsafe {
        printf(c"zst array: len %zu, size %zu, distinct addresses %d\n".as_ptr(), zsts.len(), size_of_val(&zsts),
            (&zsts[0] as *const Zst != &zsts[2] as *const Zst) as i32);
    }
}
