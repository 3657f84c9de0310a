//@ run-args: 3 4 + 20 x 7 - 6 / -5 x
// A tiny RPN calculator driven entirely by command-line arguments (x is multiplication).
use std::env;

fn main() {
    let mut stack: Vec<i64> = Vec::new();
    for tok in env::args().skip(1) {
        match tok.as_str() {
            "+" | "-" | "x" | "/" => {
                let b = stack.pop().expect("stack underflow");
                let a = stack.pop().expect("stack underflow");
                let r = match tok.as_str() {
                    "+" => a + b,
                    "-" => a - b,
                    "x" => a * b,
                    _ => a / b,
                };
                println!("{} {} {} = {}", a, tok, b, r);
                stack.push(r);
            }
            n => {
                let v: i64 = n.parse().expect("number");
                stack.push(v);
                println!("push {} -> {:?}", v, stack);
            }
        }
    }
    println!("result {:?}", stack);
}
