// A stack overflow in a thread is caught by the guard page (large frames probe their stack),
// reported by std and aborts the process.
use std::hint::black_box;

#[allow(unconditional_recursion)]
fn recurse(depth: u64) -> u64 {
    let buffer = black_box([depth as u8; 64 * 1024]);
    black_box(&buffer);
    recurse(depth + 1) + u64::from(buffer[7])
}

fn main() {
    println!("starting");
    let handle = std::thread::Builder::new()
        .name("deep".into())
        .stack_size(1 << 20)
        .spawn(|| recurse(0))
        .unwrap();
    let _ = handle.join();
    println!("unreachable");
}
