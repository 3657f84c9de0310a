//! Timed steps: a line when a step starts and a line when it ends, with how long it took.

use std::time::Instant;

/// Runs `f` as the step `what` of command `tag`, announcing its start and its end.
pub fn step<T>(tag: &str, what: &str, f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    println!("[{tag}] {what} ...");
    let start = Instant::now();
    let result = f();
    let secs = start.elapsed().as_secs_f64();
    match result {
        Ok(_) => println!("[{tag}] {what} ... done in {secs:.1}s"),
        Err(_) => println!("[{tag}] {what} ... FAILED after {secs:.1}s"),
    }
    result
}
