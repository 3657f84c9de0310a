// `core::arch::x86_64::cmpxchg16b`, the one 128-bit atomic of x86-64 Linux (its baseline lacks
// the instruction, so the target has no `AtomicU128`): swaps that succeed and fail, with both
// halves mattering, at every ordering pair, and four threads adding through a compare-exchange
// loop. Without x86-64 (or without the instruction on this CPU) the same values are computed
// without atomics, so that every build prints the same. Optimized, since LLVM's -O0 build calls
// `__atomic_compare_exchange_16`, which no library here defines.
//@ compile-flags: -Copt-level=1

use std::sync::atomic::Ordering::{self, AcqRel, Acquire, Relaxed, Release, SeqCst};

const HIGH: u128 = 1 << 64;

/// Swaps `new` in at `place` if it holds `old`; returns what it held.
fn compare_exchange(
    place: *mut u128,
    old: u128,
    new: u128,
    success: Ordering,
    failure: Ordering,
) -> u128 {
    #[cfg(target_arch = "x86_64")]
    if atomic() {
        return unsafe { std::arch::x86_64::cmpxchg16b(place, old, new, success, failure) };
    }
    let _ = (success, failure);
    unsafe {
        let found = *place;
        if found == old {
            *place = new;
        }
        found
    }
}

#[repr(align(16))]
struct Shared(std::cell::UnsafeCell<u128>);

unsafe impl Sync for Shared {}

fn main() {
    let orderings = [
        (Relaxed, Relaxed),
        (Acquire, Relaxed),
        (Release, Relaxed),
        (AcqRel, Acquire),
        (SeqCst, SeqCst),
        (SeqCst, Relaxed),
    ];
    let mut value: u128 = 7 * HIGH + 9;
    for (round, (success, failure)) in orderings.into_iter().enumerate() {
        let round = round as u128;
        let before = value;
        let next = before.wrapping_mul(HIGH - 3).wrapping_add(round);
        let found = compare_exchange(&raw mut value, before, next, success, failure);
        println!("swap: found {found:#x}, now {value:#x}");
        // Equal low halves, different high ones: the swap must fail and change nothing.
        let stale = value ^ HIGH;
        let found = compare_exchange(&raw mut value, stale, 0, success, failure);
        println!("stale: found {found:#x}, now {value:#x}");
    }

    // Threads only where the swap is atomic; elsewhere the sum they make.
    let start = u64::MAX as u128 - 1000;
    if !atomic() {
        println!("sum: {:#x}", start + 1000 * (1 + 2 + 3 + 4));
        return;
    }
    let shared = Shared(std::cell::UnsafeCell::new(start));
    std::thread::scope(|scope| {
        for thread in 0..4u128 {
            let shared = &shared;
            scope.spawn(move || {
                for _ in 0..1000 {
                    let mut guess = 0;
                    loop {
                        let next = guess + thread + 1;
                        let found = compare_exchange(shared.0.get(), guess, next, AcqRel, Acquire);
                        if found == guess {
                            break;
                        }
                        guess = found;
                    }
                }
            });
        }
    });
    println!("sum: {:#x}", shared.0.into_inner());
}

fn atomic() -> bool {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("cmpxchg16b") {
        return true;
    }
    false
}
