// Trait objects for generic traits, generic methods on concrete types, dyn dispatch through Vec and &dyn.
use std::hint::black_box;

trait Transform<T> {
    fn apply(&self, x: T) -> T;
    fn name(&self) -> String;
}

struct AddN(i64);
struct MulN(i64);
struct Upper;
struct Repeat(usize);

impl Transform<i64> for AddN {
    fn apply(&self, x: i64) -> i64 { x + self.0 }
    fn name(&self) -> String { format!("add{}", self.0) }
}
impl Transform<i64> for MulN {
    fn apply(&self, x: i64) -> i64 { x * self.0 }
    fn name(&self) -> String { format!("mul{}", self.0) }
}
impl Transform<String> for Upper {
    fn apply(&self, x: String) -> String { x.to_uppercase() }
    fn name(&self) -> String { "upper".into() }
}
impl Transform<String> for Repeat {
    fn apply(&self, x: String) -> String { x.repeat(self.0) }
    fn name(&self) -> String { format!("repeat{}", self.0) }
}

fn pipeline<T: Clone + std::fmt::Debug>(start: T, steps: &[Box<dyn Transform<T>>]) -> T {
    let mut v = start;
    for s in steps {
        v = s.apply(v);
        println!("  after {}: {:?}", s.name(), v);
    }
    v
}

fn apply_twice<T>(t: &dyn Transform<T>, x: T) -> T {
    t.apply(t.apply(x))
}

fn main() {
    let int_steps: Vec<Box<dyn Transform<i64>>> = vec![Box::new(AddN(3)), Box::new(MulN(-2)), Box::new(AddN(100))];
    println!("ints {}", pipeline(black_box(5i64), &int_steps));
    let str_steps: Vec<Box<dyn Transform<String>>> = vec![Box::new(Repeat(2)), Box::new(Upper)];
    println!("strs {}", pipeline(String::from(black_box("ab")), &str_steps));
    println!("twice {}", apply_twice(&MulN(3), black_box(7)));
    println!("twice {}", apply_twice(&Repeat(3), "x".to_string()));
    let r: &dyn Transform<i64> = if black_box(true) { &AddN(1) } else { &MulN(0) };
    println!("{} {}", r.name(), r.apply(41));
}
