// The linker drops what nothing reaches (`--gc-sections`), with the same granularity as with
// LLVM's backend: each function and each data object in a section of its own. Here an unused
// `#[no_mangle]` function and a `#[used(compiler)]` static (kept in the object file only, not
// by the linker) refer to a symbol that no library defines: the program links only if both
// are dropped.
#![feature(used_with_arg)]

unsafe extern "C" {
    static SYMBOL_DEFINED_NOWHERE: usize;
}

#[unsafe(no_mangle)]
pub fn unused_no_mangle_function() -> usize {
    unsafe { SYMBOL_DEFINED_NOWHERE }
}

#[used(compiler)]
static UNUSED_FUNCTION_POINTER: fn() -> usize = || unsafe { SYMBOL_DEFINED_NOWHERE + 1 };

static USED_TABLE: [u32; 3] = [10, 20, 30];

fn main() {
    println!("linked without SYMBOL_DEFINED_NOWHERE; table sum {}", USED_TABLE.iter().sum::<u32>());
}
