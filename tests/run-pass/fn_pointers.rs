// Function pointers: tables of fn pointers, passing/returning them, comparing, casting closures without captures.
use std::hint::black_box;

fn add(a: i64, b: i64) -> i64 { a + b }
fn sub(a: i64, b: i64) -> i64 { a - b }
fn mul(a: i64, b: i64) -> i64 { a * b }
fn max(a: i64, b: i64) -> i64 { a.max(b) }

type BinOp = fn(i64, i64) -> i64;

fn choose(name: &str) -> Option<BinOp> {
    match name {
        "add" => Some(add),
        "sub" => Some(sub),
        "mul" => Some(mul),
        "max" => Some(max),
        "pow" => Some(|a, b| a.pow(b as u32)),
        _ => None,
    }
}

fn fold_with(op: BinOp, init: i64, xs: &[i64]) -> i64 { xs.iter().fold(init, |acc, &x| op(acc, x)) }

fn apply_n(f: fn(u32) -> u32, n: usize, x: u32) -> u32 { (0..n).fold(x, |v, _| f(v)) }

fn twice(x: u32) -> u32 { x * 2 }

struct Handler { name: &'static str, f: fn(&str) -> String }

fn main() {
    let ops = ["add", "sub", "mul", "max", "pow", "div"];
    let xs = black_box([3i64, 1, 4, 1, 5]);
    for o in ops {
        match choose(black_box(o)) {
            Some(f) => println!("{} fold = {} f(7,2) = {}", o, fold_with(f, 1, &xs), f(7, 2)),
            None => println!("{} unknown", o),
        }
    }
    let table: [BinOp; 4] = [add, sub, mul, max];
    let idx = black_box(2usize);
    println!("{}", table[idx](6, 7));
    println!("{}", apply_n(twice, black_box(10), 1));
    println!("{}", apply_n(|x| x + 3, 5, 0));
    let f1: BinOp = add;
    let f2: BinOp = black_box(sub);
    println!("via copies {} {}", f1(1, 2), f2(1, 2));
    let handlers = [
        Handler { name: "upper", f: |s| s.to_uppercase() },
        Handler { name: "rev", f: |s| s.chars().rev().collect() },
        Handler { name: "len", f: |s| s.len().to_string() },
    ];
    for h in &handlers {
        println!("{} -> {}", h.name, (h.f)(black_box("Hello")));
    }
    let method: fn(&str) -> usize = str::len;
    let ctor: fn(u8) -> Option<u8> = Some;
    println!("{} {:?}", method("abcd"), ctor(3));
    let cmp: fn(&i32, &i32) -> std::cmp::Ordering = |a, b| b.cmp(a);
    let mut v = black_box(vec![5, 2, 8, 1]);
    v.sort_by(cmp);
    println!("{:?}", v);
}
