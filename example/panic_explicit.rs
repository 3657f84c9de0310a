// An explicit call to mini_core's `panic` from a validation routine: prints
// "panicked at LINE:COL: <message>" with the location of the caller (panic is #[track_caller]),
// flushes stdout and aborts. Destructors do not run on this path.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Config {
    threads: u32,
    name: &'static str,
}

struct Cleanup;

impl Drop for Cleanup {
    fn drop(&mut self) {
        print_line("cleanup ran (must not happen after the panic)");
    }
}

#[track_caller]
fn require(cond: bool, msg: &'static str) {
    if !cond {
        panic(msg);
    }
}

fn validate(c: &Config) {
    require(c.threads > 0, "threads must be positive");
    require(c.name.len() > 0, "name must not be empty");
    unsafe { printf(c"config %.*s ok with %u threads\n".as_ptr(), c.name.len() as i32, c.name.as_ptr(), c.threads); }
}

fn main() {
    let _cleanup = Cleanup;
    validate(&Config { threads: 4, name: "primary" });
    validate(&Config { threads: black_box(1), name: "secondary" });
    validate(&Config { threads: 2, name: black_box("") });
    print_line("unreachable");
}
