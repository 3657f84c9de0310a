// Mutual recursion (is_even/is_odd, Hofstadter sequences) and Ackermann for small inputs; memoized recursion.
use std::collections::HashMap;
use std::hint::black_box;

fn is_even(n: u32) -> bool { if n == 0 { true } else { is_odd(n - 1) } }
fn is_odd(n: u32) -> bool { if n == 0 { false } else { is_even(n - 1) } }

fn hof_f(n: u32) -> u32 { if n == 0 { 1 } else { n - hof_m(hof_f(n - 1)) } }
fn hof_m(n: u32) -> u32 { if n == 0 { 0 } else { n - hof_f(hof_m(n - 1)) } }

fn ack(m: u64, n: u64) -> u64 {
    match (m, n) {
        (0, n) => n + 1,
        (m, 0) => ack(m - 1, 1),
        (m, n) => ack(m - 1, ack(m, n - 1)),
    }
}

fn partitions(n: u64, max: u64, memo: &mut HashMap<(u64, u64), u64>) -> u64 {
    if n == 0 { return 1; }
    if max == 0 { return 0; }
    if let Some(&v) = memo.get(&(n, max)) { return v; }
    let mut total = partitions(n, max - 1, memo);
    if max <= n { total += partitions(n - max, max, memo); }
    memo.insert((n, max), total);
    total
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: &mut Vec<(char, char)>) {
    if n == 0 { return; }
    hanoi(n - 1, from, via, to, moves);
    moves.push((from, to));
    hanoi(n - 1, via, to, from, moves);
}

fn main() {
    println!("{} {} {}", is_even(black_box(1000)), is_odd(black_box(777)), is_even(black_box(3)));
    println!("F {:?}", (0..20).map(|n| hof_f(black_box(n))).collect::<Vec<_>>());
    println!("M {:?}", (0..20).map(|n| hof_m(black_box(n))).collect::<Vec<_>>());
    for m in 0..=3 {
        println!("ack({}, 0..5) = {:?}", m, (0..5).map(|n| ack(black_box(m), n)).collect::<Vec<_>>());
    }
    let mut memo = HashMap::new();
    println!("p(100) = {}", partitions(black_box(100), 100, &mut memo));
    println!("p(200) = {}", partitions(200, 200, &mut memo));
    let mut moves = Vec::new();
    hanoi(black_box(10), 'A', 'C', 'B', &mut moves);
    println!("hanoi moves {} first {:?} last {:?}", moves.len(), &moves[..3], moves.last());
}
