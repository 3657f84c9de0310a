// Destructuring structs, tuple structs, nested enums, references (&, &mut, ref), and `..` in struct patterns.
use std::hint::black_box;

#[derive(Debug, Clone)]
struct Point3 { x: i32, y: i32, z: i32 }

#[derive(Debug)]
struct Wrapper(Point3, &'static str);

#[derive(Debug)]
enum Msg { Move { to: Point3, speed: u8 }, Say(String), Batch(Vec<Msg>), Quit }

fn handle(m: &Msg, depth: usize) {
    let pad = " ".repeat(depth * 2);
    match m {
        Msg::Move { to: Point3 { x, y: 0, .. }, speed } => println!("{}move on y=0 to x={} at {}", pad, x, speed),
        Msg::Move { to: Point3 { x, y, z }, speed: s @ 5.. } => println!("{}fast move to ({},{},{}) at {}", pad, x, y, z, s),
        Msg::Move { to, .. } => println!("{}slow move to {:?}", pad, to),
        Msg::Say(s) if s.is_empty() => println!("{}silence", pad),
        Msg::Say(s) => println!("{}say {:?}", pad, s),
        Msg::Batch(ms) => {
            println!("{}batch of {}", pad, ms.len());
            for m in ms {
                handle(m, depth + 1);
            }
        }
        Msg::Quit => println!("{}quit", pad),
    }
}

fn main() {
    let p = black_box(Point3 { x: 1, y: -2, z: 3 });
    let Point3 { x, y: why, .. } = p.clone();
    println!("{} {}", x, why);
    let Wrapper(Point3 { z, .. }, label) = Wrapper(p.clone(), "w");
    println!("{} {}", z, label);
    let msgs = vec![
        Msg::Move { to: Point3 { x: 5, y: 0, z: 0 }, speed: 1 },
        Msg::Move { to: p.clone(), speed: black_box(9) },
        Msg::Move { to: p.clone(), speed: 2 },
        Msg::Batch(vec![Msg::Say(String::new()), Msg::Say("hi".into()), Msg::Batch(vec![Msg::Quit])]),
        Msg::Quit,
    ];
    for m in &msgs {
        handle(m, 0);
    }
    let mut pts = vec![p.clone(), Point3 { x: 0, y: 0, z: 0 }];
    for Point3 { x, z, .. } in pts.iter_mut() {
        *x += 100;
        *z *= -1;
    }
    println!("{:?}", pts);
    let tuple = black_box((1, (2.5, 'c'), [4u8, 5]));
    let (a, (b, c), [d, e]) = tuple;
    println!("{} {} {} {} {}", a, b, c, d, e);
    let refs = vec![&1, &2, &3];
    let s: i32 = refs.iter().map(|&&v| v).sum();
    println!("{}", s);
    let mut pair = (String::from("left"), 0);
    let (ref mut name, ref mut count) = pair;
    name.push('!');
    *count += 5;
    println!("{:?}", pair);
}
