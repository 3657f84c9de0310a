// x86-64 add-with-carry and subtract-with-borrow (`_addcarry_u32/u64`, `_subborrow_u32/u64`, the
// LLVM intrinsics llvm.x86.addcarry.* and llvm.x86.subborrow.*): carries in of 0, 1 and other
// nonzero values, and results that wrap. Found by num-bigint, which adds big numbers with them.
// Other targets (the run_pass_aarch64 group) only print a line.
#[cfg(not(target_arch = "x86_64"))]
fn main() {
    println!("not x86-64");
}

#[cfg(target_arch = "x86_64")]
fn main() {
    use std::arch::x86_64::{_addcarry_u32, _addcarry_u64, _subborrow_u32, _subborrow_u64};
    use std::hint::black_box;

    let cases64 = [(0, 1, 2), (1, u64::MAX, 0), (1, u64::MAX, u64::MAX), (0, u64::MAX, 1), (7, 5, 6), (0, 0, 0), (1, 0, u64::MAX)];
    for (c, a, b) in cases64 {
        let (c, a, b) = black_box((c as u8, a, b));
        let mut sum = 0;
        let carry = _addcarry_u64(c, a, b, &mut sum);
        let mut diff = 0;
        let borrow = _subborrow_u64(c, a, b, &mut diff);
        println!("u64 c={c} a={a:#x} b={b:#x}: sum {sum:#x} carry {carry}, diff {diff:#x} borrow {borrow}");
    }
    let cases32 = [(0, 1, 2), (1, u32::MAX, 0), (1, u32::MAX, u32::MAX), (0, 0, 1), (200, 3, 4), (1, 0, 0)];
    for (c, a, b) in cases32 {
        let (c, a, b) = black_box((c as u8, a, b));
        let mut sum = 0;
        let carry = _addcarry_u32(c, a, b, &mut sum);
        let mut diff = 0;
        let borrow = _subborrow_u32(c, a, b, &mut diff);
        println!("u32 c={c} a={a:#x} b={b:#x}: sum {sum:#x} carry {carry}, diff {diff:#x} borrow {borrow}");
    }
    // A 192-bit addition and subtraction chained through the carry.
    let (x, y) = black_box(([u64::MAX, u64::MAX, 1], [1, 0, 2]));
    let (mut sum, mut carry) = ([0u64; 3], 0);
    let (mut diff, mut borrow) = ([0u64; 3], 0);
    for i in 0..3 {
        carry = _addcarry_u64(carry, x[i], y[i], &mut sum[i]);
        borrow = _subborrow_u64(borrow, y[i], x[i], &mut diff[i]);
    }
    println!("192-bit sum {sum:x?} carry {carry}, difference {diff:x?} borrow {borrow}");
}
