// Checked arithmetic (debug assertions' overflow checks) is one Cranelift instruction with an
// overflow flag (src/lower/num.rs): x86-64's backend branches on an unsigned add's carry or a
// multiplication's overflow flag directly, and reads a signed add's overflow flag (`seto`)
// instead of comparing the result's sign with the operands'.
//@ compile-flags: -Copt-level=0 -Cdebug-assertions=on
//@ check x86_64-unknown-linux-gnu add_checked has jb
//@ check x86_64-unknown-linux-gnu add_checked lacks cmp
//@ check x86_64-unknown-linux-gnu signed_add_checked has seto
//@ check x86_64-unknown-linux-gnu signed_add_checked lacks xor
//@ check x86_64-unknown-linux-gnu mul_checked has jo
//@ check x86_64-unknown-linux-gnu mul_checked lacks test
//@ check x86_64-unknown-linux-gnu narrow_mul_checked has jo
//@ check x86_64-unknown-linux-gnu narrow_mul_checked lacks cmp

#[unsafe(no_mangle)]
pub fn add_checked(a: u64, b: u64) -> u64 {
    a + b
}

#[unsafe(no_mangle)]
pub fn signed_add_checked(a: i64, b: i64) -> i64 {
    a + b
}

#[unsafe(no_mangle)]
pub fn mul_checked(a: u64, b: u64) -> u64 {
    a * b
}

#[unsafe(no_mangle)]
pub fn narrow_mul_checked(a: i32, b: i32) -> i32 {
    a * b
}
