// Nested matches with guards, @ bindings, ranges, or-patterns, and references in patterns.
use std::hint::black_box;

#[derive(Debug, Clone)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Bin(Box<Expr>, char, Box<Expr>),
}

fn simplify(e: Expr) -> Expr {
    match e {
        Expr::Neg(inner) => match simplify(*inner) {
            Expr::Neg(x) => *x,
            Expr::Num(n) => Expr::Num(-n),
            other => Expr::Neg(Box::new(other)),
        },
        Expr::Bin(l, op, r) => match (simplify(*l), op, simplify(*r)) {
            (Expr::Num(0), '+', x) | (x, '+', Expr::Num(0)) => x,
            (Expr::Num(1), '*', x) | (x, '*', Expr::Num(1)) => x,
            (Expr::Num(0), '*', _) | (_, '*', Expr::Num(0)) => Expr::Num(0),
            (Expr::Num(a), '+', Expr::Num(b)) => Expr::Num(a + b),
            (Expr::Num(a), '*', Expr::Num(b)) if a.checked_mul(b).is_some() => Expr::Num(a * b),
            (l, op, r) => Expr::Bin(Box::new(l), op, Box::new(r)),
        },
        n => n,
    }
}

fn describe(v: (i32, Option<&str>)) -> String {
    match v {
        (0, None) => "zero-none".into(),
        (n @ 1..=9, Some(s)) if s.len() == n as usize => format!("digit {} matches len of {}", n, s),
        (n @ (10 | 20 | 30), _) => format!("round {}", n),
        (n, Some(s @ ("a" | "b"))) => format!("{} with ab {}", n, s),
        (i32::MIN..=-1, x) => format!("negative with {:?}", x),
        (n, Some(s)) if n as usize > s.len() => format!("{} longer than {:?}", n, s),
        _ => "other".into(),
    }
}

fn main() {
    use Expr::*;
    let e = Bin(Box::new(Neg(Box::new(Neg(Box::new(Num(black_box(5))))))), '*', Box::new(Bin(Box::new(Num(0)), '+', Box::new(Num(1)))));
    println!("{:?}", simplify(e));
    let e2 = Bin(Box::new(Num(3)), '+', Box::new(Bin(Box::new(Num(4)), '*', Box::new(Neg(Box::new(Num(2)))))));
    println!("{:?}", simplify(e2));
    let e3 = Bin(Box::new(Num(i64::MAX)), '*', Box::new(Num(2)));
    println!("{:?}", simplify(e3));
    let cases = black_box([(0, None), (3, Some("abc")), (3, Some("ab")), (20, Some("x")), (7, Some("a")), (-4, None), (9, Some("q")), (2, Some("zzzz"))]);
    for c in cases {
        println!("{:?} -> {}", c, describe(c));
    }
    let pairs = black_box(vec![(1, 'a'), (2, 'b'), (3, 'c')]);
    for &(n, ref c) in &pairs {
        match (n % 2, c) {
            (0, 'b') => println!("even b"),
            (1, c) if *c > 'a' => println!("odd after a: {}", c),
            (r, _) => println!("rem {}", r),
        }
    }
}
