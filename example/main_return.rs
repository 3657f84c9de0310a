// `fn main` returning a value through the `Termination` trait of mini_core: the `start` lang
// item turns the returned i32 into the process status (7 here). Also checks that locals of
// main are dropped before the status is returned.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Report {
    checks: u32,
    failures: u32,
}

impl Drop for Report {
    fn drop(&mut self) {
        unsafe { printf(c"report dropped: %u checks, %u failures\n".as_ptr(), self.checks, self.failures); }
    }
}

impl Report {
    fn check(&mut self, ok: bool, what: &str) {
        self.checks += 1;
        if !ok {
            self.failures += 1;
        }
        unsafe {
            printf(c"%s: %.*s\n".as_ptr(), if ok { c"pass" } else { c"FAIL" }.as_ptr(), what.len() as i32, what.as_ptr());
        }
    }
}

fn checksum(data: &[u8]) -> u32 {
    let mut a: u32 = 1;
    let mut b: u32 = 0;
    for i in 0..data.len() {
        a = (a + data[i] as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn main() -> i32 {
    let mut report = Report { checks: 0, failures: 0 };
    report.check(checksum(b"Wikipedia") == 0x11E6_0398, "adler32 of Wikipedia");
    report.check(checksum(b"") == 1, "adler32 of empty input");
    report.check(black_box(2 + 2) == 4, "arithmetic");
    let expected_failures = black_box(0);
    report.check(report.failures == expected_failures, "no failures so far");
    let status = if report.failures == 0 { 7 } else { 1 };
    unsafe { printf(c"returning %d from main\n".as_ptr(), status); }
    status
}
