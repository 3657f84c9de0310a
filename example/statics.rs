// Statics and constants: static arrays, static mut counters, string literals, consts built
// from other consts, statics referring to other statics (`&&u32`), a static table of function
// pointers, const slices of structs with &str fields, and promoted constants.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

static PRIMES: [u32; 8] = [2, 3, 5, 7, 11, 13, 17, 19];
static GREETING: &str = "static greeting";
static mut COUNTER: u64 = 0;
static mut LOG: [u8; 16] = [0; 16];

const KB: usize = 1024;
const MB: usize = KB * KB;
const LIMITS: [usize; 3] = [KB, MB, MB * 4 + KB / 2];
const MASK: u32 = !0 << 4;
const NEG: i64 = -(1 << 40) + 7;

static ANSWER: u32 = 42;
static ANSWER_REF: &u32 = &ANSWER;
static ANSWER_REF_REF: &&u32 = &ANSWER_REF;
static NESTED: &[&[u8]] = &[b"one", b"", b"three"];

struct Command {
    name: &'static str,
    arity: u8,
    run: fn(i64, i64) -> i64,
}

fn add(a: i64, b: i64) -> i64 {
    a + b
}
fn sub(a: i64, b: i64) -> i64 {
    a - b
}
fn neg(a: i64, _: i64) -> i64 {
    -a
}

static COMMANDS: [Command; 3] = [
    Command { name: "add", arity: 2, run: add },
    Command { name: "sub", arity: 2, run: sub },
    Command { name: "negate", arity: 1, run: neg },
];

const TABLE: &[Command] = &[Command { name: "const-add", arity: 2, run: add }];

static HANDLERS: [fn(i64, i64) -> i64; 3] = [add, sub, neg];

fn record(byte: u8) {
    unsafe {
        let i = (COUNTER % 16) as usize;
        LOG[i] = byte;
        COUNTER += 1;
    }
}

fn default_ref() -> &'static [u16; 4] {
    // A promoted constant: the reference outlives the function.
    &[10, 20, 30, 40]
}

fn main() {
    let mut sum = 0;
    for i in 0..PRIMES.len() {
        sum += PRIMES[black_box(i)];
    }
    unsafe { printf(c"sum of primes %u, last %u\n".as_ptr(), sum, PRIMES[7]); }
    unsafe { printf(c"%.*s (%zu bytes)\n".as_ptr(), GREETING.len() as i32, GREETING.as_ptr(), GREETING.len()); }
    let letters = b"counter";
    for i in 0..letters.len() {
        record(letters[i]);
    }
    unsafe {
        let count = COUNTER;
        let log = &raw const LOG;
        printf(c"counter %lu, log %s\n".as_ptr(), count, (*log).as_ptr());
        printf(c"consts: %zu %zu %zu mask %08x neg %ld\n".as_ptr(), LIMITS[0], LIMITS[1], LIMITS[2], MASK, NEG);
        printf(c"answer %u %u %u, same address: %d\n".as_ptr(), ANSWER, *ANSWER_REF, **ANSWER_REF_REF,
            (*ANSWER_REF_REF as *const u32 == &ANSWER as *const u32) as i32);
    }
    for i in 0..NESTED.len() {
        let s = NESTED[i];
        unsafe { printf(c"nested[%zu] = '%.*s' len %zu\n".as_ptr(), i, s.len() as i32, s.as_ptr(), s.len()); }
    }
    for i in 0..COMMANDS.len() {
        let c = &COMMANDS[i];
        let r = (c.run)(black_box(30), 12);
        unsafe { printf(c"%.*s/%u -> %ld\n".as_ptr(), c.name.len() as i32, c.name.as_ptr(), c.arity as u32, r); }
    }
    let t = &TABLE[0];
    unsafe { printf(c"%.*s -> %ld\n".as_ptr(), t.name.len() as i32, t.name.as_ptr(), (t.run)(1, 2)); }
    let mut acc = 100;
    for i in 0..HANDLERS.len() {
        acc = HANDLERS[i](acc, i as i64 + 5);
    }
    unsafe { printf(c"handlers: %ld\n".as_ptr(), acc); }
    let d = default_ref();
    let d2 = default_ref();
    unsafe { printf(c"promoted: %u %u, stable address: %d\n".as_ptr(), d[1] as u32, d[3] as u32, (d as *const _ == d2 as *const _) as i32); }
    // String literals with escapes and unicode.
    let s = "tab\there \"quoted\" \\ \u{e9}\u{263a}";
    unsafe { printf(c"%.*s (%zu bytes)\n".as_ptr(), s.len() as i32, s.as_ptr(), s.len()); }
    // A static mut updated through a function and read through a raw pointer.
    for _ in 0..5 {
        record(b'!');
    }
    unsafe {
        let p = &raw const COUNTER;
        printf(c"counter via pointer %lu\n".as_ptr(), *p);
    }
}
