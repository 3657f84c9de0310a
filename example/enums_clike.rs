// C-like enums: implicit and explicit discriminants (negative, large, sparse), `as` casts,
// repr(u8)/repr(i16)/repr(u64)/repr(i64), matching, comparisons via discriminants and sizes.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

enum Color {
    Red,
    Green,
    Blue,
}

#[repr(u8)]
enum Opcode {
    Nop = 0x00,
    Load = 0x10,
    Store = 0x11,
    Jump = 0x80,
    Halt = 0xff,
}

#[repr(i16)]
enum Temperature {
    Freezing = -273,
    Cold = -10,
    Mild = 15,
    Hot = 40,
}

#[repr(u64)]
enum Big {
    Small = 1,
    Huge = 0xffff_ffff_0000_0000,
    Max = 0xffff_ffff_ffff_ffff,
}

#[repr(i64)]
enum Signed {
    Min = -0x8000_0000_0000_0000,
    MinusOne = -1,
    Next, // implicit: 0
    Far = 0x7fff_ffff_ffff_ffff,
}

enum Implicit {
    A = 5,
    B,
    C,
    D = 100,
    E,
}

impl Copy for Color {}
impl Clone for Color {
    fn clone(&self) -> Color {
        *self
    }
}

fn color_name(c: Color) -> &'static CStr {
    match c {
        Color::Red => c"red",
        Color::Green => c"green",
        Color::Blue => c"blue",
    }
}

fn next(c: Color) -> Color {
    match c {
        Color::Red => Color::Green,
        Color::Green => Color::Blue,
        Color::Blue => Color::Red,
    }
}

fn decode(byte: u8) -> Option<Opcode> {
    match byte {
        0x00 => Some(Opcode::Nop),
        0x10 => Some(Opcode::Load),
        0x11 => Some(Opcode::Store),
        0x80 => Some(Opcode::Jump),
        0xff => Some(Opcode::Halt),
        _ => None,
    }
}

fn describe(t: &Temperature) -> &'static CStr {
    match *t {
        Temperature::Freezing => c"freezing",
        Temperature::Cold => c"cold",
        Temperature::Mild => c"mild",
        Temperature::Hot => c"hot",
    }
}

fn main() {
    let mut c = black_box(Color::Red);
    for _ in 0..4 {
        unsafe { printf(c"%s=%d ".as_ptr(), color_name(c).as_ptr(), c as i32); }
        c = next(c);
    }
    print_line("");
    let program: [u8; 7] = [0x10, 0x11, 0x42, 0x00, 0x80, 0xff, 0x12];
    for i in 0..program.len() {
        match decode(black_box(program[i])) {
            Some(op) => unsafe { printf(c"op 0x%02x -> %u\n".as_ptr(), program[i] as u32, op as u8 as u32); },
            None => unsafe { printf(c"op 0x%02x invalid\n".as_ptr(), program[i] as u32); },
        }
    }
    let temps = [Temperature::Hot, Temperature::Freezing, Temperature::Mild, Temperature::Cold];
    for i in 0..temps.len() {
        let t = &temps[i];
        unsafe {
            printf(c"%s: %d (as u16 %u, as i8 %d)\n".as_ptr(), describe(t).as_ptr(), temps_value(t) as i32,
                temps_value(t) as u16 as u32, temps_value(t) as i8 as i32);
        }
    }
    unsafe {
        printf(c"Big: %lx %lx %lx\n".as_ptr(), Big::Small as u64, black_box(Big::Huge) as u64, Big::Max as u64);
        printf(c"Big::Max as i32 = %d, as u8 = %u\n".as_ptr(), black_box(Big::Max) as i32, Big::Huge as u8 as u32);
        printf(c"Signed: %ld %ld %ld %ld\n".as_ptr(), Signed::Min as i64, Signed::MinusOne as i64,
            black_box(Signed::Next) as i64, Signed::Far as i64);
        printf(c"Implicit: %d %d %d %d %d\n".as_ptr(), Implicit::A as i32, Implicit::B as i32, Implicit::C as i32,
            Implicit::D as i32, black_box(Implicit::E) as i32);
        printf(c"sizes: Color %zu Opcode %zu Temperature %zu Big %zu Signed %zu Option<Opcode> %zu Option<Color> %zu\n".as_ptr(),
            size_of::<Color>(), size_of::<Opcode>(), size_of::<Temperature>(), size_of::<Big>(),
            size_of::<Signed>(), size_of::<Option<Opcode>>(), size_of::<Option<Color>>());
    }
    // Matching a signed enum with a catch-all, and comparing discriminants.
    let s = black_box(Signed::MinusOne);
    let v = match s {
        Signed::Min => 1,
        Signed::Far => 2,
        _ => 3,
    };
    let hotter = temps_value(&temps[0]) > temps_value(&temps[2]);
    unsafe { printf(c"signed match %d, hot > mild: %d\n".as_ptr(), v, hotter as i32); }
}

fn temps_value(t: &Temperature) -> i16 {
    match t {
        Temperature::Freezing => Temperature::Freezing as i16,
        Temperature::Cold => Temperature::Cold as i16,
        Temperature::Mild => Temperature::Mild as i16,
        Temperature::Hot => Temperature::Hot as i16,
    }
}
