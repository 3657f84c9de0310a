// Array (fixed-size) patterns with subslice bindings: `let [a, b, rest @ ..] = arr` gives rest an array type.
use std::hint::black_box;

fn split3(arr: [u32; 6]) -> (u32, [u32; 4], u32) {
    let [first, mid @ .., last] = arr;
    (first, mid, last)
}

fn head2<T: Copy>(arr: [T; 5]) -> ([T; 2], [T; 3]) {
    let [a, b, rest @ ..] = arr;
    ([a, b], rest)
}

fn main() {
    let arr = black_box([10u32, 20, 30, 40, 50, 60]);
    let (f, m, l) = split3(arr);
    println!("{} {:?} {} mid_sum {}", f, m, l, m.iter().sum::<u32>());
    let [a, b, rest @ ..] = black_box([1i8, 2, 3, 4, 5]);
    println!("{} {} {:?} {}", a, b, rest, std::mem::size_of_val(&rest));
    let ([x, y], tail) = head2(black_box(['p', 'q', 'r', 's', 't']));
    println!("{} {} {:?}", x, y, tail);
    let [.., p, q] = black_box([1.5f64, 2.5, 3.5]);
    println!("{} {}", p, q);
    let mut grid = black_box([[0u8; 3]; 3]);
    let [top, middle, bottom] = &mut grid;
    top[0] = 1;
    middle[1] = 2;
    bottom[2] = 3;
    println!("{:?}", grid);
    let [ref r0, .., ref r2] = grid;
    println!("{:?} {:?}", r0, r2);
    let big = black_box([7u64; 32]);
    let [h, body @ .., t] = big;
    println!("{} {} {} {}", h, body.len(), body.iter().sum::<u64>(), t);
    let words = black_box(["a".to_string(), "bb".to_string(), "ccc".to_string(), "dddd".to_string()]);
    let [w0, _, rest @ ..] = words;
    println!("{} {:?}", w0, rest);
    match black_box([1, 2, 3, 4]) {
        [1, mid @ .., 4] => println!("1..4 with mid {:?}", mid),
        _ => println!("other"),
    }
    match black_box([0u8, 9, 9, 0]) {
        [0, ref inner @ .., 0] if inner.iter().all(|&v| v == 9) => println!("framed nines {:?}", inner),
        _ => println!("no"),
    }
}
