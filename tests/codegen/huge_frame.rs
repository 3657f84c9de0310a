// A local of 5 GB (past Cranelift's 32-bit stack slots and 1 GiB frames) lives in a region of
// the stack below the function's frame (src/abi/huge_frame.rs): the function's symbol is a
// wrapper calling the unit's region helper with the function's body, `<symbol>.huge_frame`.
// (run-pass/huge_frame_locals runs such functions; a 5 GB one would take 5 GB to run.)
//@ check x86_64-unknown-linux-gnu five_gigabytes has huge_frame
//@ check aarch64-unknown-linux-gnu five_gigabytes has huge_frame
//@ check x86_64-unknown-linux-gnu small lacks huge_frame

pub struct Huge {
    bytes: [u8; 5_000_000_000],
}

#[unsafe(no_mangle)]
pub fn five_gigabytes(huge: &Huge, index: usize) -> u8 {
    let mut copy = Huge { bytes: huge.bytes };
    copy.bytes[index] ^= 1;
    copy.bytes[index / 2]
}

#[unsafe(no_mangle)]
pub fn small(bytes: &[u8; 64]) -> u8 {
    let copy = *bytes;
    copy[3]
}
