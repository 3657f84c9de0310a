// to_uppercase/to_lowercase for chars (multi-char results) and strings, ASCII case helpers.
use std::hint::black_box;

fn main() {
    let chars = ['a', 'A', 'ß', 'ǅ', 'İ', 'ﬃ', 'σ', 'Σ', 'é', '1', 'ŉ', 'Ω'];
    for c in chars {
        let c = black_box(c);
        let up: String = c.to_uppercase().collect();
        let low: String = c.to_lowercase().collect();
        println!("{} -> upper {:?} ({} chars) lower {:?} ({} chars) ascii_upper {:?}", c, up, c.to_uppercase().len(), low, c.to_lowercase().len(), c.to_ascii_uppercase());
    }
    let words = black_box(["hello World", "straße", "ΟΔΥΣΣΕΥΣ", "İstanbul", "MiXeD 123 ÀÉÎ"]);
    for w in words {
        println!("{:?}: up {:?} low {:?} ascii_up {:?} ascii_low {:?}", w, w.to_uppercase(), w.to_lowercase(), w.to_ascii_uppercase(), w.to_ascii_lowercase());
    }
    println!("{}", "Hello".eq_ignore_ascii_case("hELLO"));
    let mut s = String::from(black_box("make me loud"));
    s.make_ascii_uppercase();
    println!("{}", s);
    let title: String = black_box("the quick brown fox").split(' ').map(|w| {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
            None => String::new(),
        }
    }).collect::<Vec<_>>().join(" ");
    println!("{}", title);
}
