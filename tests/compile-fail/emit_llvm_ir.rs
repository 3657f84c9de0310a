//@ compile-flags: --emit=llvm-ir
//@ error-pattern: not yet supported by the Cranelift backend: `--emit=llvm-ir` (`-Cllvm-args=dump-clif=DIR` writes each codegen unit's Cranelift IR and a listing of its machine code to DIR)
// The backend has no LLVM IR to write: asking for it is a clear error before any work, instead
// of rustc failing to copy a file that was never written.
#![feature(no_core)]
#![no_core]
#![no_main]
