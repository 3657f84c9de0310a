// The flags one `asm!` block leaves are still there for the next when no Rust code between
// them computes anything: the backend's glue around inline assembly must not change them
// (stdarch's `__readeflags` after `__writeeflags` relies on it). Each value sets the carry,
// parity, zero and sign flags differently. Elsewhere than on x86-64 it prints that it did
// not run, for both builds alike.

fn main() {
    #[cfg(target_arch = "x86_64")]
    for value in [0u64, 1, 3, 0x80, 0xff, 0x8000_0000_0000_0000] {
        use std::arch::asm;
        let flags: u64;
        unsafe {
            asm!("test {0}, {0}", "stc", in(reg) value);
            asm!("pushfq", "pop {}", out(reg) flags);
        }
        let bit = |n: u32| (flags >> n) & 1;
        println!("{value:#x}: CF {} PF {} ZF {} SF {}", bit(0), bit(2), bit(6), bit(7));
    }
    #[cfg(not(target_arch = "x86_64"))]
    println!("not run: x86-64 only");
}
