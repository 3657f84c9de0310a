// Custom Display impls honoring formatter flags: pad, width, precision, alternate, sign; f.pad vs write!.
use std::fmt;
use std::hint::black_box;

struct Money { cents: i64 }
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let sign = if self.cents < 0 { "-" } else if f.sign_plus() { "+" } else { "" };
        let abs = self.cents.unsigned_abs();
        let s = format!("{}${}.{:02}", sign, abs / 100, abs % 100);
        f.pad(&s)
    }
}

struct Name<'a>(&'a str);
impl fmt::Display for Name<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() { f.pad(&self.0.to_uppercase()) } else { f.pad(self.0) }
    }
}

struct Matrix(Vec<Vec<f64>>);
impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let prec = f.precision().unwrap_or(1);
        let width = f.width().unwrap_or(6);
        for row in &self.0 {
            write!(f, "|")?;
            for v in row {
                write!(f, "{:>w$.p$}", v, w = width, p = prec)?;
            }
            writeln!(f, " |")?;
        }
        Ok(())
    }
}

struct Hexy(u32);
impl fmt::Display for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "0x{:08X}", self.0) }
}
impl fmt::LowerHex for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { fmt::LowerHex::fmt(&self.0, f) }
}
impl fmt::Binary for Hexy {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { fmt::Binary::fmt(&(self.0 & 0xff), f) }
}

fn main() {
    for c in black_box([0i64, 5, 1234, -99, -100000]) {
        let m = Money { cents: c };
        println!("[{}] [{:>12}] [{:<12}] [{:+}] [{:^12}]", m, m, m, m, m);
    }
    let n = Name(black_box("ferris"));
    println!("[{}] [{:#}] [{:>10}] [{:-^#12}] [{:.3}]", n, n, n, n, n);
    let m = Matrix(vec![vec![1.0, -2.5, 3.14159], vec![100.0, 0.001, -7.0]]);
    print!("{}", m);
    print!("{:9.3}", m);
    let h = Hexy(black_box(48879));
    println!("{} {:x} {:#x} {:010x} {:b} {:#b}", h, h, h, h, h, h);
    println!("{}", format!("{:>8}", Name("x")).replace(' ', "."));
    let s = black_box(String::from("to_string via Display"));
    println!("{}", Name(&s).to_string().len());
}
