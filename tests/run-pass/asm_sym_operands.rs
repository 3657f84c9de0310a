// `sym` operands of inline assembly on x86-64: functions (private ones, generic ones, a
// `#[track_caller]` one, reached through its shim) called from the assembly, the addresses of
// statics (private and public) taken RIP-relative, a thread-local static's by its offset from
// the thread pointer; byte registers (`al`) as operands; a panic unwinding out of assembly
// (`may_unwind`) that called a function. Elsewhere it prints that it did not run, for both
// builds alike.
#![feature(thread_local, asm_unwind)]

#[cfg(target_arch = "x86_64")]
mod x86 {
    use std::arch::asm;

    extern "C" fn forty_two() -> u64 {
        42
    }

    extern "C" fn scaled<const N: u64>(x: u64) -> u64 {
        x * N
    }

    #[track_caller]
    fn located() -> u32 {
        std::panic::Location::caller().column() + 1000
    }

    static PRIVATE: [u32; 4] = [1, 2, 3, 4];
    pub static PUBLIC: u64 = 77;
    #[thread_local]
    static PER_THREAD: u64 = 5;

    fn call0(f: fn() -> u64) -> u64 {
        f()
    }

    /// Calls `$f` (by a `sym` operand), with `$input` in `rdi`, and returns `rax`; every
    /// register a C function may change is an output.
    macro_rules! call_sym {
        ($f:path, $input:expr) => {{
            let result: u64;
            unsafe {
                asm!(
                    "call {f}",
                    f = sym $f,
                    inout("rdi") $input => _,
                    out("rax") result,
                    out("rcx") _, out("rdx") _, out("rsi") _,
                    out("r8") _, out("r9") _, out("r10") _, out("r11") _,
                    out("xmm0") _, out("xmm1") _, out("xmm2") _, out("xmm3") _,
                    out("xmm4") _, out("xmm5") _, out("xmm6") _, out("xmm7") _,
                    out("xmm8") _, out("xmm9") _, out("xmm10") _, out("xmm11") _,
                    out("xmm12") _, out("xmm13") _, out("xmm14") _, out("xmm15") _,
                );
            }
            result
        }};
    }

    fn via_sym() -> u64 {
        call_sym!(forty_two, 0u64)
    }

    fn via_generic(x: u64) -> u64 {
        call_sym!(scaled::<3>, x)
    }

    fn via_track_caller() -> u32 {
        call_sym!(located, 0u64) as u32
    }

    fn addresses() -> (bool, bool, bool) {
        let private: *const [u32; 4];
        let public: *const u64;
        let thread: *const u64;
        unsafe {
            asm!("lea {}, [rip + {}]", out(reg) private, sym PRIVATE);
            asm!("lea {}, [rip + {}]", out(reg) public, sym PUBLIC);
            asm!(
                "mov {out}, qword ptr fs:[0]",
                "lea {out}, [{out} + {tls}@tpoff]",
                out = out(reg) thread,
                tls = sym PER_THREAD,
            );
        }
        (
            std::ptr::eq(private, &PRIVATE),
            std::ptr::eq(public, &PUBLIC),
            std::ptr::eq(thread, &PER_THREAD),
        )
    }

    fn byte_register(x: u8) -> u8 {
        let out: u8;
        unsafe { asm!("add al, 3", "not al", inout("al") x => out) };
        out
    }

    extern "C-unwind" fn panics() {
        panic!("from a function the assembly called");
    }

    struct Flag<'a>(&'a mut bool);

    impl Drop for Flag<'_> {
        fn drop(&mut self) {
            *self.0 = true;
        }
    }

    fn unwinds_through_assembly() -> (bool, bool) {
        let mut dropped = false;
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _flag = Flag(&mut dropped);
            unsafe {
                asm!(
                    "call {f}",
                    f = sym panics,
                    out("rax") _, out("rcx") _, out("rdx") _, out("rsi") _, out("rdi") _,
                    out("r8") _, out("r9") _, out("r10") _, out("r11") _,
                    out("xmm0") _, out("xmm1") _, out("xmm2") _, out("xmm3") _,
                    out("xmm4") _, out("xmm5") _, out("xmm6") _, out("xmm7") _,
                    out("xmm8") _, out("xmm9") _, out("xmm10") _, out("xmm11") _,
                    out("xmm12") _, out("xmm13") _, out("xmm14") _, out("xmm15") _,
                    options(may_unwind),
                );
            }
        }));
        (caught.is_err(), dropped)
    }

    pub fn run() {
        println!("sym function: {} {}", via_sym(), call0(|| via_sym() + 1));
        println!("sym generic: {}", via_generic(14));
        println!("sym track_caller: {}", via_track_caller() >= 1000);
        println!("sym statics: {:?}", addresses());
        let other = std::thread::spawn(addresses).join().unwrap();
        println!("sym statics in a thread: {other:?}");
        println!("byte register: {}", byte_register(40));
        println!("unwound through assembly (caught, dropped): {:?}", unwinds_through_assembly());
    }
}

fn main() {
    #[cfg(target_arch = "x86_64")]
    x86::run();
    #[cfg(not(target_arch = "x86_64"))]
    println!("x86-64 assembly only");
}
