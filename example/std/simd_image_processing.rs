// Image processing on a generated 64x48 grayscale image with std::simd: brightness/contrast with saturating
// u8x16 math, a 3-tap horizontal blur with f32x8, thresholding with masks, a histogram, and checks that each
// SIMD result equals a scalar reference implementation.
#![feature(portable_simd)]
use std::simd::prelude::*;

const W: usize = 64;
const H: usize = 48;

fn make_image() -> Vec<u8> {
    (0..W * H)
        .map(|i| {
            let (x, y) = (i % W, i / W);
            ((x * 4 + y * 3) ^ (x * y / 7)) as u8
        })
        .collect()
}

fn brighten_simd(img: &[u8], add: u8, mul_num: u32) -> Vec<u8> {
    let mut out = vec![0u8; img.len()];
    for (src, dst) in img.chunks_exact(16).zip(out.chunks_exact_mut(16)) {
        let v = u8x16::from_slice(src).saturating_add(u8x16::splat(add));
        let wide: u32x16 = v.cast();
        let scaled = (wide * u32x16::splat(mul_num)) >> u32x16::splat(8);
        let clamped = scaled.simd_min(u32x16::splat(255));
        dst.copy_from_slice(&clamped.cast::<u8>().to_array());
    }
    out
}

fn brighten_scalar(img: &[u8], add: u8, mul_num: u32) -> Vec<u8> {
    img.iter().map(|&p| ((p.saturating_add(add) as u32 * mul_num) >> 8).min(255) as u8).collect()
}

fn blur_row_simd(row: &[f32], out: &mut [f32]) {
    out[0] = row[0];
    out[W - 1] = row[W - 1];
    let mut x = 1;
    while x + 8 <= W - 1 {
        let l = f32x8::from_slice(&row[x - 1..]);
        let c = f32x8::from_slice(&row[x..]);
        let r = f32x8::from_slice(&row[x + 1..]);
        let v = (l + c * f32x8::splat(2.0) + r) * f32x8::splat(0.25);
        v.copy_to_slice(&mut out[x..x + 8]);
        x += 8;
    }
    while x < W - 1 {
        out[x] = (row[x - 1] + row[x] * 2.0 + row[x + 1]) * 0.25;
        x += 1;
    }
}

fn blur_row_scalar(row: &[f32], out: &mut [f32]) {
    out[0] = row[0];
    out[W - 1] = row[W - 1];
    for x in 1..W - 1 {
        out[x] = (row[x - 1] + row[x] * 2.0 + row[x + 1]) * 0.25;
    }
}

fn main() {
    let img = make_image();
    let checksum = |v: &[u8]| v.iter().enumerate().fold(0u64, |h, (i, &p)| h.wrapping_mul(31).wrapping_add(p as u64 ^ i as u64));
    println!("image {}x{} checksum {:016x}", W, H, checksum(&img));
    let b1 = brighten_simd(&img, 20, 300);
    let b2 = brighten_scalar(&img, 20, 300);
    println!("brighten simd==scalar {} checksum {:016x}", b1 == b2, checksum(&b1));
    let mut blurred = vec![0f32; W * H];
    let mut blurred_ref = vec![0f32; W * H];
    let fimg: Vec<f32> = img.iter().map(|&p| p as f32).collect();
    for y in 0..H {
        blur_row_simd(&fimg[y * W..(y + 1) * W], &mut blurred[y * W..(y + 1) * W]);
        blur_row_scalar(&fimg[y * W..(y + 1) * W], &mut blurred_ref[y * W..(y + 1) * W]);
    }
    println!("blur simd==scalar {} mean {:.4}", blurred == blurred_ref, blurred.iter().sum::<f32>() / (W * H) as f32);
    let thr = u8x16::splat(128);
    let mut above = 0u32;
    let mut bin = vec![0u8; img.len()];
    for (src, dst) in img.chunks_exact(16).zip(bin.chunks_exact_mut(16)) {
        let m = u8x16::from_slice(src).simd_ge(thr);
        above += m.to_bitmask().count_ones();
        dst.copy_from_slice(&m.select(u8x16::splat(255), u8x16::splat(0)).to_array());
    }
    println!("threshold: {} pixels >= 128 (scalar {})", above, img.iter().filter(|&&p| p >= 128).count());
    for row in bin.chunks(W).step_by(8) {
        println!("{}", row.iter().step_by(2).map(|&p| if p > 0 { '#' } else { '.' }).collect::<String>());
    }
    let mut hist = [0u32; 8];
    for chunk in img.chunks_exact(16) {
        let buckets = u8x16::from_slice(chunk) >> u8x16::splat(5);
        for b in buckets.to_array() {
            hist[b as usize] += 1;
        }
    }
    println!("histogram {:?} total {}", hist, hist.iter().sum::<u32>());
    let sums: Vec<u32> = img.chunks_exact(W).map(|row| row.chunks_exact(16).map(|c| u8x16::from_slice(c).cast::<u32>().reduce_sum()).sum()).collect();
    println!("row sums (first 6) {:?}", &sums[..6]);
    let maxes = img.chunks_exact(16).fold(u8x16::splat(0), |acc, c| acc.simd_max(u8x16::from_slice(c)));
    println!("lane-wise max {:?} overall {}", maxes.to_array(), maxes.reduce_max());
}
