// An explicit panic! with format arguments, after a custom Display and Debug value is printed.
use std::fmt;
use std::hint::black_box;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}, {}>", self.x, self.y)
    }
}

fn check(p: &Point) {
    if p.x * p.x + p.y * p.y > 100 {
        panic!("point {} is outside the circle (r^2 = {}, limit {:>5})", p, p.x * p.x + p.y * p.y, 100);
    }
    println!("point {} ok", p);
}

fn main() {
    for (x, y) in black_box([(1, 2), (6, 8), (9, -9)]) {
        check(&Point { x, y });
    }
}
