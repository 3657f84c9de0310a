// repr(packed) and repr(packed(2)) structs: sizes, offsets, unaligned field reads via copies and read_unaligned.
use std::hint::black_box;
use std::mem::{align_of, offset_of, size_of};
use std::ptr::addr_of;

#[repr(C, packed)]
#[derive(Clone, Copy)]
struct P1 { a: u8, b: u32, c: u16, d: u64 }

#[repr(C, packed(2))]
#[derive(Clone, Copy)]
struct P2 { a: u8, b: u32, c: u8, d: u64 }

#[repr(packed)]
#[derive(Clone, Copy)]
struct Header { magic: [u8; 2], len: u32, flags: u8, crc: u16 }

fn main() {
    println!("P1 size {} align {} offs {} {} {} {}", size_of::<P1>(), align_of::<P1>(), offset_of!(P1, a), offset_of!(P1, b), offset_of!(P1, c), offset_of!(P1, d));
    println!("P2 size {} align {} offs {} {} {} {}", size_of::<P2>(), align_of::<P2>(), offset_of!(P2, a), offset_of!(P2, b), offset_of!(P2, c), offset_of!(P2, d));
    println!("Header size {} align {}", size_of::<Header>(), align_of::<Header>());
    let p = black_box(P1 { a: 0xaa, b: 0x11223344, c: 0x5566, d: 0x0102030405060708 });
    let (a, b, c, d) = (p.a, p.b, p.c, p.d);
    println!("{:#x} {:#x} {:#x} {:#x}", a, b, c, d);
    let bval = unsafe { addr_of!(p.b).read_unaligned() };
    println!("read_unaligned b {:#x}", bval);
    let bytes: [u8; 15] = unsafe { std::mem::transmute(p) };
    println!("{:02x?}", bytes);
    let mut arr = black_box([P2 { a: 1, b: 2, c: 3, d: 4 }; 3]);
    for (i, e) in arr.iter_mut().enumerate() {
        let old = e.d;
        e.d = old * 10 + i as u64;
        e.b += 1;
    }
    for e in arr {
        let (a, b, c, d) = (e.a, e.b, e.c, e.d);
        println!("{} {} {} {}", a, b, c, d);
    }
    let raw = black_box([0x52u8, 0x49, 0x10, 0, 0, 0, 0x03, 0x34, 0x12]);
    let h: Header = unsafe { std::ptr::read_unaligned(raw.as_ptr() as *const Header) };
    let (m, l, f, crc) = (h.magic, h.len, h.flags, h.crc);
    println!("magic {:?} len {} flags {} crc {:#x}", std::str::from_utf8(&m).unwrap(), l, f, crc);
}
