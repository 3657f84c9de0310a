// Text processing and formatting: word statistics over an embedded text, a formatted table with floats
// (fixed precision, scientific notation, padding and alignment), a histogram, and string transformations.
use std::collections::BTreeMap;
use std::fmt;

const TEXT: &str = "It was the best of times, it was the worst of times, it was the age of wisdom, \
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity, \
it was the season of Light, it was the season of Darkness, it was the spring of hope, \
it was the winter of despair.";

struct Stat {
    word: String,
    count: usize,
    share: f64,
}

impl fmt::Display for Stat {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:<12}|{:>5}|{:>8.3}%|{:>10.3e}", self.word, self.count, self.share * 100.0, self.share)
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c.flat_map(|x| x.to_lowercase())).collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        if !cur.is_empty() && cur.len() + 1 + w.len() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

fn main() {
    let words: Vec<String> = TEXT
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    let total = words.len();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in &words {
        *counts.entry(w.as_str()).or_insert(0) += 1;
    }
    let mut stats: Vec<Stat> = counts
        .iter()
        .map(|(w, &c)| Stat { word: w.to_string(), count: c, share: c as f64 / total as f64 })
        .collect();
    stats.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
    println!("{} words, {} distinct", total, counts.len());
    println!("{:<12}|{:>5}|{:>9}|{:>10}", "word", "count", "share", "sci");
    println!("{}", "-".repeat(40));
    for s in stats.iter().take(8) {
        println!("{}", s);
    }
    let avg_len = words.iter().map(|w| w.len()).sum::<usize>() as f64 / total as f64;
    let var = words.iter().map(|w| (w.len() as f64 - avg_len).powi(2)).sum::<f64>() / total as f64;
    println!("average word length {:.4} (std dev {:.4})", avg_len, var.sqrt());
    let mut by_len: BTreeMap<usize, usize> = BTreeMap::new();
    for w in &words {
        *by_len.entry(w.len()).or_default() += 1;
    }
    for (len, n) in &by_len {
        println!("{:>2} {:<30} {}", len, "#".repeat(*n), n);
    }
    let longest = counts.keys().max_by_key(|w| (w.len(), std::cmp::Reverse(**w))).unwrap();
    println!("longest word {:?}", longest);
    for line in wrap(TEXT, 38) {
        println!("|{:^40}|", line);
    }
    println!("{}", title_case("the season of LIGHT"));
    let acronym: String = stats.iter().take(5).map(|s| s.word.chars().next().unwrap().to_ascii_uppercase()).collect();
    println!("acronym of top words: {}", acronym);
    let values = [0.0f64, 1.0 / 3.0, 2.0f64.sqrt(), 1e-7, 123456.789, -0.5, 6.02214076e23];
    for v in values {
        println!("{:>14.5} {:>12.3e} {:>24?} {:+.2}", v, v, v, v);
    }
    let f = 1.0f32 / 7.0;
    println!("f32 {} {:.10} {:e} as f64 {}", f, f, f, f as f64);
    let replaced = TEXT.replace("it was", "'twas").replacen("'twas", "Twas", 1);
    println!("{}", &replaced[..60]);
}
