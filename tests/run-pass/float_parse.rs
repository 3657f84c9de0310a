// Parsing floats from strings: decimal, exponent, inf/nan, errors, round-to-nearest.
use std::hint::black_box;

fn main() {
    let inputs = ["0", "-0", "1.5", "  2", "3.", ".5", "1e10", "1E-5", "-2.5e+3", "inf", "-infinity", "NaN", "nan", "1e400", "1e-400",
        "0.1", "abc", "", "1.2.3", "0x10", "9007199254740993", "2.2250738585072011e-308", "+7.25"];
    for s in inputs {
        let s = black_box(s);
        let a: Result<f64, _> = s.parse();
        let b: Result<f32, _> = s.parse();
        println!("{:>26}: f64 {:<28} f32 {}", format!("{:?}", s),
            a.map(|v| format!("{:?}", v)).unwrap_or_else(|e| format!("Err({})", e)),
            b.map(|v| format!("{:?}", v)).unwrap_or_else(|e| format!("Err({})", e)));
    }
    // round trip of formatted values
    let mut ok = 0;
    let mut x = black_box(0.001f64);
    for _ in 0..500 {
        let s = x.to_string();
        if s.parse::<f64>().unwrap() == x {
            ok += 1;
        }
        x = x * 1.37 + 0.011;
    }
    println!("round trips ok: {}/500", ok);
}
