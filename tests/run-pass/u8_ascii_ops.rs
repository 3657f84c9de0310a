// ASCII helpers on u8 and byte strings: case, digits, trim_ascii, eq_ignore_ascii_case, byte parsing.
use std::hint::black_box;

fn main() {
    for b in black_box(*b"aZ09 _\n\x7f~") {
        println!("{:3} {:?} alpha={} digit={} ws={} punct={} ctrl={} graphic={} upper={:?}", b, b as char, b.is_ascii_alphabetic(), b.is_ascii_digit(),
            b.is_ascii_whitespace(), b.is_ascii_punctuation(), b.is_ascii_control(), b.is_ascii_graphic(), b.to_ascii_uppercase() as char);
    }
    let line = black_box(b"  GET /index.html HTTP/1.1  \r\n");
    let trimmed = line.trim_ascii();
    println!("{:?}", std::str::from_utf8(trimmed).unwrap());
    let parts: Vec<&[u8]> = trimmed.split(|&b| b == b' ').collect();
    for p in &parts {
        println!("  {}", String::from_utf8_lossy(p));
    }
    println!("{}", parts[0].eq_ignore_ascii_case(b"get"));
    let mut buf = black_box(*b"Mixed Case Bytes");
    buf.make_ascii_lowercase();
    println!("{}", std::str::from_utf8(&buf).unwrap());
    // parse a decimal number by hand
    let digits = black_box(b"9876543210");
    let mut v: u64 = 0;
    for &d in digits.iter() {
        v = v * 10 + (d - b'0') as u64;
    }
    println!("{}", v);
    // hex encode/decode
    let data = black_box([0xdeu8, 0xad, 0xbe, 0xef, 0x00, 0x7f]);
    let hex: String = data.iter().map(|b| format!("{:02x}", b)).collect();
    let back: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
    println!("{} {:?}", hex, back);
    println!("{}", b"abc".is_ascii() && !"é".is_ascii());
    println!("{:?}", black_box(b'a').checked_add(200));
}
