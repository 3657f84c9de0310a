// Supertraits: calling supertrait methods through a subtrait object, default methods using supertraits.
use std::fmt;
use std::hint::black_box;

trait Named { fn name(&self) -> String; }
trait Aged { fn age(&self) -> u32; }
trait Person: Named + Aged + fmt::Debug {
    fn describe(&self) -> String { format!("{} ({})", self.name(), self.age()) }
    fn is_adult(&self) -> bool { self.age() >= 18 }
}

#[derive(Debug)]
struct Student { n: String, a: u32, school: &'static str }
#[derive(Debug)]
struct Worker { n: String, a: u32 }

impl Named for Student { fn name(&self) -> String { self.n.clone() } }
impl Aged for Student { fn age(&self) -> u32 { self.a } }
impl Person for Student {
    fn describe(&self) -> String { format!("{} ({}) at {}", self.name(), self.age(), self.school) }
}
impl Named for Worker { fn name(&self) -> String { self.n.to_uppercase() } }
impl Aged for Worker { fn age(&self) -> u32 { self.a } }
impl Person for Worker {}

fn oldest<'a>(people: &'a [Box<dyn Person>]) -> &'a dyn Person {
    people.iter().max_by_key(|p| p.age()).unwrap().as_ref()
}

fn print_named<T: Named + ?Sized>(x: &T) { println!("named: {}", x.name()); }

fn main() {
    let people: Vec<Box<dyn Person>> = vec![
        Box::new(Student { n: "ann".into(), a: black_box(16), school: "north" }),
        Box::new(Worker { n: "bob".into(), a: black_box(42) }),
        Box::new(Student { n: "cy".into(), a: 19, school: "south" }),
    ];
    for p in &people {
        println!("{} adult={} dbg={:?}", p.describe(), p.is_adult(), p);
    }
    let o = oldest(&people);
    println!("oldest {}", o.describe());
    print_named(o);
    print_named(&Worker { n: "zed".into(), a: 1 });
    let adults = people.iter().filter(|p| p.is_adult()).map(|p| p.name()).collect::<Vec<_>>();
    println!("{:?}", adults);
}
