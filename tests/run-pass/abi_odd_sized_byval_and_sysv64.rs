// By-value aggregates whose size is not a multiple of eight (passed on the stack for
// `extern "C"`), and the explicit `sysv64` calling convention on x86-64.
#[repr(C, packed)]
#[derive(Clone, Copy)]
struct Odd {
    a: f32,
    b: f32,
    c: f32,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Big {
    bytes: [u8; 27],
}

extern "C" fn sum_odd(x: Odd, y: Odd) -> f32 {
    let (xa, xb, xc) = (x.a, x.b, x.c);
    let (ya, yb, yc) = (y.a, y.b, y.c);
    xa + xb + xc + ya + yb + yc
}

extern "C" fn checksum(big: Big, scale: u32) -> u32 {
    big.bytes.iter().map(|&b| u32::from(b)).sum::<u32>() * scale
}

#[cfg(target_arch = "x86_64")]
extern "sysv64" fn sysv(a: u64, b: u32, c: f64) -> f64 {
    a as f64 + b as f64 * c
}

fn main() {
    let x = std::hint::black_box(Odd { a: 1.5, b: 2.5, c: 3.0 });
    let y = Odd { a: -1.0, b: 0.25, c: 10.0 };
    println!("sum_odd = {}", sum_odd(x, y));
    let mut big = Big { bytes: [0; 27] };
    for (i, byte) in big.bytes.iter_mut().enumerate() {
        *byte = i as u8 * 3;
    }
    println!("checksum = {}", checksum(std::hint::black_box(big), 2));
    #[cfg(target_arch = "x86_64")]
    println!("sysv = {}", sysv(std::hint::black_box(40), 2, 0.5));
}
