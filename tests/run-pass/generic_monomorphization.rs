// Generic functions and structs instantiated at many types; where clauses; trait bounds with operators.
use std::fmt::Debug;
use std::hint::black_box;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> { a: T, b: T }

impl<T: Copy + Add<Output = T> + Mul<Output = T>> Pair<T> {
    fn dot(&self, o: &Pair<T>) -> T { self.a * o.a + self.b * o.b }
    fn swap(self) -> Pair<T> { Pair { a: self.b, b: self.a } }
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> Option<T> {
    let mut it = xs.iter();
    let mut best = *it.next()?;
    for &x in it {
        if x > best {
            best = x;
        }
    }
    Some(best)
}

fn sum_generic<T>(xs: &[T]) -> T where T: Copy + Add<Output = T> + Default {
    xs.iter().fold(T::default(), |a, &b| a + b)
}

fn show_all<T: Debug, U: Debug>(t: T, u: U) -> String { format!("{:?}/{:?}", t, u) }

fn size_and_align<T>() -> (usize, usize) { (std::mem::size_of::<T>(), std::mem::align_of::<T>()) }

fn main() {
    let pi = Pair { a: black_box(3i32), b: 4 };
    let pf = Pair { a: black_box(1.5f64), b: -2.0 };
    let pu = Pair { a: black_box(200u8), b: 1 };
    println!("{} {} {}", pi.dot(&pi), pf.dot(&pf.swap()), pu.a.wrapping_mul(pu.b));
    println!("{:?} {:?}", pi.swap(), pf.swap());
    println!("{:?} {:?} {:?} {:?}", largest(&[3, 9, 2]), largest(&[1.5, -0.5]), largest(&['x', 'b']), largest::<u8>(&[]));
    println!("{:?}", largest(&["pear", "apple", "zoo"]));
    println!("{} {} {}", sum_generic(&[1u64, 2, 3]), sum_generic(&[0.5f32, 0.25]), sum_generic(&[-1i128, i128::MAX]));
    println!("{}", show_all(Some(1), vec!["a"]));
    println!("{}", show_all((), Pair { a: 'c', b: 'd' }));
    println!("{:?} {:?} {:?} {:?}", size_and_align::<Pair<u8>>(), size_and_align::<Pair<u128>>(), size_and_align::<Pair<f32>>(), size_and_align::<Pair<()>>());
}
