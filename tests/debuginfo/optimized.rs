//! Variables of an optimized build (`-Copt-level=2 -g`), for the debuginfo group's
//! `gdb_optimized` case: stopped at the BREAK HERE line of `scaled_sum`, gdb must show
//! `scaled`, whose address is taken and which lives in memory, with its value, and the
//! parameters, which live in registers, as optimized out.

#[inline(never)]
fn sum_of(values: &[u32; 4]) -> u32 {
    values.iter().sum()
}

#[inline(never)]
fn scaled_sum(values: &[u32; 4], factor: u32) -> u32 {
    let mut scaled = [0u32; 4];
    for (slot, value) in scaled.iter_mut().zip(values) {
        *slot = value * factor;
    }
    let sum = sum_of(&scaled); // BREAK HERE
    sum + 1
}

fn main() {
    let values = std::hint::black_box([1, 2, 3, 4]);
    let factor = std::hint::black_box(std::env::args().count() as u32 + 2);
    println!("{}", scaled_sum(&values, factor));
}
