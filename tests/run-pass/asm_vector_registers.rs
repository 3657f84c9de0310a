// Vector and mask registers as inline assembly operands on x86-64: the `ymm_reg` class and
// explicit `ymm` registers (with AVX2), and with AVX-512 the `zmm_reg` and `kreg` classes and
// explicit `xmm16`..`zmm31` and `k` registers, with the `x`/`y`/`z` modifiers. AVX-512 is
// detected with `cpuid` and `xgetbv` written as assembly here, so that both builds see what
// the CPU has (the backend's own `xgetbv` hides AVX-512 from `is_x86_feature_detected!`).
// What the CPU lacks is reported as skipped, so both builds print the same on any CPU; only
// what it has is compared. Elsewhere it prints that it did not run.

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::asm;
    use std::arch::x86_64::{__m128i, __m256i, __m512i};
    use std::hint::black_box;
    use std::mem::transmute;

    #[target_feature(enable = "avx2")]
    fn ymm_add(a: [u32; 8], b: [u32; 8]) -> [u32; 8] {
        let (a, b): (__m256i, __m256i) = unsafe { (transmute(a), transmute(b)) };
        let sum: __m256i;
        unsafe {
            asm!("vpaddd {s}, {a}, {b}", a = in(ymm_reg) a, b = in(ymm_reg) b, s = lateout(ymm_reg) sum);
            transmute(sum)
        }
    }

    /// Explicit `ymm` registers, and the low half of one through the `x` modifier.
    #[target_feature(enable = "avx2")]
    fn ymm_explicit(a: [u64; 4]) -> ([u64; 4], [u64; 2]) {
        let a: __m256i = unsafe { transmute(a) };
        let (doubled, low): (__m256i, __m128i);
        unsafe {
            asm!(
                "vpaddq ymm9, ymm3, ymm3",
                "vmovdqa {low:x}, xmm3",
                in("ymm3") a,
                out("ymm9") doubled,
                low = out(xmm_reg) low,
            );
            (transmute(doubled), transmute(low))
        }
    }

    fn has_avx512() -> bool {
        let (ebx7, ecx1): (u32, u32);
        unsafe {
            asm!(
                "mov {saved}, rbx",
                "mov eax, 1",
                "xor ecx, ecx",
                "cpuid",
                "mov {ecx1:e}, ecx",
                "mov eax, 7",
                "xor ecx, ecx",
                "cpuid",
                "mov {ebx7:e}, ebx",
                "mov rbx, {saved}",
                saved = out(reg) _,
                ecx1 = out(reg) ecx1,
                ebx7 = out(reg) ebx7,
                out("eax") _, out("ecx") _, out("edx") _,
            );
        }
        // OSXSAVE, then AVX512F, AVX512BW and AVX512VL.
        if ecx1 & (1 << 27) == 0
            || ebx7 & (1 << 16 | 1 << 30 | 1 << 31) != (1 << 16 | 1 << 30 | 1 << 31)
        {
            return false;
        }
        let xcr0: u32;
        unsafe {
            asm!("xgetbv", in("ecx") 0, out("eax") xcr0, out("edx") _);
        }
        // SSE, AVX and the three parts of AVX-512 state enabled by the OS.
        xcr0 & 0xe6 == 0xe6
    }

    #[target_feature(enable = "avx512f")]
    fn zmm_add(a: [u64; 8], b: [u64; 8]) -> [u64; 8] {
        let (a, b): (__m512i, __m512i) = unsafe { (transmute(a), transmute(b)) };
        let sum: __m512i;
        unsafe {
            asm!("vpaddq {s}, {a}, {b}", a = in(zmm_reg) a, b = in(zmm_reg) b, s = lateout(zmm_reg) sum);
            transmute(sum)
        }
    }

    /// The high registers by explicit name, in all three widths.
    #[target_feature(enable = "avx512f,avx512vl")]
    fn high_registers(a: [u32; 16], b: [u32; 4]) -> ([u32; 16], [u32; 4], [u32; 8]) {
        let (a, b): (__m512i, __m128i) = unsafe { (transmute(a), transmute(b)) };
        let (wide, narrow, middle): (__m512i, __m128i, __m256i);
        unsafe {
            asm!(
                "vpaddd zmm31, zmm16, zmm16",
                "vpaddd xmm25, xmm20, xmm20",
                "vpsubd ymm17, ymm16, ymm31",
                in("zmm16") a,
                in("xmm20") b,
                out("zmm31") wide,
                out("xmm25") narrow,
                out("ymm17") middle,
            );
            (transmute(wide), transmute(narrow), transmute(middle))
        }
    }

    /// A mask built from a comparison, then used to add only the lanes it selects, and read
    /// back through a general purpose register too.
    #[target_feature(enable = "avx512f,avx512bw")]
    fn masked(a: [u32; 16], limit: u32) -> ([u32; 16], u16, u32) {
        let a: __m512i = unsafe { transmute(a) };
        let mut out = a;
        let mask: u16;
        let bits: u32;
        unsafe {
            asm!(
                "vpbroadcastd {limit_v}, {limit:e}",
                "vpcmpud {k}, {a}, {limit_v}, 1",
                "vpaddd {out}{{{k}}}, {a}, {a}",
                "kmovd {bits:e}, {k}",
                a = in(zmm_reg) a,
                limit = in(reg) limit,
                limit_v = out(zmm_reg) _,
                k = out(kreg) mask,
                out = inout(zmm_reg) out,
                bits = out(reg) bits,
            );
            (transmute(out), mask, bits)
        }
    }

    /// An explicit mask register as an input.
    #[target_feature(enable = "avx512f")]
    fn mask_input(a: [u64; 8], mask: u8) -> [u64; 8] {
        let a: __m512i = unsafe { transmute(a) };
        let out: __m512i;
        unsafe {
            asm!(
                "vpxorq {o}, {o}, {o}",
                "vmovdqa64 {o}{{k5}}, {a}",
                a = in(zmm_reg) a,
                o = out(zmm_reg) out,
                in("k5") mask,
            );
            transmute(out)
        }
    }

    pub fn run() {
        if is_x86_feature_detected!("avx2") {
            let a = black_box([1, 2, 3, 4, 5, 6, 7, u32::MAX]);
            println!("ymm_reg: {:?}", unsafe { ymm_add(a, [10; 8]) });
            println!("explicit ymm: {:?}", unsafe { ymm_explicit(black_box([1, 2, 3, 4])) });
        } else {
            println!("AVX2: skipped");
        }
        if has_avx512() {
            let a: [u64; 8] = black_box([1, 2, 3, 4, 5, 6, 7, 8]);
            println!("zmm_reg: {:?}", unsafe { zmm_add(a, [100; 8]) });
            let lanes: [u32; 16] = black_box(std::array::from_fn(|i| i as u32 * 3));
            println!("high registers: {:?}", unsafe { high_registers(lanes, [7, 8, 9, 10]) });
            println!("kreg: {:?}", unsafe { masked(lanes, black_box(20)) });
            println!("explicit k: {:?}", unsafe { mask_input(a, black_box(0b1010_0110)) });
        } else {
            println!("AVX-512: skipped");
        }
    }
}

fn main() {
    #[cfg(target_arch = "x86_64")]
    x86::run();
    #[cfg(not(target_arch = "x86_64"))]
    println!("x86-64 assembly only");
}
