//@ compile-flags: -Cllvm-args=dump-clif=
//@ error-pattern: `dump-clif=` needs a directory
// The backend option that writes CLIF needs a directory to write to.
#![feature(no_core)]
#![no_core]
#![no_main]
