// Guaranteed tail calls (`become`): loops of a million calls that must run in constant stack
// (in a thread whose stack could not hold them as plain calls), mutual recursion, arguments
// passed in registers, on the stack and by pointer (swapped between calls, so that the callee's
// arguments are built from the caller's), results returned in memory, generic and trait
// callees, drops before the jump, unwinding, `extern "C"` functions, a `#[track_caller]`
// callee, and tail calls through function pointers and a vtable.
#![feature(explicit_tail_calls)]
#![expect(incomplete_features)]

use std::cell::RefCell;
use std::hint::black_box;

const MILLION: u64 = 1_000_000;

fn count(n: u64, acc: u64) -> u64 {
    if n == 0 { acc } else { become count(n - 1, acc.wrapping_add(n)) }
}

fn is_even(n: u64) -> bool {
    if n == 0 { true } else { become is_odd(n - 1) }
}

fn is_odd(n: u64) -> bool {
    if n == 0 { false } else { become is_even(n - 1) }
}

/// The address of a local at the first and at the last call of a million: the same when each
/// call reuses the frame.
fn frame_addresses(n: u64, first: usize) -> (usize, usize) {
    let here = black_box(&n) as *const u64 as usize;
    let first = if first == 0 { here } else { first };
    if n == 0 { (first, here) } else { become frame_addresses(n - 1, first) }
}

/// Ten integer and nine float arguments: more than fit in registers on x86-64 and AArch64.
fn many(
    n: u64,
    a: u64,
    b: u64,
    c: u64,
    d: u64,
    e: u64,
    f: u64,
    g: u64,
    h: u64,
    i: u64,
    x0: f64,
    x1: f64,
    x2: f64,
    x3: f64,
    x4: f64,
    x5: f64,
    x6: f64,
    x7: f64,
    x8: f64,
) -> (u64, f64) {
    if n == 0 {
        let ints = a ^ b.rotate_left(1) ^ c.rotate_left(2) ^ d.rotate_left(3) ^ e.rotate_left(4);
        let ints = ints ^ f.rotate_left(5) ^ g.rotate_left(6) ^ h.rotate_left(7) ^ i;
        let floats = x0 + 2.0 * x1 + 3.0 * x2 + 4.0 * x3 + 5.0 * x4 + 6.0 * x5;
        return (ints, floats + 7.0 * x6 + 8.0 * x7 + 9.0 * x8);
    }
    // Every argument moves one place, the last stack argument into a register.
    become many(
        n - 1,
        i,
        a.wrapping_add(n),
        b,
        c,
        d,
        e,
        f,
        g,
        h,
        x8,
        x0 + 1.0,
        x1,
        x2,
        x3,
        x4,
        x5,
        x6,
        x7,
    )
}

/// Too large for registers: the Rust ABI passes it by pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Big([u64; 6]);

fn swap_big(n: u64, a: Big, b: Big) -> (Big, Big) {
    if n == 0 {
        return (a, b);
    }
    let mut next = b;
    next.0[n as usize % 6] = next.0[n as usize % 6].wrapping_mul(3).wrapping_add(a.0[0]);
    // The callee's first argument is built from the caller's second and the other way round.
    become swap_big(n - 1, next, a)
}

/// Returned in memory: the callee writes the caller's result place.
fn fill(n: u64, seed: u64) -> [u64; 8] {
    if n == 0 {
        let mut out = [0; 8];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = seed.wrapping_mul(i as u64 + 1);
        }
        return out;
    }
    become fill(n - 1, seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407))
}

fn generic_steps<T: Copy + std::ops::Add<Output = T>>(n: u64, acc: T, step: T) -> T {
    if n == 0 { acc } else { become generic_steps(n - 1, acc + step, step) }
}

trait Machine {
    fn run(&self, n: u64, acc: u64) -> u64;
}

struct Collatz;

impl Machine for Collatz {
    fn run(&self, n: u64, acc: u64) -> u64 {
        if n <= 1 {
            acc
        } else if n % 2 == 0 {
            become self.run(n / 2, acc + 1)
        } else {
            become self.run(3 * n + 1, acc + 1)
        }
    }
}

struct Noisy<'a>(u32, &'a RefCell<Vec<u32>>);

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        self.1.borrow_mut().push(self.0);
    }
}

/// The locals are dropped before the jump, so in order of the calls, not in reverse.
fn drops(n: u32, log: &RefCell<Vec<u32>>) {
    let _first = Noisy(2 * n, log);
    let _second = Noisy(2 * n + 1, log);
    if n == 5 {
        return;
    }
    become drops(n + 1, log)
}

/// Unwinds out of a frame whose locals are dropped on the way, after tail calls: the frames
/// replaced by tail calls are gone, the caller's cleanup still runs.
fn unwinding(n: u32, log: &RefCell<Vec<u32>>) {
    let _local = Noisy(100 + n, log);
    if n == 3 {
        let _inner = Noisy(200, log);
        panic!("unwinding at {n}");
    }
    become unwinding(n + 1, log)
}

extern "C" fn c_countdown(n: u32, acc: u64) -> u64 {
    if n == 0 { acc } else { become c_countdown(n - 1, acc ^ u64::from(n).rotate_left(n % 64)) }
}

#[track_caller]
fn located(x: u32) -> (u32, u32) {
    (x + 1, std::panic::Location::caller().line())
}

#[allow(tail_call_track_caller)]
fn to_located(x: u32) -> (u32, u32) {
    become located(x * 2)
}

fn via_pointer(n: u64, acc: u64, last: fn(u64, u64) -> u64) -> u64 {
    let next: fn(u64, u64, fn(u64, u64) -> u64) -> u64 =
        if n % 2 == 0 { via_pointer_even } else { via_pointer_odd };
    if n == 0 { last(n, acc) } else { become next(n - 1, acc.wrapping_add(1), last) }
}

fn via_pointer_even(n: u64, acc: u64, last: fn(u64, u64) -> u64) -> u64 {
    become via_pointer(n, acc.wrapping_mul(2), last)
}

fn via_pointer_odd(n: u64, acc: u64, last: fn(u64, u64) -> u64) -> u64 {
    become via_pointer(n, acc.wrapping_add(7), last)
}

fn finish(n: u64, acc: u64) -> u64 {
    acc.wrapping_mul(10).wrapping_add(n)
}

fn dyn_dispatch(machine: &dyn Machine, n: u64, acc: u64) -> u64 {
    become machine.run(n, acc)
}

fn main() {
    // 64 KiB of stack: a million frames of plain calls would not fit.
    let small_stack = std::thread::Builder::new().stack_size(64 * 1024);
    let results = small_stack
        .spawn(|| {
            let n = black_box(MILLION);
            let counted = count(n, 0);
            let even = is_even(n + 1);
            let (first, last) = frame_addresses(n, 0);
            let same_frame = first.abs_diff(last) < 1024;
            let (ints, floats) =
                many(n, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5);
            let (a, b) = swap_big(n, Big([1, 2, 3, 4, 5, 6]), Big([7, 8, 9, 10, 11, 12]));
            let filled = fill(n, 1);
            let c = c_countdown(n as u32, 0);
            (counted, even, same_frame, ints, floats, a, b, filled, c)
        })
        .unwrap()
        .join()
        .unwrap();
    let (counted, even, same_frame, ints, floats, a, b, filled, c) = results;
    println!("count: {counted}");
    println!("is_even(1000001): {even}");
    println!("one frame for a million calls: {same_frame}");
    println!("many: {ints:#x} {floats}");
    println!("swap_big: {a:?} {b:?}");
    println!("fill: {filled:?}");
    println!("extern \"C\": {c:#x}");

    println!("generic: {} {}", generic_steps(1000, 0u64, 3), generic_steps(1000, 0.5f64, 0.25));
    println!("collatz(27): {}", Collatz.run(black_box(27), 0));
    println!("through dyn: {}", dyn_dispatch(&Collatz, black_box(97), 0));

    let log = RefCell::new(Vec::new());
    drops(0, &log);
    println!("drops: {:?}", log.into_inner());

    println!("track_caller callee: {:?}", to_located(black_box(21)));

    let log = RefCell::new(Vec::new());
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _outer = Noisy(999, &log);
        unwinding(0, &log);
    }));
    println!("caught: {}, drops: {:?}", caught.is_err(), log.into_inner());
    println!("through pointers: {}", via_pointer(black_box(1000), 1, finish));
}
