// Shifts by constants and by variables of various types, bitwise ops and bit-counting intrinsics.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::intrinsics::{bitreverse, bswap, ctlz, ctpop, cttz, unchecked_shl, unchecked_shr};
use mini_core::*;

fn rotl32(x: u32, n: u32) -> u32 {
    let n = n & 31;
    if n == 0 { x } else { (x << n) | (x >> (32 - n)) }
}

fn rotr64(x: u64, n: u32) -> u64 {
    let n = n & 63;
    if n == 0 { x } else { (x >> n) | (x << (64 - n)) }
}

fn main() {
    let x8: u8 = black_box(0b1011_0110);
    let s8: i8 = black_box(-100);
    let x16: u16 = black_box(0xBEEF);
    let x32: u32 = black_box(0xDEAD_BEEF);
    let s32: i32 = black_box(-0x1234_5678);
    let x64: u64 = black_box(0x0123_4567_89AB_CDEF);
    let s64: i64 = black_box(-0x7654_3210_FEDC_BA98);
    unsafe {
        printf(c"u8: <<3=%u >>3=%u\n".as_ptr(), (x8 << 3) as u32, (x8 >> 3) as u32);
        printf(c"i8: <<1=%d >>2=%d\n".as_ptr(), (s8 << 1) as i32, (s8 >> 2) as i32);
        printf(c"u16: <<4=%u >>12=%u\n".as_ptr(), (x16 << 4) as u32, (x16 >> 12) as u32);
        printf(c"i32: <<4=%d >>4=%d (logical %u)\n".as_ptr(), s32 << 4, s32 >> 4, (s32 as u32) >> 4);
        printf(c"u64: <<20=%lx >>20=%lx\n".as_ptr(), x64 << 20, x64 >> 20);
        printf(c"i64: >>7=%ld <<3=%ld\n".as_ptr(), s64 >> 7, s64 << 3);
    }
    // Shifts by variable amounts of several integer types.
    let mut n: u32 = 0;
    while n < 32 {
        let amount_u8 = n as u8;
        let amount_i64 = n as i64;
        let amount_usize = n as usize;
        unsafe {
            printf(c"n=%2u: %08x %08x %08x %016lx %d\n".as_ptr(), n, x32 << amount_u8, x32 >> amount_i64,
                rotl32(x32, n), x64 >> amount_usize, s32 >> amount_u8);
        }
        n += 5;
    }
    let mut v: u64 = 1;
    let mut sh: u16 = 0;
    while sh < 64 {
        v |= 1u64 << sh;
        sh += 9;
    }
    let mut w: i16 = black_box(1);
    w <<= 14u8;
    w >>= 3usize;
    unsafe {
        printf(c"accumulated bits: %016lx, w=%d\n".as_ptr(), v, w as i32);
        printf(c"rotr64: %016lx %016lx\n".as_ptr(), rotr64(x64, 4), rotr64(x64, 60));
        printf(c"unchecked: %u %u\n".as_ptr(), unchecked_shl(x32, 8u32), unchecked_shr(x32, 28u64));
    }
    // Bitwise operators.
    let a: u32 = black_box(0xF0F0_1234);
    let b: u32 = black_box(0x0FF0_FFFF);
    let sa: i64 = black_box(-2);
    unsafe {
        printf(c"and=%08x or=%08x xor=%08x not=%08x\n".as_ptr(), a & b, a | b, a ^ b, !a);
        printf(c"i64 not=%ld and=%ld or=%ld\n".as_ptr(), !sa, sa & 0xFF, sa | 1);
        printf(c"u8 not=%u, i8 not=%d\n".as_ptr(), (!x8) as u32, (!s8) as i32);
    }
    // Bit counting intrinsics.
    unsafe {
        printf(c"ctpop: %u %u %u %u\n".as_ptr(), ctpop(x8), ctpop(x16), ctpop(x32), ctpop(x64));
        printf(c"ctlz: %u %u %u %u %u\n".as_ptr(), ctlz(x8), ctlz(1u16), ctlz(x32 >> 7), ctlz(x64), ctlz(0u32));
        printf(c"cttz: %u %u %u %u %u\n".as_ptr(), cttz(x8), cttz(0x8000u16), cttz(x32), cttz(x64 << 13), cttz(0u64));
        printf(c"ctpop signed: %u %u\n".as_ptr(), ctpop(s32), ctpop(s64));
        printf(c"bswap: %04x %08x %016lx\n".as_ptr(), bswap(x16) as u32, bswap(x32), bswap(x64));
        printf(c"bitreverse: %02x %08x %016lx\n".as_ptr(), bitreverse(x8) as u32, bitreverse(x32), bitreverse(x64));
    }
    // Population count by hand must agree with the intrinsic.
    let mut count = 0u32;
    let mut t = x64;
    while t != 0 {
        t &= t - 1;
        count += 1;
    }
    unsafe { printf(c"manual popcount: %u\n".as_ptr(), count); }
}
