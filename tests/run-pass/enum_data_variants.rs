// Data-carrying enums with mixed payload sizes: construction, matching, mutation in place, Vec of enums.
use std::hint::black_box;

#[derive(Debug, Clone, PartialEq)]
enum Shape {
    Circle { r: f64 },
    Rect { w: f64, h: f64 },
    Tri(f64, f64, f64),
    Poly(Vec<(i32, i32)>),
    Unit,
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.0 * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Tri(a, b, c) => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
            Shape::Poly(pts) => {
                let mut acc = 0i64;
                for i in 0..pts.len() {
                    let (x1, y1) = pts[i];
                    let (x2, y2) = pts[(i + 1) % pts.len()];
                    acc += (x1 * y2 - x2 * y1) as i64;
                }
                acc.abs() as f64 / 2.0
            }
            Shape::Unit => 0.0,
        }
    }
    fn scale(&mut self, k: f64) {
        match self {
            Shape::Circle { r } => *r *= k,
            Shape::Rect { w, h } => { *w *= k; *h *= k; }
            Shape::Tri(a, b, c) => { *a *= k; *b *= k; *c *= k; }
            Shape::Poly(pts) => for p in pts.iter_mut() { p.0 = (p.0 as f64 * k) as i32; p.1 = (p.1 as f64 * k) as i32; },
            Shape::Unit => {}
        }
    }
}

fn main() {
    let mut shapes = black_box(vec![
        Shape::Circle { r: 1.5 },
        Shape::Rect { w: 2.0, h: 3.5 },
        Shape::Tri(3.0, 4.0, 5.0),
        Shape::Poly(vec![(0, 0), (4, 0), (4, 3), (0, 3)]),
        Shape::Unit,
    ]);
    for s in &shapes {
        println!("{:?} area {:.3}", s, s.area());
    }
    for s in shapes.iter_mut() {
        s.scale(2.0);
    }
    for s in &shapes {
        println!("scaled area {:.3}", s.area());
    }
    println!("size {}", std::mem::size_of::<Shape>());
    let idx = shapes.iter().position(|s| matches!(s, Shape::Tri(..)));
    println!("tri at {:?}", idx);
    shapes.swap(0, 4);
    println!("{:?}", shapes[0] == Shape::Unit);
    let total: f64 = shapes.iter().map(Shape::area).sum();
    println!("total {:.2}", total);
}
