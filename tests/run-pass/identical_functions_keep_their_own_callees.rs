// Functions whose Cranelift IR differs only in the functions, statics and vtables they refer
// to are compiled once (emit::identical_fns); each copy must still call and read its own.
use std::fmt::Debug;
use std::sync::atomic::{AtomicU32, Ordering};

trait Source {
    fn value() -> u32;
}

struct One;
struct Two;
struct Three;

impl Source for One {
    fn value() -> u32 {
        1
    }
}
impl Source for Two {
    fn value() -> u32 {
        20
    }
}
impl Source for Three {
    fn value() -> u32 {
        300
    }
}

#[inline(never)]
fn twice<S: Source>() -> u32 {
    S::value() * 2
}

static FIRST: AtomicU32 = AtomicU32::new(7);
static SECOND: AtomicU32 = AtomicU32::new(8);

#[inline(never)]
fn bump_first() -> u32 {
    FIRST.fetch_add(1, Ordering::Relaxed)
}

#[inline(never)]
fn bump_second() -> u32 {
    SECOND.fetch_add(1, Ordering::Relaxed)
}

#[inline(never)]
fn show<T: Debug>(value: T) -> String {
    format!("<{value:?}>")
}

struct Loud(&'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Quiet(&'static str);

impl Drop for Quiet {
    fn drop(&mut self) {
        println!("quietly drop {}", self.0);
    }
}

#[inline(never)]
fn hold<T>(value: T) -> usize {
    let boxed = Box::new(value);
    std::mem::size_of_val(&*boxed)
}

fn main() {
    println!("{} {} {}", twice::<One>(), twice::<Two>(), twice::<Three>());
    println!("{} {} {} {}", bump_first(), bump_second(), bump_first(), bump_second());
    println!("{} {} {}", show(5u32), show(5i32), show(Some(5u8)));
    println!("{} {}", hold(Loud("loud")), hold(Quiet("quiet")));
    let objects: Vec<Box<dyn Debug>> = vec![Box::new(1u16), Box::new("two"), Box::new([3u8])];
    for object in &objects {
        println!("{object:?}");
    }
}
