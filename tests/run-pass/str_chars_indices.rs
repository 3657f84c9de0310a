// chars, char_indices, bytes, and boundaries on multi-byte UTF-8 strings.
use std::hint::black_box;

fn main() {
    let s = black_box("aé中😀b");
    println!("len bytes {} chars {}", s.len(), s.chars().count());
    for (i, c) in s.char_indices() {
        println!("  {} {:?} len {} boundary_after {}", i, c, c.len_utf8(), s.is_char_boundary(i + c.len_utf8()));
    }
    println!("bytes {:?}", s.bytes().collect::<Vec<u8>>());
    println!("rev {:?}", s.chars().rev().collect::<String>());
    println!("boundaries: {:?}", (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect::<Vec<_>>());
    println!("{:?} {:?} {:?}", s.get(0..2), s.get(0..3), s.get(1..3));
    println!("nth(3) {:?} last {:?}", s.chars().nth(3), s.chars().last());
    let mut it = s.chars();
    it.next();
    it.next_back();
    println!("as_str after trimming ends: {:?}", it.as_str());
    let (a, b) = s.split_at(3);
    println!("split_at(3) {:?} {:?}", a, b);
    println!("{:?}", s.split_at_checked(2));
    let counts = black_box("mississippi").chars().fold([0u32; 26], |mut acc, c| {
        acc[(c as u8 - b'a') as usize] += 1;
        acc
    });
    let nonzero: Vec<(char, u32)> = counts.iter().enumerate().filter(|(_, n)| **n > 0).map(|(i, n)| ((b'a' + i as u8) as char, *n)).collect();
    println!("{:?}", nonzero);
    let utf16: Vec<u16> = s.encode_utf16().collect();
    println!("utf16 {:x?} len {}", utf16, utf16.len());
    println!("{:?}", String::from_utf16(&utf16));
    println!("{:?}", String::from_utf16_lossy(&[0x61, 0xD800, 0x62]));
    println!("{:?}", String::from_utf16(&[0xDC00]).is_err());
}
