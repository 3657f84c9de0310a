// Slices: &[T] and &mut [T] from arrays, len, indexing, subslices built from raw parts,
// slices of structs, byte slices of strings, and in-place algorithms over &mut [T].
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn sum(s: &[i64]) -> i64 {
    let mut total = 0;
    for i in 0..s.len() {
        total += s[i];
    }
    total
}

fn subslice<T>(s: &[T], start: usize, end: usize) -> &[T] {
    if start > end || end > s.len() {
        panic("subslice out of range");
    }
    unsafe { slice_from_raw_parts(s.as_ptr().add(start), end - start) }
}

fn subslice_mut<T>(s: &mut [T], start: usize, end: usize) -> &mut [T] {
    if start > end || end > s.len() {
        panic("subslice out of range");
    }
    unsafe { slice_from_raw_parts_mut(s.as_mut_ptr().add(start), end - start) }
}

fn insertion_sort(s: &mut [i32]) {
    for i in 1..s.len() {
        let mut j = i;
        while j > 0 && s[j - 1] > s[j] {
            let t = s[j];
            s[j] = s[j - 1];
            s[j - 1] = t;
            j -= 1;
        }
    }
}

fn reverse<T: Copy>(s: &mut [T]) {
    let n = s.len();
    for i in 0..n / 2 {
        let t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

fn print_i32s(s: &[i32]) {
    unsafe { printf(c"[".as_ptr()); }
    for i in 0..s.len() {
        unsafe { printf(if i == 0 { c"%d" } else { c", %d" }.as_ptr(), s[i]); }
    }
    print_line("]");
}

fn count_byte(s: &str, b: u8) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    for i in 0..bytes.len() {
        if bytes[i] == b {
            n += 1;
        }
    }
    n
}

struct Entry {
    key: &'static str,
    value: i32,
}

fn lookup(table: &[Entry], key: &str) -> Option<i32> {
    for i in 0..table.len() {
        if table[i].key == key {
            return Some(table[i].value);
        }
    }
    None
}

fn main() {
    let arr = [10i64, -20, 30, -40, 50, 60];
    let whole: &[i64] = &arr;
    unsafe { printf(c"len %zu sum %ld\n".as_ptr(), whole.len(), sum(whole)); }
    let mid = subslice(whole, 1, 4);
    unsafe { printf(c"mid: len %zu sum %ld first %ld\n".as_ptr(), mid.len(), sum(mid), mid[0]); }
    let empty = subslice(whole, 3, 3);
    unsafe { printf(c"empty: len %zu sum %ld is_empty %d\n".as_ptr(), empty.len(), sum(empty), empty.is_empty() as i32); }

    let mut nums = [5, -1, 12, 0, 7, 7, -30, 100, 3];
    print_i32s(&nums);
    insertion_sort(&mut nums);
    print_i32s(&nums);
    reverse(subslice_mut(&mut nums, 2, 7));
    print_i32s(&nums);
    let tail = subslice_mut(&mut nums, 6, 9);
    tail[0] = 1000;
    tail[2] += 1;
    print_i32s(&nums);

    let s = "the quick brown fox jumps over the lazy dog";
    unsafe { printf(c"'o' count %zu, ' ' count %zu, len %zu\n".as_ptr(), count_byte(s, b'o'), count_byte(s, b' '), s.len()); }
    let word = subslice(s.as_bytes(), 4, 9);
    unsafe { printf(c"word: %.*s\n".as_ptr(), word.len() as i32, word.as_ptr()); }
    let mut chars = [b'a', b'b', b'c', b'd', b'e'];
    reverse(&mut chars);
    unsafe { printf(c"reversed array via unsizing: %.*s\n".as_ptr(), 5, chars.as_ptr()); }
    let bytes: &[u8] = b"bytes\x00\x01\xff";
    unsafe { printf(c"byte string len %zu last %u\n".as_ptr(), bytes.len(), bytes[bytes.len() - 1] as u32); }

    let table = [
        Entry { key: "one", value: 1 },
        Entry { key: "two", value: 2 },
        Entry { key: "three", value: 3 },
    ];
    let keys = ["two", "four", "three", "one"];
    for i in 0..keys.len() {
        match lookup(&table, keys[i]) {
            Some(v) => unsafe { printf(c"%.*s -> %d\n".as_ptr(), keys[i].len() as i32, keys[i].as_ptr(), v); },
            None => unsafe { printf(c"%.*s missing\n".as_ptr(), keys[i].len() as i32, keys[i].as_ptr()); },
        }
    }
    // Slices of slices and fat pointer sizes.
    let rows: [&[u8]; 3] = [b"ab", b"", b"cdef"];
    let mut total = 0;
    for i in 0..rows.len() {
        total += rows[i].len();
    }
    unsafe {
        printf(c"rows total %zu, size_of &[u8] %zu, size_of &str %zu\n".as_ptr(), total, size_of::<&[u8]>(),
            size_of::<&str>());
        printf(c"size_of_val slice %zu, str %zu\n".as_ptr(), size_of_val(mid), size_of_val(s));
    }
}
