// Range patterns over chars and integers (inclusive and exclusive, open-ended), matched with black_box values.
use std::hint::black_box;

fn char_class(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        '\0'..' ' => "control/space",
        '\u{80}'.. => "non-ascii",
        _ => "punct",
    }
}

fn bucket(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1000 => "very negative",
        -999..0 => "negative",
        0 => "zero",
        1..10 => "small",
        10..=99 => "medium",
        100.. => "large",
    }
}

fn grade(score: u8) -> char {
    match score {
        90..=u8::MAX => 'A',
        80..90 => 'B',
        70..80 => 'C',
        _ => 'F',
    }
}

fn main() {
    for c in black_box("aZ5 \t~é中\u{1}_").chars() {
        println!("{:?} {}", c, char_class(c));
    }
    for n in black_box([-5000i64, -999, -1, 0, 1, 9, 10, 99, 100, i64::MAX]) {
        println!("{} {}", n, bucket(n));
    }
    let scores = black_box([100u8, 90, 89, 80, 79, 70, 69, 0, 255]);
    println!("{}", scores.iter().map(|&s| grade(s)).collect::<String>());
    let b = black_box(200u8);
    let desc = match b {
        0 => "zero",
        1..=127 => "positive as i8",
        128..=255 => "negative as i8",
    };
    println!("{} {} {}", b, desc, b as i8);
    let x = black_box(-3i128);
    match x {
        i128::MIN..-1 => println!("< -1"),
        -1..=1 => println!("near zero"),
        _ => println!("big"),
    }
}
