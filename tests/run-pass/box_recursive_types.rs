// Box-based recursive data: binary search tree insert/search/inorder/height, expression trees, Box<[T]>, Box::leak-free.
use std::hint::black_box;

#[derive(Debug)]
enum Tree { Leaf, Node(Box<Tree>, i32, Box<Tree>) }

impl Tree {
    fn insert(self, v: i32) -> Tree {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x { Tree::Node(Box::new(l.insert(v)), x, r) }
                else if v > x { Tree::Node(l, x, Box::new(r.insert(v))) }
                else { Tree::Node(l, x, r) }
            }
        }
    }
    fn contains(&self, v: i32) -> bool {
        match self {
            Tree::Leaf => false,
            Tree::Node(l, x, r) => if v == *x { true } else if v < *x { l.contains(v) } else { r.contains(v) },
        }
    }
    fn inorder(&self, out: &mut Vec<i32>) {
        if let Tree::Node(l, x, r) = self {
            l.inorder(out);
            out.push(*x);
            r.inorder(out);
        }
    }
    fn height(&self) -> usize {
        match self { Tree::Leaf => 0, Tree::Node(l, _, r) => 1 + l.height().max(r.height()) }
    }
}

enum Expr { Lit(f64), Add(Box<Expr>, Box<Expr>), Mul(Box<Expr>, Box<Expr>), Neg(Box<Expr>) }

fn eval(e: &Expr) -> f64 {
    match e {
        Expr::Lit(v) => *v,
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
        Expr::Neg(a) => -eval(a),
    }
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Lit(v) => format!("{}", v),
        Expr::Add(a, b) => format!("({} + {})", show(a), show(b)),
        Expr::Mul(a, b) => format!("{} * {}", show(a), show(b)),
        Expr::Neg(a) => format!("-{}", show(a)),
    }
}

fn main() {
    let mut t = Tree::Leaf;
    let mut s = black_box(7u32);
    for _ in 0..200 {
        s = s.wrapping_mul(1664525).wrapping_add(1013904223);
        t = t.insert((s >> 22) as i32 - 512);
    }
    let mut v = Vec::new();
    t.inorder(&mut v);
    println!("size {} height {} sorted {}", v.len(), t.height(), v.windows(2).all(|w| w[0] < w[1]));
    println!("first {:?} last {:?}", &v[..5], &v[v.len() - 5..]);
    println!("contains {} {}", t.contains(v[10]), t.contains(10000));
    use Expr::*;
    let e = Add(Box::new(Mul(Box::new(Lit(2.0)), Box::new(Lit(black_box(3.5))))), Box::new(Neg(Box::new(Add(Box::new(Lit(1.0)), Box::new(Lit(0.25)))))));
    println!("{} = {}", show(&e), eval(&e));
    let bs: Box<[String]> = vec!["p".to_string(), "q".to_string()].into_boxed_slice();
    println!("{:?} {}", bs, bs.len());
    let small = Tree::Leaf.insert(2).insert(1).insert(3);
    println!("{:?}", small);
}
