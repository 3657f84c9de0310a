// Calling libc functions directly: strlen, memcmp, memset, abs, atoi, strtol, snprintf (variadic), bsearch.
use std::ffi::{CStr, CString, c_char, c_int, c_long, c_void};
use std::hint::black_box;

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
    fn memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
    fn memset(s: *mut c_void, c: c_int, n: usize) -> *mut c_void;
    fn abs(x: c_int) -> c_int;
    fn labs(x: c_long) -> c_long;
    fn atoi(s: *const c_char) -> c_int;
    fn strtol(s: *const c_char, end: *mut *mut c_char, base: c_int) -> c_long;
    fn snprintf(buf: *mut c_char, n: usize, fmt: *const c_char, ...) -> c_int;
    fn bsearch(key: *const c_void, base: *const c_void, n: usize, size: usize, cmp: extern "C" fn(*const c_void, *const c_void) -> c_int) -> *mut c_void;
}

extern "C" fn cmp_u64(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const u64), *(b as *const u64)) };
    a.cmp(&b) as c_int
}

fn main() {
    let s = CString::new(black_box("hello, libc")).unwrap();
    println!("strlen {}", unsafe { strlen(s.as_ptr()) });
    let a = black_box(*b"abcdef");
    let b = black_box(*b"abcxef");
    println!("memcmp {} {}", unsafe { memcmp(a.as_ptr().cast(), b.as_ptr().cast(), 3) }, unsafe { memcmp(a.as_ptr().cast(), b.as_ptr().cast(), 6) } < 0);
    let mut buf = [0u8; 8];
    unsafe { memset(buf.as_mut_ptr().cast(), 0x5a, 5) };
    println!("memset {:?}", buf);
    println!("abs {} labs {}", unsafe { abs(black_box(-42)) }, unsafe { labs(black_box(-1 << 40)) });
    let n = CString::new("  -1234xyz").unwrap();
    println!("atoi {}", unsafe { atoi(n.as_ptr()) });
    let hex = CString::new("ff rest").unwrap();
    let mut end: *mut c_char = std::ptr::null_mut();
    let v = unsafe { strtol(hex.as_ptr(), &mut end, 16) };
    let rest = unsafe { CStr::from_ptr(end) }.to_str().unwrap();
    println!("strtol {} rest {:?}", v, rest);
    let mut out = [0 as c_char; 64];
    let written = unsafe { snprintf(out.as_mut_ptr(), out.len(), c"%d|%5.2f|%s|%lx|%c".as_ptr(), black_box(-7 as c_int), black_box(3.14159f64), c"str".as_ptr(), black_box(0xbeef as c_long), b'Z' as c_int) };
    println!("snprintf {} {:?}", written, unsafe { CStr::from_ptr(out.as_ptr()) });
    let table: Vec<u64> = (0..50).map(|i| i * i * 3).collect();
    for key in [0u64, 75, 76, 147 * 49] {
        let k = black_box(key);
        let p = unsafe { bsearch((&k as *const u64).cast(), table.as_ptr().cast(), table.len(), 8, cmp_u64) };
        let idx = if p.is_null() { None } else { Some((p as usize - table.as_ptr() as usize) / 8) };
        println!("bsearch {} -> {:?}", key, idx);
    }
}
