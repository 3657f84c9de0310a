//@ compile-flags: --emit=llvm-bc
//@ error-pattern: not yet supported by the Cranelift backend: `--emit=llvm-bc` (`--emit=llvm-ir` writes each codegen unit's Cranelift IR; `-Cllvm-args=dump-clif=DIR` writes it before and after Cranelift's passes and a listing of the machine code to DIR)
// The backend has no LLVM bitcode to write: asking for it is a clear error before any work,
// instead of rustc failing to copy a file that was never written.
#![feature(no_core)]
#![no_core]
#![no_main]
