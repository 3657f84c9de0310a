// Writable statics of zeros live in `.bss`, and assigning an uninitialized constant
// (`MaybeUninit::uninit()`) stores nothing: neither may put its bytes into the program file.
// Here they are 44 MiB: the program must stay below 8 MiB.
use std::mem::MaybeUninit;
use std::sync::atomic::{AtomicU8, Ordering};

const MIB: usize = 1 << 20;

static mut ZEROS: [u8; 16 * MIB] = [0; 16 * MIB];
static ZERO_COUNTERS: [AtomicU8; 16 * MIB] = [const { AtomicU8::new(0) }; 16 * MIB];

#[inline(never)]
fn fill_uninit_buffer(seed: u8) -> u32 {
    let mut buffer = const { MaybeUninit::<[u8; 8 * MIB]>::uninit() };
    let mut slots = [const { MaybeUninit::<u64>::uninit() }; MIB / 8];
    let bytes = unsafe { &mut *buffer.as_mut_ptr() };
    for (index, byte) in bytes.iter_mut().enumerate() {
        *byte = seed.wrapping_add(index as u8);
    }
    slots[3].write(u64::from(bytes[4096]));
    let (mut pair, rest) = (const { MaybeUninit::<[u8; 4 * MIB]>::uninit() }, seed);
    unsafe { (*pair.as_mut_ptr())[17] = rest };
    bytes.iter().step_by(4099).map(|&byte| u32::from(byte)).sum::<u32>()
        + unsafe { slots[3].assume_init() } as u32
        + u32::from(unsafe { (*pair.as_ptr())[17] })
}

fn main() {
    let zeros = unsafe { &mut *std::ptr::addr_of_mut!(ZEROS) };
    zeros[MIB] = 3;
    ZERO_COUNTERS[2 * MIB].fetch_add(5, Ordering::Relaxed);
    let zero_sum: u32 = zeros.iter().step_by(4096).map(|&byte| u32::from(byte)).sum();
    let counter_sum: u32 =
        ZERO_COUNTERS.iter().step_by(4096).map(|c| u32::from(c.load(Ordering::Relaxed))).sum();
    println!("zeros {zero_sum}, counters {counter_sum}");

    let sum = std::thread::Builder::new()
        .stack_size(64 * MIB)
        .spawn(|| fill_uninit_buffer(7))
        .unwrap()
        .join()
        .unwrap();
    println!("uninit buffer sum {sum}");

    let program = std::env::current_exe().unwrap();
    let size = std::fs::metadata(program).unwrap().len();
    println!("program below 8 MiB: {}", size < 8 * MIB as u64);
}
