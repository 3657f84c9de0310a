// const fn evaluated both at compile time (consts/statics/array lengths) and at runtime with the same results.
use std::hint::black_box;

const fn fib(n: u32) -> u64 {
    let mut a = 0u64;
    let mut b = 1u64;
    let mut i = 0;
    while i < n {
        let t = a + b;
        a = b;
        b = t;
        i += 1;
    }
    a
}

const fn crc8(data: &[u8]) -> u8 {
    let mut crc = 0u8;
    let mut i = 0;
    while i < data.len() {
        crc ^= data[i];
        let mut k = 0;
        while k < 8 {
            crc = if crc & 0x80 != 0 { (crc << 1) ^ 0x07 } else { crc << 1 };
            k += 1;
        }
        i += 1;
    }
    crc
}

const fn make_table() -> [u16; 16] {
    let mut t = [0u16; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = (i * i) as u16 ^ 0x5a;
        i += 1;
    }
    t
}

const FIB40: u64 = fib(40);
const CRC: u8 = crc8(b"123456789");
static TABLE: [u16; 16] = make_table();
const LEN: usize = fib(6) as usize;
const ARR: [u8; LEN] = [7; LEN];

struct Pt { x: i32, y: i32 }
impl Pt {
    const fn new(x: i32, y: i32) -> Pt { Pt { x, y } }
    const fn manhattan(&self) -> i32 { self.x.abs() + self.y.abs() }
}
const ORIGIN_DIST: i32 = Pt::new(-3, 4).manhattan();

fn main() {
    println!("fib40 const {} runtime {}", FIB40, fib(black_box(40)));
    println!("crc const {:#04x} runtime {:#04x}", CRC, crc8(black_box(b"123456789")));
    println!("table const {:?}", TABLE);
    println!("table runtime eq {}", make_table() == TABLE);
    println!("ARR {:?} len {}", ARR, LEN);
    println!("dist {} runtime {}", ORIGIN_DIST, Pt::new(black_box(-3), 4).manhattan());
    const { assert!(FIB40 > 1000) };
    let v: Vec<u64> = (0..20).map(|n| fib(black_box(n))).collect();
    println!("{:?}", v);
    const MAXES: (u8, i16, u128) = (u8::MAX.wrapping_add(1), i16::MIN.wrapping_abs(), u128::MAX.count_ones() as u128);
    println!("{:?}", MAXES);
}
