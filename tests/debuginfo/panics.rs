//! A panic two calls deep, for the debuginfo group: with RUST_BACKTRACE=1, each `FRAME` line
//! must show up in the backtrace.

fn inner(values: &[u32], index: usize) -> u32 {
    if index >= values.len() {
        panic!("index {index} is past the end"); // FRAME inner
    }
    values[index]
}

fn outer(values: &[u32]) -> u32 {
    inner(values, 0) + inner(values, values.len()) // FRAME outer
}

fn main() {
    println!("{}", outer(&[1, 2, 3])); // FRAME main
}
