// main returning Result::Err: the Debug form of the error goes to stderr as "Error: ..." and the exit status is 1.
use std::fmt;
use std::hint::black_box;

#[allow(dead_code)]
#[derive(Debug)]
struct AppError { code: u16, reason: String }

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "app error {}: {}", self.code, self.reason) }
}

fn step(i: u32) -> Result<u32, AppError> {
    if i == 3 {
        Err(AppError { code: 500 + i as u16, reason: format!("step {} failed", i) })
    } else {
        Ok(i * 10)
    }
}

fn main() -> Result<(), AppError> {
    let mut total = 0;
    for i in 0..black_box(6) {
        let v = step(i)?;
        total += v;
        println!("step {} -> {} (total {})", i, v, total);
    }
    println!("unreachable total {}", total);
    Ok(())
}
