//@ error-pattern: not yet supported by the Cranelift backend: the `vectorcall` calling convention (in function `scale`)
// Cranelift has no `vectorcall` convention: a function in it is a clear error naming it. (On
// x86-64 Linux, LLVM's `vectorcall` takes arguments in Windows' registers, XMM4 and XMM5 too,
// but without Windows' shadow space, and keeps only System V's callee-saved registers.)
#![feature(abi_vectorcall)]

extern "vectorcall" fn scale(x: f64, by: f64) -> f64 {
    x * by
}

fn main() {
    println!("{}", scale(std::hint::black_box(1.5), 4.0));
}
