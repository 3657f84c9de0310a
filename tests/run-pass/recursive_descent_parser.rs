// Recursive-descent parser and evaluator for arithmetic with precedence, unary minus, parentheses, and errors.
use std::hint::black_box;

struct P<'a> { s: &'a [u8], i: usize }

impl<'a> P<'a> {
    fn ws(&mut self) { while self.i < self.s.len() && self.s[self.i] == b' ' { self.i += 1; } }
    fn peek(&mut self) -> Option<u8> { self.ws(); self.s.get(self.i).copied() }
    fn expr(&mut self) -> Result<f64, String> {
        let mut v = self.term()?;
        while let Some(c @ (b'+' | b'-')) = self.peek() {
            self.i += 1;
            let r = self.term()?;
            v = if c == b'+' { v + r } else { v - r };
        }
        Ok(v)
    }
    fn term(&mut self) -> Result<f64, String> {
        let mut v = self.power()?;
        while let Some(c @ (b'*' | b'/' | b'%')) = self.peek() {
            self.i += 1;
            let r = self.power()?;
            v = match c {
                b'*' => v * r,
                b'/' => { if r == 0.0 { return Err(format!("division by zero at {}", self.i)); } v / r }
                _ => v % r,
            };
        }
        Ok(v)
    }
    fn power(&mut self) -> Result<f64, String> {
        let base = self.unary()?;
        if self.peek() == Some(b'^') {
            self.i += 1;
            let e = self.power()?;
            return Ok(base.powf(e));
        }
        Ok(base)
    }
    fn unary(&mut self) -> Result<f64, String> {
        if self.peek() == Some(b'-') {
            self.i += 1;
            return Ok(-self.unary()?);
        }
        self.atom()
    }
    fn atom(&mut self) -> Result<f64, String> {
        match self.peek() {
            Some(b'(') => {
                self.i += 1;
                let v = self.expr()?;
                if self.peek() != Some(b')') { return Err(format!("expected ) at {}", self.i)); }
                self.i += 1;
                Ok(v)
            }
            Some(c) if c.is_ascii_digit() || c == b'.' => {
                let start = self.i;
                while self.i < self.s.len() && (self.s[self.i].is_ascii_digit() || self.s[self.i] == b'.') { self.i += 1; }
                let t = std::str::from_utf8(&self.s[start..self.i]).unwrap();
                t.parse().map_err(|_| format!("bad number {:?}", t))
            }
            Some(c) => Err(format!("unexpected {:?} at {}", c as char, self.i)),
            None => Err("unexpected end".to_string()),
        }
    }
}

fn eval(s: &str) -> Result<f64, String> {
    let mut p = P { s: s.as_bytes(), i: 0 };
    let v = p.expr()?;
    if p.peek().is_some() { return Err(format!("trailing input at {}", p.i)); }
    Ok(v)
}

fn main() {
    let cases = black_box(["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 0.5", "7 % 3 + -(-4)", "((((1))))",
        "1 / 0", "2 * (3 + ", "3 + * 4", "1.2.3", "", "4 4", "100 - 1 - 1 - 1", "2 * 3.5 ^ 2 / 7"]);
    for c in cases {
        match eval(c) {
            Ok(v) => println!("{:>18} = {}", c, v),
            Err(e) => println!("{:>18} ! {}", c, e),
        }
    }
    let long: String = (1..=200).map(|i| i.to_string()).collect::<Vec<_>>().join(" + ");
    println!("sum 1..200 = {:?}", eval(&long));
    let nested = format!("{}1{}", "(".repeat(300), ")".repeat(300));
    println!("deep nesting = {:?}", eval(&nested));
}
