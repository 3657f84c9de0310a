// A destructor that panics while a panic unwinds aborts the process, after running the hook
// for both panics and for rustc's "panic in a destructor during cleanup"; the status must be
// LLVM's. (The default hook would print a forced backtrace, which differs between builds.)
struct PanicsOnDrop;

impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        println!("dropping PanicsOnDrop");
        panic!("panic in drop");
    }
}

fn main() {
    std::panic::set_hook(Box::new(|info| eprintln!("hook: {}", info.payload_as_str().unwrap_or("?"))));
    let result = std::panic::catch_unwind(|| {
        let _bomb = PanicsOnDrop;
        panic!("first panic");
    });
    println!("never printed: {}", result.is_err());
}
