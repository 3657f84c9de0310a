// CRC-32 (table built at runtime and in const fn), Adler-32, FNV-1a and a xorshift PRNG over generated data.
use std::hint::black_box;

const fn make_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB88320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static TABLE: [u32; 256] = make_table();

fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn crc32_bitwise(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 {
            let mask = (c & 1).wrapping_neg();
            c = (c >> 1) ^ (0xEDB88320 & mask);
        }
    }
    !c
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &x in data {
        a = (a + x as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn fnv1a(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf29ce484222325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x100000001b3))
}

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

fn main() {
    let check = black_box(b"123456789");
    println!("crc32 {:08x} bitwise {:08x} runtime table eq {}", crc32(check), crc32_bitwise(check), make_table() == TABLE);
    println!("adler32 {:08x} fnv1a {:016x}", adler32(check), fnv1a(check));
    println!("empty: crc {:08x} adler {:08x}", crc32(b""), adler32(b""));
    let text = black_box(b"The quick brown fox jumps over the lazy dog");
    println!("fox: crc {:08x} adler {:08x} fnv {:016x}", crc32(text), adler32(text), fnv1a(text));
    let mut rng = XorShift(black_box(0x9E3779B97F4A7C15));
    let data: Vec<u8> = (0..100_000).map(|_| rng.next() as u8).collect();
    println!("100k random: crc {:08x} bitwise-eq {} adler {:08x} fnv {:016x}", crc32(&data), crc32(&data) == crc32_bitwise(&data), adler32(&data), fnv1a(&data));
    let samples: Vec<u64> = (0..5).map(|_| rng.next() % 1000).collect();
    println!("{:?}", samples);
}
