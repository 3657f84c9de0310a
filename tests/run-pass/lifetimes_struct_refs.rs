// Structs holding references with lifetimes, iterator over borrowed data, returning borrowed slices from methods.
use std::hint::black_box;

struct Parser<'a> { src: &'a str, pos: usize }

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self { Parser { src, pos: 0 } }
    fn skip_ws(&mut self) {
        while self.src[self.pos..].starts_with(' ') { self.pos += 1; }
    }
    fn word(&mut self) -> Option<&'a str> {
        self.skip_ws();
        let rest = &self.src[self.pos..];
        if rest.is_empty() { return None; }
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end;
        Some(&rest[..end])
    }
}

impl<'a> Iterator for Parser<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> { self.word() }
}

struct Longest<'a> { best: Option<&'a str> }
impl<'a> Longest<'a> {
    fn feed(&mut self, s: &'a str) { if self.best.is_none_or(|b| s.len() > b.len()) { self.best = Some(s); } }
}

fn pick<'a, 'b>(a: &'a [i32], _b: &'b [i32]) -> &'a [i32] { &a[1..] }

fn split_pair<'a>(s: &'a str, sep: char) -> (&'a str, &'a str) {
    match s.find(sep) { Some(i) => (&s[..i], &s[i + sep.len_utf8()..]), None => (s, "") }
}

fn main() {
    let text = String::from(black_box("  the   borrowed words live   long enough "));
    let words: Vec<&str> = Parser::new(&text).collect();
    println!("{:?}", words);
    let mut l = Longest { best: None };
    for w in Parser::new(&text) { l.feed(w); }
    println!("{:?}", l.best);
    let v1 = vec![1, 2, 3];
    let r;
    {
        let v2 = vec![9];
        r = pick(&v1, &v2);
    }
    println!("{:?}", r);
    println!("{:?} {:?}", split_pair(black_box("key→value"), '→'), split_pair("novalue", '='));
    let mut p = Parser::new(black_box("a bb ccc"));
    let first = p.word();
    let second = p.word();
    println!("{:?} {:?} rest {:?}", first, second, &p.src[p.pos..]);
    let owned: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    let refs: Vec<&String> = owned.iter().filter(|s| s.len() > 4).collect();
    println!("{:?}", refs);
}
