// Enums with explicit discriminants and repr types: `as` casts, negative values, gaps, matching.
use std::hint::black_box;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(i8)]
enum Level { Low = -10, Mid = 0, High = 10, Max = 127 }

#[derive(Debug, Clone, Copy)]
#[repr(u32)]
enum Color { Red = 0xff0000, Green = 0x00ff00, Blue = 0x0000ff, Black }

#[derive(Debug, Clone, Copy)]
#[repr(u64)]
enum Big { A = 1 << 40, B = u64::MAX, C = 5 }

#[derive(Debug, Clone, Copy)]
enum Implicit { P = 3, Q, R = 100, S }

impl Level {
    fn from_i8(v: i8) -> Option<Level> {
        match v {
            -10 => Some(Level::Low),
            0 => Some(Level::Mid),
            10 => Some(Level::High),
            127 => Some(Level::Max),
            _ => None,
        }
    }
}

fn main() {
    for l in black_box([Level::Low, Level::Mid, Level::High, Level::Max]) {
        println!("{:?} = {} as u8 {} as i64 {}", l, l as i8, l as u8, l as i64);
    }
    for v in black_box([-10i8, 5, 127, 0]) {
        println!("from {} -> {:?}", v, Level::from_i8(v));
    }
    let mut ls = black_box(vec![Level::Max, Level::Low, Level::High, Level::Mid]);
    ls.sort();
    println!("{:?}", ls);
    for c in black_box([Color::Red, Color::Green, Color::Blue, Color::Black]) {
        println!("{:?} = {:#08x}", c, c as u32);
    }
    for b in black_box([Big::A, Big::B, Big::C]) {
        println!("{:?} = {}", b, b as u64);
    }
    for i in black_box([Implicit::P, Implicit::Q, Implicit::R, Implicit::S]) {
        println!("{:?} = {}", i, i as isize);
    }
    println!("sizes {} {} {} {}", size_of::<Level>(), size_of::<Color>(), size_of::<Big>(), size_of::<Option<Level>>());
    let raw: i8 = black_box(10);
    let l: Level = unsafe { std::mem::transmute(raw) };
    println!("transmuted {:?}", l);
}
