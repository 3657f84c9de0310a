// main returning std::process::ExitCode computed at runtime: one check deliberately fails, so the exit status is 42.
use std::hint::black_box;
use std::process::ExitCode;

fn checks() -> Vec<(&'static str, bool)> {
    let v = black_box(vec![3, 1, 2]);
    let mut s = v.clone();
    s.sort();
    vec![("sorted", s == vec![1, 2, 3]), ("len", v.len() == 3), ("sum", v.iter().sum::<i32>() == 7), ("max", v.iter().max() == Some(&3))]
}

fn main() -> ExitCode {
    let results = checks();
    let mut failed = 0u8;
    for (name, ok) in &results {
        println!("{:<8} {}", name, if *ok { "PASS" } else { "FAIL" });
        if !ok {
            failed += 1;
        }
    }
    println!("{} failed", failed);
    ExitCode::from(40 + failed * 2)
}
