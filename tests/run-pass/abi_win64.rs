//@ c-source: abi_win64.c
// The `win64` calling convention (Windows x64, also `efiapi` on x86-64) on x86-64 Linux:
// integers, floats, small structs in registers and large ones by pointer, results in memory,
// arguments on the stack after the four registers, calls both ways with C (GCC's `ms_abi`
// functions in abi_win64.c), function pointers, and C-variadic calls with floating-point
// arguments, which Windows wants in the integer registers. Elsewhere it prints that it did not
// run, for both builds alike.

#[cfg(target_arch = "x86_64")]
mod win64 {
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct Pair {
        pub a: i32,
        pub b: i32,
    }

    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct Big {
        pub a: i64,
        pub b: i64,
        pub c: i64,
    }

    unsafe extern "win64" {
        fn c_win64_mix(a: i8, b: f64, c: i64, d: f32, e: i64, f: f64, g: Pair, h: Big) -> f64;
        fn c_win64_big(x: i64, y: Big) -> Big;
        fn c_win64_variadic(count: i32, ...) -> f64;
    }

    unsafe extern "C" {
        fn c_calls_rust_win64() -> i64;
    }

    #[unsafe(no_mangle)]
    extern "win64" fn rust_win64_mix(
        a: i8,
        b: f64,
        c: i64,
        d: f32,
        e: i64,
        f: f64,
        g: Pair,
        h: Big,
    ) -> i64 {
        let floats = b * 2.0 + f64::from(d) * 4.0 + f * 6.0;
        i64::from(a)
            + c * 3
            + e * 5
            + floats as i64
            + i64::from(g.a * 7 + g.b * 8)
            + h.a * 9
            + h.b * 10
            + h.c * 11
    }

    #[unsafe(no_mangle)]
    extern "win64" fn rust_win64_big(x: i64) -> Big {
        Big { a: x, b: x * 2, c: x * 3 }
    }

    extern "efiapi" fn efi_style(a: u64, b: u64, c: u64, d: u64, e: u64, f: u64) -> u64 {
        a + 10 * b + 100 * c + 1000 * d + 10000 * e + 100000 * f
    }

    extern "win64" fn wide(a: i128, b: u128, c: f32) -> i128 {
        a.wrapping_mul(3) + b as i128 + c as i128
    }

    pub fn run() {
        let g = Pair { a: -3, b: 4 };
        let h = Big { a: 5, b: 6, c: 7 };
        unsafe {
            println!("C win64 mix: {}", c_win64_mix(1, 2.5, 3, 4.5, 5, 6.5, g, h));
            println!("C win64 big: {:?}", c_win64_big(9, h));
            println!(
                "C win64 variadic: {}",
                c_win64_variadic(5, 1.5f64, 3i64, 2.25f64, -5i64, 0.125f64)
            );
            println!(
                "C win64 variadic of 9: {}",
                c_win64_variadic(9, 0.5f64, 1i64, 1.5f64, 2i64, 2.5f64, 3i64, 3.5f64, 4i64, 4.5f64)
            );
            println!("C calls Rust: {}", c_calls_rust_win64());
        }
        println!("Rust win64 mix: {}", rust_win64_mix(1, 2.5, 3, 4.5, 5, 6.5, g, h));
        let mix: extern "win64" fn(i8, f64, i64, f32, i64, f64, Pair, Big) -> i64 =
            std::hint::black_box(rust_win64_mix);
        println!("through a pointer: {}", mix(-1, 0.5, 30, 1.5, 50, 2.5, g, h));
        println!("Rust win64 big: {:?}", std::hint::black_box(rust_win64_big)(4));
        println!("efiapi: {}", efi_style(1, 2, 3, 4, 5, 6));
        println!("wide: {}", wide(-7_000_000_000_000_000_000, u128::MAX >> 70, 2.75));
    }
}

fn main() {
    #[cfg(target_arch = "x86_64")]
    win64::run();
    #[cfg(not(target_arch = "x86_64"))]
    println!("win64 is x86-64 only");
}
