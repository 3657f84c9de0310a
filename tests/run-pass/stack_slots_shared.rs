// When optimizing, locals whose storage never overlaps share a stack slot (as LLVM's stack
// coloring lets them): 24 scopes one after the other, each with its own 16 KiB buffer, run in a
// thread of 128 KiB of stack. With a slot per buffer the frame would be 384 KiB and overflow.
// The buffers go through `black_box` by reference, so that they must be in memory.
//@ compile-flags: -Copt-level=2

use std::hint::black_box;

macro_rules! scopes {
    ($sum:ident, $seed:ident; $($index:literal)*) => {
        $({
            let mut buffer = [0u8; 16384];
            buffer[$index * 100] = ($seed as u8).wrapping_add($index);
            black_box(&mut buffer);
            $sum += u64::from(buffer[$index * 100]) + u64::from(buffer[16383]);
        })*
    };
}

#[inline(never)]
fn many_buffers(seed: u64) -> u64 {
    let mut sum = 0;
    scopes!(sum, seed; 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23);
    sum
}

/// Buffers whose storage does overlap keep slots of their own, whatever the sharing.
#[inline(never)]
fn overlapping(seed: u8) -> u64 {
    let mut first = [seed; 64];
    let mut second = [seed.wrapping_add(1); 64];
    black_box(&mut first);
    black_box(&mut second);
    first[0] = 9;
    let mut third = [seed.wrapping_add(2); 64];
    black_box(&mut third);
    u64::from(first[0]) + u64::from(second[63]) + u64::from(third[5]) + u64::from(first[1])
}

fn main() {
    let thread = std::thread::Builder::new().stack_size(128 * 1024);
    let sum = thread.spawn(|| many_buffers(black_box(7))).unwrap().join().unwrap();
    println!("sum: {sum}");
    println!("overlapping: {}", overlapping(black_box(40)));
}
