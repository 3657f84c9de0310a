// A function whose locals exceed a Cranelift frame, called on a stack too small for them: the
// helper reserving its region (src/abi/huge_frame.rs) touches each page on the way down, as
// LLVM's stack probes do, so it meets the guard page and std reports the overflow and aborts,
// instead of the function writing past the guard into whatever lies below.
use std::hint::black_box;
use std::mem::MaybeUninit;

#[inline(never)]
fn too_big_for_the_stack(seed: u8) -> u8 {
    let mut huge: MaybeUninit<[u8; 300 << 20]> = MaybeUninit::uninit();
    let bytes = huge.as_mut_ptr().cast::<u8>();
    unsafe {
        bytes.write(seed);
        black_box(bytes);
        bytes.read()
    }
}

fn main() {
    println!("starting");
    let handle = std::thread::Builder::new()
        .name("small".into())
        .stack_size(16 << 20)
        .spawn(|| too_big_for_the_stack(black_box(5)))
        .unwrap();
    let _ = handle.join();
    println!("unreachable");
}
