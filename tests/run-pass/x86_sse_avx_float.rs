// x86-64 floating-point intrinsics of SSE to AVX, FMA and F16C (`llvm.x86.sse.*`,
// `llvm.x86.sse2.*`, `llvm.x86.sse41.*`, `llvm.x86.avx.*`, `llvm.x86.vcvtps2ph.*`) on edge
// inputs: NaNs with payloads (quiet and signaling, both signs), signed zeros, infinities,
// subnormals, halfway cases of rounding, values out of the integer range. Results are printed
// as bits, so that a NaN's payload or a zero's sign that differs from LLVM's shows. x86's
// min/max return the second operand for NaNs and equal zeros; comparisons take all 32
// predicates; roundings and conversions run under MXCSR's default mode and under round toward
// zero. Each family runs only when the CPU has its features (AVX2, FMA and F16C on the machines
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
#[allow(deprecated)] // _mm_getcsr and _mm_setcsr, which are what is tested
#[allow(unsafe_op_in_unsafe_fn)] // the transmutes of vectors to arrays, everywhere
mod x86 {
    use std::arch::x86_64::*;
    use std::hint::black_box;
    use std::mem::transmute;

    const F32_EDGES: [f32; 16] = [
        0.0,
        -0.0,
        1.0,
        -1.5,
        f32::NAN,
        f32::from_bits(0xffc0_1234),
        f32::from_bits(0x7f80_0001),
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::from_bits(1),
        2.5,
        -3.5,
        1e10,
        -3e9,
        f32::MAX,
        0.5,
    ];

    const F64_EDGES: [f64; 16] = [
        0.0,
        -0.0,
        1.0,
        -1.5,
        f64::NAN,
        f64::from_bits(0xfff8_0000_0000_1234),
        f64::from_bits(0x7ff0_0000_0000_0001),
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::from_bits(1),
        2.5,
        -3.5,
        1e300,
        -3e9,
        1.0 + f64::EPSILON,
        0.5,
    ];

    /// Values whose conversion to integers rounds halfway, truncates, or is out of range.
    const TO_INT: [f32; 16] = [
        0.5,
        1.5,
        2.5,
        -0.5,
        -1.5,
        -2.5,
        f32::NAN,
        f32::INFINITY,
        f32::NEG_INFINITY,
        2147483520.0,
        2147483648.0,
        -2147483648.0,
        -2147483904.0,
        -0.0,
        0.49999997,
        -3.7,
    ];

    fn f32_bits(v: __m128) -> [u32; 4] {
        unsafe { transmute(v) }
    }

    fn f64_bits(v: __m128d) -> [u64; 2] {
        unsafe { transmute(v) }
    }

    fn f32x8_bits(v: __m256) -> [u32; 8] {
        unsafe { transmute(v) }
    }

    fn f64x4_bits(v: __m256d) -> [u64; 4] {
        unsafe { transmute(v) }
    }

    /// Every ordered pair of `F32_EDGES` as (a, b) vectors of four lanes.
    fn f32_pairs() -> Vec<(__m128, __m128)> {
        let mut pairs = Vec::new();
        let mut lanes = (Vec::new(), Vec::new());
        for &x in &F32_EDGES {
            for &y in &F32_EDGES {
                lanes.0.push(x);
                lanes.1.push(y);
            }
        }
        for (a, b) in lanes.0.chunks(4).zip(lanes.1.chunks(4)) {
            let a: [f32; 4] = a.try_into().unwrap();
            let b: [f32; 4] = b.try_into().unwrap();
            pairs.push(black_box(unsafe { (transmute(a), transmute(b)) }));
        }
        pairs
    }

    /// Every ordered pair of `F64_EDGES` as (a, b) vectors of two lanes.
    fn f64_pairs() -> Vec<(__m128d, __m128d)> {
        let mut pairs = Vec::new();
        for (i, &x) in F64_EDGES.iter().enumerate() {
            for &y in &F64_EDGES {
                let other = F64_EDGES[(i + 5) % 16];
                pairs.push(black_box(unsafe { (transmute([x, other]), transmute([y, x])) }));
            }
        }
        pairs
    }

    pub fn run() {
        println!("sse2: {}", is_x86_feature_detected!("sse2"));
        unsafe { sse_sse2() };
        if is_x86_feature_detected!("sse4.1") {
            unsafe { sse41() };
        } else {
            println!("no sse4.1");
        }
        if is_x86_feature_detected!("avx") {
            unsafe { avx() };
        } else {
            println!("no avx");
        }
        if is_x86_feature_detected!("fma") {
            unsafe { fma() };
        } else {
            println!("no fma");
        }
        if is_x86_feature_detected!("f16c") {
            unsafe { f16c() };
        } else {
            println!("no f16c");
        }
    }

    macro_rules! each_pair {
        ($name:literal, $pairs:expr, $bits:ident, |$a:ident, $b:ident| $op:expr) => {{
            let mut out = Vec::new();
            for &($a, $b) in $pairs {
                out.extend($bits($op));
            }
            println!("{}: {:x?}", $name, out);
        }};
    }

    macro_rules! each_pair_scalar {
        ($name:literal, $pairs:expr, |$a:ident, $b:ident| $op:expr) => {{
            let out: Vec<i32> = $pairs.iter().map(|&($a, $b)| $op).collect();
            println!("{}: {:?}", $name, out);
        }};
    }

    #[target_feature(enable = "sse2")]
    fn sse_sse2() {
        let p32 = &f32_pairs();
        let p64 = &f64_pairs();
        each_pair!("min_ps", p32, f32_bits, |a, b| _mm_min_ps(a, b));
        each_pair!("max_ps", p32, f32_bits, |a, b| _mm_max_ps(a, b));
        each_pair!("min_ss", p32, f32_bits, |a, b| _mm_min_ss(a, b));
        each_pair!("max_ss", p32, f32_bits, |a, b| _mm_max_ss(a, b));
        each_pair!("min_pd", p64, f64_bits, |a, b| _mm_min_pd(a, b));
        each_pair!("max_pd", p64, f64_bits, |a, b| _mm_max_pd(a, b));
        each_pair!("min_sd", p64, f64_bits, |a, b| _mm_min_sd(a, b));
        each_pair!("max_sd", p64, f64_bits, |a, b| _mm_max_sd(a, b));

        each_pair!("cmpeq_ps", p32, f32_bits, |a, b| _mm_cmpeq_ps(a, b));
        each_pair!("cmplt_ps", p32, f32_bits, |a, b| _mm_cmplt_ps(a, b));
        each_pair!("cmple_ps", p32, f32_bits, |a, b| _mm_cmple_ps(a, b));
        each_pair!("cmpgt_ps", p32, f32_bits, |a, b| _mm_cmpgt_ps(a, b));
        each_pair!("cmpge_ps", p32, f32_bits, |a, b| _mm_cmpge_ps(a, b));
        each_pair!("cmpneq_ps", p32, f32_bits, |a, b| _mm_cmpneq_ps(a, b));
        each_pair!("cmpnlt_ps", p32, f32_bits, |a, b| _mm_cmpnlt_ps(a, b));
        each_pair!("cmpnle_ps", p32, f32_bits, |a, b| _mm_cmpnle_ps(a, b));
        each_pair!("cmpngt_ps", p32, f32_bits, |a, b| _mm_cmpngt_ps(a, b));
        each_pair!("cmpnge_ps", p32, f32_bits, |a, b| _mm_cmpnge_ps(a, b));
        each_pair!("cmpord_ps", p32, f32_bits, |a, b| _mm_cmpord_ps(a, b));
        each_pair!("cmpunord_ps", p32, f32_bits, |a, b| _mm_cmpunord_ps(a, b));
        each_pair!("cmpeq_ss", p32, f32_bits, |a, b| _mm_cmpeq_ss(a, b));
        each_pair!("cmpgt_ss", p32, f32_bits, |a, b| _mm_cmpgt_ss(a, b));
        each_pair!("cmpnge_ss", p32, f32_bits, |a, b| _mm_cmpnge_ss(a, b));
        each_pair!("cmpunord_ss", p32, f32_bits, |a, b| _mm_cmpunord_ss(a, b));
        each_pair!("cmplt_pd", p64, f64_bits, |a, b| _mm_cmplt_pd(a, b));
        each_pair!("cmpnle_pd", p64, f64_bits, |a, b| _mm_cmpnle_pd(a, b));
        each_pair!("cmpneq_pd", p64, f64_bits, |a, b| _mm_cmpneq_pd(a, b));
        each_pair!("cmpord_pd", p64, f64_bits, |a, b| _mm_cmpord_pd(a, b));
        each_pair!("cmpge_sd", p64, f64_bits, |a, b| _mm_cmpge_sd(a, b));
        each_pair!("cmpngt_sd", p64, f64_bits, |a, b| _mm_cmpngt_sd(a, b));

        each_pair_scalar!("comieq_ss", p32, |a, b| _mm_comieq_ss(a, b));
        each_pair_scalar!("comilt_ss", p32, |a, b| _mm_comilt_ss(a, b));
        each_pair_scalar!("comile_ss", p32, |a, b| _mm_comile_ss(a, b));
        each_pair_scalar!("comigt_ss", p32, |a, b| _mm_comigt_ss(a, b));
        each_pair_scalar!("comige_ss", p32, |a, b| _mm_comige_ss(a, b));
        each_pair_scalar!("comineq_ss", p32, |a, b| _mm_comineq_ss(a, b));
        each_pair_scalar!("ucomieq_ss", p32, |a, b| _mm_ucomieq_ss(a, b));
        each_pair_scalar!("ucomilt_ss", p32, |a, b| _mm_ucomilt_ss(a, b));
        each_pair_scalar!("ucomile_ss", p32, |a, b| _mm_ucomile_ss(a, b));
        each_pair_scalar!("ucomigt_ss", p32, |a, b| _mm_ucomigt_ss(a, b));
        each_pair_scalar!("ucomige_ss", p32, |a, b| _mm_ucomige_ss(a, b));
        each_pair_scalar!("ucomineq_ss", p32, |a, b| _mm_ucomineq_ss(a, b));
        each_pair_scalar!("comieq_sd", p64, |a, b| _mm_comieq_sd(a, b));
        each_pair_scalar!("comilt_sd", p64, |a, b| _mm_comilt_sd(a, b));
        each_pair_scalar!("comile_sd", p64, |a, b| _mm_comile_sd(a, b));
        each_pair_scalar!("comigt_sd", p64, |a, b| _mm_comigt_sd(a, b));
        each_pair_scalar!("comige_sd", p64, |a, b| _mm_comige_sd(a, b));
        each_pair_scalar!("comineq_sd", p64, |a, b| _mm_comineq_sd(a, b));
        each_pair_scalar!("ucomieq_sd", p64, |a, b| _mm_ucomieq_sd(a, b));
        each_pair_scalar!("ucomineq_sd", p64, |a, b| _mm_ucomineq_sd(a, b));

        let singles: Vec<__m128> = F32_EDGES
            .chunks(4)
            .chain(TO_INT.chunks(4))
            .map(|c| black_box(unsafe { transmute::<[f32; 4], __m128>(c.try_into().unwrap()) }))
            .collect();
        let doubles: Vec<__m128d> = F64_EDGES
            .chunks(2)
            .chain(TO_INT.map(f64::from).chunks(2))
            .map(|c| black_box(unsafe { transmute::<[f64; 2], __m128d>(c.try_into().unwrap()) }))
            .collect();
        for (mode, csr) in [("nearest", _MM_ROUND_NEAREST), ("toward zero", _MM_ROUND_TOWARD_ZERO)]
        {
            let saved = unsafe { set_rounding(csr) };
            let cvtps: Vec<[i32; 4]> =
                singles.iter().map(|&v| unsafe { transmute(_mm_cvtps_epi32(v)) }).collect();
            let cvtpd: Vec<[i32; 4]> =
                doubles.iter().map(|&v| unsafe { transmute(_mm_cvtpd_epi32(v)) }).collect();
            let cvtss: Vec<(i32, i64)> =
                singles.iter().map(|&v| (_mm_cvtss_si32(v), _mm_cvtss_si64(v))).collect();
            let cvtsd: Vec<(i32, i64)> =
                doubles.iter().map(|&v| (_mm_cvtsd_si32(v), _mm_cvtsd_si64(v))).collect();
            let demoted: Vec<[u32; 4]> = doubles
                .iter()
                .map(|&v| f32_bits(_mm_cvtsd_ss(black_box(_mm_set1_ps(7.0)), v)))
                .collect();
            unsafe { _mm_setcsr(saved) };
            println!("{mode}: cvtps_epi32 {cvtps:?}");
            println!("{mode}: cvtpd_epi32 {cvtpd:?}");
            println!("{mode}: cvtss_si32/64 {cvtss:?}");
            println!("{mode}: cvtsd_si32/64 {cvtsd:?}");
            println!("{mode}: cvtsd_ss {demoted:x?}");
        }
        let cvttps: Vec<[i32; 4]> =
            singles.iter().map(|&v| unsafe { transmute(_mm_cvttps_epi32(v)) }).collect();
        let cvttpd: Vec<[i32; 4]> =
            doubles.iter().map(|&v| unsafe { transmute(_mm_cvttpd_epi32(v)) }).collect();
        let cvttss: Vec<(i32, i64)> =
            singles.iter().map(|&v| (_mm_cvttss_si32(v), _mm_cvttss_si64(v))).collect();
        let cvttsd: Vec<(i32, i64)> =
            doubles.iter().map(|&v| (_mm_cvttsd_si32(v), _mm_cvttsd_si64(v))).collect();
        println!("cvttps_epi32 {cvttps:?}");
        println!("cvttpd_epi32 {cvttpd:?}");
        println!("cvttss_si32/64 {cvttss:?}");
        println!("cvttsd_si32/64 {cvttsd:?}");

        // The approximations are the CPU's own: the same with either backend on one machine.
        let rcp: Vec<[u32; 4]> = singles.iter().map(|&v| f32_bits(_mm_rcp_ps(v))).collect();
        let rsqrt: Vec<[u32; 4]> = singles.iter().map(|&v| f32_bits(_mm_rsqrt_ps(v))).collect();
        let rcp_ss: Vec<[u32; 4]> =
            singles.iter().map(|&v| f32_bits(_mm_rcp_ss(_mm_shuffle_ps::<0x1b>(v, v)))).collect();
        let rsqrt_ss: Vec<[u32; 4]> =
            singles.iter().map(|&v| f32_bits(_mm_rsqrt_ss(_mm_shuffle_ps::<0x39>(v, v)))).collect();
        println!("rcp_ps {rcp:x?}");
        println!("rsqrt_ps {rsqrt:x?}");
        println!("rcp_ss {rcp_ss:x?}");
        println!("rsqrt_ss {rsqrt_ss:x?}");

        let bytes: [u8; 40] = std::array::from_fn(|i| (i * 7 + 3) as u8);
        let loaded: [u8; 16] = unsafe { transmute(_mm_lddqu_si128(bytes.as_ptr().add(3).cast())) };
        println!("lddqu {loaded:?}");
    }

    /// Sets MXCSR's rounding control to `mode`; returns the previous MXCSR.
    unsafe fn set_rounding(mode: u32) -> u32 {
        let saved = unsafe { _mm_getcsr() };
        unsafe { _mm_setcsr((saved & !_MM_ROUND_MASK) | mode) };
        saved
    }

    macro_rules! rounding_modes {
        ($f:ident, $v:expr, $bits:ident) => {
            [
                $bits($f::<{ _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC }>($v)),
                $bits($f::<{ _MM_FROUND_TO_NEG_INF }>($v)),
                $bits($f::<{ _MM_FROUND_TO_POS_INF | _MM_FROUND_NO_EXC }>($v)),
                $bits($f::<{ _MM_FROUND_TO_ZERO }>($v)),
                $bits($f::<{ _MM_FROUND_CUR_DIRECTION }>($v)),
            ]
        };
        ($f:ident, $a:expr, $v:expr, $bits:ident) => {
            [
                $bits($f::<{ _MM_FROUND_TO_NEAREST_INT }>($a, $v)),
                $bits($f::<{ _MM_FROUND_TO_NEG_INF }>($a, $v)),
                $bits($f::<{ _MM_FROUND_TO_POS_INF }>($a, $v)),
                $bits($f::<{ _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC }>($a, $v)),
                $bits($f::<{ _MM_FROUND_CUR_DIRECTION }>($a, $v)),
            ]
        };
    }

    #[target_feature(enable = "sse4.1")]
    fn sse41_rounding() {
        let halfway = [0.5f32, 1.5, 2.5, -0.5, -1.5, -2.5, 3.7, -3.7, -0.0, 8388609.0, 1e-40];
        let specials = [f32::NAN, f32::from_bits(0x7f80_0001), f32::INFINITY, -0.2, 0.2, 1e30];
        let mut singles = Vec::new();
        for lanes in halfway.iter().chain(&specials).copied().collect::<Vec<_>>().chunks(4) {
            let mut v = [0.25f32; 4];
            v[..lanes.len()].copy_from_slice(lanes);
            singles.push(black_box(unsafe { transmute::<[f32; 4], __m128>(v) }));
        }
        let a = black_box(_mm_setr_ps(10.0, 20.0, 30.0, 40.0));
        let ad = black_box(_mm_setr_pd(10.0, 20.0));
        for &v in &singles {
            let d = unsafe {
                transmute::<[f64; 2], __m128d>([
                    transmute::<__m128, [f32; 4]>(v)[0].into(),
                    transmute::<__m128, [f32; 4]>(v)[1].into(),
                ])
            };
            println!("round_ps {:x?}", rounding_modes!(_mm_round_ps, v, f32_bits));
            println!("round_ss {:x?}", rounding_modes!(_mm_round_ss, a, v, f32_bits));
            println!("round_pd {:x?}", rounding_modes!(_mm_round_pd, d, f64_bits));
            println!("round_sd {:x?}", rounding_modes!(_mm_round_sd, ad, d, f64_bits));
            println!(
                "floor/ceil {:x?}",
                [
                    f32_bits(_mm_floor_ps(v)),
                    f32_bits(_mm_ceil_ps(v)),
                    f32_bits(_mm_floor_ss(a, v)),
                    f32_bits(_mm_ceil_ss(a, v)),
                ]
            );
        }
        let saved = unsafe { set_rounding(_MM_ROUND_DOWN) };
        let down: Vec<[u32; 4]> = singles
            .iter()
            .map(|&v| f32_bits(_mm_round_ps::<{ _MM_FROUND_CUR_DIRECTION }>(v)))
            .collect();
        unsafe { _mm_setcsr(saved) };
        println!("round_ps under MXCSR round down {down:x?}");
    }

    macro_rules! dot_products {
        ($f:ident, $a:expr, $b:expr, $bits:ident, $($imm:literal)*) => {
            [$($bits($f::<$imm>($a, $b))),*]
        };
    }

    #[target_feature(enable = "sse4.1")]
    unsafe fn sse41() {
        sse41_rounding();
        let inputs = [
            (_mm_setr_ps(1.0, 2.0, 3.0, 4.0), _mm_setr_ps(5.0, 6.0, 7.0, 8.0)),
            (_mm_setr_ps(1e30, -1e30, 1.0, f32::NAN), _mm_setr_ps(1e10, 1e10, 1e-30, 2.0)),
            (_mm_setr_ps(-0.0, -0.0, -0.0, -0.0), _mm_setr_ps(1.0, 1.0, 1.0, 1.0)),
            (_mm_setr_ps(f32::INFINITY, 0.0, 1.0, 1.0), _mm_setr_ps(0.0, 2.0, 3.0, -1.0)),
        ];
        for (a, b) in inputs {
            let (a, b) = black_box((a, b));
            println!(
                "dp_ps {:x?}",
                dot_products!(_mm_dp_ps, a, b, f32_bits, 0xff 0x31 0x7f 0xf1 0x00 0x5a 0xa5 0x3c 0xc3)
            );
            let (ad, bd) = black_box((_mm_castps_pd(a), _mm_castps_pd(_mm_movehl_ps(b, a))));
            println!(
                "dp_pd {:x?}",
                dot_products!(_mm_dp_pd, ad, bd, f64_bits, 0xff 0x31 0x12 0x23 0x00 0x21 0x13)
            );
            println!(
                "insert_ps {:x?}",
                dot_products!(_mm_insert_ps, a, b, f32_bits, 0x00 0x10 0xe0 0x4f 0x3a 0xc7 0x1e 0xff)
            );
        }
    }

    /// A comparison's lanes: `1` all ones, `0` all zeros, anything else in hex.
    fn mask<T: Copy + Into<u64>, const N: usize>(lanes: [T; N]) -> String {
        lanes
            .iter()
            .map(|&lane| match lane.into() {
                0 => "0".to_owned(),
                0xffff_ffff | 0xffff_ffff_ffff_ffff => "1".to_owned(),
                other => format!("<{other:x}>"),
            })
            .collect()
    }

    macro_rules! predicates {
        ($f:ident, $a:expr, $b:expr, $bits:ident) => {
            predicates!(@ $f, $a, $b, $bits, 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21
                22 23 24 25 26 27 28 29 30 31)
        };
        (@ $f:ident, $a:expr, $b:expr, $bits:ident, $($imm:literal)*) => {
            [$(mask($bits($f::<$imm>($a, $b)))),*].join(" ")
        };
    }

    #[target_feature(enable = "avx")]
    unsafe fn avx() {
        let p32 = f32_pairs();
        let p64 = f64_pairs();
        for &(a, b) in &p32 {
            println!("cmp_ps {}", predicates!(_mm_cmp_ps, a, b, f32_bits));
            println!("cmp_ss {}", predicates!(_mm_cmp_ss, a, b, f32_bits));
        }
        for &(a, b) in &p64 {
            println!("cmp_pd {}", predicates!(_mm_cmp_pd, a, b, f64_bits));
            println!("cmp_sd {}", predicates!(_mm_cmp_sd, a, b, f64_bits));
        }
        let wide32: Vec<(__m256, __m256)> = p32
            .chunks(2)
            .map(|p| black_box((_mm256_set_m128(p[1].0, p[0].0), _mm256_set_m128(p[1].1, p[0].1))))
            .collect();
        let wide64: Vec<(__m256d, __m256d)> = p64
            .chunks(2)
            .map(|p| {
                black_box((_mm256_set_m128d(p[1].0, p[0].0), _mm256_set_m128d(p[1].1, p[0].1)))
            })
            .collect();
        for &(a, b) in &wide32 {
            println!("cmp_ps256 {}", predicates!(_mm256_cmp_ps, a, b, f32x8_bits));
            println!(
                "min/max_ps256 {:x?} {:x?}",
                f32x8_bits(_mm256_min_ps(a, b)),
                f32x8_bits(_mm256_max_ps(a, b))
            );
            println!(
                "dp_ps256 {:x?}",
                dot_products!(_mm256_dp_ps, a, b, f32x8_bits, 0xff 0x71 0x1e)
            );
            println!("round_ps256 {:x?}", rounding_modes!(_mm256_round_ps, a, f32x8_bits));
            println!(
                "cvt256 {:?} {:?} {:x?} {:x?}",
                transmute::<__m256i, [i32; 8]>(_mm256_cvtps_epi32(a)),
                transmute::<__m256i, [i32; 8]>(_mm256_cvttps_epi32(b)),
                f32x8_bits(_mm256_rcp_ps(a)),
                f32x8_bits(_mm256_rsqrt_ps(b))
            );
            let index = _mm256_castps_si256(b);
            println!("permutevar_ps256 {:x?}", f32x8_bits(_mm256_permutevar_ps(a, index)));
            println!(
                "permutevar_ps {:x?}",
                f32_bits(_mm_permutevar_ps(
                    _mm256_castps256_ps128(a),
                    _mm256_castsi256_si128(index)
                ))
            );
        }
        for &(a, b) in &wide64 {
            println!("cmp_pd256 {}", predicates!(_mm256_cmp_pd, a, b, f64x4_bits));
            println!(
                "min/max_pd256 {:x?} {:x?}",
                f64x4_bits(_mm256_min_pd(a, b)),
                f64x4_bits(_mm256_max_pd(a, b))
            );
            println!("round_pd256 {:x?}", rounding_modes!(_mm256_round_pd, a, f64x4_bits));
            println!(
                "cvt256 {:?} {:?}",
                transmute::<__m128i, [i32; 4]>(_mm256_cvtpd_epi32(a)),
                transmute::<__m128i, [i32; 4]>(_mm256_cvttpd_epi32(b))
            );
            let index = _mm256_castpd_si256(b);
            println!("permutevar_pd256 {:x?}", f64x4_bits(_mm256_permutevar_pd(a, index)));
            println!(
                "permutevar_pd {:x?}",
                f64_bits(_mm_permutevar_pd(
                    _mm256_castpd256_pd128(a),
                    _mm256_castsi256_si128(index)
                ))
            );
        }
        let indices: [i64; 4] = [2, 0, -1, 0x7fff_ffff_ffff_fffd];
        let a = black_box(_mm256_setr_pd(1.0, 2.0, 3.0, 4.0));
        let index = black_box(transmute::<[i64; 4], __m256i>(indices));
        println!(
            "permutevar_pd256 by index {:?}",
            transmute::<__m256d, [f64; 4]>(_mm256_permutevar_pd(a, index))
        );
        let bytes: [u8; 64] = std::array::from_fn(|i| (i * 13 + 5) as u8);
        let loaded: [u8; 32] = transmute(_mm256_lddqu_si256(bytes.as_ptr().add(7).cast()));
        println!("lddqu256 {loaded:?}");
    }

    #[target_feature(enable = "fma")]
    unsafe fn fma() {
        // Values where the fused result differs from a multiply then an add.
        let a = black_box(_mm_setr_ps(1.0 + f32::EPSILON, f32::NAN, -0.0, 1e38));
        let b = black_box(_mm_setr_ps(1.0 - f32::EPSILON, 1.0, 0.0, 10.0));
        let c = black_box(_mm_setr_ps(-1.0, 2.0, -0.0, f32::NEG_INFINITY));
        println!(
            "fma ps {:x?}",
            [
                f32_bits(_mm_fmadd_ps(a, b, c)),
                f32_bits(_mm_fmsub_ps(a, b, c)),
                f32_bits(_mm_fnmadd_ps(a, b, c)),
                f32_bits(_mm_fnmsub_ps(a, b, c)),
                f32_bits(_mm_fmaddsub_ps(a, b, c)),
                f32_bits(_mm_fmsubadd_ps(a, b, c)),
                f32_bits(_mm_fmadd_ss(a, b, c)),
            ]
        );
        let a = black_box(_mm256_setr_pd(1.0 + f64::EPSILON, f64::NAN, -0.0, 1e308));
        let b = black_box(_mm256_setr_pd(1.0 - f64::EPSILON, 1.0, 0.0, 10.0));
        let c = black_box(_mm256_setr_pd(-1.0, 2.0, -0.0, -f64::INFINITY));
        println!(
            "fma pd256 {:x?}",
            [
                f64x4_bits(_mm256_fmadd_pd(a, b, c)),
                f64x4_bits(_mm256_fnmsub_pd(a, b, c)),
                f64x4_bits(_mm256_fmaddsub_pd(a, b, c)),
            ]
        );
    }

    macro_rules! to_half {
        ($v:expr, $($imm:expr),*) => {
            [$(transmute::<__m128i, [u16; 8]>(_mm_cvtps_ph::<$imm>($v))),*]
        };
    }

    #[target_feature(enable = "f16c")]
    unsafe fn f16c() {
        let values = [
            1.0f32,
            65504.0,
            65520.0,
            1e-8,
            5.9604645e-8,
            -2.9802322e-8,
            f32::NAN,
            f32::from_bits(0xff80_1234),
            f32::INFINITY,
            -0.0,
            1.0009766,
            1.0004883,
            -1.0014648,
            3.1415927,
            1e6,
            6.1e-5,
        ];
        for lanes in values.chunks(4) {
            let v = black_box(transmute::<[f32; 4], __m128>(lanes.try_into().unwrap()));
            println!(
                "cvtps_ph {:x?}",
                to_half!(
                    v,
                    _MM_FROUND_TO_NEAREST_INT,
                    _MM_FROUND_TO_NEG_INF,
                    _MM_FROUND_TO_POS_INF,
                    _MM_FROUND_TO_ZERO,
                    _MM_FROUND_CUR_DIRECTION
                )
            );
            let saved = set_rounding(_MM_ROUND_UP);
            let up = _mm_cvtps_ph::<_MM_FROUND_CUR_DIRECTION>(v);
            _mm_setcsr(saved);
            println!("cvtps_ph under MXCSR round up {:x?}", transmute::<__m128i, [u16; 8]>(up));
        }
        let wide = black_box(transmute::<[f32; 8], __m256>(values[4..12].try_into().unwrap()));
        println!(
            "cvtps_ph256 {:x?} {:x?}",
            transmute::<__m128i, [u16; 8]>(_mm256_cvtps_ph::<_MM_FROUND_TO_NEAREST_INT>(wide)),
            transmute::<__m128i, [u16; 8]>(_mm256_cvtps_ph::<_MM_FROUND_TO_POS_INF>(wide))
        );
    }
}
