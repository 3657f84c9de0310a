// peekable (peek, next_if, next_if_eq) used in a tokenizer; scan for running state; take_while/skip_while; inspect.
use std::hint::black_box;

#[derive(Debug, PartialEq)]
enum Tok { Num(i64), Ident(String), Op(char), LParen, RParen }

fn tokenize(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(&c) = it.peek() {
        if c.is_whitespace() {
            it.next();
        } else if c.is_ascii_digit() {
            let mut n = 0i64;
            while let Some(d) = it.next_if(|c| c.is_ascii_digit()) {
                n = n * 10 + d.to_digit(10).unwrap() as i64;
            }
            out.push(Tok::Num(n));
        } else if c.is_alphabetic() {
            let mut id = String::new();
            while let Some(ch) = it.next_if(|c| c.is_alphanumeric() || *c == '_') {
                id.push(ch);
            }
            out.push(Tok::Ident(id));
        } else if it.next_if_eq(&'(').is_some() {
            out.push(Tok::LParen);
        } else if it.next_if_eq(&')').is_some() {
            out.push(Tok::RParen);
        } else {
            out.push(Tok::Op(c));
            it.next();
        }
    }
    out
}

fn main() {
    let toks = tokenize(black_box("foo_1 + (42*bar) - 7/x2"));
    println!("{:?}", toks);
    let running: Vec<i32> = black_box([3, -1, 4, -1, 5, -9, 2]).iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();
    println!("running {:?}", running);
    let until_neg: Vec<i32> = running.iter().scan((), |_, &x| if x >= 0 { Some(x) } else { None }).collect();
    println!("until_neg {:?}", until_neg);
    let fibs: Vec<u64> = std::iter::repeat(()).scan((0u64, 1u64), |st, _| { let r = st.0; *st = (st.1, st.0 + st.1); Some(r) }).take(15).collect();
    println!("{:?}", fibs);
    let s = black_box("   leading spaces then words");
    let trimmed: String = s.chars().skip_while(|c| c.is_whitespace()).take_while(|c| *c != 't').collect();
    println!("{:?}", trimmed);
    let mut seen = Vec::new();
    let total: i32 = (1..=5).inspect(|x| seen.push(*x)).filter(|x| x % 2 == 1).sum();
    println!("total {} seen {:?}", total, seen);
    let mut p = [1, 1, 2, 2, 2, 3, 1].iter().peekable();
    let mut groups = Vec::new();
    while let Some(&x) = p.next() {
        let mut n = 1;
        while p.next_if(|&&y| y == x).is_some() { n += 1; }
        groups.push((x, n));
    }
    println!("rle {:?}", groups);
    let mut pk = (1..4).peekable();
    if let Some(v) = pk.peek_mut() { *v *= 100; }
    println!("{:?}", pk.collect::<Vec<_>>());
}
