// Generics: generic functions over traits, monomorphization for several types, associated
// types and consts, default trait methods, generic structs and impls, const generics and
// trait static methods.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

trait Shape {
    const SIDES: u32;
    fn area(&self) -> u64;
    fn name(&self) -> &'static str {
        "shape"
    }
    fn describe(&self) {
        let n = self.name();
        unsafe { printf(c"%.*s: sides %u area %lu\n".as_ptr(), n.len() as i32, n.as_ptr(), Self::SIDES, self.area()); }
    }
}

struct Square(u64);
struct Tri { base: u64, height: u64 }

impl Shape for Square {
    const SIDES: u32 = 4;
    fn area(&self) -> u64 { self.0 * self.0 }
    fn name(&self) -> &'static str { "square" }
}

impl Shape for Tri {
    const SIDES: u32 = 3;
    fn area(&self) -> u64 { self.base * self.height / 2 }
}

fn total_area<A: Shape, B: Shape>(a: &A, b: &B) -> u64 {
    a.area() + b.area()
}

trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<Self::Item>;
    fn first(&self) -> Option<Self::Item> {
        self.get(0)
    }
}

struct Stack<T, const N: usize> {
    items: [T; N],
    len: usize,
}

impl<T: Copy, const N: usize> Stack<T, N> {
    fn new(fill: T) -> Self {
        Stack { items: [fill; N], len: 0 }
    }
    fn push(&mut self, v: T) -> bool {
        if self.len == N { return false; }
        self.items[self.len] = v;
        self.len += 1;
        true
    }
    fn pop(&mut self) -> Option<T> {
        if self.len == 0 { return None; }
        self.len -= 1;
        Some(self.items[self.len])
    }
}

impl<T: Copy, const N: usize> Container for Stack<T, N> {
    type Item = T;
    fn get(&self, i: usize) -> Option<T> {
        if i < self.len { Some(self.items[i]) } else { None }
    }
}

trait Zero {
    fn zero() -> Self;
}
macro_rules! zero_impls {
    ($($t:ty = $z:expr),*) => { $(impl Zero for $t { fn zero() -> $t { $z } })* };
}
zero_impls!(i32 = 0, u64 = 0, f64 = 0.0);

fn sum_all<T: Zero + Add<Output = T> + Copy>(values: &[T]) -> T {
    let mut acc = T::zero();
    for i in 0..values.len() {
        acc = acc + values[i];
    }
    acc
}

fn largest<T: PartialOrd + Copy>(values: &[T]) -> T {
    let mut best = values[0];
    for i in 1..values.len() {
        if values[i] > best { best = values[i]; }
    }
    best
}

struct Wrapper<T> {
    inner: T,
}

impl<T: Shape> Wrapper<T> {
    fn doubled_area(&self) -> u64 {
        self.inner.area() * 2
    }
}

fn size_name<T>() -> usize {
    size_of::<T>() * 10 + align_of::<T>()
}

fn main() {
    let sq = Square(black_box(7));
    let tr = Tri { base: 10, height: black_box(5) };
    sq.describe();
    tr.describe();
    unsafe { printf(c"total area %lu, wrapped %lu\n".as_ptr(), total_area(&sq, &tr), Wrapper { inner: tr }.doubled_area()); }

    let mut s: Stack<u16, 4> = Stack::new(0);
    let mut pushed = 0;
    for i in 0..6u16 {
        if s.push(i * 11) {
            pushed += 1;
        }
    }
    let first = s.first().unwrap_or(999);
    let top = s.pop().unwrap_or(999);
    unsafe { printf(c"stack: pushed %d, first %u, popped %u, get(5) none %d\n".as_ptr(), pushed, first as u32, top as u32,
        s.get(5).is_none() as i32); }
    let mut pairs: Stack<(u8, char), 2> = Stack::new((0, ' '));
    pairs.push((1, 'x'));
    pairs.push((2, 'y'));
    if let Some((n, c)) = pairs.pop() {
        unsafe { printf(c"pair stack: %u %c\n".as_ptr(), n as u32, c as u32); }
    }

    unsafe {
        printf(c"sums: %d %lu %ld\n".as_ptr(), sum_all(&[1, -2, 3, black_box(40)]), sum_all(&[10u64, 20, 30]),
            (sum_all(&[0.25f64, 0.5, black_box(1.25)]) * 100.0) as i64);
        printf(c"largest: %d %u %c\n".as_ptr(), largest(&[3, -1, 99, 4]), largest(&[7u8, 250, 1]) as u32,
            largest(&['q', 'z', 'a']) as u32);
        printf(c"size/align codes: %zu %zu %zu %zu\n".as_ptr(), size_name::<u8>(), size_name::<(u8, u32)>(),
            size_name::<Stack<u64, 3>>(), size_name::<Wrapper<Square>>());
    }
}
