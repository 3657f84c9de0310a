//@ compile-flags: -Cllvm-args=verify -Cllvm-args=bogus
//@ error-pattern: unknown Cranelift backend option `bogus`
// A word of `-Cllvm-args` that is neither an LLVM option (`-...`) nor one of the backend's own
// is an error naming it, before any code is compiled.
#![feature(no_core)]
#![no_core]
#![no_main]
