//@ compile-flags: -Copt-level=2
// Locals that nothing reads get no stack slot and their assignments are left out
// (src/lower/analyze.rs, `unread_locals`). Optimized MIR still keeps a variable that is never
// used, and the copies it was made from: `let _unused: [u8; N] = mem::zeroed()` is a
// `MaybeUninit` filled with zeros, moved, then transmuted into the variable, three arrays of
// N bytes where one is needed. In a thread with a 512 KiB stack, three of 256 KiB overflowed
// it (rustc's ui/codegen/init-large-type.rs, as LLVM removes them). Around them, values that
// are read through chains of moves, pointers and indexing keep theirs.
use std::hint::black_box;
use std::mem;
use std::thread;

const SIZE: usize = 256 * 1024;

#[inline(never)]
fn unused_zeroed() {
    let _unused: [u8; SIZE] = unsafe { mem::zeroed() };
}

#[inline(never)]
fn read_after_moves(seed: u8) -> u32 {
    let mut first = [seed; 64];
    first[3] = seed.wrapping_mul(3);
    let second = first;
    let third = second;
    let pointer = &third as *const [u8; 64];
    let index = black_box(3usize);
    let through_pointer = unsafe { (*pointer)[index] };
    u32::from(through_pointer) + third.iter().map(|&byte| u32::from(byte)).sum::<u32>()
}

#[inline(never)]
fn dead_chain(x: u64) -> u64 {
    let a = [x; 32];
    let b = a;
    let _c = b;
    let kept = [x + 1; 4];
    let also_kept = kept;
    also_kept.iter().sum()
}

fn main() {
    let result = thread::Builder::new()
        .stack_size(512 * 1024)
        .spawn(|| {
            unused_zeroed();
            (read_after_moves(black_box(7)), dead_chain(black_box(10)))
        })
        .unwrap()
        .join()
        .unwrap();
    println!("{result:?}");
}
