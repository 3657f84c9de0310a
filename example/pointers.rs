// References and raw pointers: reads and writes through *mut, pointer arithmetic with the
// offset intrinsics, ptr_offset_from, &mut passed through functions, pointers to pointers,
// swap/replace, copy/copy_nonoverlapping/write_bytes and volatile accesses.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::intrinsics::{arith_offset, copy, copy_nonoverlapping, offset, ptr_offset_from, volatile_load, volatile_store, write_bytes};
use mini_core::*;

fn bump(x: &mut i32, by: i32) {
    *x += by;
}

fn bump_twice(x: &mut i32) {
    bump(x, 1);
    bump(&mut *x, 10);
}

fn pick<'a>(a: &'a mut u64, b: &'a mut u64, first: bool) -> &'a mut u64 {
    if first { a } else { b }
}

fn fill(p: *mut u16, n: usize, start: u16) {
    let mut i = 0;
    while i < n {
        unsafe { *p.add(i) = start + i as u16 * 3; }
        i += 1;
    }
}

struct Node {
    value: i32,
    next: *mut Node,
}

fn main() {
    let mut x = black_box(5);
    bump_twice(&mut x);
    let r = &mut x;
    *r *= 2;
    unsafe { printf(c"x = %d\n".as_ptr(), x); }

    let mut a = 1u64;
    let mut b = 2u64;
    *pick(&mut a, &mut b, black_box(false)) += 40;
    *pick(&mut a, &mut b, black_box(true)) += 100;
    unsafe { printf(c"a = %lu, b = %lu\n".as_ptr(), a, b); }
    swap(&mut a, &mut b);
    let old = replace(&mut a, 7);
    unsafe { printf(c"after swap/replace: a = %lu, b = %lu, old = %lu\n".as_ptr(), a, b, old); }

    let mut buf = [0u16; 10];
    let base = buf.as_mut_ptr();
    fill(base, 10, 100);
    unsafe {
        let p3 = offset(base as *const u16, 3isize);
        let p7 = base.add(7);
        let back = arith_offset(p7 as *const u16, -2);
        printf(c"*p3 = %u, *p7 = %u, *back = %u, p7 - p3 = %zd, p3 - p7 = %zd\n".as_ptr(), *p3 as u32, *p7 as u32,
            *back as u32, ptr_offset_from(p7 as *const u16, p3), ptr_offset_from(p3, p7 as *const u16));
        *p7 = 0xffff;
        *base.offset(9) -= 1;
    }
    for i in 0..buf.len() {
        unsafe { printf(c"%u ".as_ptr(), buf[i] as u32); }
    }
    print_line("");

    // Copies, including an overlapping copy.
    let mut src = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let mut dst = [0u8; 8];
    unsafe {
        copy_nonoverlapping(src.as_ptr(), dst.as_mut_ptr().add(2), 4);
        let sp = src.as_mut_ptr();
        copy(sp, sp.add(1), 6);
        write_bytes(dst.as_mut_ptr().add(6), 0xee, 2);
    }
    for i in 0..8 {
        unsafe { printf(c"%u/%u ".as_ptr(), src[i] as u32, dst[i] as u32); }
    }
    print_line("");

    // A small linked structure through raw pointers.
    let mut n3 = Node { value: 3, next: null_mut() };
    let mut n2 = Node { value: 2, next: &raw mut n3 };
    let mut n1 = Node { value: 1, next: &raw mut n2 };
    let mut cur: *mut Node = &raw mut n1;
    let mut total = 0;
    unsafe {
        while !cur.is_null() {
            (*cur).value *= 10;
            total += (*cur).value;
            cur = (*cur).next;
        }
    }
    unsafe { printf(c"list total %d, n3 now %d\n".as_ptr(), total, n3.value); }

    // Pointers to pointers and references to references.
    let v = 42u32;
    let rv = &v;
    let rrv = &rv;
    let rrrv = &rrv;
    let mut target = 0u32;
    let mut pt: *mut u32 = &mut target;
    let ppt: *mut *mut u32 = &mut pt;
    unsafe {
        **ppt = ***rrrv + 1;
        printf(c"through pointers: %u %u\n".as_ptr(), ***rrrv, target);
        // Reading and writing through a pointer obtained from an integer address.
        let addr = &raw mut target as usize;
        *(addr as *mut u32) += 1000;
        volatile_store(&mut target, volatile_load(&target) * 2);
        printf(c"target = %u\n".as_ptr(), target);
        // Pointer reads of a struct field and whole-value reads.
        let nptr: *const Node = &n1;
        let val_ptr = &raw const (*nptr).value;
        printf(c"field read: %d, read(): %u\n".as_ptr(), *val_ptr, (&raw const v).read());
    }
    // Mutable borrows of distinct fields and elements at the same time.
    let mut pair = (1i32, 2i32);
    let (first, second) = (&mut pair.0, &mut pair.1);
    swap(first, second);
    bump(&mut pair.1, 5);
    unsafe { printf(c"pair = (%d, %d)\n".as_ptr(), pair.0, pair.1); }
}
