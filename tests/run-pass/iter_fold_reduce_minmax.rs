// fold, try_fold, reduce, min/max(_by, _by_key), position, rposition, find, find_map, any, all, count, partition.
use std::hint::black_box;

#[derive(Debug, Clone)]
struct P { name: &'static str, age: u32, score: f64 }

fn main() {
    let v: Vec<i32> = black_box(vec![4, -2, 9, 0, 9, -7, 3]);
    println!("fold {}", v.iter().fold(String::new(), |s, x| s + &x.to_string() + ","));
    println!("reduce {:?} {:?}", v.iter().copied().reduce(|a, b| a * 2 + b), Vec::<i32>::new().into_iter().reduce(|a, b| a + b));
    println!("try_fold ok {:?}", v.iter().try_fold(0i8, |acc, &x| acc.checked_add(x as i8)));
    println!("try_fold overflow {:?}", [100i8, 27, 1].iter().try_fold(0i8, |acc, &x| acc.checked_add(x)));
    println!("min {:?} max {:?}", v.iter().min(), v.iter().max());
    println!("max pos (last of equal) {:?}", v.iter().enumerate().max_by_key(|(_, x)| **x));
    println!("min pos (first of equal) {:?}", v.iter().enumerate().min_by_key(|(_, x)| x.abs()));
    println!("position {:?} rposition {:?}", v.iter().position(|&x| x == 9), v.iter().rposition(|&x| x == 9));
    println!("find {:?} find_map {:?}", v.iter().find(|&&x| x < 0), v.iter().find_map(|&x| if x > 5 { Some(x * 10) } else { None }));
    println!("any {} all {} count {}", v.iter().any(|&x| x == 0), v.iter().all(|&x| x > -10), v.iter().filter(|&&x| x > 0).count());
    let people = black_box(vec![
        P { name: "ann", age: 31, score: 88.5 },
        P { name: "bob", age: 25, score: 92.0 },
        P { name: "cat", age: 31, score: 79.25 },
        P { name: "dan", age: 19, score: 92.0 },
    ]);
    let oldest = people.iter().max_by_key(|p| p.age).unwrap();
    let best = people.iter().max_by(|a, b| a.score.total_cmp(&b.score)).unwrap();
    let youngest = people.iter().min_by_key(|p| p.age).unwrap();
    println!("oldest {} best {} youngest {}", oldest.name, best.name, youngest.name);
    let (over30, rest): (Vec<&P>, Vec<&P>) = people.iter().partition(|p| p.age > 30);
    println!("{:?} {:?}", over30.iter().map(|p| p.name).collect::<Vec<_>>(), rest.iter().map(|p| p.name).collect::<Vec<_>>());
    let avg = people.iter().map(|p| p.score).sum::<f64>() / people.len() as f64;
    println!("avg {:.4}", avg);
    let r: Result<Vec<u32>, String> = people.iter().map(|p| if p.age > 18 { Ok(p.age) } else { Err(format!("{} too young", p.name)) }).collect();
    println!("{:?}", r);
    println!("{:?}", [1.5f64, -2.0, 0.5].iter().copied().fold(f64::NAN, f64::max));
    println!("{}", (1..=20u64).fold(1u64, |a, b| a / gcd(a, b) * b));
    println!("{:?}", v.iter().is_sorted());
    println!("{:?}", [1, 2, 2, 5].is_sorted());
}

fn gcd(a: u64, b: u64) -> u64 { if b == 0 { a } else { gcd(b, a % b) } }
