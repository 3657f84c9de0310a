// escape_debug, escape_default, escape_unicode for chars and strings; Debug of strings with escapes.
use std::hint::black_box;

fn main() {
    let chars = ['a', '\n', '\t', '\'', '"', '\\', '\u{0}', '\u{7f}', 'é', '\u{200b}', '😀', '\u{301}', '\r'];
    for c in chars {
        let c = black_box(c);
        println!("{:?} debug={} default={} unicode={}", c, c.escape_debug(), c.escape_default(), c.escape_unicode());
    }
    let s = black_box("tab\there \"quoted\" back\\slash\nnewline é 😀 \u{1b}[0m \u{feff}");
    println!("{}", s.escape_debug());
    println!("{}", s.escape_default());
    println!("{:?}", s);
    println!("{}", black_box("ab").escape_unicode());
    let bytes = black_box(b"bytes\x00\xff\n");
    let escaped: String = bytes.iter().flat_map(|b| std::ascii::escape_default(*b)).map(char::from).collect();
    println!("{}", escaped);
    println!("{:?}", black_box(&b"\x01abc\x80"[..]));
    println!("{}", black_box(&b"raw\tbytes\x9f"[..]).escape_ascii());
}
