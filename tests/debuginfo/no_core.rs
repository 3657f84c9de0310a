//! A `#![no_core]` library, which any target can compile without a standard library: the
//! debuginfo group builds it for several architectures and verifies the DWARF of each object.

#![feature(no_core, lang_items)]
#![no_core]
#![allow(internal_features)]

#[lang = "pointee_sized"]
pub trait PointeeSized {}

#[lang = "meta_sized"]
pub trait MetaSized: PointeeSized {}

#[lang = "sized"]
pub trait Sized: MetaSized {}

#[lang = "copy"]
pub trait Copy {}

impl Copy for bool {}

pub fn pick(flag: bool, a: u32, b: u32) -> u32 {
    if flag { a } else { b }
}

pub fn first(a: u32, b: u32) -> u32 {
    pick(true, a, b)
}

pub fn choose(flag: bool) -> u32 {
    match flag {
        true => first(1, 2),
        false => pick(false, 3, 4),
    }
}
