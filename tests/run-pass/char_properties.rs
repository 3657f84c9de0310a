// char classification: is_alphabetic, numeric, whitespace, ascii variants, len_utf8/utf16, to_digit.
use std::hint::black_box;

fn main() {
    let chars = ['a', 'Z', '5', ' ', '\t', '\n', 'é', 'ß', 'Ω', '中', '٣', '😀', '\u{0}', '\u{7f}', '_', '\u{a0}', 'ǅ'];
    for c in chars {
        let c = black_box(c);
        println!("{:>10}: U+{:04X} alpha={} num={} alnum={} ws={} up={} low={} ctrl={} ascii={} u8len={} u16len={} digit={:?}",
            format!("{:?}", c), c as u32, c.is_alphabetic(), c.is_numeric(), c.is_alphanumeric(), c.is_whitespace(),
            c.is_uppercase(), c.is_lowercase(), c.is_control(), c.is_ascii(), c.len_utf8(), c.len_utf16(), c.to_digit(10));
    }
    for c in ['0', '9', 'a', 'f', 'F', 'g', 'z', 'Z'] {
        let c = black_box(c);
        println!("{} hex={:?} b36={:?} ascii_hexdigit={} ascii_punct={}", c, c.to_digit(16), c.to_digit(36), c.is_ascii_hexdigit(), c.is_ascii_punctuation());
    }
    for d in 0..16u32 {
        print!("{}", std::char::from_digit(black_box(d), 16).unwrap());
    }
    println!();
    println!("{:?} {:?} {:?}", char::from_u32(black_box(0x41)), char::from_u32(black_box(0xD800)), char::from_u32(black_box(0x110000)));
    println!("{:?}", char::from_u32(black_box(0x1F980)));
    println!("{:?} {:?}", char::MAX, char::REPLACEMENT_CHARACTER);
    let mut buf = [0u8; 4];
    let s = black_box('€').encode_utf8(&mut buf);
    println!("{} {:x?}", s, s.as_bytes());
    let mut buf16 = [0u16; 2];
    println!("{:x?}", black_box('😀').encode_utf16(&mut buf16));
    println!("{}", ('a'..='e').rev().collect::<String>());
    println!("{:?}", (b'a'..=b'z').step_by(5).map(char::from).collect::<Vec<_>>());
}
