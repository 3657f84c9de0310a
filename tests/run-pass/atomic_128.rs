// 128-bit atomics (`AtomicU128`, `AtomicI128`) where the target has them (AArch64 and s390x;
// x86-64 only with cmpxchg16b, which its baseline lacks): every operation, values whose halves
// both matter (carries across the middle, signed comparisons decided by the high half), and
// four threads adding at once. Elsewhere the same values are computed without atomics, so that
// every build prints the same.
#![cfg_attr(target_has_atomic = "128", feature(integer_atomics))]

use std::hint::black_box;

const LOW: u128 = u64::MAX as u128;
const HIGH: u128 = 1 << 64;

#[cfg(target_has_atomic = "128")]
use std::sync::atomic::{AtomicI128, AtomicU128};

/// The same operations behind a lock, where the target has no 128-bit atomics.
#[cfg(not(target_has_atomic = "128"))]
#[allow(dead_code)]
mod emulated {
    use std::sync::Mutex;
    use std::sync::atomic::Ordering;

    pub struct Atomic<T>(Mutex<T>);
    pub type AtomicU128 = Atomic<u128>;
    pub type AtomicI128 = Atomic<i128>;

    macro_rules! emulate {
        ($t:ty) => {
            impl Atomic<$t> {
                pub fn new(value: $t) -> Self {
                    Atomic(Mutex::new(value))
                }
                fn update(&self, f: impl FnOnce($t) -> $t) -> $t {
                    let mut value = self.0.lock().unwrap();
                    let old = *value;
                    *value = f(old);
                    old
                }
                pub fn load(&self, _: Ordering) -> $t {
                    *self.0.lock().unwrap()
                }
                pub fn store(&self, new: $t, _: Ordering) {
                    *self.0.lock().unwrap() = new;
                }
                pub fn swap(&self, new: $t, _: Ordering) -> $t {
                    self.update(|_| new)
                }
                pub fn fetch_add(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v.wrapping_add(x))
                }
                pub fn fetch_sub(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v.wrapping_sub(x))
                }
                pub fn fetch_and(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v & x)
                }
                pub fn fetch_or(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v | x)
                }
                pub fn fetch_xor(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v ^ x)
                }
                pub fn fetch_nand(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| !(v & x))
                }
                pub fn fetch_max(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v.max(x))
                }
                pub fn fetch_min(&self, x: $t, _: Ordering) -> $t {
                    self.update(|v| v.min(x))
                }
                pub fn compare_exchange(
                    &self,
                    expected: $t,
                    new: $t,
                    _: Ordering,
                    _: Ordering,
                ) -> Result<$t, $t> {
                    let mut value = self.0.lock().unwrap();
                    let old = *value;
                    if old == expected {
                        *value = new;
                        Ok(old)
                    } else {
                        Err(old)
                    }
                }
                pub fn compare_exchange_weak(
                    &self,
                    expected: $t,
                    new: $t,
                    s: Ordering,
                    f: Ordering,
                ) -> Result<$t, $t> {
                    self.compare_exchange(expected, new, s, f)
                }
                pub fn into_inner(self) -> $t {
                    self.0.into_inner().unwrap()
                }
            }
        };
    }
    emulate!(u128);
    emulate!(i128);
}

#[cfg(not(target_has_atomic = "128"))]
use emulated::{AtomicI128, AtomicU128};

mod ops {
    use std::sync::Arc;
    use std::sync::atomic::Ordering::*;

    use super::{AtomicI128, AtomicU128};

    pub fn unsigned(start: u128, operand: u128) -> Vec<u128> {
        let a = AtomicU128::new(start);
        let mut seen = vec![a.load(Relaxed)];
        a.store(start ^ operand, Release);
        seen.push(a.load(Acquire));
        seen.push(a.swap(start, SeqCst));
        seen.push(a.fetch_add(operand, AcqRel));
        seen.push(a.fetch_sub(1, SeqCst));
        seen.push(a.fetch_and(operand | 0xff, SeqCst));
        seen.push(a.fetch_or(operand, SeqCst));
        seen.push(a.fetch_xor(start, SeqCst));
        seen.push(a.fetch_nand(operand, SeqCst));
        seen.push(a.fetch_max(operand, SeqCst));
        seen.push(a.fetch_min(start, SeqCst));
        let current = a.load(SeqCst);
        seen.push(match a.compare_exchange(current.wrapping_add(1), 7, SeqCst, SeqCst) {
            Ok(old) | Err(old) => old,
        });
        seen.push(a.compare_exchange(current, operand, SeqCst, Relaxed).unwrap());
        let mut weak = a.compare_exchange_weak(operand, 9, SeqCst, Relaxed);
        while let Err(old) = weak {
            weak = a.compare_exchange_weak(old, 9, SeqCst, Relaxed);
        }
        seen.push(a.into_inner());
        seen
    }

    pub fn signed(start: i128, operand: i128) -> Vec<i128> {
        let a = AtomicI128::new(start);
        let max = a.fetch_max(operand, SeqCst);
        let min = a.fetch_min(operand.wrapping_neg(), SeqCst);
        vec![max, min, a.load(SeqCst)]
    }

    pub fn threads(per_thread: u128) -> u128 {
        let counter = Arc::new(AtomicU128::new(super::LOW - 1000));
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let counter = Arc::clone(&counter);
                std::thread::spawn(move || {
                    for _ in 0..per_thread {
                        counter.fetch_add(1, Relaxed);
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        counter.load(SeqCst)
    }
}

fn main() {
    let unsigned = ops::unsigned(black_box(LOW), black_box(HIGH | 5));
    println!("unsigned: {:x?}", unsigned);
    let unsigned = ops::unsigned(black_box(u128::MAX - 3), black_box(LOW << 32));
    println!("unsigned, wrapping: {:x?}", unsigned);
    println!("signed: {:?}", ops::signed(black_box(-(HIGH as i128)), black_box(LOW as i128)));
    println!("signed, negative: {:?}", ops::signed(black_box(i128::MIN + 1), black_box(-5)));
    println!("threads: {:x}", ops::threads(black_box(2500)));
}
