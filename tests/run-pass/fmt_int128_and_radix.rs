// u128/i128 formatting: decimal, hex, octal, binary, padding, Debug, to_string, edge values and powers of ten.
use std::hint::black_box;

fn main() {
    let vals: [u128; 6] = [0, 1, u64::MAX as u128 + 1, 10u128.pow(38), u128::MAX, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210];
    for v in vals {
        let v = black_box(v);
        println!("{} | {:x} | {:#X} | {:o}", v, v, v, v);
        println!("  {:b}", v);
        println!("  [{:>45}] [{:<41}] [{:045}]", v, v, v);
    }
    let ivals: [i128; 6] = [i128::MIN, i128::MIN + 1, -1, -10i128.pow(30), i128::MAX, 12345678901234567890123456789];
    for v in ivals {
        let v = black_box(v);
        println!("{} {:+} {:?} {:x} {:#b}", v, v, v, v, v as u128 >> 120);
    }
    for e in (0..=38).step_by(6) {
        let p = black_box(10u128).pow(e);
        println!("10^{:<2} = {:>40} len {}", e, p, p.to_string().len());
    }
    let x = black_box(98765432109876543210987654321u128);
    println!("{:e}", x);
    println!("{}", (x as i128).wrapping_neg());
    let s = format!("{}{}", black_box(u128::MAX), black_box(i128::MIN));
    println!("{} chars", s.len());
    println!("{:>50}", format!("{:#x}", black_box(u128::MAX / 3)));
}
