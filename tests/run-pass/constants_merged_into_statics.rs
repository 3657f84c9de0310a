// When optimizing, a constant equal to an immutable static defined in the same codegen unit
// becomes that static (src/lower/module_cx.rs, `offer_static_contents`), as LLVM's constant
// merging makes it: the constant's address is not significant, so code may see either. Statics
// that may change (interior mutability, `static mut`), are per thread, or ask for their own
// section keep their contents to themselves. Compared at run time through `black_box`, with
// what LLVM's build prints.
//@ compile-flags: -Copt-level=2
#![feature(adt_const_params, unsized_const_params)]
#![allow(incomplete_features, static_mut_refs)]

use std::cell::Cell;
use std::hint::black_box;
use std::ptr;
use std::sync::atomic::AtomicUsize;

static PLAIN: usize = 42;
static WORDS: [u32; 4] = [1, 2, 3, 4];
static ATOMIC: AtomicUsize = AtomicUsize::new(43);
static mut MUTABLE: usize = 44;
#[unsafe(link_section = ".data.own_section")]
static SECTIONED: usize = 45;

thread_local! {
    static PER_THREAD: Cell<usize> = const { Cell::new(46) };
}

fn same<T: ?Sized>(a: &T, b: *const T) -> bool {
    ptr::eq(black_box(a as *const T), black_box(b))
}

fn through_const_generic<const X: &'static usize>() -> bool {
    same(X, &PLAIN)
}

fn main() {
    println!("const generic = PLAIN: {}", through_const_generic::<{ &PLAIN }>());
    let words: &[u32; 4] = &[1, 2, 3, 4];
    println!("constant array = WORDS: {}", same(words, &WORDS));
    let forty_three: &usize = &43;
    println!("43 = ATOMIC: {}", same(forty_three, ATOMIC.as_ptr()));
    let forty_four: &usize = &44;
    println!("44 = MUTABLE: {}", same(forty_four, ptr::addr_of!(MUTABLE)));
    let forty_five: &usize = &45;
    println!("45 = SECTIONED: {}", same(forty_five, &SECTIONED));
    let forty_six: &usize = &46;
    PER_THREAD.with(|cell| println!("46 = PER_THREAD: {}", same(forty_six, cell.as_ptr())));
    println!("values: {} {:?} {} {}", PLAIN, WORDS, unsafe { MUTABLE }, SECTIONED);
}
