// -Zstack-protector=all: a function that writes past the end of its local buffer, over the
// canary and what lies above it (saved registers, the return address), must stop in
// `__stack_chk_fail` ("*** stack smashing detected ***" on stderr, SIGABRT) before it returns,
// rather than return to whatever the overflow wrote. Each smash runs in a forked child, whose
// end the parent reports. Protected functions that do not overflow run as usual: recursion,
// panics caught across them, results returned in registers and in memory.
//@ compile-flags: -Zstack-protector=all

use std::hint::black_box;

unsafe extern "C" {
    fn fork() -> i32;
    fn waitpid(pid: i32, status: *mut i32, options: i32) -> i32;
    fn _exit(status: i32) -> !;
}

#[inline(never)]
fn landing() {
    unsafe { _exit(42) }
}

/// Writes `count` words of `value` upwards from `start`.
#[inline(never)]
unsafe fn fill(start: *mut usize, value: usize, count: usize) {
    for index in 0..count {
        unsafe { start.add(index).write_volatile(value) };
    }
}

#[inline(never)]
fn overflow_scalar() {
    let mut local = 5usize;
    let start = &mut local as *mut usize;
    unsafe { fill(start, landing as *const () as usize, 24) };
    black_box(start);
}

#[inline(never)]
fn overflow_buffer() -> u64 {
    let mut buffer = [0u8; 16];
    let start = buffer.as_mut_ptr() as *mut usize;
    unsafe { fill(start, landing as *const () as usize, 24) };
    black_box(&buffer);
    u64::from(buffer[3])
}

#[inline(never)]
fn recurse(depth: u32, acc: [u64; 4]) -> [u64; 4] {
    if depth == 0 {
        return acc;
    }
    let mut next = acc;
    next[(depth % 4) as usize] += u64::from(depth);
    recurse(depth - 1, black_box(next))
}

#[inline(never)]
fn pair(x: u64) -> (u64, u64) {
    let buffer = [x; 3];
    (black_box(buffer)[0], buffer[2] * 2)
}

#[inline(never)]
fn may_panic(fail: bool) -> String {
    let buffer = [b'x'; 12];
    if fail {
        panic!("caught");
    }
    String::from_utf8(buffer.to_vec()).unwrap()
}

fn in_child(name: &str, smash: fn()) {
    println!("{name}:");
    let pid = unsafe { fork() };
    if pid == 0 {
        smash();
        unsafe { _exit(0) };
    }
    let mut status = 0;
    assert_eq!(unsafe { waitpid(pid, &mut status, 0) }, pid);
    let signal = status & 0x7f;
    if signal != 0 {
        println!("  killed by signal {signal}");
    } else {
        println!("  exited with {}", (status >> 8) & 0xff);
    }
}

fn main() {
    println!("{:?}", recurse(50, [1, 2, 3, 4]));
    println!("{:?}", pair(21));
    println!("{}", may_panic(false));
    let caught = std::panic::catch_unwind(|| may_panic(true));
    println!("caught: {}", caught.is_err());
    in_child("scalar", overflow_scalar);
    in_child("buffer", || {
        black_box(overflow_buffer());
    });
}
