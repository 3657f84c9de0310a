// Iteration: `for` loops over mini_core ranges of several integer types, a hand-written
// Iterator (Fibonacci), a generic adapter struct holding a closure, an iterator over a slice
// yielding references, and early exit from a `for` loop.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b = r + self.b;
        Some(r)
    }
}

struct Take<I> {
    inner: I,
    left: usize,
}

impl<I: Iterator> Iterator for Take<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        self.inner.next()
    }
}

struct Map<I, F> {
    inner: I,
    f: F,
}

impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F> {
    type Item = B;
    fn next(&mut self) -> Option<B> {
        match self.inner.next() {
            Some(v) => Some((self.f)(v)),
            None => None,
        }
    }
}

struct SliceIter<'a, T> {
    slice: &'a [T],
    pos: usize,
}

impl<'a, T> Iterator for SliceIter<'a, T> {
    type Item = &'a T;
    fn next(&mut self) -> Option<&'a T> {
        if self.pos < self.slice.len() {
            self.pos += 1;
            Some(&self.slice[self.pos - 1])
        } else {
            None
        }
    }
}

fn iter<T>(slice: &[T]) -> SliceIter<'_, T> {
    SliceIter { slice, pos: 0 }
}

fn count<I: Iterator>(mut it: I) -> usize {
    let mut n = 0;
    while let Some(_) = it.next() {
        n += 1;
    }
    n
}

fn main() {
    let mut s = 0u64;
    for i in 0..10u64 {
        s += i;
    }
    let mut t = 0i8;
    for i in -5..3i8 {
        t += i;
    }
    let mut empty = 0;
    for _ in 5..5usize {
        empty += 1;
    }
    unsafe { printf(c"ranges: %lu %d %d\n".as_ptr(), s, t as i32, empty); }

    for f in (Take { inner: Fib { a: 0, b: 1 }, left: 12 }) {
        unsafe { printf(c"%lu ".as_ptr(), f); }
    }
    print_line("");
    let mut calls = 0;
    let squares = Map { inner: 1..6u32, f: |x: u32| { calls += 1; x * x } };
    for sq in squares {
        unsafe { printf(c"sq %u ".as_ptr(), sq); }
    }
    unsafe { printf(c"(closure called %d times)\n".as_ptr(), calls); }

    let words = ["alpha", "beta", "gamma", "delta", "epsilon"];
    let mut longest = "";
    for w in iter(&words) {
        if w.len() > longest.len() {
            longest = *w;
        }
    }
    unsafe { printf(c"longest word %.*s\n".as_ptr(), longest.len() as i32, longest.as_ptr()); }
    let lengths = Map { inner: iter(&words), f: |w: &&str| w.len() };
    let mut total = 0;
    for l in lengths {
        total += l;
    }
    unsafe { printf(c"total length %zu, count %zu\n".as_ptr(), total, count(iter(&words))); }

    // Early exit: first Fibonacci number above one million.
    let mut index = 0;
    for f in (Fib { a: 0, b: 1 }) {
        if f > 1_000_000 {
            unsafe { printf(c"first fib above 1e6: F(%d) = %lu\n".as_ptr(), index, f); }
            break;
        }
        index += 1;
    }
    // Nested loops over ranges with a dependent inner range.
    let mut triangles = 0;
    for a in 1..20u32 {
        for b in a..20u32 {
            for c in b..30u32 {
                if a * a + b * b == c * c {
                    triangles += 1;
                    unsafe { printf(c"(%u,%u,%u) ".as_ptr(), a, b, c); }
                }
            }
        }
    }
    unsafe { printf(c"\n%d pythagorean triples\n".as_ptr(), triangles); }
}
