// Boolean logic: short-circuit && || with side effects, non-short-circuit & | ^ on bools, bool to int, then/then_some.
use std::cell::Cell;
use std::hint::black_box;

fn main() {
    let calls = Cell::new(0);
    let t = |v: bool| { calls.set(calls.get() + 1); v };
    let r1 = t(false) && t(true);
    println!("false && _ = {} calls {}", r1, calls.get());
    let r2 = t(true) || t(false);
    println!("true || _ = {} calls {}", r2, calls.get());
    let r3 = t(false) & t(true);
    println!("false & true = {} calls {}", r3, calls.get());
    let r4 = t(true) | t(false);
    println!("true | false = {} calls {}", r4, calls.get());
    for a in [false, true] {
        for b in [false, true] {
            let (a, b) = (black_box(a), black_box(b));
            println!("{:5} {:5}: and {:5} or {:5} xor {:5} nand {:5} eq {:5} lt {:5}", a, b, a && b, a || b, a ^ b, !(a & b), a == b, a < b);
        }
    }
    let bools = black_box([true, false, true, true]);
    let as_int: u32 = bools.iter().map(|&b| b as u32).sum();
    let bits: u8 = bools.iter().enumerate().fold(0, |acc, (i, &b)| acc | ((b as u8) << i));
    println!("count {} bits {:04b}", as_int, bits);
    println!("{:?} {:?}", black_box(true).then(|| "yes"), black_box(false).then_some(5));
    let mut flag = black_box(false);
    flag |= true;
    flag &= black_box(true);
    flag ^= true;
    println!("{}", flag);
    println!("{:?}", [false, true].iter().max());
    let v: Vec<i32> = (0..10).filter(|x| (x % 2 == 0) != (x % 3 == 0)).collect();
    println!("{:?}", v);
    println!("{}", std::mem::size_of::<bool>() + std::mem::size_of::<Option<bool>>());
    println!("{:?}", "true".parse::<bool>().map_err(|_| ()).and("nope".parse::<bool>().map_err(|_| ())));
}
