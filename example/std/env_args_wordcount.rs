//@ run-args: --top 3 --min-len 4 the quick brown fox jumps over the lazy dog while the quick cat watches the brown dog
// A command-line tool driven by std::env::args: option parsing (--top N, --min-len N, --upper), positional
// words, error reporting for bad options (not triggered here), and a sorted frequency report.
use std::collections::BTreeMap;
use std::env;

#[derive(Debug)]
struct Options {
    top: usize,
    min_len: usize,
    upper: bool,
    words: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options { top: 5, min_len: 1, upper: false, words: Vec::new() };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--top" => {
                let v = it.next().ok_or("--top needs a value")?;
                o.top = v.parse().map_err(|e| format!("--top {:?}: {}", v, e))?;
            }
            "--min-len" => {
                let v = it.next().ok_or("--min-len needs a value")?;
                o.min_len = v.parse().map_err(|e| format!("--min-len {:?}: {}", v, e))?;
            }
            "--upper" => o.upper = true,
            s if s.starts_with("--") => return Err(format!("unknown option {}", s)),
            w => o.words.push(w.to_string()),
        }
    }
    Ok(o)
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    println!("received {} arguments", args.len());
    let opts = match parse(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {}", e);
            std::process::exit(64);
        }
    };
    println!("top={} min_len={} upper={} words={}", opts.top, opts.min_len, opts.upper, opts.words.len());
    let mut freq: BTreeMap<String, usize> = BTreeMap::new();
    for w in &opts.words {
        if w.chars().count() >= opts.min_len {
            let key = if opts.upper { w.to_uppercase() } else { w.to_lowercase() };
            *freq.entry(key).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&String, &usize)> = freq.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{:<10} {:>5}", "word", "count");
    for (w, c) in ranked.iter().take(opts.top) {
        println!("{:<10} {:>5}", w, c);
    }
    println!("distinct words with len >= {}: {}", opts.min_len, freq.len());
    let skipped: Vec<&String> = opts.words.iter().filter(|w| w.chars().count() < opts.min_len).collect();
    println!("skipped {} short words: {:?}", skipped.len(), skipped);
    for bad in [vec!["--top".to_string()], vec!["--top".into(), "x".into()], vec!["--nope".into()]] {
        match parse(&bad) {
            Ok(o) => println!("unexpected ok {:?}", o),
            Err(e) => println!("parse {:?} -> error: {}", bad, e),
        }
    }
    let initials: String = opts.words.iter().filter_map(|w| w.chars().next()).collect();
    println!("initials {}", initials);
}
