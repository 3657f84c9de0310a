// std::str::from_utf8 with invalid sequences: valid_up_to, error_len, lossy conversion, utf8_chunks.
use std::hint::black_box;

fn main() {
    let cases: [&[u8]; 9] = [
        b"hello",
        b"caf\xc3\xa9",
        b"bad\xffbyte",
        b"trunc\xe4\xb8",
        b"\xc0\x80overlong",
        b"surrogate\xed\xa0\x80",
        b"\xf4\x90\x80\x80toolarge",
        b"ok\xe2\x82\xacthen\x80",
        b"",
    ];
    for bytes in cases {
        let bytes = black_box(bytes);
        match std::str::from_utf8(bytes) {
            Ok(s) => println!("ok {:?}", s),
            Err(e) => println!("err valid_up_to={} error_len={:?} msg={}", e.valid_up_to(), e.error_len(), e),
        }
        println!("   lossy {:?}", String::from_utf8_lossy(bytes));
        let chunks: Vec<(String, Vec<u8>)> = bytes.utf8_chunks().map(|c| (c.valid().to_string(), c.invalid().to_vec())).collect();
        println!("   chunks {:?}", chunks);
    }
    let owned = black_box(vec![0x66, 0x6f, 0x80, 0x6f]);
    match String::from_utf8(owned) {
        Ok(s) => println!("{}", s),
        Err(e) => println!("from_utf8 err {}; bytes back {:?}", e.utf8_error(), e.into_bytes()),
    }
    let good = String::from_utf8(black_box(vec![0xe2, 0x9c, 0x93])).unwrap();
    println!("{} {}", good, good.len());
}
