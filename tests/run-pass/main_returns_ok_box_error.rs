// main returning Result<(), Box<dyn Error>> that succeeds (exit 0) after using ? on several fallible steps.
use std::collections::BTreeMap;
use std::error::Error;
use std::hint::black_box;

fn parse_line(line: &str) -> Result<(String, i64), Box<dyn Error>> {
    let (k, v) = line.split_once(':').ok_or_else(|| format!("no colon in {:?}", line))?;
    Ok((k.trim().to_string(), v.trim().parse()?))
}

fn main() -> Result<(), Box<dyn Error>> {
    let input = black_box("apples: 3\npears: 10\napples: 4\nplums: -2");
    let mut totals = BTreeMap::new();
    for line in input.lines() {
        let (k, v) = parse_line(line)?;
        *totals.entry(k).or_insert(0i64) += v;
    }
    for (k, v) in &totals {
        println!("{:>8}: {:>4}", k, v);
    }
    let bad = parse_line("oops");
    println!("bad line handled: {}", bad.unwrap_err());
    let bad2 = parse_line("x: y");
    println!("bad number handled: {}", bad2.unwrap_err());
    Ok(())
}
