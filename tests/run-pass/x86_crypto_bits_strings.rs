// x86-64 intrinsics that are single instructions without a Cranelift equivalent (the backend's
// assembly helpers): AES and VAES rounds and key generation with several round constants,
// carry-less multiplication (PCLMULQDQ, and VPCLMULQDQ's 256-bit form) for every quadword
// selector, SHA-1 and SHA-256 rounds (each SHA-1 round function) and message schedules,
// CRC-32C of every width, the SSE4.2 string comparisons (explicit and implicit lengths, every
// result form, byte and word, signed and unsigned, each aggregation, polarity and index/mask
// option; lengths beyond 16 and negative), BMI1/BMI2 bit fields (starts and lengths at and
// beyond the width), PDEP/PEXT, LZCNT/POPCNT, GFNI's affine transforms and multiplication,
// SSE4A's bit-field extraction and insertion (lengths of 0 meaning 64), the AVX-VNNI dot
// products next to the saturation bounds, and that RDRAND, RDTSC and the fences run. Each
// family runs only when the CPU has it (all of them but RDSEED on the AMD machine this is
// tested on; SSE4A is AMD's), and says so otherwise, the same with either backend.
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

    fn u64s(v: __m128i) -> [u64; 2] {
        unsafe { transmute(v) }
    }

    fn u32s(v: __m128i) -> [u32; 4] {
        unsafe { transmute(v) }
    }

    fn blocks() -> Vec<__m128i> {
        [
            [0u64, 0],
            [u64::MAX, u64::MAX],
            [0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210],
            [0x8000_0000_0000_0001, 0x1],
            [0x6a09_e667_bb67_ae85, 0x3c6e_f372_a54f_f53a],
        ]
        .iter()
        .map(|&q| black_box(unsafe { transmute::<[u64; 2], __m128i>(q) }))
        .collect()
    }

    pub fn run() {
        macro_rules! when {
            ($($feature:tt),* => $f:ident) => {
                if $(is_x86_feature_detected!($feature))&&* {
                    unsafe { $f() };
                } else {
                    println!("no {}", stringify!($f));
                }
            };
        }
        when!("aes" => aes);
        when!("vaes", "avx2" => vaes);
        when!("pclmulqdq" => pclmulqdq);
        when!("vpclmulqdq", "avx2" => vpclmulqdq);
        when!("sha" => sha);
        when!("sse4.2" => sse42);
        when!("bmi1" => bmi1);
        when!("bmi2" => bmi2);
        when!("lzcnt", "popcnt" => counts);
        when!("rdrand" => rdrand);
        when!("rdseed" => rdseed);
        when!("gfni", "avx" => gfni);
        when!("sse4a" => sse4a);
        when!("avxvnni" => avxvnni);
        unsafe { misc() };
    }

    macro_rules! each_imm {
        ($f:ident, $args:tt, $($imm:literal)*) => {
            [$($f::<$imm> $args),*]
        };
    }

    #[target_feature(enable = "aes")]
    unsafe fn aes() {
        let b = blocks();
        for (&x, &k) in b.iter().zip(b.iter().rev()) {
            println!(
                "aes {:x?}",
                [
                    _mm_aesenc_si128(x, k),
                    _mm_aesenclast_si128(x, k),
                    _mm_aesdec_si128(x, k),
                    _mm_aesdeclast_si128(x, k),
                    _mm_aesimc_si128(x),
                ]
                .map(u64s)
            );
            println!(
                "aeskeygenassist {:x?}",
                each_imm!(_mm_aeskeygenassist_si128, (x), 0 1 2 0x1b 0x36 0x80 0xff).map(u64s)
            );
        }
    }

    #[target_feature(enable = "vaes,avx2")]
    unsafe fn vaes() {
        let b = blocks();
        let x = _mm256_set_m128i(b[2], b[4]);
        let k = _mm256_set_m128i(b[3], b[2]);
        let r = [
            _mm256_aesenc_epi128(x, k),
            _mm256_aesenclast_epi128(x, k),
            _mm256_aesdec_epi128(x, k),
            _mm256_aesdeclast_epi128(x, k),
        ];
        println!("vaes {:x?}", r.map(|v| transmute::<__m256i, [u64; 4]>(v)));
    }

    #[target_feature(enable = "pclmulqdq")]
    unsafe fn pclmulqdq() {
        let b = blocks();
        for (&x, &y) in b.iter().zip(b.iter().rev()) {
            println!(
                "clmul {:x?}",
                each_imm!(_mm_clmulepi64_si128, (x, y), 0x00 0x01 0x10 0x11 0x02 0xee 0xff)
                    .map(u64s)
            );
        }
    }

    #[target_feature(enable = "vpclmulqdq,avx2")]
    unsafe fn vpclmulqdq() {
        let b = blocks();
        let x = _mm256_set_m128i(b[2], b[4]);
        let y = _mm256_set_m128i(b[3], b[1]);
        let r = each_imm!(_mm256_clmulepi64_epi128, (x, y), 0x00 0x01 0x10 0x11);
        println!("vpclmul {:x?}", r.map(|v| transmute::<__m256i, [u64; 4]>(v)));
    }

    #[target_feature(enable = "sha")]
    unsafe fn sha() {
        let b = blocks();
        for ((&a, &m), &k) in b.iter().zip(b.iter().rev()).zip(b.iter().skip(1).chain(&b[..1])) {
            println!(
                "sha1 {:x?} {:x?}",
                [_mm_sha1msg1_epu32(a, m), _mm_sha1msg2_epu32(a, m), _mm_sha1nexte_epu32(a, m)]
                    .map(u32s),
                each_imm!(_mm_sha1rnds4_epu32, (a, m), 0 1 2 3).map(u32s)
            );
            println!(
                "sha256 {:x?}",
                [
                    _mm_sha256msg1_epu32(a, m),
                    _mm_sha256msg2_epu32(a, m),
                    _mm_sha256rnds2_epu32(a, m, k),
                ]
                .map(u32s)
            );
        }
    }

    /// `_mm_cmp{e,i}str*` of `a` and `b` with the control `$imm`: every result form.
    macro_rules! compare_strings {
        ($a:expr, $la:expr, $b:expr, $lb:expr, $($imm:expr),*) => {{
            $(
                println!(
                    "cmpistr {:#04x}: i {} m {:x?} a{} c{} o{} s{} z{}",
                    $imm,
                    _mm_cmpistri::<{ $imm }>($a, $b),
                    u64s(_mm_cmpistrm::<{ $imm }>($a, $b)),
                    _mm_cmpistra::<{ $imm }>($a, $b),
                    _mm_cmpistrc::<{ $imm }>($a, $b),
                    _mm_cmpistro::<{ $imm }>($a, $b),
                    _mm_cmpistrs::<{ $imm }>($a, $b),
                    _mm_cmpistrz::<{ $imm }>($a, $b),
                );
                println!(
                    "cmpestr {:#04x} {} {}: i {} m {:x?} a{} c{} o{} s{} z{}",
                    $imm,
                    $la,
                    $lb,
                    _mm_cmpestri::<{ $imm }>($a, $la, $b, $lb),
                    u64s(_mm_cmpestrm::<{ $imm }>($a, $la, $b, $lb)),
                    _mm_cmpestra::<{ $imm }>($a, $la, $b, $lb),
                    _mm_cmpestrc::<{ $imm }>($a, $la, $b, $lb),
                    _mm_cmpestro::<{ $imm }>($a, $la, $b, $lb),
                    _mm_cmpestrs::<{ $imm }>($a, $la, $b, $lb),
                    _mm_cmpestrz::<{ $imm }>($a, $la, $b, $lb),
                );
            )*
        }};
    }

    #[target_feature(enable = "sse4.2")]
    unsafe fn sse42() {
        let text = |s: &[u8]| {
            let mut bytes = [0u8; 16];
            bytes[..s.len()].copy_from_slice(s);
            black_box(transmute::<[u8; 16], __m128i>(bytes))
        };
        let inputs = [
            (text(b"aeiou"), text(b"Hello, world! xa")),
            (text(b"az09"), text(b"Quick Brown 42!\x7f")),
            (text(b"Hello"), text(b"Hello")),
            (text(b"lo, w"), text(b"Hello, world")),
            (text(b""), text(b"anything")),
            (text(&[0x80, 0xff, 0x41, 0x00, 0x7f, 0x80]), text(&[0xff; 16])),
        ];
        for (a, b) in inputs {
            for (la, lb) in [(5, 16), (16, 3), (0, 0), (20, -20), (-3, 7), (8, 12)] {
                let (la, lb) = black_box((la, lb));
                compare_strings!(
                    a,
                    la,
                    b,
                    lb,
                    _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ANY,
                    _SIDD_UBYTE_OPS | _SIDD_CMP_RANGES | _SIDD_MOST_SIGNIFICANT,
                    _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_EACH | _SIDD_NEGATIVE_POLARITY,
                    _SIDD_UBYTE_OPS | _SIDD_CMP_EQUAL_ORDERED | _SIDD_UNIT_MASK,
                    _SIDD_SBYTE_OPS | _SIDD_CMP_RANGES | _SIDD_MASKED_NEGATIVE_POLARITY,
                    _SIDD_UWORD_OPS | _SIDD_CMP_EQUAL_ANY | _SIDD_UNIT_MASK,
                    _SIDD_SWORD_OPS | _SIDD_CMP_RANGES | _SIDD_BIT_MASK,
                    _SIDD_UWORD_OPS | _SIDD_CMP_EQUAL_ORDERED | _SIDD_MOST_SIGNIFICANT
                );
            }
        }
        let mut crc = black_box(0xffff_ffffu32);
        for byte in *b"The quick brown fox" {
            crc = _mm_crc32_u8(crc, byte);
        }
        let crc16 = _mm_crc32_u16(crc, 0xbeef);
        let crc32 = _mm_crc32_u32(crc16, 0xdead_beef);
        let crc64 = _mm_crc32_u64(u64::from(crc32) | 0xffff_ffff_0000_0000, 0x0123_4567_89ab_cdef);
        println!("crc32c {crc:#x} {crc16:#x} {crc32:#x} {crc64:#x}");
    }

    #[target_feature(enable = "bmi1")]
    unsafe fn bmi1() {
        let value32 = black_box(0xdead_beefu32);
        let value64 = black_box(0xdead_beef_0123_4567u64);
        for (start, len) in [
            (0, 0),
            (0, 8),
            (4, 12),
            (28, 8),
            (31, 1),
            (32, 4),
            (0, 32),
            (0, 64),
            (63, 2),
            (200, 200),
        ] {
            let (start, len) = black_box((start, len));
            println!(
                "bextr {start} {len}: {:#x} {:#x} {:#x} {:#x}",
                _bextr_u32(value32, start, len),
                _bextr_u64(value64, start, len),
                _bextr2_u32(value32, start | len << 8 | 0xab0000),
                _bextr2_u64(value64, u64::from(start | len << 8) | 0xffff_0000_0000_0000),
            );
        }
        println!(
            "blsi/blsmsk/blsr/tzcnt {:#x} {:#x} {:#x} {} {} {}",
            _blsi_u64(value64),
            _blsmsk_u32(value32),
            _blsr_u64(value64),
            _tzcnt_u32(0),
            _tzcnt_u64(value64 << 13),
            _mm_tzcnt_64(0)
        );
    }

    #[target_feature(enable = "bmi2")]
    unsafe fn bmi2() {
        let value32 = black_box(0xdead_beefu32);
        let value64 = black_box(0xdead_beef_0123_4567u64);
        for index in [0, 1, 16, 31, 32, 33, 63, 64, 255, 256, 0x1_0010] {
            let index = black_box(index);
            println!(
                "bzhi {index}: {:#x} {:#x}",
                _bzhi_u32(value32, index),
                _bzhi_u64(value64, index)
            );
        }
        for mask in
            [0u64, u64::MAX, 0xff00_ff00_f0f0_0f0f, 0x8000_0000_0000_0001, 0x5555_5555_5555_5555]
        {
            let mask = black_box(mask);
            println!(
                "pdep/pext {mask:#x}: {:#x} {:#x} {:#x} {:#x}",
                _pdep_u32(value32, mask as u32),
                _pext_u32(value32, mask as u32),
                _pdep_u64(value64, mask),
                _pext_u64(value64, mask)
            );
        }
        let mut high = 0;
        let low = _mulx_u64(value64, black_box(u64::MAX), &mut high);
        println!("mulx {low:#x} {high:#x}");
    }

    #[target_feature(enable = "lzcnt,popcnt")]
    unsafe fn counts() {
        for value in [0u64, 1, u64::MAX, 0x8000_0000, 0x0000_ffff_0000_0000] {
            let value = black_box(value);
            println!(
                "lzcnt/popcnt {value:#x}: {} {} {} {}",
                _lzcnt_u32(value as u32),
                _lzcnt_u64(value),
                _popcnt32(value as i32),
                _popcnt64(value as i64)
            );
        }
    }

    /// Random values differ from run to run: only that the instruction eventually reports
    /// success (it may fail transiently) is printed.
    #[target_feature(enable = "rdrand")]
    unsafe fn rdrand() {
        let mut value16 = 0;
        let mut value32 = 0;
        let mut value64 = 0;
        let ok = (0..100).any(|_| {
            _rdrand16_step(&mut value16) == 1
                && _rdrand32_step(&mut value32) == 1
                && _rdrand64_step(&mut value64) == 1
        });
        println!("rdrand succeeded: {ok}");
    }

    #[target_feature(enable = "rdseed")]
    unsafe fn rdseed() {
        let mut value16 = 0;
        let mut value32 = 0;
        let mut value64 = 0;
        let ok = (0..1000).any(|_| {
            _rdseed16_step(&mut value16) == 1
                && _rdseed32_step(&mut value32) == 1
                && _rdseed64_step(&mut value64) == 1
        });
        println!("rdseed succeeded: {ok}");
    }

    #[target_feature(enable = "gfni,avx")]
    unsafe fn gfni() {
        let b = blocks();
        for (&x, &a) in b.iter().zip(b.iter().rev()) {
            println!(
                "gf2p8affine {:x?} {:x?} {:x?}",
                each_imm!(_mm_gf2p8affine_epi64_epi8, (x, a), 0 1 0x63 0xff).map(u64s),
                each_imm!(_mm_gf2p8affineinv_epi64_epi8, (x, a), 0 0x63).map(u64s),
                u64s(_mm_gf2p8mul_epi8(x, a))
            );
        }
        let x = _mm256_set_m128i(b[2], b[4]);
        let a = _mm256_set_m128i(b[4], b[3]);
        let r = [
            _mm256_gf2p8affine_epi64_epi8::<0x1b>(x, a),
            _mm256_gf2p8affineinv_epi64_epi8::<0x05>(x, a),
            _mm256_gf2p8mul_epi8(x, a),
        ];
        println!("gf2p8 256 {:x?}", r.map(|v| transmute::<__m256i, [u64; 4]>(v)));
    }

    /// The low quadword: SSE4A leaves the upper one undefined (LLVM folds some cases with
    /// constant operands to a copy of an operand, where the CPU writes zeros).
    fn low(v: __m128i) -> u64 {
        u64s(v)[0]
    }

    #[target_feature(enable = "sse4a")]
    unsafe fn sse4a() {
        let b = blocks();
        for &x in &b {
            // Fields of the second operand: the length in bits 0-5 (0 meaning 64), the index
            // in bits 8-13.
            let fields = [0x0000u64, 0x0408, 0x3f01, 0x0820, 0x1010];
            let extracted: Vec<u64> = fields
                .iter()
                .map(|&f| low(_mm_extract_si64(x, transmute::<[u64; 2], __m128i>([f, 7]))))
                .collect();
            let inserted: Vec<u64> = fields
                .iter()
                .map(|&f| low(_mm_insert_si64(x, transmute::<[u64; 2], __m128i>([!f, f]))))
                .collect();
            println!(
                "sse4a {extracted:x?} {inserted:x?} {:x?} {:x?}",
                [
                    _mm_extracti_si64::<8, 4>(x),
                    _mm_extracti_si64::<0, 0>(x),
                    _mm_extracti_si64::<63, 1>(x)
                ]
                .map(low),
                [_mm_inserti_si64::<8, 4>(x, b[2]), _mm_inserti_si64::<0, 0>(x, b[3])].map(low)
            );
        }
    }

    #[target_feature(enable = "avxvnni")]
    unsafe fn avxvnni() {
        let b = blocks();
        let near_max = _mm_set1_epi32(i32::MAX - 5);
        let near_min = _mm_set1_epi32(i32::MIN + 5);
        for (&x, &y) in b.iter().zip(b.iter().rev()) {
            for src in [x, near_max, near_min] {
                println!(
                    "vnni {:x?}",
                    [
                        _mm_dpbusd_avx_epi32(src, x, y),
                        _mm_dpbusds_avx_epi32(src, x, y),
                        _mm_dpwssd_avx_epi32(src, x, y),
                        _mm_dpwssds_avx_epi32(src, x, y),
                    ]
                    .map(u32s)
                );
            }
        }
        let src = _mm256_set_m128i(near_max, near_min);
        let x = _mm256_set_m128i(b[1], b[2]);
        let y = _mm256_set_m128i(b[3], b[1]);
        let r = [
            _mm256_dpbusd_avx_epi32(src, x, y),
            _mm256_dpbusds_avx_epi32(src, x, y),
            _mm256_dpwssd_avx_epi32(src, x, y),
            _mm256_dpwssds_avx_epi32(src, x, y),
        ];
        println!("vnni 256 {:x?}", r.map(|v| transmute::<__m256i, [u32; 8]>(v)));
    }

    /// Instructions whose effects are invisible here: they must run without crashing.
    unsafe fn misc() {
        let start = _rdtsc();
        let mut aux = 0;
        let end = __rdtscp(&mut aux);
        _mm_lfence();
        _mm_mfence();
        _mm_sfence();
        let data = black_box([1u8; 64]);
        _mm_clflush(data.as_ptr());
        println!("time stamps ordered: {}", end >= start);
    }
}
