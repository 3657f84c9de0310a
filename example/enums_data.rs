// Enums carrying data: tuple and struct variants, nested enums, match guards and bindings,
// enums whose layout uses a niche in a field (bool, char, reference, nested enum),
// Option<bool>/Option<char>/Option<Option<u8>>, and mutation through `ref mut` patterns.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

enum Shape {
    Circle { r: u32 },
    Rect { w: u32, h: u32 },
    Triangle(u32, u32, u32),
    Empty,
}

fn area_x100(s: &Shape) -> u64 {
    match s {
        Shape::Circle { r } => (*r as u64) * (*r as u64) * 314,
        Shape::Rect { w, h } if w == h => (*w as u64) * (*w as u64) * 100 + 1,
        Shape::Rect { w, h } => (*w as u64) * (*h as u64) * 100,
        &Shape::Triangle(a, b, c) if a + b <= c || a + c <= b || b + c <= a => 0,
        Shape::Triangle(a, b, _) => (*a as u64) * (*b as u64) * 50,
        Shape::Empty => 0,
    }
}

enum Token {
    Number(i64),
    Op(char),
    Ident(&'static str),
    Flag(bool),
    End,
}

// A multi-variant enum where one variant's field has a niche that could hold the tag.
enum Packet {
    Ack(bool),
    Data(char, u8),
    Ping,
    Close,
}

enum Expr {
    Lit(i64),
    Neg(Inner),
}

enum Inner {
    Lit(i64),
    Twice(i32),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Lit(v) => *v,
        Expr::Neg(Inner::Lit(v)) => -*v,
        Expr::Neg(Inner::Twice(v)) if *v < 0 => 0,
        Expr::Neg(Inner::Twice(v)) => -2 * *v as i64,
    }
}

fn show_token(t: &Token) {
    unsafe {
        match *t {
            Token::Number(n @ 0..=9) => printf(c"digit %ld\n".as_ptr(), n),
            Token::Number(n) => printf(c"number %ld\n".as_ptr(), n),
            Token::Op(c @ ('+' | '-')) => printf(c"additive op %c\n".as_ptr(), c as u32),
            Token::Op(c) => printf(c"op %c\n".as_ptr(), c as u32),
            Token::Ident(name) => printf(c"ident %.*s\n".as_ptr(), name.len() as i32, name.as_ptr()),
            Token::Flag(b) => printf(c"flag %d\n".as_ptr(), b as i32),
            Token::End => printf(c"end\n".as_ptr()),
        };
    }
}

fn packet_code(p: &Packet) -> u32 {
    match p {
        Packet::Ack(true) => 1,
        Packet::Ack(false) => 2,
        Packet::Data(c, n) => *c as u32 * 1000 + *n as u32,
        Packet::Ping => 3,
        Packet::Close => 4,
    }
}

fn main() {
    let shapes = [Shape::Circle { r: 2 }, Shape::Rect { w: 3, h: 4 }, Shape::Rect { w: 5, h: 5 },
        Shape::Triangle(1, 2, 10), Shape::Triangle(3, 4, 5), Shape::Empty];
    for i in 0..shapes.len() {
        unsafe { printf(c"shape %zu: area*100 = %lu\n".as_ptr(), i, area_x100(&shapes[i])); }
    }
    let tokens = [Token::Number(7), Token::Number(-42), Token::Op('+'), Token::Op('*'), Token::Ident("x_1"),
        Token::Flag(true), Token::End];
    for i in 0..tokens.len() {
        show_token(&tokens[i]);
    }
    let packets = [Packet::Ack(true), Packet::Data('Z', 9), Packet::Ping, Packet::Ack(false), Packet::Close,
        Packet::Data('\u{10FFFF}', 255)];
    for i in 0..packets.len() {
        unsafe { printf(c"packet %u ".as_ptr(), packet_code(black_box(&packets[i]))); }
    }
    print_line("");
    let exprs = [Expr::Lit(5), Expr::Neg(Inner::Lit(6)), Expr::Neg(Inner::Twice(-7)), Expr::Neg(Inner::Twice(8))];
    for i in 0..exprs.len() {
        unsafe { printf(c"eval %ld\n".as_ptr(), eval(&exprs[i])); }
    }
    // Mutating enum payloads in place.
    let mut s = Shape::Rect { w: 1, h: 2 };
    if let Shape::Rect { ref mut w, .. } = s {
        *w = 10;
    }
    match &mut s {
        Shape::Rect { h, .. } => *h += 3,
        _ => {}
    }
    unsafe { printf(c"mutated rect area*100 = %lu\n".as_ptr(), area_x100(&s)); }

    let ob: [Option<bool>; 3] = [Some(true), Some(false), None];
    let oc: [Option<char>; 2] = [Some('\u{1F600}'), None];
    let oo: [Option<Option<u8>>; 3] = [Some(Some(9)), Some(None), None];
    for i in 0..3 {
        let v = match ob[i] { Some(true) => 1, Some(false) => 0, None => -1 };
        let w = match oo[i] { Some(Some(x)) => x as i32, Some(None) => -1, None => -2 };
        unsafe { printf(c"ob %d oo %d\n".as_ptr(), v, w); }
    }
    for i in 0..2 {
        match oc[i] {
            Some(c) => unsafe { printf(c"oc U+%X\n".as_ptr(), c as u32); },
            None => print_line("oc none"),
        }
    }
    unsafe {
        printf(c"sizes: Shape %zu Token %zu Packet %zu Expr %zu Option<bool> %zu Option<char> %zu Option<Option<u8>> %zu Option<Option<bool>> %zu\n".as_ptr(),
            size_of::<Shape>(), size_of::<Token>(), size_of::<Packet>(), size_of::<Expr>(), size_of::<Option<bool>>(),
            size_of::<Option<char>>(), size_of::<Option<Option<u8>>>(), size_of::<Option<Option<bool>>>());
    }
}
