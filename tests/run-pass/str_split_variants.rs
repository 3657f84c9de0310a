// split, rsplit, splitn, split_terminator, split_whitespace, lines, split_once, split_inclusive, matches.
use std::hint::black_box;

fn main() {
    let s = black_box("a,b,,c,");
    println!("{:?}", s.split(',').collect::<Vec<_>>());
    println!("{:?}", s.rsplit(',').collect::<Vec<_>>());
    println!("{:?}", s.splitn(3, ',').collect::<Vec<_>>());
    println!("{:?}", s.rsplitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", s.split_terminator(',').collect::<Vec<_>>());
    println!("{:?}", s.split_inclusive(',').collect::<Vec<_>>());
    let t = black_box("  multiple   spaces\tand\ttabs\n here  ");
    println!("{:?}", t.split_whitespace().collect::<Vec<_>>());
    println!("{:?}", t.split(' ').collect::<Vec<_>>());
    let text = black_box("line one\nline two\r\n\nlast line");
    for (i, l) in text.lines().enumerate() {
        println!("{}: {:?}", i, l);
    }
    println!("{:?} {:?}", black_box("key=value=x").split_once('='), black_box("novalue").split_once('='));
    println!("{:?}", black_box("key=value=x").rsplit_once('='));
    println!("{:?}", black_box("a1b22c333d").split(|c: char| c.is_ascii_digit()).collect::<Vec<_>>());
    println!("{:?}", black_box("one::two::three").split("::").collect::<Vec<_>>());
    println!("{:?}", black_box("aXbYcZd").split(&['X', 'Y', 'Z'][..]).collect::<Vec<_>>());
    println!("{:?}", black_box("中文,字符,串").split('，').collect::<Vec<_>>());
    println!("{:?}", black_box("中文，字符，串").split('，').collect::<Vec<_>>());
    println!("{:?}", black_box("").split(',').collect::<Vec<_>>());
    println!("{:?}", black_box("a--b----c").split("--").collect::<Vec<_>>());
    let csv = black_box("name,age\nalice,30\nbob,25\n");
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    println!("{:?}", rows);
}
