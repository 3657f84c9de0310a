// Integer formatting in binary/octal/hex (upper/lower), with # and padding, for all widths.
use std::hint::black_box;

macro_rules! radix {
    ($($t:ty),*) => {$(
        for v in [0 as $t, 1, 100, <$t>::MAX, <$t>::MIN] {
            let v = black_box(v);
            println!("{}: {} b={:b} o={:o} x={:x} X={:X}", stringify!($t), v, v, v, v, v);
            println!("    {:#b} {:#o} {:#x} {:#X} |{:>#12x}|{:<#12x}|{:^#12x}|{:#012x}|", v, v, v, v, v, v, v, v);
        }
    )*};
}

fn main() {
    radix!(i8, u8, i16, u16, i32, u32, i64, u64, i128, u128);
    let n = black_box(-1isize);
    println!("{:x} {:b}", n, black_box(5usize));
    println!("{:+} {:+} {:+05}", black_box(5), black_box(-5), black_box(42));
    println!("{:08b}", black_box(0b101u8));
    println!("{:#010b}", black_box(0b101u8));
    println!("{:e} {:E}", black_box(123456u32), black_box(1200i64));
}
