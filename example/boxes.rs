// Box on top of mini_core's malloc-based allocator: Box<u64>, large boxed arrays, boxed
// structs, over-aligned and zero-sized boxes, boxed slices, Box<Box<T>>, moving out of a
// box, and a singly linked list of Option<Box<Node>>. Live allocations are tracked.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Node {
    value: i64,
    next: Option<Box<Node>>,
}

fn push_front(list: Option<Box<Node>>, value: i64) -> Option<Box<Node>> {
    Some(Box::new(Node { value, next: list }))
}

fn list_sum(mut cur: &Option<Box<Node>>) -> i64 {
    let mut sum = 0;
    while let Some(node) = cur {
        sum += node.value;
        cur = &node.next;
    }
    sum
}

fn reverse(mut list: Option<Box<Node>>) -> Option<Box<Node>> {
    let mut out = None;
    while let Some(mut node) = list {
        list = node.next.take();
        node.next = out;
        out = Some(node);
    }
    out
}

fn print_list(mut cur: &Option<Box<Node>>) {
    while let Some(node) = cur {
        unsafe { printf(c"%ld ".as_ptr(), node.value); }
        cur = &node.next;
    }
    print_line("");
}

#[repr(align(64))]
struct Aligned {
    bytes: [u8; 100],
}

struct Record {
    id: u32,
    scores: [u16; 5],
    label: &'static str,
}

fn live() -> isize {
    unsafe { LIVE_ALLOCATIONS }
}

fn main() {
    let mut b = Box::new(black_box(41u64));
    *b += 1;
    unsafe { printf(c"Box<u64>: %lu, live %zd\n".as_ptr(), *b, live()); }

    let mut big = Box::new([0u8; 1000]);
    for i in 0..1000 {
        big[i] = (i % 251) as u8;
    }
    let mut sum = 0u64;
    for i in 0..big.len() {
        sum += big[i] as u64;
    }
    unsafe { printf(c"Box<[u8; 1000]>: sum %lu, size %zu, live %zd\n".as_ptr(), sum, size_of_val(&*big), live()); }

    let rec = Box::new(Record { id: 9, scores: [90, 85, 77, 100, 64], label: "boxed record" });
    let mut best = 0;
    for i in 0..5 {
        if rec.scores[i] > best {
            best = rec.scores[i];
        }
    }
    unsafe { printf(c"record %u %.*s best %u\n".as_ptr(), rec.id, rec.label.len() as i32, rec.label.as_ptr(), best as u32); }

    let aligned = Box::new(Aligned { bytes: [7; 100] });
    let addr = Box::as_ptr(&aligned) as *const u8 as usize;
    unsafe { printf(c"over-aligned box: aligned to 64 %d, byte %u, live %zd\n".as_ptr(), (addr % 64 == 0) as i32,
        aligned.bytes[99] as u32, live()); }

    let zst = Box::new(());
    let zst_addr = Box::as_ptr(&zst) as *const u8 as usize;
    unsafe { printf(c"ZST box: non-null %d, live %zd (ZSTs do not allocate)\n".as_ptr(), (zst_addr != 0) as i32, live()); }

    let slice: Box<[u32]> = Box::new([5u32, 6, 7, 8]);
    unsafe { printf(c"Box<[u32]>: len %zu last %u size %zu\n".as_ptr(), slice.len(), slice[3], size_of_val(&*slice)); }

    let nested = Box::new(Box::new(Box::new(black_box(-5i32))));
    unsafe { printf(c"Box<Box<Box<i32>>>: %d, live %zd\n".as_ptr(), ***nested, live()); }

    let moved_out: Record = Box::into_inner(rec);
    unsafe { printf(c"moved out of box: id %u, live %zd\n".as_ptr(), moved_out.id, live()); }

    drop(big);
    drop(nested);
    unsafe { printf(c"after drops: live %zd\n".as_ptr(), live()); }

    let mut list = None;
    for i in 1..7 {
        list = push_front(list, i * i);
    }
    print_list(&list);
    unsafe { printf(c"list sum %ld, live %zd\n".as_ptr(), list_sum(&list), live()); }
    list = reverse(list);
    print_list(&list);
    // Remove every node with an odd value.
    let mut cursor = &mut list;
    loop {
        match cursor {
            None => break,
            Some(node) if node.value % 2 != 0 => {
                let next = node.next.take();
                *cursor = next;
            }
            Some(node) => {
                cursor = &mut node.next;
            }
        }
    }
    print_list(&list);
    unsafe { printf(c"after removal live %zd\n".as_ptr(), live()); }
    drop(list);
    drop(b);
    drop(aligned);
    drop(slice);
    unsafe { printf(c"end: live %zd\n".as_ptr(), live()); }
}
