// Inline assembly in AT&T syntax (`options(att_syntax)`) on x86-64: register operands with
// and without modifiers, byte registers (named by their class alone, in Intel syntax too),
// explicit registers, `const` operands as immediates, memory through a pointer operand, a
// vector register, a `label` operand, and Intel-syntax assembly right after (the default must
// come back). Elsewhere it prints that it did not run, for both builds alike.

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::asm;
    use std::hint::black_box;

    fn add_scaled(a: u64, b: u64) -> u64 {
        let out: u64;
        unsafe {
            asm!(
                "lea ({a}, {b}, 4), {out}",
                "addq ${k}, {out}",
                a = in(reg) a,
                b = in(reg) b,
                out = lateout(reg) out,
                k = const 100,
                options(att_syntax, pure, nomem, nostack),
            );
        }
        out
    }

    fn low_halves(x: u64) -> (u32, u16, u8) {
        let (d, w, b): (u32, u16, u8);
        unsafe {
            asm!(
                "movl {x:e}, {d:e}",
                "movw {x:x}, {w:x}",
                "movb %al, {b}",
                x = in(reg) x,
                d = out(reg) d,
                w = out(reg) w,
                b = out(reg_byte) b,
                in("rax") x >> 8,
                options(att_syntax),
            );
        }
        (d, w, b)
    }

    /// As `core::arch`'s `_bittest` does it: a byte register named by its class alone.
    fn bit_test(word: &u32, bit: u32) -> u8 {
        let set: u8;
        unsafe {
            asm!(
                "btl {b:e}, ({p})",
                "setc {r}",
                p = in(reg) word,
                b = in(reg) bit,
                r = out(reg_byte) set,
                options(readonly, nostack, pure, att_syntax),
            );
        }
        set
    }

    /// The same byte register class in Intel syntax.
    fn is_zero_byte(x: u64) -> u8 {
        let zero: u8;
        unsafe {
            asm!("test {x}, {x}", "setz {r}", x = in(reg) x, r = out(reg_byte) zero);
        }
        zero
    }

    fn sum_pair(pair: &[u32; 2]) -> u32 {
        let sum: u32;
        unsafe {
            asm!(
                "movl ({p}), %ecx",
                "addl 4({p}), %ecx",
                p = in(reg) pair.as_ptr(),
                out("ecx") sum,
                options(att_syntax, readonly, nostack),
            );
        }
        sum
    }

    fn double_lanes(lanes: [u32; 4]) -> [u32; 4] {
        let mut v: std::arch::x86_64::__m128i = unsafe { std::mem::transmute(lanes) };
        unsafe {
            asm!("paddd {v}, {v}", v = inout(xmm_reg) v, options(att_syntax));
            std::mem::transmute(v)
        }
    }

    fn is_zero(x: u64) -> bool {
        unsafe {
            asm!(
                "testq {x}, {x}",
                "jz {zero}",
                x = in(reg) x,
                zero = label { return true },
                options(att_syntax),
            );
        }
        false
    }

    fn then_intel(x: u64) -> u64 {
        let a: u64;
        let b: u64;
        unsafe {
            asm!("movq {x}, {a}", "incq {a}", x = in(reg) x, a = out(reg) a, options(att_syntax));
            asm!("mov {b}, {a}", "shl {b}, 1", a = in(reg) a, b = out(reg) b);
        }
        b
    }

    pub fn run() {
        println!("lea, const: {}", add_scaled(black_box(5), black_box(6)));
        println!("modifiers: {:?}", low_halves(black_box(0x1122_3344_5566_7788)));
        let bits: Vec<u8> = (0..8).map(|bit| bit_test(black_box(&0b1011_0010), bit)).collect();
        println!("bit test: {bits:?}");
        println!("byte register: {} {}", is_zero_byte(black_box(0)), is_zero_byte(black_box(4)));
        println!("memory: {}", sum_pair(black_box(&[40, 2])));
        println!("vector: {:?}", double_lanes(black_box([1, 2, 3, u32::MAX])));
        println!("label: {} {}", is_zero(black_box(0)), is_zero(black_box(3)));
        println!("then Intel: {}", then_intel(black_box(20)));
    }
}

fn main() {
    #[cfg(target_arch = "x86_64")]
    x86::run();
    #[cfg(not(target_arch = "x86_64"))]
    println!("x86-64 assembly only");
}
