// Integer division by a divisor computed at run time to be zero (the length of an empty
// slice) panics with "attempt to divide by zero"; this check is emitted whatever the
// -Coverflow-checks setting.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

fn average(values: &[i64]) -> i64 {
    let mut sum = 0;
    for i in 0..values.len() {
        sum += values[i];
    }
    sum / values.len() as i64
}

fn buckets(total: u32, per_bucket: u32) -> (u32, u32) {
    (total / per_bucket, total % per_bucket)
}

fn safe_average(values: &[i64]) -> Option<i64> {
    if values.len() == 0 { None } else { Some(average(values)) }
}

fn main() {
    let none = safe_average(&[]);
    unsafe { printf(c"safe average of nothing is none: %d\n".as_ptr(), none.is_none() as i32); }
    let data = [10i64, -4, 22, 8];
    unsafe { printf(c"average = %ld\n".as_ptr(), average(&data)); }
    let (n, rest) = buckets(black_box(100), 7);
    unsafe { printf(c"buckets: %u full, %u left over\n".as_ptr(), n, rest); }
    let neg = black_box(-7i32);
    unsafe { printf(c"-7 / 2 = %d, -7 %% 2 = %d\n".as_ptr(), neg / 2, neg % 2); }
    let empty: [i64; 0] = [];
    let values: &[i64] = if black_box(true) { &empty } else { &data };
    print_line("averaging an empty slice:");
    let avg = average(values);
    unsafe { printf(c"unreachable: %ld\n".as_ptr(), avg); }
}
