// AArch64 NEON intrinsics with an immediate operand, one helper per value (shifts right with
// narrowing, saturation and rounding; shift left and insert; fixed-point conversions; XAR) or
// inline (SQSHLU, shift left saturating to unsigned) at the ends of their ranges and between, on
// lane bounds and float edge values; and the structure loads and stores (LD2, LD2R/LD3R/LD4R, ST1
// of two to four registers, the one-lane LD1 forms, LDn and STn of one lane at the first and last
// lanes and between) on a buffer with a guard byte on both sides. Other targets only print a line.
#[cfg(not(target_arch = "aarch64"))]
fn main() {
    println!("not aarch64");
}

#[cfg(target_arch = "aarch64")]
fn main() {
    imp::shifts();
    imp::conversions();
    imp::memory();
    if std::arch::is_aarch64_feature_detected!("sha3") {
        // SAFETY: the feature is present.
        unsafe { imp::xar() };
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

    fn get<T: Copy, const N: usize>(bytes: [u8; N]) -> T {
        assert!(size_of::<T>() <= N);
        // SAFETY: plain lanes, valid for any bits, within the array.
        black_box(unsafe { transmute_copy(&bytes) })
    }

    fn bytes<T: Copy, const N: usize>(lanes: [T; N]) -> [u8; 16] {
        assert_eq!(size_of::<[T; N]>(), 16);
        // SAFETY: 16 bytes of plain lanes.
        unsafe { transmute_copy(&lanes) }
    }

    fn inputs() -> [[u8; 16]; 5] {
        [
            [0xff; 16],
            [
                0x00, 0x80, 0xff, 0x7f, 0x01, 0x00, 0xff, 0xff, 0x00, 0x00, 0x00, 0x80, 0xff, 0xff,
                0xff, 0x7f,
            ],
            [0, 0, 0, 0, 0, 0, 0, 0x80, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
            std::array::from_fn(|i| (i as u8).wrapping_mul(91).wrapping_add(7)),
            [0x55; 16],
        ]
    }

    macro_rules! each {
        ($($e:expr),* $(,)?) => {
            for x in inputs() {
                for y in inputs() {
                    let _ = y;
                    $(println!("{} {} {} = {}", stringify!($e), hex(x), hex(y), hex(unsafe {
                        let f: fn([u8; 16], [u8; 16]) -> _ = |x, y| { let _ = y; $e(x, y) };
                        f(x, y)
                    }));)*
                }
            }
        };
    }

    pub fn shifts() {
        each!(
            |x, _| vqshrn_n_s16::<1>(get(x)),
            |x, _| vqshrn_n_s16::<8>(get(x)),
            |x, _| vqshrn_n_u32::<16>(get(x)),
            |x, _| vqshrn_n_s64::<1>(get(x)),
            |x, _| vqshrn_n_s64::<32>(get(x)),
            |x, _| vqrshrn_n_u16::<3>(get(x)),
            |x, _| vqrshrn_n_s32::<9>(get(x)),
            |x, _| vqshrun_n_s16::<5>(get(x)),
            |x, _| vqrshrun_n_s64::<17>(get(x)),
            |x, _| vrshrn_n_s16::<8>(get(x)),
            |x, _| vrshrn_n_u64::<1>(get(x)),
            |x, _| vqshrnd_n_s64::<31>(get(x)),
            |x, _| vqshrnd_n_u64::<32>(get(x)),
            |x, _| vqshrnd_n_u64::<1>(get(x)),
            |x, y| vsli_n_s8::<0>(get(x), get(y)),
            |x, y| vsliq_n_u8::<7>(get(x), get(y)),
            |x, y| vsli_n_u16::<15>(get(x), get(y)),
            |x, y| vsliq_n_s32::<1>(get(x), get(y)),
            |x, y| vsliq_n_u64::<63>(get(x), get(y)),
            |x, y| vsli_n_s64::<32>(get(x), get(y)),
            |x, y| vslid_n_u64::<5>(get(x), get(y)),
            |x, _| vqshlu_n_s8::<0>(get(x)),
            |x, _| vqshlu_n_s8::<7>(get(x)),
            |x, _| vqshluq_n_s8::<3>(get(x)),
            |x, _| vqshluq_n_s16::<15>(get(x)),
            |x, _| vqshlu_n_s16::<1>(get(x)),
            |x, _| vqshlu_n_s32::<1>(get(x)),
            |x, _| vqshluq_n_s32::<31>(get(x)),
            |x, _| vqshluq_n_s64::<63>(get(x)),
            |x, _| vqshluq_n_s64::<0>(get(x)),
            |x, _| vqshlu_n_s64::<3>(get(x)),
            |x, _| vqshlub_n_s8::<2>(get(x)),
            |x, _| vqshlud_n_s64::<40>(get(x)),
        );
    }

    pub fn conversions() {
        let floats: [[u8; 16]; 4] = [
            bytes([1.5f32, -0.0, f32::NAN, 2147483648.0]),
            bytes([-1e-40f32, 0.75, -3.25, f32::INFINITY]),
            bytes([1.5f64, -4.0e18]),
            bytes([f64::NAN, 0.1]),
        ];
        for x in floats {
            let x = black_box(x);
            unsafe {
                println!(
                    "{} {} {} {} {} {} {} {} {} {}",
                    hex(vcvtq_n_s32_f32::<1>(get(x))),
                    hex(vcvtq_n_u32_f32::<32>(get(x))),
                    hex(vcvt_n_s32_f32::<16>(get(x))),
                    hex(vcvtq_n_s64_f64::<64>(get(x))),
                    hex(vcvt_n_u64_f64::<3>(get(x))),
                    hex(vcvts_n_s32_f32::<2>(get(x))),
                    hex(vcvtd_n_u64_f64::<1>(get(x))),
                    hex(vcvtq_n_f32_s32::<1>(get(x))),
                    hex(vcvtq_n_f64_u64::<64>(get(x))),
                    hex(vcvt_n_f64_s64::<7>(get(x))),
                );
                println!(
                    "{} {} {} {}",
                    hex(vcvts_n_f32_u32::<32>(get(x))),
                    hex(vcvtd_n_f64_s64::<13>(get(x))),
                    hex(vcvt_n_f32_u32::<4>(get(x))),
                    hex(vcvts_n_u32_f32::<8>(get(x))),
                );
            }
        }
    }

    #[target_feature(enable = "sha3")]
    pub unsafe fn xar() {
        for x in inputs() {
            for y in inputs() {
                let (a, b): (uint64x2_t, uint64x2_t) = (get(x), get(y));
                println!(
                    "xar {} {} {}",
                    hex(vxarq_u64::<0>(a, b)),
                    hex(vxarq_u64::<1>(a, b)),
                    hex(vxarq_u64::<63>(a, b))
                );
            }
        }
    }

    pub fn memory() {
        let source: [u8; 80] = std::array::from_fn(|i| (i as u8).wrapping_mul(29).wrapping_add(3));
        let p = black_box(source.as_ptr());
        unsafe {
            let r = vld2q_u8(p.add(1));
            println!("ld2q_u8 {} {}", hex(r.0), hex(r.1));
            let r = vld2_u16(p.add(1) as *const u16);
            println!("ld2_u16 {} {}", hex(r.0), hex(r.1));
            let r = vld2q_f64(p as *const f64);
            println!("ld2q_f64 {} {}", hex(r.0), hex(r.1));
            let r = vld2_s64(p.add(3) as *const i64);
            println!("ld2_s64 {} {}", hex(r.0), hex(r.1));
            let r = vld2q_dup_u32(p.add(5) as *const u32);
            println!("ld2q_dup_u32 {} {}", hex(r.0), hex(r.1));
            let r = vld3_dup_s8(p.add(7) as *const i8);
            println!("ld3_dup_s8 {} {} {}", hex(r.0), hex(r.1), hex(r.2));
            let r = vld4q_dup_u16(p.add(2) as *const u16);
            println!("ld4q_dup_u16 {} {} {} {}", hex(r.0), hex(r.1), hex(r.2), hex(r.3));
            let r = vld4_dup_f64(p as *const f64);
            println!("ld4_dup_f64 {} {} {} {}", hex(r.0), hex(r.1), hex(r.2), hex(r.3));
            let r = vld3q_dup_s64(p.add(9) as *const i64);
            println!("ld3q_dup_s64 {} {} {}", hex(r.0), hex(r.1), hex(r.2));

            let (x, y, z) = (inputs()[0], inputs()[3], inputs()[4]);
            let r = vld2q_lane_u8::<0>(p.add(1), uint8x16x2_t(get(x), get(y)));
            println!("ld2q_lane_u8 0 {} {}", hex(r.0), hex(r.1));
            let r = vld2q_lane_u8::<15>(p.add(1), uint8x16x2_t(get(x), get(y)));
            println!("ld2q_lane_u8 15 {} {}", hex(r.0), hex(r.1));
            let r = vld3_lane_s16::<3>(p.add(3) as *const i16, int16x4x3_t(get(x), get(y), get(z)));
            println!("ld3_lane_s16 3 {} {} {}", hex(r.0), hex(r.1), hex(r.2));
            let r =
                vld4q_lane_f32::<2>(p as *const f32, float32x4x4_t(get(x), get(y), get(z), get(x)));
            println!("ld4q_lane_f32 2 {} {} {} {}", hex(r.0), hex(r.1), hex(r.2), hex(r.3));
            let r = vld2_lane_s64::<0>(p.add(5) as *const i64, int64x1x2_t(get(x), get(y)));
            println!("ld2_lane_s64 0 {} {}", hex(r.0), hex(r.1));
            let r =
                vld3q_lane_u64::<1>(p.add(5) as *const u64, uint64x2x3_t(get(x), get(y), get(z)));
            println!("ld3q_lane_u64 1 {} {} {}", hex(r.0), hex(r.1), hex(r.2));
            let mut out = [0xeeu8; 18];
            vst2q_lane_u8::<9>(out.as_mut_ptr().add(1), uint8x16x2_t(get(y), get(z)));
            println!("st2q_lane_u8 9 {}", hex(out));
            let mut out = [0xeeu8; 18];
            vst3_lane_u32::<1>(
                out.as_mut_ptr().add(1) as *mut u32,
                uint32x2x3_t(get(y), get(z), get(x)),
            );
            println!("st3_lane_u32 1 {}", hex(out));
            let mut out = [0xeeu8; 34];
            vst4q_lane_f64::<1>(
                out.as_mut_ptr().add(1) as *mut f64,
                float64x2x4_t(get(y), get(z), get(x), get(y)),
            );
            println!("st4q_lane_f64 1 {}", hex(out));
            let mut out = [0xeeu8; 18];
            vst4_lane_s16::<2>(
                out.as_mut_ptr().add(1) as *mut i16,
                int16x4x4_t(get(y), get(z), get(x), get(y)),
            );
            println!("st4_lane_s16 2 {}", hex(out));

            let a: uint8x16_t = get(inputs()[3]);
            let b: uint8x16_t = get(inputs()[1]);
            let mut out = [0xeeu8; 66];
            vst1q_u8_x2(out.as_mut_ptr().add(1), uint8x16x2_t(a, b));
            println!("st1q_u8_x2 {}", hex(out));
            let mut out = [0xeeu8; 66];
            vst1q_u8_x4(out.as_mut_ptr().add(1), uint8x16x4_t(b, a, b, a));
            println!("st1q_u8_x4 {}", hex(out));
            let mut out = [0xeeu8; 26];
            vst1_u16_x3(
                out.as_mut_ptr().add(1) as *mut u16,
                uint16x4x3_t(get(inputs()[3]), get(inputs()[2]), get(inputs()[0])),
            );
            println!("st1_u16_x3 {}", hex(out));
            let mut out = [0xeeu8; 26];
            vst1_f64_x3(
                out.as_mut_ptr().add(1) as *mut f64,
                float64x1x3_t(get(inputs()[3]), get(inputs()[2]), get(inputs()[1])),
            );
            println!("st1_f64_x3 {}", hex(out));
        }
    }
}
