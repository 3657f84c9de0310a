//@ compile-flags: -Cpanic=abort
// Under -Cpanic=abort a panic aborts right after the hook: no destructor runs, and
// catch_unwind cannot stop it.
struct Loud;

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropped (should not happen)");
    }
}

fn main() {
    let _loud = Loud;
    let result = std::panic::catch_unwind(|| {
        println!("inside catch_unwind");
        panic!("abort strategy");
    });
    println!("after catch_unwind: {}", result.is_err());
}
