//! Runtime benchmark: text processing. Generates 20 MB of pseudo-random English-like text,
//! counts its words in a `HashMap<&[u8], _>`, matches a small hand-written pattern language
//! (literals, `.`, `[a-z]` classes, `*`, with backtracking) against every word of every line, and prints a
//! checksum of the counts and matches.

use std::collections::HashMap;

const TEXT_BYTES: usize = 20 << 20;
const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "you",
    "that",
    "it",
    "he",
    "was",
    "for",
    "on",
    "are",
    "as",
    "with",
    "his",
    "they",
    "at",
    "be",
    "this",
    "have",
    "from",
    "or",
    "one",
    "had",
    "by",
    "word",
    "but",
    "not",
    "what",
    "all",
    "were",
    "we",
    "when",
    "your",
    "can",
    "said",
    "there",
    "use",
    "an",
    "each",
    "which",
    "she",
    "do",
    "how",
    "their",
    "if",
    "will",
    "up",
    "other",
    "about",
    "out",
    "many",
    "then",
    "them",
    "these",
    "so",
    "some",
    "her",
    "would",
    "make",
    "like",
    "him",
    "into",
    "time",
    "has",
    "look",
    "two",
    "more",
    "write",
    "go",
    "see",
    "number",
    "no",
    "way",
    "could",
    "people",
    "my",
    "than",
    "first",
    "water",
    "been",
    "call",
    "who",
    "oil",
    "its",
    "now",
    "find",
    "long",
    "down",
    "day",
    "did",
    "get",
    "come",
    "made",
    "may",
    "part",
    "running",
    "thinking",
    "reading",
    "compiling",
    "benchmarking",
    "testing",
];
/// Words ending in "ing" and preceded by a word starting with "th".
const PATTERN: &str = "th[a-z]* [a-z]*ing";

/// A deterministic sequence of indices.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

fn generate_text() -> String {
    let mut random = Random(0x1234_5678_9abc_def1);
    let mut text = String::with_capacity(TEXT_BYTES + 64);
    let mut words_in_line = 0;
    while text.len() < TEXT_BYTES {
        text.push_str(WORDS[random.below(WORDS.len())]);
        words_in_line += 1;
        if words_in_line == 12 || random.below(20) == 0 {
            text.push_str(if random.below(3) == 0 { ".\n" } else { "\n" });
            words_in_line = 0;
        } else {
            text.push(' ');
        }
    }
    text
}

/// One element of a pattern, with whether it may repeat (`*`).
#[derive(Clone, Copy)]
enum Atom {
    Literal(u8),
    Any,
    Range(u8, u8),
}

impl Atom {
    fn matches(self, byte: u8) -> bool {
        match self {
            Atom::Literal(literal) => byte == literal,
            Atom::Any => true,
            Atom::Range(low, high) => (low..=high).contains(&byte),
        }
    }
}

fn compile(pattern: &str) -> Vec<(Atom, bool)> {
    let bytes = pattern.as_bytes();
    let mut atoms = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let atom = match bytes[i] {
            b'.' => Atom::Any,
            b'[' => {
                let atom = Atom::Range(bytes[i + 1], bytes[i + 3]);
                i += 4;
                atom
            }
            literal => Atom::Literal(literal),
        };
        i += 1;
        let repeated = bytes.get(i) == Some(&b'*');
        if repeated {
            i += 1;
        }
        atoms.push((atom, repeated));
    }
    atoms
}

/// Whether `atoms` match a prefix of `text`, trying the longest repetitions first.
fn match_here(atoms: &[(Atom, bool)], text: &[u8]) -> bool {
    let Some((&(atom, repeated), rest)) = atoms.split_first() else { return true };
    if !repeated {
        return text.first().is_some_and(|&byte| atom.matches(byte))
            && match_here(rest, &text[1..]);
    }
    let run = text.iter().take_while(|&&byte| atom.matches(byte)).count();
    (0..=run).rev().any(|taken| match_here(rest, &text[taken..]))
}

/// How many words of `line` a match starts at.
fn count_matches(atoms: &[(Atom, bool)], line: &[u8]) -> usize {
    (0..line.len())
        .filter(|&start| start == 0 || line[start - 1] == b' ')
        .filter(|&start| match_here(atoms, &line[start..]))
        .count()
}

fn main() {
    let text = generate_text();
    let mut counts: HashMap<&[u8], u64> = HashMap::new();
    let words = text.as_bytes().split(|byte| !byte.is_ascii_alphabetic());
    for word in words.filter(|word| !word.is_empty()) {
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut sorted: Vec<(&[u8], u64)> = counts.into_iter().collect();
    sorted.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut checksum: u64 = 0;
    for (word, count) in &sorted {
        checksum = checksum.rotate_left(7) ^ count ^ word.len() as u64;
    }
    let atoms = compile(PATTERN);
    let matches: usize = text.lines().map(|line| count_matches(&atoms, line.as_bytes())).sum();
    let longest_line = text.lines().map(str::len).max().unwrap_or(0);
    println!(
        "text_scan {} words, {} distinct, {matches} matches, longest line {longest_line}, checksum {checksum:016x}",
        sorted.iter().map(|(_, count)| count).sum::<u64>(),
        sorted.len()
    );
}
