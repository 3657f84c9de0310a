// `label` operands of inline assembly (asm goto) on x86-64: a label taken or not, one of
// several labels chosen by the input, a label block that loops back to the assembly, asm goto
// in a loop with `break` and `continue` in its blocks, `noreturn` assembly leaving only through
// labels, a label block returning from its function, values computed before the assembly used
// on every path, and outputs (`asm_goto_with_outputs`), defined on the label paths as on the
// fallthrough, in `rax` too, where the backend's thunk would return which way it went.
// Elsewhere it prints that it did not run, for both builds alike.
#![feature(asm_goto_with_outputs)]

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::asm;
    use std::hint::black_box;

    fn taken_if_nonzero(x: u64) -> &'static str {
        unsafe {
            asm!(
                "test {x}, {x}",
                "jnz {nonzero}",
                x = in(reg) x,
                nonzero = label {
                    return "label";
                }
            );
        }
        "fallthrough"
    }

    /// Which of four labels, or the fallthrough, `x` selects; `scale` is used on every path.
    fn classify(x: u64, scale: u64) -> u64 {
        let base = black_box(scale) * 1000;
        let mut path = 0;
        unsafe {
            asm!(
                "cmp {x}, 1",
                "je {one}",
                "cmp {x}, 2",
                "je {two}",
                "cmp {x}, 3",
                "je {three}",
                "cmp {x}, 4",
                "je {four}",
                x = in(reg) x,
                one = label { path = base + 1 },
                two = label { path = base + 2 },
                three = label { path = base + 3 },
                four = label { path = base + 4 },
            );
        }
        path + base
    }

    /// A label block that goes back to the same assembly until the counter runs out.
    fn loop_back(n: u64) -> (u64, u64) {
        let mut left = n;
        let mut rounds = 0;
        loop {
            unsafe {
                asm!(
                    "test {left}, {left}",
                    "jnz {again}",
                    left = in(reg) left,
                    again = label {
                        left -= 1;
                        rounds += 1;
                        continue;
                    }
                );
            }
            break;
        }
        (left, rounds)
    }

    /// Asm goto in a loop: odd numbers take the label (`continue`), a number divisible by 7
    /// the other one (`break`), the rest fall through.
    fn in_a_loop(limit: u64) -> (Vec<u64>, u64, Option<u64>) {
        let mut evens = Vec::new();
        let mut odd_sum = 0;
        let mut stopped_at = None;
        for i in 1..limit {
            unsafe {
                asm!(
                    "test {i}, 1",
                    "jnz {odd}",
                    "mov rax, {i}",
                    "xor edx, edx",
                    "mov rcx, 7",
                    "div rcx",
                    "test rdx, rdx",
                    "jz {seven}",
                    i = in(reg) i,
                    out("rax") _, out("rcx") _, out("rdx") _,
                    odd = label {
                        odd_sum += i;
                        continue;
                    },
                    seven = label {
                        stopped_at = Some(i);
                        break;
                    }
                );
            }
            evens.push(i);
        }
        (evens, odd_sum, stopped_at)
    }

    /// `noreturn` assembly that leaves through one of its labels.
    fn parity(x: u64) -> &'static str {
        let name;
        unsafe {
            asm!(
                "test {x}, 1",
                "jnz {odd}",
                "jmp {even}",
                x = in(reg) x,
                odd = label { name = "odd" },
                even = label { name = "even" },
                options(noreturn)
            );
        }
        name
    }

    /// `noreturn` assembly with one label, whose block returns from the function (the
    /// assembly's type is `()` all the same, so the end says it is not reached).
    #[allow(unreachable_code)]
    fn only_label(x: u32) -> u32 {
        unsafe {
            asm!(
                "jmp {}",
                label { return x * 3 },
                options(noreturn)
            );
        }
        unreachable!("`noreturn` assembly went on")
    }

    /// An output in `rax` and another in a class register, on the fallthrough and on a label.
    fn with_outputs(x: u64) -> (&'static str, u64, u64) {
        let doubled: u64;
        let plus: u64;
        unsafe {
            asm!(
                "lea rax, [{x} + {x}]",
                "lea {plus}, [{x} + 5]",
                "cmp {x}, 100",
                "ja {big}",
                x = in(reg) x,
                plus = out(reg) plus,
                out("rax") doubled,
                big = label {
                    return ("label", doubled, plus);
                }
            );
        }
        ("fallthrough", doubled, plus)
    }

    /// Outputs in every caller-saved general purpose register, where the thunk would keep
    /// which way the assembly left.
    fn crowded(x: u64) -> (bool, [u64; 9]) {
        let (a, c, d, si, di, r8, r9, r10, r11): (u64, u64, u64, u64, u64, u64, u64, u64, u64);
        let mut jumped = false;
        unsafe {
            asm!(
                "mov rax, {x}",
                "lea rcx, [rax + 1]",
                "lea rdx, [rax + 2]",
                "lea rsi, [rax + 3]",
                "lea rdi, [rax + 4]",
                "lea r8, [rax + 5]",
                "lea r9, [rax + 6]",
                "lea r10, [rax + 7]",
                "lea r11, [rax + 8]",
                "test rax, rax",
                "jz {zero}",
                x = in(reg) x,
                out("rax") a, out("rcx") c, out("rdx") d, out("rsi") si, out("rdi") di,
                out("r8") r8, out("r9") r9, out("r10") r10, out("r11") r11,
                zero = label { jumped = true },
            );
        }
        (jumped, [a, c, d, si, di, r8, r9, r10, r11])
    }

    /// A vector input and a label, in a generic function.
    fn vector_sign<T: Copy + Into<f64>>(value: T) -> i32 {
        let lanes = [value.into(), 0.0];
        let mut sign = 0;
        unsafe {
            asm!(
                "movmskpd {tmp:e}, {v}",
                "test {tmp:e}, 1",
                "jnz {negative}",
                v = in(xmm_reg) std::mem::transmute::<[f64; 2], std::arch::x86_64::__m128d>(lanes),
                tmp = out(reg) _,
                negative = label { sign = -1 },
            );
        }
        sign
    }

    pub fn run() {
        println!("taken: {} {}", taken_if_nonzero(black_box(0)), taken_if_nonzero(black_box(9)));
        let classes: Vec<u64> = (0..6).map(|x| classify(black_box(x), 2)).collect();
        println!("several labels: {classes:?}");
        println!("loop back: {:?} {:?}", loop_back(black_box(5)), loop_back(black_box(0)));
        println!("in a loop: {:?}", in_a_loop(black_box(20)));
        println!("in a loop, no break: {:?}", in_a_loop(black_box(7)));
        println!("noreturn: {} {}", parity(black_box(10)), parity(black_box(11)));
        println!("noreturn, one label: {}", only_label(black_box(14)));
        println!("outputs: {:?} {:?}", with_outputs(black_box(7)), with_outputs(black_box(700)));
        println!("crowded: {:?} {:?}", crowded(black_box(0)), crowded(black_box(10)));
        println!(
            "vector: {} {} {}",
            vector_sign(black_box(2.5f32)),
            vector_sign(black_box(-1i32)),
            vector_sign(black_box(0u8))
        );
        let spawned = std::thread::spawn(|| classify(black_box(3), 7)).join().unwrap();
        println!("in a thread: {spawned}");
    }
}

fn main() {
    #[cfg(target_arch = "x86_64")]
    x86::run();
    #[cfg(not(target_arch = "x86_64"))]
    println!("x86-64 assembly only");
}
