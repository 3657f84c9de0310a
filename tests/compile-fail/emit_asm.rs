//@ compile-flags: --emit=asm
//@ error-pattern: not yet supported by the Cranelift backend: `--emit=asm`
// Assembly output is not written yet (the `dump-clif` option has a listing of the machine code).
#![feature(no_core)]
#![no_core]
#![no_main]
