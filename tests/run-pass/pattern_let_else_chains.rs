// let-else, if-let chains (edition 2024), while-let with stacks, matches! macro.
use std::collections::HashMap;
use std::hint::black_box;

fn parse_kv(s: &str) -> Option<(String, i32)> {
    let Some((k, v)) = s.split_once('=') else { return None };
    let Ok(n) = v.trim().parse::<i32>() else { return None };
    if k.is_empty() {
        return None;
    }
    Some((k.trim().to_string(), n))
}

fn first_even_square(xs: &[i32]) -> Option<i32> {
    for &x in xs {
        if x % 2 == 0 && let Some(sq) = x.checked_mul(x) && sq > 10 {
            return Some(sq);
        }
    }
    None
}

fn main() {
    let inputs = black_box(["a=1", "b = 22", "=3", "c=x", "noeq", " d=-4 "]);
    let mut map = HashMap::new();
    for s in inputs {
        let r = parse_kv(s);
        println!("{:?} -> {:?}", s, r);
        if let Some((k, v)) = r {
            map.insert(k, v);
        }
    }
    let mut keys: Vec<_> = map.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    println!("{:?} {:?}", first_even_square(&[1, 2, 3, 4, 5]), first_even_square(&[1, 3, 2]));
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
        if top == 3 {
            stack.push(10);
        }
    }
    println!();
    let opt: Option<Option<i32>> = black_box(Some(Some(4)));
    if let Some(inner) = opt && let Some(v) = inner && v > 3 {
        println!("chain matched {}", v);
    } else {
        println!("chain failed");
    }
    let vals = black_box([Some(1), None, Some(7)]);
    println!("{:?}", vals.iter().filter(|v| matches!(v, Some(n) if *n > 2)).count());
    let mut it = black_box(vec!["x", "y"]).into_iter().enumerate();
    while let Some((i, s)) = it.next() && i < 5 {
        println!("{} {}", i, s);
    }
}
