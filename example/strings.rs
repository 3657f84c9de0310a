// String handling without a standard library: &str slices and their bytes, UTF-8 decoding by
// hand, byte string literals, comparing and searching strings, C strings built in buffers,
// and integer formatting into a byte buffer.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn decode_utf8(s: &str, out: &mut [u32; 32]) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    let mut n = 0;
    while i < b.len() && n < out.len() {
        let c = b[i] as u32;
        let (cp, width) = if c < 0x80 {
            (c, 1)
        } else if c >> 5 == 0b110 {
            ((c & 0x1f) << 6 | (b[i + 1] as u32 & 0x3f), 2)
        } else if c >> 4 == 0b1110 {
            ((c & 0x0f) << 12 | (b[i + 1] as u32 & 0x3f) << 6 | (b[i + 2] as u32 & 0x3f), 3)
        } else {
            ((c & 0x07) << 18 | (b[i + 1] as u32 & 0x3f) << 12 | (b[i + 2] as u32 & 0x3f) << 6 | (b[i + 3] as u32 & 0x3f), 4)
        };
        out[n] = cp;
        n += 1;
        i += width;
    }
    n
}

fn find(haystack: &str, needle: &str) -> Option<usize> {
    let h = haystack.as_bytes();
    let n = needle.as_bytes();
    if n.len() > h.len() {
        return None;
    }
    for start in 0..h.len() - n.len() + 1 {
        let mut ok = true;
        for j in 0..n.len() {
            if h[start + j] != n[j] {
                ok = false;
                break;
            }
        }
        if ok {
            return Some(start);
        }
    }
    None
}

fn format_i64(mut v: i64, buf: &mut [u8; 24]) -> &str {
    let neg = v < 0;
    let mut pos = buf.len();
    loop {
        pos -= 1;
        let digit = if neg { -(v % 10) } else { v % 10 };
        buf[pos] = b'0' + digit as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    if neg {
        pos -= 1;
        buf[pos] = b'-';
    }
    unsafe { transmute::<&[u8], &str>(slice_from_raw_parts(buf.as_ptr().add(pos), buf.len() - pos)) }
}

fn print_str(label: &CStr, s: &str) {
    unsafe { printf(c"%s: \"%.*s\" (%zu bytes)\n".as_ptr(), label.as_ptr(), s.len() as i32, s.as_ptr(), s.len()); }
}

fn main() {
    let text = "héllo wörld ✓ 😀!";
    print_str(c"text", text);
    let mut cps = [0u32; 32];
    let n = decode_utf8(text, &mut cps);
    unsafe { printf(c"%zu code points:".as_ptr(), n); }
    for i in 0..n {
        unsafe { printf(c" %X".as_ptr(), cps[i]); }
    }
    print_line("");
    match find(text, "wörld") {
        Some(p) => unsafe { printf(c"found at byte %zu\n".as_ptr(), p); },
        None => print_line("not found"),
    }
    unsafe { printf(c"find missing: %d, find empty: %zu\n".as_ptr(), find(text, "xyz").is_none() as i32, find(text, "").unwrap_or(99)); }
    let a = "apple";
    let b = "apples";
    unsafe { printf(c"a == a: %d, a == b: %d, a != \"apple\": %d\n".as_ptr(), (a == a) as i32, (a == b) as i32, (a != "apple") as i32); }

    let bytes = b"raw\tbytes\x01\xfe";
    let mut sum = 0u32;
    for i in 0..bytes.len() {
        sum += bytes[i] as u32;
    }
    unsafe { printf(c"byte string: len %zu sum %u\n".as_ptr(), bytes.len(), sum); }

    let mut buf = [0u8; 24];
    let values = [0i64, 7, -42, 1234567890123, -9223372036854775807 - 1];
    for i in 0..values.len() {
        print_str(c"formatted", format_i64(black_box(values[i]), &mut buf));
    }
    // Building a NUL-terminated C string from pieces.
    let mut cbuf = [0u8; 40];
    let parts = ["one", "-", "two", "-", "three"];
    let mut len = 0;
    for i in 0..parts.len() {
        let p = parts[i].as_bytes();
        for j in 0..p.len() {
            cbuf[len] = p[j];
            len += 1;
        }
    }
    cbuf[len] = 0;
    unsafe { printf(c"joined: %s, strlen %zu\n".as_ptr(), cbuf.as_ptr(), mini_core::libc::strlen(cbuf.as_ptr() as *const i8)); }
    let raw = r"C:\path\no\escapes";
    print_str(c"raw string", raw);
    let multi = "line one
line two";
    print_str(c"multi-line", multi);
    let continued = "joined \
                     without newline";
    print_str(c"continued", continued);
}
