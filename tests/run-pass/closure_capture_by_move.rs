// move closures: ownership transfer, copies of Copy values, returning closures that own their state.
use std::hint::black_box;

fn make_adder(n: i64) -> impl Fn(i64) -> i64 {
    move |x| x + n
}

fn make_counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || { c += 1; c }
}

fn make_greeter(name: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |greeting| format!("{}, {}!", greeting, name))
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}

fn main() {
    let add5 = make_adder(black_box(5));
    let add_neg = make_adder(-100);
    println!("{} {}", add5(10), add_neg(add5(1)));
    let mut c1 = make_counter();
    let mut c2 = make_counter();
    println!("{} {} {} {}", c1(), c1(), c2(), c1());
    let g = make_greeter(String::from(black_box("world")));
    println!("{}", g("Hello"));
    println!("{}", g("Bye"));
    let x = black_box(7);
    let copy_cl = move || x * 2;
    println!("{} still usable {}", copy_cl(), x);
    let v = vec![1, 2, 3];
    let owns = move || v.iter().sum::<i32>();
    println!("{}", owns());
    let h = compose(|x: i32| x + 1, |y: i32| y * 10);
    let k = compose(h, |z: i32| format!("<{}>", z));
    println!("{}", k(black_box(4)));
    let fns: Vec<Box<dyn Fn(i32) -> i32>> = (1..=4).map(|m| Box::new(move |x| x * m) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", fns.iter().map(|f| f(black_box(10))).collect::<Vec<_>>());
    let s = String::from("moved");
    let consume = move || s.len();
    println!("{}", consume());
    println!("{}", consume());
    let big = [black_box(1u64); 64];
    let cl = move || big.iter().sum::<u64>();
    println!("{} size {}", cl(), std::mem::size_of_val(&cl));
}
