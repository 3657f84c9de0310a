// Result and the ? operator: early returns, map_err, custom From impls, Option ? in functions returning Option.
#![allow(dead_code)]
use std::hint::black_box;

#[derive(Debug)]
enum AppErr { Parse(String), Neg(i32), Div0 }

impl From<std::num::ParseIntError> for AppErr {
    fn from(e: std::num::ParseIntError) -> Self { AppErr::Parse(e.to_string()) }
}

fn parse_pos(s: &str) -> Result<i32, AppErr> {
    let v: i32 = s.trim().parse()?;
    if v < 0 { Err(AppErr::Neg(v)) } else { Ok(v) }
}

fn ratio(a: &str, b: &str) -> Result<f64, AppErr> {
    let x = parse_pos(a)?;
    let y = parse_pos(b)?;
    if y == 0 { return Err(AppErr::Div0); }
    Ok(x as f64 / y as f64)
}

fn second_word_len(s: &str) -> Option<usize> {
    let w = s.split_whitespace().nth(1)?;
    let first = w.chars().next()?;
    Some(w.len() + first.is_uppercase() as usize)
}

fn sum_all(items: &[&str]) -> Result<i32, AppErr> {
    items.iter().map(|s| parse_pos(s)).sum()
}

fn main() {
    let cases = black_box([("10", "4"), (" 7 ", "2"), ("x", "1"), ("5", "-3"), ("9", "0"), ("99999999999", "1")]);
    for (a, b) in cases {
        match ratio(a, b) {
            Ok(r) => println!("{:?}/{:?} = {}", a, b, r),
            Err(e) => println!("{:?}/{:?} error {:?}", a, b, e),
        }
    }
    for s in black_box(["hello World", "one", "a b", "x  Yz"]) {
        println!("{:?} -> {:?}", s, second_word_len(s));
    }
    println!("{:?}", sum_all(&["1", "2", "3"]));
    println!("{:?}", sum_all(&["1", "-2", "x"]));
    let r: Result<u8, String> = "300".parse::<u8>().map_err(|e| format!("wrapped: {}", e));
    println!("{:?}", r);
    let chained = parse_pos("8").and_then(|v| if v > 5 { Ok(v * 2) } else { Err(AppErr::Neg(v)) });
    println!("{:?}", chained);
    let fallback = parse_pos("bad").or_else(|_| parse_pos("42"));
    println!("{:?}", fallback);
    println!("{}", parse_pos("-1").unwrap_or_default());
    println!("{:?}", parse_pos("3").is_ok_and(|v| v == 3));
    let v: Vec<Result<i32, AppErr>> = vec![Ok(1), Err(AppErr::Div0), Ok(3)];
    let (oks, errs): (Vec<_>, Vec<_>) = v.into_iter().partition(|r| r.is_ok());
    println!("{:?} {:?}", oks, errs);
}
