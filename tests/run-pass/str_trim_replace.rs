// trim variants, strip_prefix/suffix, replace, replacen, repeat, to_owned edits.
use std::hint::black_box;

fn main() {
    let s = black_box("  \t hello world \n ");
    println!("[{}] [{}] [{}]", s.trim(), s.trim_start(), s.trim_end());
    let x = black_box("xxabcxx");
    println!("{} {} {}", x.trim_matches('x'), x.trim_start_matches("xx"), x.trim_end_matches(|c| c == 'x'));
    println!("{:?} {:?}", black_box("prefix_body").strip_prefix("prefix_"), black_box("body.rs").strip_suffix(".txt"));
    let r = black_box("the cat sat on the mat");
    println!("{}", r.replace("the", "a"));
    println!("{}", r.replacen("at", "og", 2));
    println!("{}", r.replace(' ', ""));
    println!("{}", r.replace(char::is_whitespace, "_"));
    println!("{}", black_box("ééé").replace('é', "e"));
    println!("{}", black_box("ab").repeat(5));
    println!("{:?}", black_box("").replace("", "-"));
    println!("{}", black_box("abc").replace("", "-"));
    let mut owned = String::from(black_box("Hello"));
    owned.push_str(", world");
    owned.insert(0, '>');
    owned.insert_str(1, "> ");
    println!("{}", owned);
    owned.truncate(8);
    println!("{:?} pop {:?}", owned, owned.clone().pop());
    owned.retain(|c| c != 'l');
    println!("{:?}", owned);
    let removed = owned.remove(0);
    println!("{:?} {:?}", removed, owned);
    owned.replace_range(1..3, "XYZ");
    println!("{:?}", owned);
    let drained: String = owned.drain(..2).collect();
    println!("{:?} {:?}", drained, owned);
    owned.clear();
    println!("{:?} empty {}", owned, owned.is_empty());
}
