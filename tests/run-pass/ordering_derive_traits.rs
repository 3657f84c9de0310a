// Derived PartialEq/Eq/PartialOrd/Ord/Hash/Default/Clone on structs and enums: ordering rules, max/min, sorting, Reverse.
use std::cmp::{Ordering, Reverse};
use std::hint::black_box;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
enum Priority { #[default] Low, Medium, High(u8), Critical { code: u16 } }

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Task { pri: Priority, name: String, id: u32 }

#[derive(Debug, PartialEq, PartialOrd)]
struct Measure(f64, &'static str);

fn main() {
    let ps = black_box(vec![Priority::High(2), Priority::Low, Priority::Critical { code: 1 }, Priority::High(1), Priority::Medium, Priority::Critical { code: 0 }]);
    let mut sorted = ps.clone();
    sorted.sort();
    println!("{:?}", sorted);
    println!("max {:?} min {:?}", ps.iter().max(), ps.iter().min());
    println!("{:?}", Priority::High(200).cmp(&Priority::Critical { code: 0 }));
    let mut tasks = vec![
        Task { pri: Priority::Medium, name: "b".into(), id: 3 },
        Task { pri: Priority::High(1), name: "a".into(), id: 1 },
        Task { pri: Priority::Medium, name: "a".into(), id: 2 },
        Task::default(),
    ];
    tasks.sort();
    for t in &tasks { println!("{:?}", t); }
    tasks.sort_by_key(|t| Reverse(t.id));
    println!("{:?}", tasks.iter().map(|t| t.id).collect::<Vec<_>>());
    let m1 = Measure(black_box(1.5), "x");
    let m2 = Measure(f64::NAN, "y");
    let m3 = Measure(1.5, "a");
    println!("{:?} {:?} {:?}", m1.partial_cmp(&m2), m1.partial_cmp(&m3), m1 == m3);
    println!("{:?}", 3.cmp(&5).then(Ordering::Greater).reverse());
    println!("{:?} {:?}", "abc".cmp("abd"), [1, 2][..].cmp(&[1, 2, 0][..]));
    println!("{} {}", std::cmp::max("pear", "peach"), std::cmp::min_by_key(-3, 2, |x: &i32| x.abs()));
    println!("{:?}", (1..=5).max_by(|a, b| (a % 3).cmp(&(b % 3))));
    println!("{}", Task::default() == Task { pri: Priority::Low, name: String::new(), id: 0 });
    println!("{:?}", Ordering::Less.is_lt() && Ordering::Equal.is_ge());
}
