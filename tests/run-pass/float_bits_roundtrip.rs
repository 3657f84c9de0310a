// to_bits/from_bits for f32/f64, NaN payloads preserved through from_bits, bit-level manipulations.
use std::hint::black_box;

fn main() {
    for v in [0.0f64, -0.0, 1.0, -2.5, 0.1, f64::INFINITY, f64::MIN_POSITIVE, 5e-324, f64::MAX] {
        let v = black_box(v);
        let b = v.to_bits();
        println!("{:?} -> {:#018x} sign {} exp {} mant {:#x} back {:?}", v, b, b >> 63, (b >> 52) & 0x7ff, b & ((1 << 52) - 1), f64::from_bits(b));
    }
    for v in [0.0f32, -1.0, 0.1, 3.4028235e38, 1e-45, f32::NEG_INFINITY] {
        let v = black_box(v);
        println!("f32 {:?} -> {:#010x}", v, v.to_bits());
    }
    let payload = black_box(0x7ff8_0000_dead_beefu64);
    let n = f64::from_bits(payload);
    println!("nan {} bits {:#x}", n.is_nan(), black_box(n).to_bits());
    let n32 = f32::from_bits(black_box(0x7fc0_1234));
    println!("nan32 {} bits {:#x}", n32.is_nan(), black_box(n32).to_bits());
    // next representable values
    let one = black_box(1.0f64);
    let up = f64::from_bits(one.to_bits() + 1);
    let down = f64::from_bits(one.to_bits() - 1);
    println!("{:?} {:?} {:e}", up, down, up - one);
    println!("{:?} {:?}", black_box(1.0f64).next_up(), black_box(0.0f32).next_down());
    // fast inverse sqrt with bit tricks, printed with limited precision
    for x in [1.0f32, 4.0, 10.0, 100.0] {
        let x = black_box(x);
        let i = 0x5f3759df - (x.to_bits() >> 1);
        let y = f32::from_bits(i);
        let y = y * (1.5 - 0.5 * x * y * y);
        println!("rsqrt({}) ~ {:.4}", x, y);
    }
    println!("{}", f64::from_bits(black_box(0x4009_21fb_5444_2d18)));
}
