// AArch64 NEON intrinsics reaching llvm.aarch64.neon.* (and the generic llvm.* ones stdarch uses
// on AArch64): saturating arithmetic and shifts, rounding and halving adds, absolute
// differences, pairwise and across-lanes operations, narrowing and widening, table lookups, dot
// products, and floating-point max/min (NaN and signed-zero rules), conversions, rounding,
// estimates and comparisons, in 64- and 128-bit forms, on every pair of a pool of inputs with the
// lane bounds, all-ones, small and large shift counts, NaNs, infinities, zeros of both signs and
// subnormals. Other targets only print a line.
#![cfg_attr(target_arch = "aarch64", feature(stdarch_neon_ftts, stdarch_neon_fcma))]

#[cfg(not(target_arch = "aarch64"))]
fn main() {
    println!("not aarch64");
}

#[cfg(target_arch = "aarch64")]
fn main() {
    imp::integer();
    imp::float();
    use std::arch::is_aarch64_feature_detected as detected;
    println!(
        "dotprod {} rdm {} frintts {} fcma {}",
        detected!("dotprod"),
        detected!("rdm"),
        detected!("frintts"),
        detected!("fcma")
    );
    // SAFETY: each runs only where its features are present.
    unsafe {
        if detected!("dotprod") && detected!("rdm") {
            imp::dot_rdm();
        }
        if detected!("frintts") && detected!("fcma") {
            imp::frint_complex();
        }
    }
}

#[cfg(target_arch = "aarch64")]
#[allow(unused_unsafe)]
mod imp {
    use std::arch::aarch64::*;
    use std::hint::black_box;
    use std::mem::{size_of, transmute_copy};

    fn hex<T: Copy>(value: T) -> String {
        // SAFETY: the vectors and scalars printed have no padding.
        let bytes =
            unsafe { std::slice::from_raw_parts(&value as *const T as *const u8, size_of::<T>()) };
        bytes.iter().rev().map(|b| format!("{b:02x}")).collect()
    }

    fn from_lanes<T: Copy, const N: usize>(lanes: [T; N]) -> [u8; 16] {
        let mut bytes = [0u8; 16];
        // SAFETY: at most 16 bytes of plain lanes.
        unsafe {
            std::ptr::copy_nonoverlapping(
                lanes.as_ptr() as *const u8,
                bytes.as_mut_ptr(),
                size_of::<[T; N]>().min(16),
            )
        };
        bytes
    }

    /// Inputs: the bounds of every lane width, all-ones, shift counts, floats of every class.
    fn pool() -> Vec<[u8; 16]> {
        let snan = f32::from_bits(0x7f80_0001);
        let qnan = f32::from_bits(0xffc0_0123);
        vec![
            [0; 16],
            [0xff; 16],
            from_lanes([
                0x80u8, 0x7f, 0, 0xff, 1, 0x81, 0xfe, 0x7e, 2, 0x40, 0xc0, 0x3f, 8, 9, 0xf8, 0xf7,
            ]),
            from_lanes([0x8000u16, 0x7fff, 0, 0xffff, 1, 0x8001, 0xfffe, 0x7ffe]),
            from_lanes([0x8000_0000u32, 0x7fff_ffff, 0xffff_ffff, 1]),
            from_lanes([i64::MIN, i64::MAX]),
            from_lanes([0u8, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65]),
            from_lanes([
                0u8, 0xff, 0xfe, 0xfd, 0xf9, 0xf8, 0xf7, 0xf1, 0xf0, 0xef, 0xe1, 0xe0, 0xdf, 0xc1,
                0xc0, 0xbf,
            ]),
            from_lanes([f32::NAN, -0.0, 0.0, f32::INFINITY]),
            from_lanes([snan, qnan, -1.5, 2.5]),
            from_lanes([f32::MAX, f32::MIN_POSITIVE / 4.0, -1e10, 0.49999997]),
            from_lanes([3e9f32, -3e9, -0.5, f32::NEG_INFINITY]),
            from_lanes([f64::NAN, -0.0]),
            from_lanes([f64::INFINITY, -2.5]),
            from_lanes([1e300f64, 5e-324]),
            from_lanes([f64::from_bits(0x7ff0_0000_0000_0001), 4.5e18]),
            std::array::from_fn(|i| (i as u8).wrapping_mul(73).wrapping_add(19)),
        ]
    }

    fn get<T: Copy>(bytes: &[u8; 16]) -> T {
        // SAFETY: every type used is at most 16 bytes of plain lanes, valid for any bits.
        black_box(unsafe { transmute_copy(bytes) })
    }

    macro_rules! unary {
        ($($f:ident: $a:ty),* $(,)?) => {
            $(
                let op: fn($a) -> _ = |a| unsafe { $f(a) };
                for x in &pool() {
                    println!("{} {} = {}", stringify!($f), hex(get::<$a>(x)), hex(op(get(x))));
                }
            )*
        };
    }

    macro_rules! binary {
        ($($f:ident: $a:ty, $b:ty),* $(,)?) => {
            $(
                let op: fn($a, $b) -> _ = |a, b| unsafe { $f(a, b) };
                for x in &pool() {
                    for y in &pool() {
                        println!(
                            "{} {} {} = {}",
                            stringify!($f),
                            hex(get::<$a>(x)),
                            hex(get::<$b>(y)),
                            hex(op(get(x), get(y)))
                        );
                    }
                }
            )*
        };
    }

    macro_rules! ternary {
        ($($f:ident: $a:ty, $b:ty, $c:ty),* $(,)?) => {
            $(
                let op: fn($a, $b, $c) -> _ = |a, b, c| unsafe { $f(a, b, c) };
                let inputs = pool();
                for (i, x) in inputs.iter().enumerate() {
                    for y in &inputs {
                        let z = &inputs[(i * 7 + 3) % inputs.len()];
                        println!(
                            "{} {} {} {} = {}",
                            stringify!($f),
                            hex(get::<$a>(x)),
                            hex(get::<$b>(y)),
                            hex(get::<$c>(z)),
                            hex(op(get(x), get(y), get(z)))
                        );
                    }
                }
            )*
        };
    }

    pub fn integer() {
        binary!(
            vqaddd_s64: i64, i64, vqadds_s32: i32, i32, vqsubs_u32: u32, u32, vqsubd_u64: u64, u64,
            vqshlq_s8: int8x16_t, int8x16_t, vqshl_u16: uint16x4_t, int16x4_t,
            vqshlq_s64: int64x2_t, int64x2_t, vqshl_s64: int64x1_t, int64x1_t,
            vqrshlq_s16: int16x8_t, int16x8_t, vqrshl_u32: uint32x2_t, int32x2_t,
            vqrshls_s32: i32, i32, vqrshld_u64: u64, i64,
            vrshlq_s32: int32x4_t, int32x4_t, vrshl_u8: uint8x8_t, int8x8_t, vrshld_s64: i64, i64,
            vshlq_s16: int16x8_t, int16x8_t, vshlq_u64: uint64x2_t, int64x2_t, vshl_s8: int8x8_t, int8x8_t,
            vhaddq_s8: int8x16_t, int8x16_t, vhadd_u16: uint16x4_t, uint16x4_t,
            vhsubq_u32: uint32x4_t, uint32x4_t, vrhaddq_u8: uint8x16_t, uint8x16_t,
            vrhadd_s32: int32x2_t, int32x2_t, vabdq_s8: int8x16_t, int8x16_t, vabd_u32: uint32x2_t, uint32x2_t,
            vabdq_u16: uint16x8_t, uint16x8_t,
            vpadd_s8: int8x8_t, int8x8_t, vpadd_u16: uint16x4_t, uint16x4_t, vpadd_s32: int32x2_t, int32x2_t,
            vpmaxq_u8: uint8x16_t, uint8x16_t, vpmax_u8: uint8x8_t, uint8x8_t, vpminq_s16: int16x8_t, int16x8_t,
            vpmin_u32: uint32x2_t, uint32x2_t, vpmaxq_s32: int32x4_t, int32x4_t,
            vqdmulhq_s16: int16x8_t, int16x8_t, vqrdmulh_s32: int32x2_t, int32x2_t,
            vqdmull_s16: int16x4_t, int16x4_t, vqdmulls_s32: i32, i32,
            vuqaddq_s8: int8x16_t, uint8x16_t, vsqadd_u16: uint16x4_t, int16x4_t, vuqadds_s32: i32, u32,
            vraddhn_s16: int16x8_t, int16x8_t, vrsubhn_u32: uint32x4_t, uint32x4_t, vraddhn_s64: int64x2_t, int64x2_t,
            vqtbl1q_u8: uint8x16_t, uint8x16_t, vqtbl1_u8: uint8x16_t, uint8x8_t,
            vtbl1_u8: uint8x8_t, uint8x8_t, vmull_p8: poly8x8_t, poly8x8_t,
        );
        unary!(
            vqabsq_s8: int8x16_t, vqabs_s64: int64x1_t, vqabss_s32: i32, vqnegq_s32: int32x4_t,
            vqneg_s16: int16x4_t, vqnegd_s64: i64, vclsq_s16: int16x8_t, vcls_s8: int8x8_t,
            vabsd_s64: i64, vpaddlq_u8: uint8x16_t, vpaddl_s16: int16x4_t, vpaddl_u32: uint32x2_t,
            vpaddlq_s32: int32x4_t,
            vaddlvq_u8: uint8x16_t, vaddlv_s8: int8x8_t, vaddlvq_s16: int16x8_t, vaddlv_u16: uint16x4_t,
            vaddlvq_u32: uint32x4_t, vaddlv_s32: int32x2_t,
            vqmovn_s16: int16x8_t, vqmovn_u32: uint32x4_t, vqmovun_s64: int64x2_t, vqmovnd_s64: i64,
            vqmovnd_u64: u64, vrecpe_u32: uint32x2_t, vrsqrteq_u32: uint32x4_t,
        );
        ternary!(
            vqtbx1q_u8: uint8x16_t, uint8x16_t, uint8x16_t, vqtbx1_s8: int8x8_t, int8x16_t, uint8x8_t,
        );
        let inputs = pool();
        let tables =
            uint8x16x4_t(get(&inputs[2]), get(&inputs[6]), get(&inputs[16]), get(&inputs[1]));
        // SAFETY: NEON is part of the target.
        unsafe {
            for index in &inputs {
                println!(
                    "tbl2 {} tbl3 {} tbl4 {} tbx4 {} vtbl2 {}",
                    hex(vqtbl2q_u8(uint8x16x2_t(tables.0, tables.1), get(index))),
                    hex(vqtbl3q_u8(uint8x16x3_t(tables.0, tables.1, tables.2), get(index))),
                    hex(vqtbl4_u8(tables, get(index))),
                    hex(vqtbx4q_u8(get(&inputs[5]), tables, get(index))),
                    hex(vtbl2_u8(uint8x8x2_t(get(&inputs[16]), get(&inputs[2])), get(index)))
                );
            }
        }
    }

    pub fn float() {
        binary!(
            vmaxq_f32: float32x4_t, float32x4_t, vmax_f32: float32x2_t, float32x2_t,
            vmaxq_f64: float64x2_t, float64x2_t, vmax_f64: float64x1_t, float64x1_t,
            vminq_f32: float32x4_t, float32x4_t, vmin_f64: float64x1_t, float64x1_t,
            vmaxnmq_f32: float32x4_t, float32x4_t, vminnm_f32: float32x2_t, float32x2_t,
            vmaxnmq_f64: float64x2_t, float64x2_t, vminnmq_f64: float64x2_t, float64x2_t,
            vpmaxq_f32: float32x4_t, float32x4_t, vpmin_f32: float32x2_t, float32x2_t,
            vpmaxnmq_f64: float64x2_t, float64x2_t, vpminnm_f32: float32x2_t, float32x2_t,
            vpadd_f32: float32x2_t, float32x2_t,
            vabdq_f32: float32x4_t, float32x4_t, vabd_f64: float64x1_t, float64x1_t,
            vmulxq_f32: float32x4_t, float32x4_t, vmulxd_f64: f64, f64, vmulxs_f32: f32, f32,
            vrecpsq_f32: float32x4_t, float32x4_t, vrsqrts_f64: float64x1_t, float64x1_t,
            vcageq_f32: float32x4_t, float32x4_t, vcagt_f64: float64x1_t, float64x1_t,
            vcages_f32: f32, f32, vcagtd_f64: f64, f64,
        );
        unary!(
            vcvtaq_s32_f32: float32x4_t, vcvta_u32_f32: float32x2_t, vcvtmq_s64_f64: float64x2_t,
            vcvtm_u64_f64: float64x1_t, vcvtnq_u32_f32: float32x4_t, vcvtns_s32_f32: f32,
            vcvtpd_u64_f64: f64, vcvtps_s32_f32: f32, vcvtad_s64_f64: f64, vcvtmd_u64_f64: f64,
            vcvtq_s32_f32: float32x4_t, vcvt_u32_f32: float32x2_t, vcvtq_u64_f64: float64x2_t,
            vcvt_s64_f64: float64x1_t, vcvtx_f32_f64: float64x2_t,
            vrndiq_f32: float32x4_t, vrndi_f64: float64x1_t, vrndnq_f64: float64x2_t,
            vrndn_f32: float32x2_t, vrndns_f32: f32,
            vrecpeq_f32: float32x4_t, vrecpe_f64: float64x1_t, vrecpes_f32: f32, vrsqrteq_f64: float64x2_t,
            vrsqrted_f64: f64, vrecpxs_f32: f32, vrecpxd_f64: f64,
            vmaxvq_f32: float32x4_t, vmaxv_f32: float32x2_t, vminvq_f64: float64x2_t,
            vmaxnmvq_f32: float32x4_t, vminnmv_f32: float32x2_t, vmaxnmvq_f64: float64x2_t,
            vaddvq_f32: float32x4_t, vaddv_f32: float32x2_t, vaddvq_f64: float64x2_t,
        );
    }

    #[target_feature(enable = "dotprod,rdm")]
    pub unsafe fn dot_rdm() {
        ternary!(
            vdotq_s32: int32x4_t, int8x16_t, int8x16_t, vdot_u32: uint32x2_t, uint8x8_t, uint8x8_t,
            vqrdmlahq_s16: int16x8_t, int16x8_t, int16x8_t, vqrdmlsh_s32: int32x2_t, int32x2_t, int32x2_t,
        );
    }

    #[target_feature(enable = "frintts,fcma")]
    pub unsafe fn frint_complex() {
        unary!(
            vrnd32xq_f32: float32x4_t, vrnd32z_f32: float32x2_t, vrnd64xq_f64: float64x2_t,
            vrnd64z_f64: float64x1_t,
        );
        binary!(vcaddq_rot90_f32: float32x4_t, float32x4_t, vcadd_rot270_f32: float32x2_t, float32x2_t);
        ternary!(
            vcmlaq_f32: float32x4_t, float32x4_t, float32x4_t,
            vcmlaq_rot90_f64: float64x2_t, float64x2_t, float64x2_t,
            vcmla_rot180_f32: float32x2_t, float32x2_t, float32x2_t,
        );
    }
}
