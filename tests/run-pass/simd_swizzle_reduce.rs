// std::simd swizzles: simd_swizzle! with constant indices, reverse, rotate_elements, interleave/deinterleave, resize, gather via swizzle_dyn-free index math.
#![feature(portable_simd)]
use std::hint::black_box;
use std::simd::prelude::*;
use std::simd::simd_swizzle;

fn main() {
    let a = i32x4::from_array(black_box([10, 20, 30, 40]));
    let b = i32x4::from_array(black_box([-1, -2, -3, -4]));
    println!("reverse {:?}", a.reverse().to_array());
    println!("rot left 1 {:?} rot right 1 {:?}", a.rotate_elements_left::<1>().to_array(), a.rotate_elements_right::<1>().to_array());
    println!("shift left 2 {:?}", a.shift_elements_left::<2>(0).to_array());
    let s: i32x4 = simd_swizzle!(a, [3, 3, 0, 1]);
    println!("swizzle {:?}", s.to_array());
    let two: i32x8 = simd_swizzle!(a, b, [0, 4, 1, 5, 2, 6, 3, 7]);
    println!("two-input swizzle {:?}", two.to_array());
    let (lo, hi) = a.interleave(b);
    println!("interleave {:?} {:?}", lo.to_array(), hi.to_array());
    let (e, o) = lo.deinterleave(hi);
    println!("deinterleave {:?} {:?}", e.to_array(), o.to_array());
    let wide: i32x8 = a.resize(7);
    println!("resize {:?}", wide.to_array());
    let bytes = u8x16::from_array(*black_box(b"0123456789abcdef"));
    let rev = bytes.reverse();
    println!("{}", String::from_utf8(rev.to_array().to_vec()).unwrap());
    let evens: u8x8 = simd_swizzle!(bytes, [0, 2, 4, 6, 8, 10, 12, 14]);
    println!("{}", String::from_utf8(evens.to_array().to_vec()).unwrap());
    // horizontal reductions done by hand with swizzles vs built-in
    let v = f32x8::from_array(black_box([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]));
    let hi4: f32x4 = simd_swizzle!(v, [4, 5, 6, 7]);
    let lo4: f32x4 = simd_swizzle!(v, [0, 1, 2, 3]);
    let s4 = hi4 + lo4;
    let s2 = s4 + simd_swizzle!(s4, [2, 3, 0, 1]);
    let s1 = s2 + simd_swizzle!(s2, [1, 0, 3, 2]);
    println!("manual sum {} builtin {}", s1[0], v.reduce_sum());
    let idx = usizex4::from_array([3, 0, 7, 99]);
    let table = [100u16, 101, 102, 103, 104, 105, 106, 107];
    let g = Simd::gather_or(&table, idx, u16x4::splat(0xffff));
    println!("gather {:?}", g.to_array());
    let mut out = [0u16; 8];
    Simd::from_array([1u16, 2, 3, 4]).scatter(&mut out, usizex4::from_array([7, 5, 3, 20]));
    println!("scatter {:?}", out);
    let m = a.simd_gt(i32x4::splat(15));
    println!("first set lane {:?}", m.first_set());
}
