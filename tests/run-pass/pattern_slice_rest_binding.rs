// Slice patterns with `rest @ ..` bindings used in recursive functions and parsers.
use std::hint::black_box;

fn sum(xs: &[i64]) -> i64 {
    match xs {
        [] => 0,
        [head, tail @ ..] => head + sum(tail),
    }
}

fn pairwise_max(xs: &[i32]) -> Vec<i32> {
    match xs {
        [a, b, rest @ ..] => {
            let mut v = vec![*a.max(b)];
            v.extend(pairwise_max(rest));
            v
        }
        [a] => vec![*a],
        [] => vec![],
    }
}

#[derive(Debug)]
enum Tok { Num(i64), Plus, Minus }

fn eval(toks: &[Tok]) -> Option<i64> {
    match toks {
        [Tok::Num(n)] => Some(*n),
        [Tok::Num(n), Tok::Plus, rest @ ..] => Some(n + eval(rest)?),
        [Tok::Num(n), Tok::Minus, Tok::Num(m), rest @ ..] => {
            let mut tail = vec![Tok::Num(n - m)];
            for t in rest {
                tail.push(match t { Tok::Num(x) => Tok::Num(*x), Tok::Plus => Tok::Plus, Tok::Minus => Tok::Minus });
            }
            eval(&tail)
        }
        _ => None,
    }
}

fn middle(xs: &[u8]) -> &[u8] {
    match xs {
        [_, mid @ .., _] => mid,
        _ => &[],
    }
}

fn main() {
    let v: Vec<i64> = (1..=black_box(100)).collect();
    println!("sum {}", sum(&v));
    println!("{:?}", pairwise_max(&black_box([3, 9, 4, 1, 7, 7, 2])));
    let toks = vec![Tok::Num(10), Tok::Minus, Tok::Num(3), Tok::Plus, Tok::Num(5), Tok::Minus, Tok::Num(20)];
    println!("{:?} = {:?}", toks, eval(&toks));
    println!("{:?}", eval(&[Tok::Plus]));
    println!("{:?} {:?} {:?}", middle(b"abcde"), middle(b"ab"), middle(b"a"));
    let s = black_box([1u8, 2, 3, 4, 5, 6]);
    if let [a, rest @ .., z] = &s[..] {
        println!("a {} z {} rest {:?} rest_len {}", a, z, rest, rest.len());
    }
    let nested = black_box(vec![vec![1], vec![2, 3], vec![], vec![4, 5, 6]]);
    for inner in &nested {
        match inner.as_slice() {
            [] => println!("empty"),
            [x, rest @ ..] => println!("head {} + {} more", x, rest.len()),
        }
    }
}
