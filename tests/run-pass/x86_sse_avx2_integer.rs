// x86-64 integer SIMD intrinsics of SSE2 to AVX2 that are LLVM intrinsics (`llvm.x86.sse2.*`,
// `llvm.x86.ssse3.*`, `llvm.x86.sse41.*`, `llvm.x86.avx.*`, `llvm.x86.avx2.*`) on edge inputs:
// multiply-adds that saturate or wrap, rounding high multiplies of i16::MIN, sums of absolute
// differences of 0 and 255, packs at the saturation bounds, signs of zero and MIN, shifts by
// counts at and beyond the lane width (also counts whose upper bits alone are set), the
// minimum's position among ties, every `mpsadbw` offset, permutes by indices with high bits
// set, `ptest`/`vtest` of all-ones and sign-only masks, and gathers with every scale, negative
// offsets and partial masks. Each family runs only when the CPU has it (AVX2 on the machines
// this is tested on), and says so otherwise, the same with either backend.
#[cfg(not(target_arch = "x86_64"))]
fn main() {
    println!("not x86-64");
}

#[cfg(target_arch = "x86_64")]
fn main() {
    x86::run();
}

#[cfg(target_arch = "x86_64")]
#[allow(unsafe_op_in_unsafe_fn)] // the transmutes of vectors to arrays, everywhere
mod x86 {
    use std::arch::x86_64::*;
    use std::hint::black_box;
    use std::mem::transmute;

    const I16_EDGES: [i16; 16] = [
        0,
        1,
        -1,
        i16::MIN,
        i16::MAX,
        255,
        256,
        -256,
        127,
        -128,
        12345,
        -12345,
        0x4000,
        -0x4000,
        2,
        0x7ffe,
    ];
    const I32_EDGES: [i32; 8] = [0, -1, i32::MIN, i32::MAX, 65535, 65536, -65536, -32769];
    const U8_EDGES: [u8; 16] = [0, 255, 1, 128, 127, 254, 2, 129, 64, 200, 100, 0, 255, 3, 250, 7];

    fn v128<T: Copy, const N: usize>(lanes: [T; N]) -> __m128i {
        assert_eq!(size_of::<[T; N]>(), 16);
        unsafe { std::ptr::read_unaligned(lanes.as_ptr().cast()) }
    }

    /// `count` vectors of 16-bit lanes drawn from `I16_EDGES` in different orders.
    fn i16_vectors(count: usize) -> Vec<__m128i> {
        (0..count)
            .map(|k| {
                black_box(v128::<i16, 8>(std::array::from_fn(|i| {
                    I16_EDGES[(i * (2 * k + 1) + k) % 16]
                })))
            })
            .collect()
    }

    fn i32_vectors(count: usize) -> Vec<__m128i> {
        (0..count)
            .map(|k| {
                black_box(v128::<i32, 4>(std::array::from_fn(|i| {
                    I32_EDGES[(i * (2 * k + 1) + k) % 8]
                })))
            })
            .collect()
    }

    fn u8_vectors(count: usize) -> Vec<__m128i> {
        (0..count)
            .map(|k| {
                black_box(v128::<u8, 16>(std::array::from_fn(|i| {
                    U8_EDGES[(i * (2 * k + 1) + 3 * k) % 16]
                })))
            })
            .collect()
    }

    fn i16s(v: __m128i) -> [i16; 8] {
        unsafe { transmute(v) }
    }
    fn i32s(v: __m128i) -> [i32; 4] {
        unsafe { transmute(v) }
    }
    fn i64s(v: __m128i) -> [i64; 2] {
        unsafe { transmute(v) }
    }
    fn i8s(v: __m128i) -> [i8; 16] {
        unsafe { transmute(v) }
    }
    fn i16x16(v: __m256i) -> [i16; 16] {
        unsafe { transmute(v) }
    }
    fn i32x8(v: __m256i) -> [i32; 8] {
        unsafe { transmute(v) }
    }
    fn i64x4(v: __m256i) -> [i64; 4] {
        unsafe { transmute(v) }
    }
    fn i8x32(v: __m256i) -> [i8; 32] {
        unsafe { transmute(v) }
    }

    pub fn run() {
        unsafe { sse2() };
        if is_x86_feature_detected!("ssse3") {
            unsafe { ssse3() };
        } else {
            println!("no ssse3");
        }
        if is_x86_feature_detected!("sse4.1") {
            unsafe { sse41() };
        } else {
            println!("no sse4.1");
        }
        if is_x86_feature_detected!("avx") {
            unsafe { avx_tests() };
        } else {
            println!("no avx");
        }
        if is_x86_feature_detected!("avx2") {
            unsafe { avx2() };
            unsafe { gathers() };
        } else {
            println!("no avx2");
        }
    }

    /// Shift counts for `psll`/`psrl`/`psra`: the low 64 bits count, the upper 64 do not.
    fn shift_counts() -> Vec<__m128i> {
        [0u64, 1, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1 << 32, u64::MAX, 255]
            .iter()
            .map(|&count| black_box(v128::<u64, 2>([count, 3])))
            .collect()
    }

    #[target_feature(enable = "sse2")]
    unsafe fn sse2() {
        let w = i16_vectors(8);
        let d = i32_vectors(6);
        let b = u8_vectors(6);
        for (x, y) in w.iter().zip(w.iter().rev()) {
            println!("madd_epi16 {:?}", i32s(_mm_madd_epi16(*x, *y)));
            println!("packs_epi16 {:?}", i8s(_mm_packs_epi16(*x, *y)));
            println!("packus_epi16 {:?}", transmute::<__m128i, [u8; 16]>(_mm_packus_epi16(*x, *y)));
        }
        for (x, y) in d.iter().zip(d.iter().rev()) {
            println!("packs_epi32 {:?}", i16s(_mm_packs_epi32(*x, *y)));
        }
        for (x, y) in b.iter().zip(b.iter().rev()) {
            println!("sad_epu8 {:?}", i64s(_mm_sad_epu8(*x, *y)));
        }
        println!(
            "sad_epu8 extremes {:?}",
            i64s(_mm_sad_epu8(_mm_set1_epi8(-1), _mm_setzero_si128()))
        );
        let value16 =
            black_box(v128::<i16, 8>([1, -1, i16::MIN, i16::MAX, 0x1234, -0x1234, 0x5555, -2]));
        let value32 = black_box(v128::<i32, 4>([1, -1, i32::MIN, 0x1234_5678]));
        let value64 = black_box(v128::<i64, 2>([-0x1234_5678_9abc, 0x7654_3210_0123_4567]));
        for count in shift_counts() {
            println!(
                "sll/srl/sra {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                i16s(_mm_sll_epi16(value16, count)),
                i16s(_mm_srl_epi16(value16, count)),
                i16s(_mm_sra_epi16(value16, count)),
                i32s(_mm_sll_epi32(value32, count)),
                i32s(_mm_srl_epi32(value32, count)),
                i32s(_mm_sra_epi32(value32, count)),
                i64s(_mm_sll_epi64(value64, count)),
                i64s(_mm_srl_epi64(value64, count)),
            );
        }
    }

    #[target_feature(enable = "ssse3")]
    unsafe fn ssse3() {
        let w = i16_vectors(8);
        let d = i32_vectors(6);
        let b = u8_vectors(8);
        for (x, y) in b.iter().zip(b.iter().rev()) {
            println!("maddubs {:?}", i16s(_mm_maddubs_epi16(*x, *y)));
            println!("sign_epi8 {:?}", i8s(_mm_sign_epi8(*x, *y)));
            println!("shuffle_epi8 {:?}", i8s(_mm_shuffle_epi8(*x, *y)));
        }
        let saturating = _mm_maddubs_epi16(_mm_set1_epi8(-1), _mm_set1_epi8(127));
        let negative = _mm_maddubs_epi16(_mm_set1_epi8(-1), _mm_set1_epi8(-128));
        println!("maddubs bounds {:?} {:?}", i16s(saturating), i16s(negative));
        for (x, y) in w.iter().zip(w.iter().rev()) {
            println!("mulhrs {:?}", i16s(_mm_mulhrs_epi16(*x, *y)));
            println!("sign_epi16 {:?}", i16s(_mm_sign_epi16(*x, *y)));
        }
        for (x, y) in d.iter().zip(d.iter().rev()) {
            println!("sign_epi32 {:?}", i32s(_mm_sign_epi32(*x, *y)));
        }
        let min = _mm_set1_epi16(i16::MIN);
        println!("mulhrs MIN*MIN {:?}", i16s(_mm_mulhrs_epi16(min, min)));
    }

    macro_rules! mpsadbw_all {
        ($f:ident, $a:expr, $b:expr, $bits:ident, $($imm:literal)*) => {
            [$($bits($f::<$imm>($a, $b))),*]
        };
    }

    #[target_feature(enable = "sse4.1")]
    unsafe fn sse41() {
        let d = i32_vectors(6);
        for (x, y) in d.iter().zip(d.iter().rev()) {
            println!("packus_epi32 {:?}", transmute::<__m128i, [u16; 8]>(_mm_packus_epi32(*x, *y)));
        }
        let minima: [[u16; 8]; 6] = [
            [5, 3, 9, 3, 7, 8, 3, 10],
            [0xffff; 8],
            [7, 7, 7, 7, 7, 7, 7, 0],
            [0, 0, 1, 0, 0, 0, 0, 0],
            [0x8000, 0x7fff, 0x8001, 0xffff, 0x7ffe, 0x7fff, 0x8000, 0x9000],
            [9, 8, 7, 6, 5, 4, 3, 2],
        ];
        for m in minima {
            println!(
                "minpos {:?}",
                transmute::<__m128i, [u16; 8]>(_mm_minpos_epu16(black_box(v128(m))))
            );
        }
        let b = u8_vectors(4);
        for (x, y) in b.iter().zip(b.iter().rev()) {
            println!("mpsadbw {:?}", mpsadbw_all!(_mm_mpsadbw_epu8, *x, *y, i16s, 0 1 2 3 4 5 6 7));
        }
        let masks = [
            _mm_setzero_si128(),
            _mm_set1_epi8(-1),
            _mm_set1_epi64x(i64::MIN),
            _mm_set_epi64x(0, 1),
            _mm_set_epi32(0, 0, 0x100, 0),
        ];
        for &a in &masks {
            for &m in &masks {
                println!(
                    "test {} {} {} {} {} {}",
                    _mm_testz_si128(a, m),
                    _mm_testc_si128(a, m),
                    _mm_testnzc_si128(a, m),
                    _mm_test_all_zeros(a, m),
                    _mm_test_all_ones(a),
                    _mm_test_mix_ones_zeros(a, m),
                );
            }
        }
    }

    #[target_feature(enable = "avx")]
    unsafe fn avx_tests() {
        let masks = [
            _mm256_setzero_si256(),
            _mm256_set1_epi8(-1),
            _mm256_set1_epi64x(i64::MIN),
            _mm256_set_epi64x(0, 0, 0, 1),
            _mm256_set_epi32(i32::MIN, 0, 0, 0, 0, 0, 0, 0),
            _mm256_set_epi32(0, 0, 0, 0, i32::MIN, 0, 0, 0),
            _mm256_set_epi64x(0, i64::MIN, 0, 0),
        ];
        for &a in &masks {
            for &m in &masks {
                let (ps, mps) = (_mm256_castsi256_ps(a), _mm256_castsi256_ps(m));
                let (pd, mpd) = (_mm256_castsi256_pd(a), _mm256_castsi256_pd(m));
                let (ps1, mps1) = (_mm256_castps256_ps128(ps), _mm256_castps256_ps128(mps));
                let (pd1, mpd1) = (_mm256_castpd256_pd128(pd), _mm256_castpd256_pd128(mpd));
                println!(
                    "test256 si {}{}{} ps {}{}{} pd {}{}{} ps128 {}{}{} pd128 {}{}{}",
                    _mm256_testz_si256(a, m),
                    _mm256_testc_si256(a, m),
                    _mm256_testnzc_si256(a, m),
                    _mm256_testz_ps(ps, mps),
                    _mm256_testc_ps(ps, mps),
                    _mm256_testnzc_ps(ps, mps),
                    _mm256_testz_pd(pd, mpd),
                    _mm256_testc_pd(pd, mpd),
                    _mm256_testnzc_pd(pd, mpd),
                    _mm_testz_ps(ps1, mps1),
                    _mm_testc_ps(ps1, mps1),
                    _mm_testnzc_ps(ps1, mps1),
                    _mm_testz_pd(pd1, mpd1),
                    _mm_testc_pd(pd1, mpd1),
                    _mm_testnzc_pd(pd1, mpd1),
                );
            }
        }
    }

    fn join(low: __m128i, high: __m128i) -> __m256i {
        unsafe { transmute([low, high]) }
    }

    #[target_feature(enable = "avx2")]
    unsafe fn avx2() {
        let w = i16_vectors(8);
        let d = i32_vectors(6);
        let b = u8_vectors(8);
        let w: Vec<__m256i> = w.chunks(2).map(|p| black_box(join(p[0], p[1]))).collect();
        let d: Vec<__m256i> = d.chunks(2).map(|p| black_box(join(p[0], p[1]))).collect();
        let b: Vec<__m256i> = b.chunks(2).map(|p| black_box(join(p[0], p[1]))).collect();
        for (x, y) in w.iter().zip(w.iter().rev()) {
            println!("madd256 {:?}", i32x8(_mm256_madd_epi16(*x, *y)));
            println!("packs256 {:?}", i8x32(_mm256_packs_epi16(*x, *y)));
            println!("packus256 {:?}", i8x32(_mm256_packus_epi16(*x, *y)));
            println!("mulhrs256 {:?}", i16x16(_mm256_mulhrs_epi16(*x, *y)));
            println!("sign256_16 {:?}", i16x16(_mm256_sign_epi16(*x, *y)));
        }
        for (x, y) in d.iter().zip(d.iter().rev()) {
            println!("packs256_32 {:?}", i16x16(_mm256_packs_epi32(*x, *y)));
            println!("packus256_32 {:?}", i16x16(_mm256_packus_epi32(*x, *y)));
            println!("sign256_32 {:?}", i32x8(_mm256_sign_epi32(*x, *y)));
            println!("permutevar8x32 {:?}", i32x8(_mm256_permutevar8x32_epi32(*x, *y)));
            let ps = _mm256_permutevar8x32_ps(_mm256_castsi256_ps(*x), *y);
            println!("permutevar8x32_ps {:?}", i32x8(_mm256_castps_si256(ps)));
        }
        for (x, y) in b.iter().zip(b.iter().rev()) {
            println!("maddubs256 {:?}", i16x16(_mm256_maddubs_epi16(*x, *y)));
            println!("sad256 {:?}", i64x4(_mm256_sad_epu8(*x, *y)));
            println!("sign256_8 {:?}", i8x32(_mm256_sign_epi8(*x, *y)));
            println!("shuffle256 {:?}", i8x32(_mm256_shuffle_epi8(*x, *y)));
            println!(
                "mpsadbw256 {:?}",
                mpsadbw_all!(_mm256_mpsadbw_epu8, *x, *y, i16x16, 0 7 0x38 0x3f 0x15 0x2a 0x0c 0x21)
            );
        }
        let value16 = black_box(_mm256_setr_epi16(
            1,
            -1,
            i16::MIN,
            i16::MAX,
            0x1234,
            -0x1234,
            0x5555,
            -2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            -10,
        ));
        let value32 =
            black_box(_mm256_setr_epi32(1, -1, i32::MIN, 0x1234_5678, -7, 8, 9, i32::MAX));
        let value64 =
            black_box(_mm256_setr_epi64x(-0x1234_5678_9abc, 0x7654_3210_0123_4567, -1, 1));
        for count in shift_counts() {
            println!(
                "sll/srl/sra256 {:?} {:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                i16x16(_mm256_sll_epi16(value16, count)),
                i16x16(_mm256_srl_epi16(value16, count)),
                i16x16(_mm256_sra_epi16(value16, count)),
                i32x8(_mm256_sll_epi32(value32, count)),
                i32x8(_mm256_srl_epi32(value32, count)),
                i32x8(_mm256_sra_epi32(value32, count)),
                i64x4(_mm256_sll_epi64(value64, count)),
                i64x4(_mm256_srl_epi64(value64, count)),
            );
        }
        let counts32 = black_box(_mm256_setr_epi32(0, 1, 31, 32, 33, -1, 16, i32::MIN));
        let counts64 = black_box(_mm256_setr_epi64x(0, 63, 64, -1));
        println!(
            "variable shifts {:?} {:?} {:?} {:?} {:?} {:?}",
            i32x8(_mm256_sllv_epi32(value32, counts32)),
            i32x8(_mm256_srlv_epi32(value32, counts32)),
            i32x8(_mm256_srav_epi32(value32, counts32)),
            i64x4(_mm256_sllv_epi64(value64, counts64)),
            i64x4(_mm256_srlv_epi64(value64, counts64)),
            i32s(_mm_srav_epi32(
                _mm256_castsi256_si128(value32),
                _mm256_extracti128_si256::<1>(counts32)
            )),
        );
        println!(
            "variable shifts 128 {:?} {:?} {:?} {:?}",
            i32s(_mm_sllv_epi32(
                _mm256_castsi256_si128(value32),
                _mm256_extracti128_si256::<1>(counts32)
            )),
            i32s(_mm_srlv_epi32(_mm256_castsi256_si128(value32), _mm256_castsi256_si128(counts32))),
            i64s(_mm_sllv_epi64(
                _mm256_castsi256_si128(value64),
                _mm256_extracti128_si256::<1>(counts64)
            )),
            i64s(_mm_srlv_epi64(_mm256_castsi256_si128(value64), _mm256_castsi256_si128(counts64))),
        );
    }

    macro_rules! each_scale {
        ($f:ident, $($arg:expr),*) => {
            [$f::<1>($($arg),*), $f::<2>($($arg),*), $f::<4>($($arg),*), $f::<8>($($arg),*)]
        };
    }

    #[target_feature(enable = "avx2")]
    unsafe fn gathers() {
        let table32: [i32; 64] = std::array::from_fn(|i| (i as i32 - 32) * 0x0101_0101 + 7);
        let table64: [i64; 64] =
            std::array::from_fn(|i| (i as i64 - 32) * 0x0101_0101_0101_0101 + 7);
        let tablef: [f32; 64] = std::array::from_fn(|i| i as f32 * 1.5 - 40.0);
        let tabled: [f64; 64] = std::array::from_fn(|i| i as f64 * -2.25 + 3.0);
        // Pointers into the middle, so that negative offsets stay inside.
        let p32 = table32.as_ptr().add(24);
        let p64 = table64.as_ptr().add(24);
        let pf = tablef.as_ptr().add(24);
        let pd = tabled.as_ptr().add(24);
        let idx32 = black_box(_mm_setr_epi32(0, 3, -5, 1));
        let idx32x8 = black_box(_mm256_setr_epi32(0, 3, -5, 1, 2, -1, 4, -3));
        let idx64 = black_box(_mm_set_epi64x(-3, 2));
        let idx64x4 = black_box(_mm256_setr_epi64x(2, -3, 1, -1));
        // Masked-off lanes point far outside the tables: they must not be read.
        let wild32 = black_box(_mm_setr_epi32(1, 0x4000_0000, 2, -0x3fff_ffff));
        let wild64 = black_box(_mm_set_epi64x(0x4000_0000_0000, 1));
        let mask32 = black_box(_mm_setr_epi32(-1, 0, i32::MIN, 0x7fff_ffff));
        let mask32x8 = black_box(_mm256_setr_epi32(-1, 0, i32::MIN, 1, -1, -1, 0, i32::MIN));
        let mask64 = black_box(_mm_set_epi64x(0, -1));
        let mask64x4 = black_box(_mm256_setr_epi64x(-1, 0, i64::MIN, 1));
        let src = black_box(_mm_set1_epi32(-99));
        let src256 = black_box(_mm256_set1_epi32(-99));
        let srcf = black_box(_mm_set1_ps(-99.5));
        let srcd = black_box(_mm_set1_pd(-99.5));
        let srcf256 = black_box(_mm256_set1_ps(-99.5));
        let srcd256 = black_box(_mm256_set1_pd(-99.5));

        println!("i32gather_epi32 {:?}", each_scale!(_mm_i32gather_epi32, p32, idx32).map(i32s));
        println!(
            "i32gather_epi32 256 {:?}",
            each_scale!(_mm256_i32gather_epi32, p32, idx32x8).map(i32x8)
        );
        println!("i32gather_epi64 {:?}", each_scale!(_mm_i32gather_epi64, p64, idx32).map(i64s));
        println!(
            "i32gather_epi64 256 {:?}",
            each_scale!(_mm256_i32gather_epi64, p64, idx32).map(i64x4)
        );
        println!("i64gather_epi32 {:?}", each_scale!(_mm_i64gather_epi32, p32, idx64).map(i32s));
        println!(
            "i64gather_epi32 256 {:?}",
            each_scale!(_mm256_i64gather_epi32, p32, idx64x4).map(i32s)
        );
        println!("i64gather_epi64 {:?}", each_scale!(_mm_i64gather_epi64, p64, idx64).map(i64s));
        println!(
            "i64gather_epi64 256 {:?}",
            each_scale!(_mm256_i64gather_epi64, p64, idx64x4).map(i64x4)
        );
        let f = |v: __m128| transmute::<__m128, [f32; 4]>(v);
        let f8 = |v: __m256| transmute::<__m256, [f32; 8]>(v);
        let d = |v: __m128d| transmute::<__m128d, [f64; 2]>(v);
        let d4 = |v: __m256d| transmute::<__m256d, [f64; 4]>(v);
        println!("i32gather_ps {:?}", each_scale!(_mm_i32gather_ps, pf, idx32).map(f));
        println!("i32gather_ps 256 {:?}", each_scale!(_mm256_i32gather_ps, pf, idx32x8).map(f8));
        println!("i32gather_pd {:?}", each_scale!(_mm_i32gather_pd, pd, idx32).map(d));
        println!("i32gather_pd 256 {:?}", each_scale!(_mm256_i32gather_pd, pd, idx32).map(d4));
        println!("i64gather_ps {:?}", each_scale!(_mm_i64gather_ps, pf, idx64).map(f));
        println!("i64gather_ps 256 {:?}", each_scale!(_mm256_i64gather_ps, pf, idx64x4).map(f));
        println!("i64gather_pd {:?}", each_scale!(_mm_i64gather_pd, pd, idx64).map(d));
        println!("i64gather_pd 256 {:?}", each_scale!(_mm256_i64gather_pd, pd, idx64x4).map(d4));

        // The index where the lane's mask is set, the wild one elsewhere.
        let pick32 = |wild: __m128i, index: __m128i, mask: __m128i| {
            _mm_castps_si128(_mm_blendv_ps(
                _mm_castsi128_ps(wild),
                _mm_castsi128_ps(index),
                _mm_castsi128_ps(mask),
            ))
        };
        let pick64 = |wild: __m128i, index: __m128i, mask: __m128i| {
            _mm_castpd_si128(_mm_blendv_pd(
                _mm_castsi128_pd(wild),
                _mm_castsi128_pd(index),
                _mm_castsi128_pd(mask),
            ))
        };
        let idx_masked = pick32(wild32, idx32, mask32);
        println!(
            "mask gathers {:?} {:?} {:?} {:?}",
            i32s(_mm_mask_i32gather_epi32::<4>(src, p32, idx_masked, mask32)),
            f(_mm_mask_i32gather_ps::<4>(srcf, pf, idx_masked, _mm_castsi128_ps(mask32))),
            i64s(_mm_mask_i64gather_epi64::<8>(
                _mm_set1_epi64x(-99),
                p64,
                pick64(wild64, idx64, mask64),
                mask64
            )),
            d(_mm_mask_i64gather_pd::<8>(
                srcd,
                pd,
                pick64(wild64, idx64, mask64),
                _mm_castsi128_pd(mask64)
            )),
        );
        println!(
            "mask gathers 256 {:?} {:?} {:?} {:?} {:?} {:?}",
            i32x8(_mm256_mask_i32gather_epi32::<4>(src256, p32, idx32x8, mask32x8)),
            f8(_mm256_mask_i32gather_ps::<4>(srcf256, pf, idx32x8, _mm256_castsi256_ps(mask32x8))),
            i64x4(_mm256_mask_i64gather_epi64::<8>(
                _mm256_set1_epi64x(-99),
                p64,
                idx64x4,
                mask64x4
            )),
            d4(_mm256_mask_i64gather_pd::<8>(srcd256, pd, idx64x4, _mm256_castsi256_pd(mask64x4))),
            i32s(_mm256_mask_i64gather_epi32::<4>(src, p32, idx64x4, mask32)),
            d4(_mm256_mask_i32gather_pd::<8>(srcd256, pd, idx32, _mm256_castsi256_pd(mask64x4))),
        );
        println!(
            "mask gathers mixed {:?} {:?} {:?} {:?}",
            i64s(_mm_mask_i32gather_epi64::<8>(_mm_set1_epi64x(-99), p64, idx32, mask64)),
            i32s(_mm_mask_i64gather_epi32::<4>(src, p32, idx64, mask32)),
            f(_mm_mask_i64gather_ps::<4>(srcf, pf, idx64, _mm_castsi128_ps(mask32))),
            f(_mm256_mask_i64gather_ps::<4>(srcf, pf, idx64x4, _mm_castsi128_ps(mask32))),
        );
        println!(
            "mask gathers rest {:?} {:?} {:?}",
            i64x4(_mm256_mask_i32gather_epi64::<8>(_mm256_set1_epi64x(-99), p64, idx32, mask64x4)),
            d(_mm_mask_i32gather_pd::<8>(srcd, pd, idx32, _mm_castsi128_pd(mask64))),
            d(_mm_mask_i64gather_pd::<8>(srcd, pd, idx64, _mm_castsi128_pd(mask64))),
        );
    }
}
