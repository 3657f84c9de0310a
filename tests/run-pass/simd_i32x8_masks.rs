// std::simd i32x8: arithmetic, division-free ops, masks (select, any/all, bitmask), abs, min/max, reductions, casts.
#![feature(portable_simd)]
use std::hint::black_box;
use std::simd::prelude::*;

fn main() {
    let a = i32x8::from_array(black_box([-8, -3, 0, 1, 5, 100, i32::MAX, i32::MIN]));
    let b = i32x8::from_array(black_box([2, 3, -4, 1, -5, 7, 1, -1]));
    println!("add {:?}", (a + b).to_array());
    println!("sub {:?}", (a - b).to_array());
    println!("mul {:?}", (a * b).to_array());
    println!("sat add {:?}", a.saturating_add(b).to_array());
    println!("sat sub {:?}", a.saturating_sub(b).to_array());
    println!("abs {:?}", a.abs().to_array());
    println!("sat abs {:?} sat neg {:?}", a.saturating_abs().to_array(), a.saturating_neg().to_array());
    println!("min {:?} max {:?}", a.simd_min(b).to_array(), a.simd_max(b).to_array());
    println!("signum {:?} is_neg {:?}", a.signum().to_array(), a.is_negative().to_array());
    println!("shr {:?} shl {:?}", (a >> i32x8::splat(1)).to_array(), (b << i32x8::splat(4)).to_array());
    let safe_b = b.simd_eq(i32x8::splat(0)).select(i32x8::splat(1), b);
    let not_overflow = !(a.simd_eq(i32x8::splat(i32::MIN)) & safe_b.simd_eq(i32x8::splat(-1)));
    let divisor = not_overflow.select(safe_b, i32x8::splat(1));
    println!("div {:?} rem {:?}", (a / divisor).to_array(), (a % divisor).to_array());
    let m = a.simd_gt(b);
    println!("a>b {:?} bitmask {:#010b} any {} all {}", m.to_array(), m.to_bitmask(), m.any(), m.all());
    let sel = m.select(a, b);
    println!("select max {:?}", sel.to_array());
    let m2 = m & a.simd_lt(i32x8::splat(50));
    let m3 = m | b.simd_eq(i32x8::splat(1));
    println!("and {:?} or {:?} not {:?}", m2.to_array(), m3.to_array(), (!m).to_array());
    println!("from_bitmask {:?}", mask32x8::from_bitmask(0b1010_0101).to_array());
    let mut mm = mask32x8::splat(false);
    mm.set(3, true);
    println!("test(3) {} test(4) {}", mm.test(3), mm.test(4));
    println!("reduce sum {} (wrapping) min {} max {} and {:#x} or {:#x}", a.reduce_sum(), a.reduce_min(), a.reduce_max(), b.reduce_and(), b.reduce_or());
    let wide: i64x8 = a.cast();
    println!("wide sum {}", wide.reduce_sum());
    let f: f32x8 = b.cast();
    println!("as f32 {:?}", f.to_array());
    let cnt = (0..64).map(|i| i32x8::splat(i) * i32x8::from_array([1, 2, 3, 4, 5, 6, 7, 8])).fold(i32x8::splat(0), |acc, v| acc + v);
    println!("accumulated {:?}", cnt.to_array());
    println!("count_ones {:?} leading_zeros {:?}", b.count_ones().to_array(), b.leading_zeros().to_array());
}
