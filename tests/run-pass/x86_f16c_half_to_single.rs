// `_mm_cvtph_ps` and `_mm256_cvtph_ps` (F16C), which core::arch writes as a `simd_cast` of
// f16 lanes to f32: edge values (zeros, subnormals, the largest half, infinities, quiet and
// signalling NaNs), printed as bits.
#[cfg(target_arch = "x86_64")]
mod half {
    use std::arch::x86_64::*;

    pub const HALVES: [u16; 16] = [
        0x3c00, 0xc000, 0x0000, 0x8000, 0x0001, 0x83ff, 0x7bff, 0xfbff, 0x7c00, 0xfc00, 0x7e00,
        0x7d00, 0xfe01, 0x3555, 0x0400, 0x1234,
    ];

    #[target_feature(enable = "f16c")]
    pub fn widen_128(halves: &[u16; 8]) -> [u32; 4] {
        let wide = unsafe { _mm_cvtph_ps(_mm_loadu_si128(halves.as_ptr().cast())) };
        unsafe { std::mem::transmute(wide) }
    }

    #[target_feature(enable = "f16c,avx")]
    pub fn widen_256(halves: &[u16; 8]) -> [u32; 8] {
        let wide = unsafe { _mm256_cvtph_ps(_mm_loadu_si128(halves.as_ptr().cast())) };
        unsafe { std::mem::transmute(wide) }
    }
}

#[cfg(target_arch = "x86_64")]
fn main() {
    if !is_x86_feature_detected!("f16c") || !is_x86_feature_detected!("avx") {
        println!("no f16c");
        return;
    }
    for chunk in half::HALVES.chunks(8) {
        let chunk: &[u16; 8] = chunk.try_into().unwrap();
        let low = unsafe { half::widen_128(chunk) };
        let all = unsafe { half::widen_256(chunk) };
        for (half, single) in chunk.iter().zip(all) {
            println!("{half:#06x} -> {single:#010x} ({})", f32::from_bits(single));
        }
        assert_eq!(low, all[..4]);
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn main() {
    println!("not x86-64");
}
