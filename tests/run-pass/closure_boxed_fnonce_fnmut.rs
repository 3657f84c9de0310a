// Box<dyn FnOnce>, Box<dyn FnMut>, Vec of boxed callbacks, calling FnOnce exactly once.
use std::hint::black_box;

struct Task { name: String, job: Box<dyn FnOnce() -> String> }

fn run_all(tasks: Vec<Task>) {
    for t in tasks {
        let name = t.name;
        let out = (t.job)();
        println!("{}: {}", name, out);
    }
}

fn call_n(f: &mut dyn FnMut(u32) -> u32, n: u32) -> u32 {
    let mut last = 0;
    for i in 0..n {
        last = f(i);
    }
    last
}

fn main() {
    let owned = String::from(black_box("payload"));
    let v = vec![1, 2, 3];
    let tasks = vec![
        Task { name: "a".into(), job: Box::new(move || owned + "!") },
        Task { name: "b".into(), job: Box::new(move || format!("{:?}", v.into_iter().rev().collect::<Vec<_>>())) },
        Task { name: "c".into(), job: Box::new(|| String::from("static")) },
    ];
    run_all(tasks);
    let mut total = 0u32;
    let mut acc = |i: u32| { total += i * i; total };
    println!("call_n {}", call_n(&mut acc, black_box(10)));
    println!("total {}", total);
    let mut handlers: Vec<Box<dyn FnMut(i32) -> i32>> = Vec::new();
    for k in 1..=3 {
        let mut state = 0;
        handlers.push(Box::new(move |x| { state += x * k; state }));
    }
    for round in 0..3 {
        let outs: Vec<i32> = handlers.iter_mut().map(|h| h(black_box(round + 1))).collect();
        println!("round {} {:?}", round, outs);
    }
    let once: Box<dyn FnOnce(i32) -> Vec<i32>> = Box::new(|n| (0..n).collect());
    println!("{:?}", once(black_box(5)));
    let maybe: Option<Box<dyn FnOnce() -> &'static str>> = Some(Box::new(|| "called"));
    if let Some(f) = maybe {
        println!("{}", f());
    }
    let fm: &mut dyn FnMut() -> i32 = &mut { let mut n = 10; move || { n -= 3; n } };
    println!("{} {} {}", fm(), fm(), fm());
}
