// Result combinators: map, map_err, and_then, or_else, unwrap_or_else, ok(), err(), iter, transpose, copied, flatten-like chains.
use std::hint::black_box;

fn half(x: i32) -> Result<i32, String> {
    if x % 2 == 0 { Ok(x / 2) } else { Err(format!("{} is odd", x)) }
}

fn main() {
    for x in black_box([8, 6, 7, 0]) {
        let r = half(x);
        println!("{} -> {:?} twice {:?} map {:?} map_err {:?}", x, r, r.clone().and_then(half), r.as_ref().map(|v| v * 10), r.as_ref().map_err(|e| e.len()));
    }
    let bad: Result<i32, String> = half(black_box(3));
    println!("{:?} {:?}", bad.clone().ok(), bad.clone().err());
    println!("{}", bad.clone().unwrap_or_else(|e| e.len() as i32));
    println!("{:?}", bad.clone().or_else(|_| half(4)));
    println!("{}", bad.clone().map_or(-1, |v| v));
    println!("{}", bad.clone().map_or_else(|e| e.to_uppercase(), |v| v.to_string()));
    println!("{:?}", bad.iter().count());
    let good: Result<i32, String> = Ok(black_box(5));
    println!("{:?} {:?}", good.iter().next(), good.clone().and(Ok::<&str, String>("next")));
    println!("{:?}", good.clone().or(Err::<i32, i32>(0)));
    let opt: Result<Option<i32>, String> = Ok(Some(1));
    println!("{:?}", opt.transpose());
    let r: Result<&i32, ()> = Ok(&9);
    println!("{:?}", r.copied());
    let chain: Result<i32, String> = Ok(64).and_then(half).and_then(half).and_then(half).map(|v| v + 1).and_then(half);
    println!("{:?}", chain);
    let sum: Result<i32, String> = [4, 8, 12].iter().map(|&x| half(x)).sum();
    let sum_bad: Result<i32, String> = [4, 9, 12, 13].iter().map(|&x| half(x)).sum();
    println!("{:?} {:?}", sum, sum_bad);
    let is: Vec<bool> = [2, 3].iter().map(|&x| half(x).is_err_and(|e| e.contains("odd"))).collect();
    println!("{:?}", is);
    let nested: Result<Result<i32, String>, String> = Ok(half(10));
    println!("{:?}", nested.and_then(|r| r));
    let e: Result<(), std::io::Error> = Err(std::io::Error::new(std::io::ErrorKind::NotFound, "thing not found"));
    match e {
        Err(err) => println!("io error kind {:?} msg {}", err.kind(), err),
        Ok(()) => println!("ok"),
    }
}
