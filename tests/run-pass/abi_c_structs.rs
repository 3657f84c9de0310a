//@ c-source: abi_c_structs.c
// The C calling convention against the C compiler's, both ways, for the shapes each target
// passes its own way: pairs of floats and of doubles (RISC-V's floating-point register pairs,
// AArch64's homogeneous aggregates), a double with an integer in either order (RISC-V's mixed
// pairs), four floats and three doubles (AArch64 HFAs), odd sizes (3 and 12 bytes: s390x passes
// only structs of 1, 2, 4 and 8 bytes in registers), one-float and one-double structs (s390x
// passes those in floating-point registers), a 32-byte struct (by reference or on the stack),
// a struct of mixed widths, `__int128` (RISC-V's aligned register pairs, s390x by reference),
// narrow integers and `_Bool` (extension to the register's width), and more arguments than
// registers with structs among the stack ones (AArch64 passes a homogeneous aggregate that does
// not fit in the SIMD registers left on the stack whole, and no float after it in registers). Each shape goes through a C function, through a
// Rust function that C calls, and after other arguments.
#![allow(improper_ctypes)]

use std::hint::black_box;

macro_rules! shapes {
    ($($name:ident { $($field:ident: $ty:ty),* } = $value:expr;)*) => {
        $(
            #[repr(C)]
            #[derive(Clone, Copy, Debug, PartialEq)]
            struct $name { $($field: $ty),* }
        )*
        fn run_all() {
            $(
                {
                    unsafe extern "C" {
                        #[link_name = concat!("c_change_", stringify!($name))]
                        fn change(v: $name) -> $name;
                        #[link_name = concat!("c_call_rust_", stringify!($name))]
                        fn call_rust(f: extern "C" fn($name) -> $name, v: $name) -> $name;
                        #[link_name = concat!("c_second_", stringify!($name))]
                        fn second(i: i32, d: f64, v: $name, j: i32) -> $name;
                    }
                    /// What Rust does to a value C passes: every field changes.
                    extern "C" fn rust(v: $name) -> $name {
                        let mut v = v;
                        $(v.$field = bump(v.$field);)*
                        v
                    }
                    let value: $name = black_box($value);
                    let changed = unsafe { change(value) };
                    let round_trip = unsafe { call_rust(rust, value) };
                    let after = unsafe { second(black_box(-1), black_box(0.5), value, black_box(9)) };
                    println!("{}: {:?} -> {:?}", stringify!($name), value, changed);
                    println!("  through Rust: {:?}", round_trip);
                    assert_eq!(after, changed, "after other arguments");
                }
            )*
        }
    };
}

/// A change of a field that shows which field it was, for any field type.
trait Bump {
    fn bump(self) -> Self;
}

fn bump<T: Bump>(x: T) -> T {
    x.bump()
}

impl Bump for f32 {
    fn bump(self) -> f32 {
        self * 0.5 + 0.25
    }
}
impl Bump for f64 {
    fn bump(self) -> f64 {
        self * 0.5 - 0.125
    }
}
impl Bump for i16 {
    fn bump(self) -> i16 {
        self.wrapping_mul(3)
    }
}
impl Bump for i32 {
    fn bump(self) -> i32 {
        self.wrapping_mul(-2) + 1
    }
}
impl Bump for i64 {
    fn bump(self) -> i64 {
        self.wrapping_mul(5)
    }
}
impl Bump for u8 {
    fn bump(self) -> u8 {
        self.wrapping_add(17)
    }
}

shapes! {
    F2 { a: f32, b: f32 } = F2 { a: 1.25, b: -3.5 };
    D2 { a: f64, b: f64 } = D2 { a: 10.5, b: 0.125 };
    DI { d: f64, i: i32 } = DI { d: 2.75, i: -40 };
    ID { i: i32, d: f64 } = ID { i: 123456, d: 6.5 };
    F4 { a: f32, b: f32, c: f32, d: f32 } = F4 { a: 1.0, b: 2.0, c: 3.0, d: 4.5 };
    D3 { a: f64, b: f64, c: f64 } = D3 { a: 0.5, b: -1.5, c: 2.25 };
    S3 { a: u8, b: u8, c: u8 } = S3 { a: 1, b: 0x0f, c: 100 };
    S12 { a: i32, b: i32, c: i32 } = S12 { a: 7, b: -8, c: 9 };
    F1 { f: f32 } = F1 { f: 2.5 };
    D1 { d: f64 } = D1 { d: 12.0 };
    Big { a: i64, b: i64, c: i64, d: i64 } = Big { a: 1 << 40, b: -2, c: 3, d: i64::MIN + 4 };
    Mixed { tag: u8, half: i16, word: i32 } = Mixed { tag: 0x80, half: -1234, word: 1 << 20 };
}

unsafe extern "C" {
    fn c_wide(i: i32, a: i128, b: i128) -> i128;
    fn c_call_rust_wide(f: extern "C" fn(i32, i128, i128) -> i128, a: i128, b: i128) -> i128;
    fn c_narrow(a: i8, b: u8, c: i16, d: u16, e: i32, f: u32, g: bool) -> i64;
    fn c_call_rust_narrow(f: extern "C" fn(i8, u8, i16, u16, i32, u32, bool) -> i64) -> i64;
    fn c_spill(
        d0: f64, i0: i64, d1: f64, i1: i64, d2: f64, i2: i64, d3: f64, i3: i64, d4: f64,
        i4: i64, d5: f64, i5: i64, d6: f64, i6: i64, d7: f64, i7: i64, d8: f64, i8: i64,
        f9: f32, i9: i32, s: F2, t: D1,
    ) -> f64;
    fn c_call_rust_spill(f: SpillFn) -> f64;
    fn c_partial(
        d0: f64, d1: f64, d2: f64, d3: f64, d4: f64, d5: f64, d6: f64, s: F4, after: f64, f: F1,
        i: i32,
    ) -> f64;
    fn c_call_rust_partial(f: PartialFn) -> f64;
}

type SpillFn = extern "C" fn(
    f64, i64, f64, i64, f64, i64, f64, i64, f64, i64, f64, i64, f64, i64, f64, i64, f64, i64,
    f32, i32, F2, D1,
) -> f64;
type PartialFn = extern "C" fn(f64, f64, f64, f64, f64, f64, f64, F4, f64, F1, i32) -> f64;

extern "C" fn rust_spill(
    d0: f64, i0: i64, d1: f64, i1: i64, d2: f64, i2: i64, d3: f64, i3: i64, d4: f64, i4: i64,
    d5: f64, i5: i64, d6: f64, i6: i64, d7: f64, i7: i64, d8: f64, i8: i64, f9: f32, i9: i32,
    s: F2, t: D1,
) -> f64 {
    let doubles = [d0, d1, d2, d3, d4, d5, d6, d7, d8, f64::from(f9)];
    let ints = [i0, i1, i2, i3, i4, i5, i6, i7, i8, i64::from(i9)];
    let weighted: f64 = doubles.iter().enumerate().map(|(k, d)| d * (k as f64 + 0.5)).sum();
    let alternating: i64 = ints.iter().enumerate().map(|(k, i)| i * (k as i64 + 1)).sum();
    weighted + alternating as f64 + 1e3 * f64::from(s.a) + 1e4 * f64::from(s.b) + 3.0 * t.d
}

extern "C" fn rust_partial(
    d0: f64, d1: f64, d2: f64, d3: f64, d4: f64, d5: f64, d6: f64, s: F4, after: f64, f: F1,
    i: i32,
) -> f64 {
    d0 - d1 + d2 - d3 + d4 - d5 + d6 * 0.5
        + f64::from(s.a) * 1e2
        + f64::from(s.b) * 1e3
        + f64::from(s.c) * 1e4
        + f64::from(s.d) * 1e5
        + after * 1e6
        + f64::from(f.f) * 1e7
        + f64::from(i) * 1e8
}

extern "C" fn rust_wide(i: i32, a: i128, b: i128) -> i128 {
    a.wrapping_mul(b) ^ i128::from(i)
}

extern "C" fn rust_narrow(a: i8, b: u8, c: i16, d: u16, e: i32, f: u32, g: bool) -> i64 {
    i64::from(a) - i64::from(b) + i64::from(c) * 2 - i64::from(d) + i64::from(e) / 3
        + i64::from(f) * 5
        + i64::from(g) * 7
}

fn main() {
    run_all();
    let (a, b) = (black_box(-(1i128 << 100) + 12345), black_box((1i128 << 70) - 1));
    println!("i128: {} {}", unsafe { c_wide(black_box(-3), a, b) }, unsafe {
        c_call_rust_wide(rust_wide, a, b)
    });
    let narrow = unsafe { c_narrow(-100, 200, -30000, 60000, -2_000_000_000, 4_000_000_000, true) };
    println!("narrow: {narrow} {}", unsafe { c_call_rust_narrow(rust_narrow) });
    let spilled = unsafe {
        c_spill(
            0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10,
            F2 { a: 0.25, b: 0.75 },
            D1 { d: -1000.0 },
        )
    };
    println!("spilled: {spilled} through Rust: {}", unsafe { c_call_rust_spill(rust_spill) });
    let partial = unsafe {
        c_partial(
            0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5,
            F4 { a: 1.0, b: 2.0, c: 3.0, d: 4.0 },
            7.5,
            F1 { f: 8.5 },
            9,
        )
    };
    println!("partial: {partial} through Rust: {}", unsafe { c_call_rust_partial(rust_partial) });
}
