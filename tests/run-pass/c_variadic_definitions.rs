//@ c-source: c_variadic_definitions.c
// C-variadic function definitions (`...` parameters): read with `VaList::next_arg` (the
// intrinsic `va_arg`) as integers, doubles and pointers, with more arguments than the registers
// hold, fixed arguments in registers and on the stack, a `VaList` cloned (`va_copy`) and passed
// on to Rust and to C (`vsnprintf`); called from Rust (directly and through function pointers)
// and from C (c_variadic_definitions.c), and reading a `va_list` that C passes.
#![feature(c_variadic_int128)]
#![allow(improper_ctypes_definitions)]

use std::ffi::{CStr, VaList, c_char, c_double, c_int, c_long};

#[unsafe(no_mangle)]
unsafe extern "C" fn rust_sum_ints(count: c_int, mut args: ...) -> i64 {
    let mut sum = 0;
    for _ in 0..count {
        sum += i64::from(unsafe { args.next_arg::<c_int>() });
    }
    sum
}

/// Doubles and ints, alternating, starting with a double.
#[unsafe(no_mangle)]
unsafe extern "C" fn rust_mixed(count: c_int, mut args: ...) -> c_double {
    let mut total = 0.0;
    for i in 0..count {
        total += if i % 2 == 0 {
            unsafe { args.next_arg::<c_double>() }
        } else {
            f64::from(unsafe { args.next_arg::<c_int>() }) * 0.5
        };
    }
    total
}

/// Six integer and nine double fixed arguments: the variadic ones are all on the stack, after
/// the fixed double that did not fit in a register.
#[unsafe(no_mangle)]
#[allow(clippy::too_many_arguments)]
unsafe extern "C" fn rust_many(
    a: i64,
    b: i64,
    c: i64,
    d: i64,
    e: i64,
    f: i64,
    x0: f64,
    x1: f64,
    x2: f64,
    x3: f64,
    x4: f64,
    x5: f64,
    x6: f64,
    x7: f64,
    x8: f64,
    mut args: ...
) -> i64 {
    let fixed = a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f;
    let floats = x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + 10.0 * x8;
    let (i, y, j, z) = unsafe {
        (
            args.next_arg::<i64>(),
            args.next_arg::<f64>(),
            args.next_arg::<i64>(),
            args.next_arg::<f64>(),
        )
    };
    fixed + floats as i64 + i * 3 + j * 5 + (y * 100.0) as i64 + (z * 1000.0) as i64
}

/// Reads the arguments twice, once through a clone made first.
#[unsafe(no_mangle)]
unsafe extern "C" fn rust_sum_twice(count: c_int, mut args: ...) -> i64 {
    let mut copy = args.clone();
    let mut first = 0;
    for _ in 0..count {
        first += i64::from(unsafe { args.next_arg::<c_int>() });
    }
    let mut second = 0;
    for _ in 0..count {
        second += i64::from(unsafe { copy.next_arg::<c_int>() });
    }
    first * 1000 + second
}

/// Reads a `va_list` that a C function started.
#[unsafe(no_mangle)]
unsafe extern "C" fn rust_vsum(count: c_int, mut args: VaList<'_>) -> i64 {
    let mut sum = 0;
    for i in 0..count {
        sum += i64::from(unsafe { args.next_arg::<c_int>() }) * i64::from(i + 1);
    }
    sum
}

/// Pointers, `long`s and a string.
unsafe extern "C" fn describe(prefix: *const c_char, mut args: ...) -> String {
    let prefix = unsafe { CStr::from_ptr(prefix) }.to_str().unwrap();
    let value = unsafe { *args.next_arg::<*const u64>() };
    let long = unsafe { args.next_arg::<c_long>() };
    let name = unsafe { CStr::from_ptr(args.next_arg::<*const c_char>()) }.to_str().unwrap();
    let slot = unsafe { args.next_arg::<*mut i32>() };
    unsafe { *slot += 1 };
    format!("{prefix} {value} {long} {name}")
}

/// Formats with C's `vsnprintf`, which reads the `VaList` of this function.
unsafe extern "C" fn format(format: *const c_char, args: ...) -> String {
    let mut buffer = [0u8; 256];
    let written = unsafe { vsnprintf(buffer.as_mut_ptr().cast(), buffer.len(), format, args) };
    String::from_utf8_lossy(&buffer[..written as usize]).into_owned()
}

/// Passes its `VaList` on to a Rust function.
unsafe extern "C" fn weighted(count: c_int, args: ...) -> i64 {
    unsafe { rust_vsum(count, args) }
}

/// The 128-bit integers and `f128` of `VaArgSafe` on x86-64 and AArch64, among others.
unsafe extern "C" fn wide(mut args: ...) -> (i128, u64, u128) {
    unsafe { (args.next_arg::<i128>(), args.next_arg::<u64>(), args.next_arg::<u128>()) }
}

unsafe extern "C" {
    fn vsnprintf(
        buffer: *mut c_char,
        size: usize,
        format: *const c_char,
        args: VaList<'_>,
    ) -> c_int;
    fn snprintf(buffer: *mut c_char, size: usize, format: *const c_char, ...) -> c_int;
    fn c_average_of(kinds: *const c_char, ...) -> c_double;
    fn c_calls_rust();
}

fn main() {
    unsafe {
        println!("sum: {}", rust_sum_ints(4, 1, 2, 3, 4));
        println!("sum of none: {}", rust_sum_ints(0));
        println!(
            "sum of 14: {}",
            rust_sum_ints(14, 1, -2, 3, -4, 5, -6, 7, -8, 9, -10, 11, -12, 13, -14)
        );
        println!("mixed: {}", rust_mixed(5, 1.5f64, 3, 2.25f64, -5, 0.125f64));
        println!(
            "mixed of 22: {}",
            rust_mixed(
                22, 0.5f64, 1, 1.5f64, 2, 2.5f64, 3, 3.5f64, 4, 4.5f64, 5, 5.5f64, 6, 6.5f64, 7,
                7.5f64, 8, 8.5f64, 9, 9.5f64, 10, 10.5f64, 11
            )
        );
        println!(
            "many: {}",
            rust_many(
                1, 2, 3, 4, 5, 6, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 100i64, 0.25f64,
                200i64, 0.75f64
            )
        );
        println!("twice: {}", rust_sum_twice(6, 10, 20, 30, 40, 50, 60));
        println!("weighted: {}", weighted(3, 100, 10, 1));
        let value = 42u64;
        let mut counter = 7i32;
        let text = describe(
            c"describe:".as_ptr(),
            &value as *const u64,
            -123456789 as c_long,
            c"name".as_ptr(),
            &mut counter as *mut i32,
        );
        println!("{text}, counter {counter}");
        println!(
            "vsnprintf: {}",
            format(c"%d %s %.3f %ld %c".as_ptr(), 17, c"str".as_ptr(), 2.5f64, -9 as c_long, 65)
        );
        // Through function pointers: C's `snprintf` reads the doubles only if `%al` says so.
        let snprintf_ptr: unsafe extern "C" fn(*mut c_char, usize, *const c_char, ...) -> c_int =
            std::hint::black_box(snprintf);
        let mut buffer = [0u8; 64];
        let written = snprintf_ptr(
            buffer.as_mut_ptr().cast(),
            64,
            c"%.2f %d %.1f".as_ptr(),
            1.25f64,
            9,
            -2.5f64,
        );
        println!(
            "snprintf through a pointer: {}",
            String::from_utf8_lossy(&buffer[..written as usize])
        );
        let mixed_ptr: unsafe extern "C" fn(c_int, ...) -> c_double =
            std::hint::black_box(rust_mixed);
        println!("rust_mixed through a pointer: {}", mixed_ptr(3, 0.75f64, 4, 1.5f64));
        println!("wide: {:?}", wide(i128::MIN + 5, 77u64, u128::MAX - 3));
        println!(
            "C average: {}",
            c_average_of(c"idlds".as_ptr(), 3, 1.5f64, 10i64, -2.0f64, c"four".as_ptr())
        );
        c_calls_rust();
    }
}
