// std::simd u8x16: saturating and wrapping byte arithmetic, bitwise ops, shifts, comparisons to masks, byte counting.
#![feature(portable_simd)]
use std::hint::black_box;
use std::simd::prelude::*;

fn count_byte(haystack: &[u8], needle: u8) -> usize {
    let (chunks, rest) = haystack.as_chunks::<16>();
    let n = u8x16::splat(needle);
    let mut count = 0usize;
    for c in chunks {
        let v = u8x16::from_array(*c);
        count += v.simd_eq(n).to_bitmask().count_ones() as usize;
    }
    count + rest.iter().filter(|&&b| b == needle).count()
}

fn to_upper_ascii(s: &mut [u8]) {
    let (chunks, rest) = s.as_chunks_mut::<16>();
    for c in chunks {
        let v = u8x16::from_array(*c);
        let is_lower = v.simd_ge(u8x16::splat(b'a')) & v.simd_le(u8x16::splat(b'z'));
        let up = is_lower.select(v - u8x16::splat(32), v);
        *c = up.to_array();
    }
    rest.make_ascii_uppercase();
}

fn main() {
    let a = u8x16::from_array(black_box([0, 1, 2, 3, 100, 128, 200, 250, 255, 10, 20, 30, 40, 50, 60, 70]));
    let b = u8x16::splat(black_box(10));
    println!("wrapping add {:?}", (a + b).to_array());
    println!("sat add {:?}", a.saturating_add(b).to_array());
    println!("sat sub {:?}", a.saturating_sub(b).to_array());
    println!("wrapping sub {:?}", (a - b).to_array());
    println!("mul {:?}", (a * u8x16::splat(3)).to_array());
    println!("and {:?}", (a & u8x16::splat(0x0f)).to_array());
    println!("xor {:?}", (a ^ u8x16::splat(0xff)).to_array());
    println!("shr {:?}", (a >> u8x16::splat(2)).to_array());
    println!("shl {:?}", (a << u8x16::splat(1)).to_array());
    let gt = a.simd_gt(u8x16::splat(50));
    println!("gt50 {:?} bitmask {:#06x} any {} all {}", gt.to_array(), gt.to_bitmask(), gt.any(), gt.all());
    println!("sum {} max {} min {} or {:#x} xor {:#x}", a.cast::<u32>().reduce_sum(), a.reduce_max(), a.reduce_min(), a.reduce_or(), a.reduce_xor());
    let text = black_box(b"the quick brown fox jumps over the lazy dog, then the end".to_vec());
    println!("count 'e' {} count ' ' {}", count_byte(&text, b'e'), count_byte(&text, b' '));
    let mut up = text.clone();
    to_upper_ascii(&mut up);
    println!("{}", String::from_utf8(up).unwrap());
    let avg = ((a.cast::<u16>() + b.cast::<u16>() + u16x16::splat(1)) >> u16x16::splat(1)).cast::<u8>();
    println!("avg {:?}", avg.to_array());
    let signed: i8x16 = a.cast();
    println!("as i8 {:?}", signed.to_array());
    println!("abs_diff-like {:?}", (a.simd_max(b) - a.simd_min(b)).to_array());
}
