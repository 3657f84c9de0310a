// to_le/be/ne_bytes and from_*_bytes round trips.
use std::hint::black_box;

macro_rules! bytes {
    ($($t:ty = $v:expr),*) => {$(
        let v: $t = black_box($v);
        let le = v.to_le_bytes();
        let be = v.to_be_bytes();
        println!("{} {}: le={:02x?}", stringify!($t), v, le);
        println!("   be={:02x?}", be);
        println!("   back le={} be={} ne_eq={}", <$t>::from_le_bytes(le), <$t>::from_be_bytes(be),
            <$t>::from_ne_bytes(v.to_ne_bytes()) == v);
    )*};
}

fn main() {
    bytes!(u8 = 0xab, i8 = -2, u16 = 0x1234, i16 = -300, u32 = 0xdeadbeef, i32 = -123456789,
        u64 = 0x0102030405060708, i64 = i64::MIN + 77,
        u128 = 0x00112233445566778899aabbccddeeff, i128 = -170141183460469231731687303715884105000);
    // Build integers from a byte buffer
    let buf: Vec<u8> = (0u8..32).map(|x| x.wrapping_mul(37)).collect();
    for chunk in buf.chunks_exact(8) {
        let arr: [u8; 8] = chunk.try_into().unwrap();
        println!("{:#018x} {:#018x}", u64::from_le_bytes(arr), u64::from_be_bytes(arr));
    }
    let arr16: [u8; 16] = buf[8..24].try_into().unwrap();
    println!("{}", i128::from_be_bytes(arr16));
    println!("{:?}", 1.5f64.to_le_bytes());
    println!("{}", f32::from_be_bytes([0x40, 0x49, 0x0f, 0xdb]));
}
