//! Several functions, a generic one, a closure and a trait method, for the debuginfo group:
//! gdb stops at the `BREAK HERE` line, and addr2line must find each function's `fn` line,
//! also for two functions of identical code, compiled once (`emit::identical_fns`).

use std::fmt::Display;

trait Shape {
    fn area(&self) -> u64;
}

struct Rect {
    width: u64,
    height: u64,
}

impl Shape for Rect {
    fn area(&self) -> u64 {
        self.width * self.height
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn describe(label: impl Display, value: u64) -> String {
    format!("{label}: {value}")
}

fn sum_of_squares(limit: u64) -> u64 {
    let mut total = 0; // BREAK HERE
    for i in 1..=limit {
        total += i * i;
    }
    total
}

#[inline(never)]
fn first_copy(x: u64) -> u64 {
    x.wrapping_mul(3) + 1
}

#[inline(never)]
fn second_copy(x: u64) -> u64 {
    x.wrapping_mul(3) + 1
}

fn main() {
    let rect = Rect { width: 3, height: 4 };
    let scale = 2;
    let scaled = |x: u64| x * scale;
    println!("{}", describe("area", scaled(rect.area())));
    println!("{}", describe("largest", largest(&[5, 9, 2, 7])));
    println!("{}", describe("largest float", largest(&[1.5, 0.5]) as u64));
    println!("{}", describe("squares", sum_of_squares(4))); // CALLER LINE
    println!("{}", describe("copies", first_copy(2) + second_copy(3)));
}
