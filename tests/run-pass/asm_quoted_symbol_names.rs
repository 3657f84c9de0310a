// Symbols whose names the assembler would misread unquoted, used by `sym` operands: a
// `link_name` with a symbol version (`exit@GLIBC_2.2.5`), named in `global_asm!` and in
// inline assembly. The program ends through that versioned `exit`. Elsewhere than on x86-64
// Linux with glibc it prints that it did not run, for both builds alike.

#[cfg(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu"))]
mod versioned {
    use std::arch::{asm, global_asm};

    unsafe extern "C" {
        #[link_name = "exit@GLIBC_2.2.5"]
        pub safe fn exit(status: i32) -> !;
        pub safe fn leave_through_global_asm(status: i32) -> !;
    }

    global_asm!(".globl leave_through_global_asm", "leave_through_global_asm:", "jmp {}", sym exit);

    pub fn exit_address() -> usize {
        let address: usize;
        unsafe { asm!("lea {}, [rip + {}]", out(reg) address, sym exit) };
        address
    }
}

fn main() {
    #[cfg(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu"))]
    {
        use std::io::Write;
        let address = versioned::exit_address();
        println!("exit has an address: {}", address != 0);
        println!("leaving through global_asm with status 0");
        std::io::stdout().flush().unwrap();
        versioned::leave_through_global_asm(0);
    }
    #[cfg(not(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu")))]
    println!("not run: x86-64 Linux with glibc only");
}
