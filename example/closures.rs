// Closures: capture by reference, by mutable reference and by move; passing closures to
// generic functions bounded by Fn/FnMut/FnOnce; boxed closures (Box<dyn Fn>) returned from
// functions; non-capturing closures and fn items coerced to fn pointers.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F: Fn(i32) -> i32>(f: &F, x: i32) -> i32 {
    f(f(x))
}

fn repeat<F: FnMut()>(mut f: F, times: u32) {
    for _ in 0..times {
        f();
    }
}

fn consume<F: FnOnce() -> u64>(f: F) -> u64 {
    f()
}

fn compose<A: Fn(i32) -> i32, B: Fn(i32) -> i32>(a: A, b: B) -> impl Fn(i32) -> i32 {
    move |x| b(a(x))
}

fn make_adder(n: i32) -> Box<dyn Fn(i32) -> i32> {
    Box::new(move |x| x + n)
}

fn make_counter() -> Box<dyn FnMut() -> u32> {
    let mut count = 0;
    Box::new(move || {
        count += 1;
        count
    })
}

fn call_dyn(f: &dyn Fn(i32, i32) -> i32) -> i32 {
    f(6, 7)
}

fn as_fn_ptr(f: fn(u8) -> u8, v: u8) -> u8 {
    f(v)
}

fn double(v: u8) -> u8 {
    v * 2
}

struct Guard {
    id: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        unsafe { printf(c"drop guard %u\n".as_ptr(), self.id); }
    }
}

fn main() {
    let offset = black_box(10);
    let add_offset = |x| x + offset; // captures by reference
    unsafe { printf(c"apply: %d, apply_twice: %d\n".as_ptr(), apply(add_offset, 1), apply_twice(&add_offset, 1)); }

    let mut total = 0u32;
    let mut step = 1;
    repeat(|| {
        total += step; // captures by mutable reference
        step *= 2;
    }, 5);
    unsafe { printf(c"total after FnMut: %u, step %u\n".as_ptr(), total, step); }

    let big = [1u64, 2, 3, 4];
    let owned_sum = consume(move || big[0] + big[1] + big[2] + big[3]);
    unsafe { printf(c"FnOnce moved array sum: %lu\n".as_ptr(), owned_sum); }

    let g = Guard { id: 1 };
    let take_guard = move || g.id * 100; // moves g into the closure
    unsafe { printf(c"guard closure result: %u\n".as_ptr(), take_guard()); }
    drop(take_guard);
    print_line("after dropping closure");

    let h = Guard { id: 2 };
    let once = move || {
        let inner = h;
        inner.id + 1
    };
    unsafe { printf(c"FnOnce consuming guard: %lu\n".as_ptr(), consume(move || once() as u64)); }

    let f = compose(|x| x * 3, |x| x - 1);
    unsafe { printf(c"compose: %d %d\n".as_ptr(), f(2), f(black_box(-5))); }

    let adders = [make_adder(1), make_adder(100), make_adder(-7)];
    for i in 0..adders.len() {
        unsafe { printf(c"adder %zu: %d\n".as_ptr(), i, adders[i](black_box(5))); }
    }
    let mut counter = make_counter();
    counter();
    counter();
    unsafe { printf(c"counter: %u\n".as_ptr(), counter()); }

    let scale = black_box(3);
    unsafe { printf(c"dyn Fn: %d\n".as_ptr(), call_dyn(&|a, b| a * b * scale)); }

    let ptr: fn(u8) -> u8 = |v| v + 1; // non-capturing closure to fn pointer
    unsafe { printf(c"fn pointers: %u %u %u\n".as_ptr(), as_fn_ptr(ptr, 1) as u32, as_fn_ptr(double, 21) as u32,
        as_fn_ptr(|v| v ^ 0xff, 0x0f) as u32); }

    // Closures capturing struct fields and modifying them.
    let mut point = (1i64, 2i64);
    let mut shift = |d: i64| {
        point.0 += d;
        point.1 -= d;
    };
    shift(5);
    shift(-2);
    unsafe { printf(c"point: (%ld, %ld)\n".as_ptr(), point.0, point.1); }
    // Returning closures that capture nothing, sizes of closures.
    let zero_sized = || 1;
    let captures_two = move || offset + scale;
    unsafe { printf(c"closure sizes: %zu %zu, result %d %d\n".as_ptr(), size_of_val(&zero_sized), size_of_val(&captures_two),
        zero_sized(), captures_two()); }
}
