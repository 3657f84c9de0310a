// `as` casts from float to every integer type saturate at the bounds and map NaN to 0.
use std::hint::black_box;

macro_rules! casts {
    ($v:expr; $($t:ty),*) => {{
        let v = black_box($v);
        print!("{:>14e}:", v);
        $( print!(" {}={}", stringify!($t), v as $t); )*
        println!();
    }};
}

fn main() {
    let vals64 = [0.0f64, -0.0, 0.9, -0.9, 1.5, -1.5, 127.9, 128.0, -128.9, -129.0, 255.5, 256.0, 65535.99, 4294967296.5,
        -2147483648.9, 9.3e18, -9.3e18, 1.8446744073709552e19, 3.4e38, 1e300, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    for v in vals64 {
        casts!(v; i8, u8, i16, u16, i32, u32, i64, u64, i128, u128);
    }
    let vals32 = [0.5f32, -1.0, 300.0, -300.0, 3e9, -3e9, f32::MAX, f32::NAN, f32::NEG_INFINITY, 16777217.0];
    for v in vals32 {
        casts!(v; i8, u8, i32, u32, i64, u64, i128, u128);
    }
}
