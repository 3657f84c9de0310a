// When optimizing, a local that holds only zeros has no storage, and moving it writes zeros
// where it goes (src/lower/zero_fill.rs), as LLVM's memcpy optimization makes it: zeroed values
// larger than a thread's stack reach the heap through `vec![...]` (rustc's ui test
// codegen/issue-28950.rs). Here in a thread of 64 KiB of stack: a 1 MiB `[0; N]` and a 256 KiB
// `mem::zeroed()` array into vectors, one moved through a local and a transmute first; and,
// kept in memory as before, a zeroed array that is also written, and one whose address is
// read. (A zeroed array in a struct built on the stack, then moved, still takes the struct's
// size of stack: its fields are not forwarded.)
//@ compile-flags: -Copt-level=2
use std::hint::black_box;
use std::mem::MaybeUninit;

const MIB: usize = 1 << 20;

#[inline(never)]
fn repeat_into_vec() -> Vec<[u8; MIB]> {
    vec![[0u8; MIB]]
}

#[inline(never)]
fn zeroed_into_vec() -> Vec<[u64; 32 * 1024]> {
    vec![unsafe { std::mem::zeroed::<[u64; 32 * 1024]>() }]
}

#[inline(never)]
fn through_transmute() -> Vec<[u32; 100_000]> {
    let zeroed: MaybeUninit<[u8; 400_000]> = MaybeUninit::zeroed();
    let moved = zeroed;
    let words: [u32; 100_000] = unsafe { std::mem::transmute(moved) };
    vec![words]
}

#[inline(never)]
fn written_after(seed: u8) -> u64 {
    let mut bytes = [0u8; 4096];
    bytes[black_box(17)] = seed;
    black_box(&mut bytes);
    bytes.iter().map(|&byte| u64::from(byte)).sum()
}

#[inline(never)]
fn address_read() -> bool {
    let zeroed: [u16; 512] = unsafe { std::mem::zeroed() };
    let first = black_box(&zeroed as *const [u16; 512] as usize);
    first % 2 == 0 && zeroed.iter().all(|&half| half == 0)
}

fn sum_bytes(bytes: &[u8]) -> u64 {
    bytes.iter().map(|&byte| u64::from(byte)).sum()
}

fn run() {
    let repeated = repeat_into_vec();
    println!("repeat: {} element(s), sum {}", repeated.len(), sum_bytes(&repeated[0]));
    let zeroed = zeroed_into_vec();
    println!("zeroed: sum {}", zeroed[0].iter().sum::<u64>());
    let transmuted = through_transmute();
    println!("transmuted: sum {}", transmuted[0].iter().map(|&word| u64::from(word)).sum::<u64>());
    println!("written after: {}", written_after(9));
    println!("address read: {}", address_read());
}

fn main() {
    std::thread::Builder::new().stack_size(64 * 1024).spawn(run).unwrap().join().unwrap();
}
