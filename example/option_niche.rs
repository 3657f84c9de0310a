// Niche-optimized layouts: Option<&T>, Option<&mut T>, Option<Box<T>>, Option<fn()>,
// Option<&[T]>, Option<&dyn Trait>, nested Options, and reading the raw representation.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

trait Named {
    fn name(&self) -> &'static str;
}

struct Cat;
impl Named for Cat {
    fn name(&self) -> &'static str {
        "cat"
    }
}

fn find(haystack: &[u32], needle: u32) -> Option<&u32> {
    for i in 0..haystack.len() {
        if haystack[i] == needle {
            return Some(&haystack[i]);
        }
    }
    None
}

fn first_even(values: &mut [i64]) -> Option<&mut i64> {
    for i in 0..values.len() {
        if values[i] % 2 == 0 {
            return Some(&mut values[i]);
        }
    }
    None
}

fn maybe_box(n: u64) -> Option<Box<u64>> {
    if n % 3 == 0 { None } else { Some(Box::new(n * 10)) }
}

fn hello() -> i32 {
    11
}

fn call_opt(f: Option<fn() -> i32>) -> i32 {
    match f {
        Some(func) => func(),
        None => -1,
    }
}

fn main() {
    let data = [4u32, 8, 15, 16, 23, 42];
    let hits = [15u32, 99, 42];
    for i in 0..hits.len() {
        match find(&data, black_box(hits[i])) {
            Some(r) => unsafe { printf(c"found %u at index %zd\n".as_ptr(), *r,
                (r as *const u32 as usize - data.as_ptr() as usize) as isize / 4); },
            None => unsafe { printf(c"%u not found\n".as_ptr(), hits[i]); },
        }
    }
    let mut vals = [3i64, 5, 8, 13];
    if let Some(e) = first_even(&mut vals) {
        *e *= 100;
    }
    let mut odd_only = [1i64, 3];
    let none = first_even(&mut odd_only).is_none();
    unsafe { printf(c"vals[2] = %ld, none = %d\n".as_ptr(), vals[2], none as i32); }

    let mut sum = 0;
    for n in 1..8u64 {
        let b = maybe_box(black_box(n));
        match &b {
            Some(v) => sum += **v,
            None => sum += 1,
        }
    }
    unsafe { printf(c"box sum = %lu, live allocations = %zd\n".as_ptr(), sum, LIVE_ALLOCATIONS); }

    unsafe {
        printf(c"call_opt: %d %d\n".as_ptr(), call_opt(Some(hello)), call_opt(black_box(None)));
    }
    let cat = Cat;
    let named: Option<&dyn Named> = if black_box(true) { Some(&cat) } else { None };
    if let Some(n) = named {
        let s = n.name();
        unsafe { printf(c"dyn option: %.*s\n".as_ptr(), s.len() as i32, s.as_ptr()); }
    }
    let slice_opt: Option<&[u32]> = Some(&data);
    unsafe { printf(c"slice option len %zu\n".as_ptr(), match slice_opt { Some(s) => s.len(), None => 0 }); }

    // The None value of a niche-optimized option is the null pointer.
    let none_ref: Option<&u32> = black_box(None);
    let some_ref: Option<&u32> = Some(&data[0]);
    let none_box: Option<Box<u8>> = None;
    unsafe {
        printf(c"None::<&u32> as usize: %zu, Some is non-zero: %d, None::<Box> as usize: %zu\n".as_ptr(),
            transmute::<Option<&u32>, usize>(none_ref), (transmute::<Option<&u32>, usize>(some_ref) != 0) as i32,
            transmute::<Option<Box<u8>>, usize>(none_box));
        printf(c"sizes: &u32 %zu, Option<&u32> %zu, Option<&mut i64> %zu, Option<Box<u64>> %zu, Option<fn()> %zu\n".as_ptr(),
            size_of::<&u32>(), size_of::<Option<&u32>>(), size_of::<Option<&mut i64>>(), size_of::<Option<Box<u64>>>(),
            size_of::<Option<fn()>>());
        printf(c"sizes: Option<&[u32]> %zu, Option<&dyn Named> %zu, Option<Option<&u8>> %zu, Option<(u8, &u8)> %zu\n".as_ptr(),
            size_of::<Option<&[u32]>>(), size_of::<Option<&dyn Named>>(), size_of::<Option<Option<&u8>>>(),
            size_of::<Option<(u8, &u8)>>());
    }
    // Moving a value out of an Option<Box<T>> with take().
    let mut slot = Some(Box::new(77u64));
    let taken = slot.take();
    unsafe {
        printf(c"taken: %lu, slot is none: %d\n".as_ptr(), match &taken { Some(b) => **b, None => 0 }, slot.is_none() as i32);
    }
    drop(taken);
    unsafe { printf(c"live allocations at end = %zd\n".as_ptr(), LIVE_ALLOCATIONS); }
}
