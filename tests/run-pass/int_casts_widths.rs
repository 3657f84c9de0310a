// `as` casts between all integer widths: truncation, sign extension, zero extension.
use std::hint::black_box;

fn main() {
    let vals: [i128; 8] = [0, 1, -1, 127, 128, -129, 0x1234_5678_9abc_def0, -0x0123_4567_89ab_cdef_0011_2233_4455_6677];
    for v in vals {
        let v = black_box(v);
        println!("{}: i8 {} u8 {} i16 {} u16 {} i32 {} u32 {} i64 {} u64 {} u128 {}",
            v, v as i8, v as u8, v as i16, v as u16, v as i32, v as u32, v as i64, v as u64, v as u128);
    }
    let b = black_box(-3i8);
    println!("{} {} {} {} {}", b as u8, b as u16, b as u32 as u64, b as i64 as u128, b as usize);
    let u = black_box(200u8);
    println!("{} {} {} {}", u as i8, u as i16, u as i8 as i32, u as i128);
    let w = black_box(0xFFFF_FFFFu32);
    println!("{} {} {}", w as i32, w as i64, w as i32 as i64 as u64);
    let c = black_box('é');
    println!("{} {} {}", c as u32, c as u8, c as u8 as char);
    let t = black_box(true);
    println!("{} {} {}", t as u8, t as i128, (!t) as i32);
    let x = black_box(0x1_0000_0041u64);
    println!("{}", x as u8 as char);
    let ptr_sized = black_box(usize::MAX);
    println!("{} {}", ptr_sized as isize, ptr_sized as u32);
    // lossless conversions with From/TryFrom
    println!("{:?} {:?} {:?}", u8::try_from(black_box(300i32)), i8::try_from(black_box(-128i64)), u32::try_from(black_box(-1i32)).is_err());
    println!("{} {}", i64::from(black_box(-5i32)), u128::from(black_box(u64::MAX)));
}
