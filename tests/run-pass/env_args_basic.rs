//@ run-args: alpha 42 -7 two-words --flag=value ünï --verbose
// std::env::args: count, skipping argv[0] (not printed, as it depends on the path), parsing numbers, flags, non-ASCII.
use std::env;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    println!("argc (without program) = {}", args.len());
    println!("program name present: {}", env::args().next().is_some());
    for (i, a) in args.iter().enumerate() {
        let kind = if let Ok(n) = a.parse::<i64>() {
            format!("int {}", n)
        } else if let Some(rest) = a.strip_prefix("--") {
            match rest.split_once('=') {
                Some((k, v)) => format!("flag {}={}", k, v),
                None => format!("flag {}", rest),
            }
        } else {
            format!("word len {} chars {}", a.len(), a.chars().count())
        };
        println!("arg[{}] = {:?} -> {}", i, a, kind);
    }
    let sum: i64 = args.iter().filter_map(|a| a.parse::<i64>().ok()).sum();
    println!("sum of ints = {}", sum);
    let os: Vec<std::ffi::OsString> = env::args_os().skip(1).collect();
    println!("args_os agrees: {}", os.iter().zip(&args).all(|(o, s)| o.to_str() == Some(s.as_str())));
}
