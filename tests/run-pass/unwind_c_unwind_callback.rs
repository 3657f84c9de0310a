// A panic unwinding out of an `extern "C-unwind"` callback through a C library function
// (glibc's qsort) is caught in Rust; an `extern "C"` callback that panics aborts instead.
use std::ffi::{c_int, c_void};
use std::panic;

unsafe extern "C-unwind" {
    fn qsort(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C-unwind" fn(*const c_void, *const c_void) -> c_int,
    );
}

unsafe extern "C" {
    #[link_name = "qsort"]
    fn qsort_nounwind(
        base: *mut c_void,
        count: usize,
        size: usize,
        compare: extern "C" fn(*const c_void, *const c_void) -> c_int,
    );
}

extern "C-unwind" fn compare_or_panic(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    if a == 13 || b == 13 {
        panic!("unlucky number");
    }
    a.cmp(&b) as c_int
}

extern "C" fn compare_nounwind(a: *const c_void, b: *const c_void) -> c_int {
    let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    if a == 13 || b == 13 {
        panic!("unlucky number in a nounwind callback");
    }
    a.cmp(&b) as c_int
}

fn sort(values: &mut [i32]) {
    unsafe { qsort(values.as_mut_ptr().cast(), values.len(), 4, compare_or_panic) }
}

fn main() {
    panic::set_hook(Box::new(|info| println!("hook: {}", info.payload_as_str().unwrap_or("?"))));
    let mut fine = [5, 3, 9, 1, 7];
    sort(&mut fine);
    println!("sorted: {fine:?}");
    let mut unlucky = [5, 13, 9, 1, 7];
    let result = panic::catch_unwind(panic::AssertUnwindSafe(|| sort(&mut unlucky)));
    println!("caught: {}", result.is_err());
    let mut values = [4, 13, 2];
    unsafe { qsort_nounwind(values.as_mut_ptr().cast(), values.len(), 4, compare_nounwind) };
    println!("not reached");
}
