//@ run-args: one two --three
// Prints to stdout and stderr, reads its arguments and exits with a status of its own.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("Hello, world!");
    let args: Vec<String> = std::env::args().skip(1).collect();
    println!("{} arguments: {args:?}", args.len());
    eprintln!("a line on stderr");
    let mut out = std::io::stdout().lock();
    for (i, arg) in args.iter().enumerate() {
        writeln!(out, "{i}: {arg:>8} {}", arg.to_uppercase()).unwrap();
    }
    ExitCode::from(3)
}
