// find, rfind, contains, starts_with, ends_with, match_indices, matches, char predicates.
use std::hint::black_box;

fn main() {
    let s = black_box("the quick brown fox jumps over the lazy dog; the end");
    println!("{:?} {:?} {:?}", s.find("the"), s.rfind("the"), s.find("cat"));
    println!("{:?} {:?}", s.find('q'), s.find(|c: char| c.is_ascii_punctuation()));
    println!("{:?}", s.find(&['x', 'z'][..]));
    println!("{} {} {}", s.contains("fox"), s.starts_with("the"), s.ends_with("end"));
    println!("{:?}", s.match_indices("the").collect::<Vec<_>>());
    println!("{:?}", s.rmatch_indices('o').map(|(i, _)| i).collect::<Vec<_>>());
    println!("{}", s.matches(char::is_whitespace).count());
    println!("{:?}", black_box("a1b22c333").matches(char::is_numeric).collect::<String>());
    let u = black_box("naïve café résumé");
    println!("{:?} {:?}", u.find('é'), u.rfind('é'));
    println!("{:?}", u.char_indices().filter(|(_, c)| !c.is_ascii()).collect::<Vec<_>>());
    // naive substring search vs find on a generated haystack
    let hay: String = (0..500).map(|i| (b'a' + ((i * 7 + i / 13) % 5) as u8) as char).collect();
    let needle = black_box("abcde");
    let naive = (0..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle);
    println!("naive {:?} find {:?} count {}", naive, hay.find(needle), hay.matches("ab").count());
    println!("{:?}", black_box("aaaa").match_indices("aa").collect::<Vec<_>>());
    println!("{}", black_box("Hello").chars().all(char::is_alphabetic));
    println!("{:?}", black_box("hello").char_indices().rev().find(|(_, c)| *c == 'l'));
    println!("{}", black_box("abc") < black_box("abd"));
    println!("{:?}", black_box("b").cmp(black_box("abc")));
}
