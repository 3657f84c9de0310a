// std::process::exit(3) from a nested function: stdout is flushed, destructors do not run, exit status is 3.
use std::hint::black_box;
use std::io::Write;

struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {} (should not print for the outer guard)", self.0); }
}

fn validate(values: &[i32]) {
    for (i, v) in values.iter().enumerate() {
        if *v < 0 {
            println!("negative value {} at index {}, exiting with 3", v, i);
            eprintln!("error: validation failed");
            std::process::exit(3);
        }
        println!("value {} ok", v);
    }
}

fn main() {
    let _guard = Noisy("outer");
    {
        let _inner = Noisy("inner");
    }
    print!("partial line without newline... ");
    std::io::stdout().flush().unwrap();
    println!("done");
    validate(&black_box([4, 8, -15, 16]));
    println!("unreachable");
}
