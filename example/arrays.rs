// Arrays: indexing with constants and variables, iteration by index, arrays of structs,
// 2D arrays, array copy and comparison, arrays passed and returned by value, repeat expressions.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Item {
    id: u16,
    weight: u32,
    tag: u8,
}

impl Copy for Item {}
impl Clone for Item {
    fn clone(&self) -> Item {
        *self
    }
}

fn reversed(mut a: [u32; 8]) -> [u32; 8] {
    let mut i = 0;
    let mut j = a.len() - 1;
    while i < j {
        let t = a[i];
        a[i] = a[j];
        a[j] = t;
        i += 1;
        j -= 1;
    }
    a
}

fn squares<const N: usize>() -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = (i * i) as u64;
        i += 1;
    }
    out
}

fn print_u32s(label: &CStr, a: &[u32; 8]) {
    unsafe { printf(c"%s:".as_ptr(), label.as_ptr()); }
    for i in 0..8 {
        unsafe { printf(c" %u".as_ptr(), a[i]); }
    }
    print_line("");
}

fn transpose(m: [[i32; 3]; 3]) -> [[i32; 3]; 3] {
    let mut t = [[0; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn main() {
    let base = [3u32, 1, 4, 1, 5, 9, 2, 6];
    print_u32s(c"base", &base);
    let rev = reversed(base);
    print_u32s(c"reversed", &rev);
    print_u32s(c"base again", &base);
    let mut copy = base;
    copy[black_box(7)] = 60;
    unsafe {
        printf(c"copy == base: %d, base == base: %d, rev(rev) == base: %d\n".as_ptr(), (copy == base) as i32,
            (base == base) as i32, (reversed(rev) == base) as i32);
    }
    let sq: [u64; 12] = squares();
    let mut total = 0;
    for i in 0..sq.len() {
        total += sq[i];
    }
    unsafe { printf(c"sum of squares below 12: %lu, last %lu\n".as_ptr(), total, sq[11]); }

    let mut items = [Item { id: 0, weight: 0, tag: b'-' }; 5];
    for i in 0..items.len() {
        items[i].id = (i as u16 + 1) * 100;
        items[i].weight = (i as u32 * 37) % 11;
        items[i].tag = b'a' + i as u8;
    }
    // Selection sort by weight.
    for i in 0..items.len() {
        let mut best = i;
        for j in i + 1..items.len() {
            if items[j].weight < items[best].weight {
                best = j;
            }
        }
        let tmp = items[i];
        items[i] = items[best];
        items[best] = tmp;
    }
    for i in 0..items.len() {
        let it = &items[i];
        unsafe { printf(c"item %u weight %u tag %c\n".as_ptr(), it.id as u32, it.weight, it.tag as u32); }
    }

    let m = [[1, 2, 3], [4, 5, 6], [7, 8, black_box(9)]];
    let t = transpose(m);
    for i in 0..3 {
        unsafe { printf(c"row %d: %d %d %d\n".as_ptr(), i, t[i][0], t[i][1], t[i][2]); }
    }
    let mut grid = [[b'.'; 6]; 4];
    for k in 0..4 {
        grid[k][k + 1] = b'#';
        grid[3 - k][k] = b'*';
    }
    for row in 0..4 {
        unsafe { printf(c"%.*s\n".as_ptr(), 6, grid[row].as_ptr()); }
    }
    let big = [0xabu8; 1000];
    let mut xor = 0u8;
    let mut idx = 0;
    while idx < big.len() {
        xor ^= big[idx].wrapping_add_idx(idx);
        idx += 1;
    }
    unsafe { printf(c"big array: len %zu, xor %u\n".as_ptr(), big.len(), xor as u32); }
    let empty: [u32; 0] = [];
    let zst_array = [(); 100];
    unsafe { printf(c"empty len %zu size %zu, unit array len %zu size %zu\n".as_ptr(), empty.len(), size_of_val(&empty),
        zst_array.len(), size_of_val(&zst_array)); }
}

trait WrappingAddIdx {
    fn wrapping_add_idx(self, i: usize) -> u8;
}

impl WrappingAddIdx for u8 {
    fn wrapping_add_idx(self, i: usize) -> u8 {
        mini_core::intrinsics::wrapping_add(self, i as u8)
    }
}
