// Traits with associated types and associated consts, generic functions using them, default consts.
use std::hint::black_box;

trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    type Measure: Copy + std::fmt::Debug + std::ops::Add<Output = Self::Measure>;
    fn perimeter(&self) -> Self::Measure;
}

struct Square(u32);
struct Triangle(f64, f64, f64);

impl Shape for Square {
    const SIDES: u32 = 4;
    const NAME: &'static str = "square";
    type Measure = u32;
    fn perimeter(&self) -> u32 { self.0 * 4 }
}
impl Shape for Triangle {
    const SIDES: u32 = 3;
    type Measure = f64;
    fn perimeter(&self) -> f64 { self.0 + self.1 + self.2 }
}

fn report<S: Shape>(s: &S) -> String {
    format!("{} with {} sides, perimeter {:?}", S::NAME, S::SIDES, s.perimeter())
}

fn double_perimeter<S: Shape>(s: &S) -> S::Measure {
    s.perimeter() + s.perimeter()
}

trait Container {
    type Item;
    fn items(&self) -> Vec<Self::Item>;
    fn first(&self) -> Option<Self::Item> { self.items().into_iter().next() }
}

struct Evens(u32);
impl Container for Evens {
    type Item = u32;
    fn items(&self) -> Vec<u32> { (0..self.0).map(|x| x * 2).collect() }
}

fn sum_all<C: Container<Item = u32>>(c: &C) -> u32 { c.items().iter().sum() }

struct Buf<const N: usize>;
trait Capacity { const CAP: usize; }
impl<const N: usize> Capacity for Buf<N> { const CAP: usize = N * 2; }

fn main() {
    let sq = Square(black_box(5));
    let tr = Triangle(3.0, 4.0, black_box(5.5));
    println!("{}", report(&sq));
    println!("{}", report(&tr));
    println!("{:?} {:?}", double_perimeter(&sq), double_perimeter(&tr));
    let e = Evens(black_box(6));
    println!("{:?} first {:?} sum {}", e.items(), e.first(), sum_all(&e));
    println!("{} {}", Buf::<3>::CAP, <Buf<10> as Capacity>::CAP);
    const TOTAL: u32 = Square::SIDES + Triangle::SIDES;
    println!("{}", TOTAL);
}
