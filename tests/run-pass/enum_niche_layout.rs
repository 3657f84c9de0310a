// Enum niche optimization: sizes of Option/Result around references, bools, chars, nested enums; values round-trip.
#![allow(dead_code)]
use std::hint::black_box;
use std::mem::size_of;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Small { A, B, C }

#[derive(Debug, Clone, PartialEq)]
enum WithData { Empty, One(bool), Two(u8, char), Ref(&'static str) }

#[derive(Debug, Clone, Copy)]
enum Nested { X(Option<Small>), Y(bool), Z }

fn main() {
    println!("Option<&u8> {}", size_of::<Option<&u8>>());
    println!("Option<Box<u64>> {}", size_of::<Option<Box<u64>>>());
    println!("Option<bool> {}", size_of::<Option<bool>>());
    println!("Option<Option<bool>> {}", size_of::<Option<Option<bool>>>());
    println!("Option<char> {}", size_of::<Option<char>>());
    println!("Option<Small> {}", size_of::<Option<Small>>());
    println!("Option<Option<Small>> {}", size_of::<Option<Option<Small>>>());
    println!("Nested {}", size_of::<Nested>());
    println!("Option<Vec<u8>> {} Vec<u8> {}", size_of::<Option<Vec<u8>>>(), size_of::<Vec<u8>>());
    println!("Option<String> {}", size_of::<Option<String>>());
    println!("Result<u32, ()> {}", size_of::<Result<u32, ()>>());
    println!("Option<(u8, bool)> {}", size_of::<Option<(u8, bool)>>());
    let vals = black_box([Nested::X(None), Nested::X(Some(Small::C)), Nested::Y(true), Nested::Z, Nested::X(Some(Small::A)), Nested::Y(false)]);
    for v in vals {
        let code = match v {
            Nested::X(None) => 0,
            Nested::X(Some(s)) => 10 + s as i32,
            Nested::Y(b) => 20 + b as i32,
            Nested::Z => 30,
        };
        println!("{:?} -> {}", v, code);
    }
    let wd = black_box(vec![WithData::Empty, WithData::One(true), WithData::Two(7, 'λ'), WithData::Ref("hi"), WithData::One(false)]);
    for w in &wd {
        println!("{:?} eq_empty={}", w, *w == WithData::Empty);
    }
    let oo: Vec<Option<Option<bool>>> = black_box(vec![None, Some(None), Some(Some(false)), Some(Some(true))]);
    for o in &oo {
        println!("{:?} flatten {:?}", o, o.flatten());
    }
    let oc: Option<char> = black_box(Some('\u{10FFFF}'));
    println!("{:?} {:?}", oc, black_box(None::<char>));
}
