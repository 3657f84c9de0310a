// Functions whose locals do not fit in a Cranelift frame (1 GiB at most): past 256 MiB of
// locals, the largest live in a region of the stack that a helper reserves and probes before
// calling the function's body (src/abi/huge_frame.rs). Here a 1.1 GiB local, an over-aligned
// 300 MiB one, arguments of every pass mode through the wrapper, results in registers and in
// memory, a call through a function pointer, and a panic unwinding out of such a function
// through the helper, with the function's locals dropped on the way.
use std::hint::black_box;
use std::mem::MaybeUninit;

const MIB: usize = 1 << 20;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[repr(C, align(65536))]
struct Aligned([u8; 300 * MIB]);

/// Writes and reads back both ends and the middle of `bytes`.
fn touch(bytes: *mut u8, len: usize, seed: u8) -> u64 {
    unsafe {
        for (index, at) in [0, len / 2, len - 1].into_iter().enumerate() {
            bytes.add(at).write(seed.wrapping_add(index as u8));
        }
        black_box(bytes);
        [0, len / 2, len - 1].iter().map(|&at| u64::from(bytes.add(at).read())).sum()
    }
}

#[inline(never)]
fn beyond_cranelift_frame(
    seed: u64,
    scale: f64,
    pair: (u32, u8),
    text: &str,
    by_pointer: [u64; 8],
) -> (u64, f64) {
    let _noisy = Noisy("beyond_cranelift_frame");
    let mut huge: MaybeUninit<[u8; 1100 * MIB]> = MaybeUninit::uninit();
    let small = black_box([seed; 4]);
    let touched = touch(huge.as_mut_ptr().cast(), 1100 * MIB, pair.1);
    let sum = touched + small.iter().sum::<u64>() + u64::from(pair.0) + by_pointer.iter().sum::<u64>();
    (sum, scale * 2.0 + text.len() as f64)
}

#[inline(never)]
fn aligned_region(count: usize) -> [u64; 10] {
    let mut aligned: MaybeUninit<Aligned> = MaybeUninit::uninit();
    let address = aligned.as_mut_ptr() as usize;
    println!("aligned to 64 KiB: {}", address % 65536 == 0);
    let touched = touch(aligned.as_mut_ptr().cast(), 300 * MIB, count as u8);
    let mut result = [0u64; 10];
    for (index, slot) in result.iter_mut().enumerate().take(count) {
        *slot = touched + index as u64;
    }
    result
}

#[inline(never)]
fn panics_inside(depth: u32) -> u32 {
    let _noisy = Noisy("panics_inside");
    let mut huge: MaybeUninit<[u8; 400 * MIB]> = MaybeUninit::uninit();
    let touched = touch(huge.as_mut_ptr().cast(), 400 * MIB, depth as u8);
    if black_box(depth) > 0 {
        panic!("deliberate panic at depth {depth} ({touched})");
    }
    depth
}

fn run() {
    let (sum, scaled) = beyond_cranelift_frame(7, 1.5, (40_000, 9), "eleven long", [3; 8]);
    println!("beyond_cranelift_frame: {sum} {scaled}");
    let through_pointer: fn(usize) -> [u64; 10] = black_box(aligned_region);
    println!("aligned_region: {:?}", through_pointer(6));
    println!("panics_inside(0): {}", panics_inside(0));
    let caught = std::panic::catch_unwind(|| panics_inside(3));
    println!("caught: {}", caught.is_err());
}

fn main() {
    std::panic::set_hook(Box::new(|info| println!("panic hook: {}", info.payload_as_str().unwrap_or("?"))));
    std::thread::Builder::new().stack_size(1600 * MIB).spawn(run).unwrap().join().unwrap();
}
