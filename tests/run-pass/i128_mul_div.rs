// i128 multiplication, division and remainder against a simple reference built from u64 parts.
use std::hint::black_box;

fn lcg(state: &mut u64) -> u64 {
    *state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *state
}

// reference 64x64->128 multiply via 32-bit limbs
fn mul_ref(a: u64, b: u64) -> u128 {
    let (a0, a1) = (a & 0xffff_ffff, a >> 32);
    let (b0, b1) = (b & 0xffff_ffff, b >> 32);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    (p00 as u128) + ((p01 as u128) << 32) + ((p10 as u128) << 32) + ((p11 as u128) << 64)
}

fn main() {
    let mut s = 12345u64;
    let mut mismatches = 0;
    for i in 0..200 {
        let a = lcg(&mut s);
        let b = lcg(&mut s);
        let p = black_box(a as u128) * black_box(b as u128);
        if p != mul_ref(a, b) {
            mismatches += 1;
        }
        if i % 40 == 0 {
            println!("{} * {} = {}", a, b, p);
        }
    }
    println!("mul mismatches: {}", mismatches);
    let vals: [i128; 8] = [1, -1, 7, -7, 1 << 100, -(1 << 100) + 3, i128::MAX, i128::MIN + 1];
    for &a in &vals {
        for &b in &[3i128, -3, 1 << 64, -(1 << 70) - 1] {
            let (a, b) = (black_box(a), black_box(b));
            let q = a / b;
            let r = a % b;
            assert_eq!(q * b + r, a);
            println!("{} / {} = {} r {}", a, b, q, r);
        }
    }
    let x = black_box(0x1234_5678_9abc_def0_1122_3344_5566_7788u128);
    println!("{} {} {}", x / 10, x % 10, x / 0xffff_ffff_ffff);
    println!("{}", black_box(u128::MAX) / black_box(u128::MAX - 1));
    println!("{}", black_box(i128::MIN) / black_box(2));
    println!("{}", black_box(-170141183460469231731687303715884105727i128) % black_box(1000000007));
}
