// if/else chains, match on integers (many arms, ranges, or-patterns), while/loop/for loops,
// break/continue, labeled breaks and loop values.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn classify(n: i32) -> &'static CStr {
    if n < 0 {
        c"negative"
    } else if n == 0 {
        c"zero"
    } else if n % 2 == 0 {
        if n > 100 { c"big even" } else { c"small even" }
    } else {
        c"odd"
    }
}

fn day_name(d: u8) -> &'static CStr {
    match d {
        0 => c"sun",
        1 => c"mon",
        2 => c"tue",
        3 => c"wed",
        4 => c"thu",
        5 => c"fri",
        6 => c"sat",
        7 | 8 | 9 => c"overflow",
        10..=99 => c"two digits",
        200.. => c"huge",
        _ => c"other",
    }
}

fn sparse(x: u64) -> i32 {
    match x {
        1 => 10,
        1000 => 20,
        1_000_000 => 30,
        0xffff_ffff_ffff_ffff => 40,
        0x8000_0000 => 50,
        _ => -1,
    }
}

fn signed_ranges(x: i16) -> i32 {
    match x {
        i16::MIN..=-1000 => -2,
        -999..=-1 => -1,
        0 => 0,
        1..=999 => 1,
        _ => 2,
    }
}

trait Min { const MIN: Self; }
impl Min for i16 { const MIN: i16 = -32768; }

fn main() {
    let samples = [-5, 0, 42, 102, 7];
    for i in 0..samples.len() {
        unsafe { printf(c"%d is %s\n".as_ptr(), samples[i], classify(black_box(samples[i])).as_ptr()); }
    }
    let days: [u8; 9] = [0, 3, 6, 8, 10, 57, 150, 200, 255];
    for i in 0..days.len() {
        unsafe { printf(c"day %u: %s\n".as_ptr(), days[i] as u32, day_name(black_box(days[i])).as_ptr()); }
    }
    let keys: [u64; 6] = [1, 1000, 999, 1_000_000, 0xffff_ffff_ffff_ffff, 0x8000_0000];
    let mut total = 0;
    for i in 0..keys.len() {
        total = total * 100 + sparse(black_box(keys[i])) as i64;
    }
    unsafe { printf(c"sparse total: %ld\n".as_ptr(), total); }
    let ranges: [i16; 7] = [-32768, -1000, -999, -1, 0, 999, 1000];
    for i in 0..ranges.len() {
        unsafe { printf(c"%d ".as_ptr(), signed_ranges(black_box(ranges[i]))); }
    }
    print_line("");

    // while with continue: sum of numbers not divisible by 3 or 5 below 50.
    let mut n = 0;
    let mut sum = 0;
    while n < 50 {
        n += 1;
        if n % 3 == 0 || n % 5 == 0 {
            continue;
        }
        sum += n;
    }
    unsafe { printf(c"while/continue sum: %d\n".as_ptr(), sum); }

    // loop with a break value: first power of 3 above 10000.
    let mut p: u32 = 1;
    let steps = loop {
        p *= 3;
        if p > 10000 {
            break p;
        }
    };
    unsafe { printf(c"loop break value: %u\n".as_ptr(), steps); }

    // Labeled break/continue: find the first pair (a, b) with a*b == 391 and a <= b.
    let mut found = (0, 0);
    'outer: for a in 2..40u32 {
        for b in a..400u32 {
            if a * b > 391 {
                continue 'outer;
            }
            if a * b == 391 {
                found = (a, b);
                break 'outer;
            }
        }
    }
    unsafe { printf(c"factors of 391: %u x %u\n".as_ptr(), found.0, found.1); }

    // Labeled block with early exit.
    let verdict = 'check: {
        if black_box(samples.len()) != 5 {
            break 'check 1;
        }
        if samples[3] < 100 {
            break 'check 2;
        }
        3
    };
    unsafe { printf(c"labeled block: %d\n".as_ptr(), verdict); }

    // Nested loops with counters: collatz steps for 1..=12.
    for start in 1..13u64 {
        let mut x = start;
        let mut count = 0;
        while x != 1 {
            x = if x % 2 == 0 { x / 2 } else { 3 * x + 1 };
            count += 1;
        }
        unsafe { printf(c"%lu:%d ".as_ptr(), start, count); }
    }
    print_line("");
    // if-let and let-else on Option.
    let maybe = if black_box(1) == 1 { Some(17u8) } else { None };
    if let Some(v) = maybe { unsafe { printf(c"if let: %u\n".as_ptr(), v as u32); } }
    let Some(w) = maybe else { return };
    unsafe { printf(c"let else: %u\n".as_ptr(), w as u32 * 2); }
}
