// Code behind run-time feature detection: with LLVM on an AVX-512 machine the AVX-512 path runs,
// with a backend that hides AVX-512 from detection the portable one does; both print the same.
// The AVX-512 path uses intrinsics the Cranelift backend does not implement, so it must compile
// (with a warning) and never run.

#[cfg(target_arch = "x86_64")]
mod wide {
    use std::arch::x86_64::*;

    #[target_feature(enable = "avx512f,avx512bw")]
    pub unsafe fn sum_of_abs_differences(a: &[u8; 64], b: &[u8; 64]) -> u64 {
        unsafe {
            let a = _mm512_loadu_si512(a.as_ptr().cast());
            let b = _mm512_loadu_si512(b.as_ptr().cast());
            let sums: [u64; 8] = std::mem::transmute(_mm512_sad_epu8(a, b));
            sums.iter().sum()
        }
    }

    #[target_feature(enable = "avx512f,avx512bw")]
    pub unsafe fn reverse_bytes_in_lanes(a: &[u8; 64]) -> [u8; 64] {
        unsafe {
            let indices: [u8; 64] = std::array::from_fn(|i| 15 - (i % 16) as u8);
            let a = _mm512_loadu_si512(a.as_ptr().cast());
            let indices = _mm512_loadu_si512(indices.as_ptr().cast());
            std::mem::transmute(_mm512_shuffle_epi8(a, indices))
        }
    }
}

fn sum_of_abs_differences(a: &[u8; 64], b: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if is_x86_feature_detected!("avx512bw") {
        return unsafe { wide::sum_of_abs_differences(a, b) };
    }
    a.iter().zip(b).map(|(&x, &y)| u64::from(x.abs_diff(y))).sum()
}

fn reverse_bytes_in_lanes(a: &[u8; 64]) -> [u8; 64] {
    #[cfg(target_arch = "x86_64")]
    if is_x86_feature_detected!("avx512bw") {
        return unsafe { wide::reverse_bytes_in_lanes(a) };
    }
    std::array::from_fn(|i| a[i / 16 * 16 + 15 - i % 16])
}

fn main() {
    let a: [u8; 64] = std::array::from_fn(|i| (i * 37 % 251) as u8);
    let b: [u8; 64] = std::array::from_fn(|i| (i * 91 % 253) as u8);
    println!("sad = {}", sum_of_abs_differences(&a, &b));
    println!("reversed = {:?}", &reverse_bytes_in_lanes(&a)[..20]);
    // Detection itself must agree with what the program can run: AVX2 and below are real.
    #[cfg(target_arch = "x86_64")]
    println!("sse2 = {}", is_x86_feature_detected!("sse2"));
}
