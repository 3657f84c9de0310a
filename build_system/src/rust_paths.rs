//! The module paths a Rust source file uses, for the stage check (stages.rs): paths starting
//! with `crate::`, `self::`, `super::` or one of the file's own child modules (`mod name;`), and
//! where they lead (from the module they are in: inline ones such as `mod tests { ... }` count).
//! A small tokenizer finds them in the code only: comments (line, block and doc comments) and
//! literals (strings, raw strings, byte strings, characters) are skipped.

/// A token, as far as paths are concerned: names, `::`, and single characters of punctuation.
#[derive(Debug, PartialEq)]
enum Token<'a> {
    /// An identifier or keyword (`r#name` as `name`), or a number.
    Word(&'a str),
    PathSep,
    Punct(char),
}

/// A path of the file that leads into the crate's modules.
#[derive(Debug, PartialEq)]
pub struct Reference {
    /// The line (from 1) of the path's first segment after its prefix (of each item of a
    /// `use crate::{a, b}` group).
    pub line: usize,
    /// The first segment of the absolute path (a top-level module, or an item of the crate
    /// root); `None` for the crate root itself (`use crate::{self}`, `use super::*` at the top).
    pub first: Option<String>,
}

/// The references to the crate's modules in `source`, the file of the module `file_module` (its
/// path from the crate root: empty for the root, `["emit", "lto"]` for `crate::emit::lto`).
pub fn references(source: &str, file_module: &[String]) -> Vec<Reference> {
    let tokens = tokenize(source);
    let children = child_modules(&tokens);
    // The module being read: the file's, or one declared inline in it (`mod tests { ... }`),
    // which ends when the brace depth falls back below the depth in `inline_depths`.
    let mut module = file_module.to_vec();
    let mut inline_depths = Vec::new();
    let mut depth = 0;
    let mut references = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        match tokens[at].0 {
            Token::Punct('{') => depth += 1,
            Token::Punct('}') => {
                if inline_depths.last() == Some(&depth) {
                    inline_depths.pop();
                    module.pop();
                }
                depth -= 1;
            }
            Token::Word("mod") => {
                if let Some([(Token::Word(name), _), (Token::Punct('{'), _)]) =
                    tokens.get(at + 1..at + 3)
                {
                    module.push(name.to_string());
                    inline_depths.push(depth + 1);
                }
            }
            _ => {}
        }
        let starts_path = at == 0 || tokens[at - 1].0 != Token::PathSep;
        let Some((base, rest)) =
            starts_path.then(|| path_base(&tokens, at, &module, &children)).flatten()
        else {
            at += 1;
            continue;
        };
        match base.first() {
            // Inside a top-level module, the rest of the path cannot lead out of it.
            Some(first) => {
                references.push(Reference { line: tokens[at].1, first: Some(first.clone()) })
            }
            None => references.extend(root_items(&tokens, rest)),
        }
        at = rest;
    }
    references
}

/// If a path starts at `tokens[at]` with a module (`crate::`, `self::`, `super::` any number
/// of times, or a child module's name and `::`): that module, and where the rest of the path
/// starts.
fn path_base(
    tokens: &[(Token, usize)],
    at: usize,
    module: &[String],
    children: &[&str],
) -> Option<(Vec<String>, usize)> {
    let followed_by_sep =
        |index: usize| tokens.get(index + 1).is_some_and(|t| t.0 == Token::PathSep);
    let Some((Token::Word(word), _)) = tokens.get(at) else {
        return None;
    };
    if !followed_by_sep(at) {
        return None;
    }
    let mut base: Vec<String> = match *word {
        "crate" => Vec::new(),
        "self" => module.to_vec(),
        "super" => module[..module.len().saturating_sub(1)].to_vec(),
        child if children.contains(&child) => {
            let mut base = module.to_vec();
            base.push(child.to_string());
            base
        }
        _ => return None,
    };
    let mut rest = at + 2;
    while matches!(tokens.get(rest), Some((Token::Word("super"), _))) && followed_by_sep(rest) {
        base.pop();
        rest += 2;
    }
    Some((base, rest))
}

/// The references of a path into the crate root whose rest starts at `tokens[at]`: its first
/// segment, or the first segment of each item of a `{...}` group.
fn root_items(tokens: &[(Token, usize)], at: usize) -> Vec<Reference> {
    let item = |index: usize| {
        let (token, line) = tokens.get(index)?;
        let first = match token {
            Token::Punct('}') => return None,
            Token::Word(word) if *word != "self" => Some(word.to_string()),
            // `self`, or a glob.
            _ => None,
        };
        Some(Reference { line: *line, first })
    };
    if tokens.get(at).map(|t| &t.0) != Some(&Token::Punct('{')) {
        return item(at).into_iter().collect();
    }
    let mut items: Vec<Reference> = item(at + 1).into_iter().collect();
    let mut depth = 0;
    for (index, (token, _)) in tokens.iter().enumerate().skip(at) {
        match token {
            Token::Punct('{') => depth += 1,
            Token::Punct('}') if depth == 1 => break,
            Token::Punct('}') => depth -= 1,
            Token::Punct(',') if depth == 1 => items.extend(item(index + 1)),
            _ => {}
        }
    }
    items
}

/// The names of the modules the file declares: `mod name;` and `mod name { ... }`.
fn child_modules<'a>(tokens: &[(Token<'a>, usize)]) -> Vec<&'a str> {
    tokens
        .windows(3)
        .filter_map(|window| match window {
            [(Token::Word("mod"), _), (Token::Word(name), _), (Token::Punct(';' | '{'), _)] => {
                Some(*name)
            }
            _ => None,
        })
        .collect()
}

/// The tokens of `source`, each with its line (from 1), comments and literals left out.
fn tokenize(source: &str) -> Vec<(Token<'_>, usize)> {
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut at = 0;
    while at < source.len() {
        let rest = &source[at..];
        let c = rest.chars().next().unwrap();
        // How much of `rest` the token (or what is skipped) takes.
        let len = if c.is_whitespace() {
            c.len_utf8()
        } else if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if rest.starts_with("/*") {
            block_comment_len(rest)
        } else if let Some(len) = literal_len(rest) {
            len
        } else if c == '\'' {
            // A lifetime or a label: its name is no path.
            1 + word_len(&rest[1..])
        } else if is_word_start(c) || c.is_ascii_digit() {
            let raw = if rest.starts_with("r#") { 2 } else { 0 };
            let len = word_len(&rest[raw..]);
            tokens.push((Token::Word(&rest[raw..raw + len]), line));
            raw + len
        } else if rest.starts_with("::") {
            tokens.push((Token::PathSep, line));
            2
        } else {
            tokens.push((Token::Punct(c), line));
            c.len_utf8()
        };
        line += rest[..len].matches('\n').count();
        at += len;
    }
    tokens
}

fn is_word_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

/// The length of the identifier (or number) `text` starts with.
fn word_len(text: &str) -> usize {
    text.find(|c: char| !(c == '_' || c.is_alphanumeric())).unwrap_or(text.len())
}

/// The length of the block comment `text` starts with (`/*`), nested ones included; all of
/// `text` if it is not closed.
fn block_comment_len(text: &str) -> usize {
    let mut depth = 0;
    let mut at = 0;
    while at < text.len() {
        if text[at..].starts_with("/*") {
            depth += 1;
            at += 2;
        } else if text[at..].starts_with("*/") {
            depth -= 1;
            at += 2;
            if depth == 0 {
                return at;
            }
        } else {
            at += text[at..].chars().next().unwrap().len_utf8();
        }
    }
    text.len()
}

/// The length of the literal `text` starts with, if it starts with one: a string (`"..."`,
/// `b"..."`, `c"..."`), a raw string (`r"..."`, `r#"..."#`, `br`, `cr`), or a character or byte
/// (`'x'`, `'\n'`, `b'x'`); all of `text` if it is not closed.
fn literal_len(text: &str) -> Option<usize> {
    let prefix = ["br", "cr", "b", "c", "r", ""].into_iter().find(|prefix| {
        text.strip_prefix(prefix).is_some_and(|rest| rest.starts_with(['"', '#', '\'']))
    })?;
    let rest = &text[prefix.len()..];
    if prefix.ends_with('r') {
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        if !rest[hashes..].starts_with('"') {
            // `r#name`, a raw identifier.
            return None;
        }
        let closing = format!("\"{}", "#".repeat(hashes));
        let body = &rest[hashes + 1..];
        let end = body.find(&closing).map_or(body.len(), |end| end + closing.len());
        return Some(prefix.len() + hashes + 1 + end);
    }
    match rest.chars().next()? {
        '"' => Some(prefix.len() + quoted_len(rest, '"')),
        '\'' => {
            // A character literal is one character or an escape; anything else after `'` is a
            // lifetime or a label.
            let mut chars = rest[1..].chars();
            match (chars.next()?, chars.next()) {
                ('\\', _) => Some(prefix.len() + quoted_len(rest, '\'')),
                (c, Some('\'')) => Some(prefix.len() + 1 + c.len_utf8() + 1),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The length of the literal `text` starts with, between two `quote`s, escapes skipped.
fn quoted_len(text: &str, quote: char) -> usize {
    let mut chars = text.char_indices().skip(1);
    while let Some((at, c)) = chars.next() {
        if c == '\\' {
            chars.next();
        } else if c == quote {
            return at + 1;
        }
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::{Reference, references};

    fn module(path: &[&str]) -> Vec<String> {
        path.iter().map(|segment| segment.to_string()).collect()
    }

    /// The first segments the paths of `source` (in the module `path`) lead to.
    fn firsts(source: &str, path: &[&str]) -> Vec<Option<String>> {
        references(source, &module(path)).into_iter().map(|r| r.first).collect()
    }

    fn some(names: &[&str]) -> Vec<Option<String>> {
        names.iter().map(|name| Some(name.to_string())).collect()
    }

    #[test]
    fn crate_paths() {
        let source = "use crate::lower::FunctionCx;\nfn f() { crate::emit::lto::fat_lto(x) }\n";
        assert_eq!(
            references(source, &[]),
            [
                Reference { line: 1, first: Some("lower".to_string()) },
                Reference { line: 2, first: Some("emit".to_string()) },
            ]
        );
        // Items of the crate root.
        assert_eq!(
            firsts("use crate::CraneliftBackend;", &["emit", "lto"]),
            some(&["CraneliftBackend"])
        );
        assert_eq!(firsts("impl<T> crate::Trait for T {}", &["a"]), some(&["Trait"]));
        assert_eq!(firsts("let x = <T as crate::Trait>::f();", &["a"]), some(&["Trait"]));
        assert_eq!(firsts("macro_rules! m { () => { $crate::isa::x() } }", &["a"]), some(&["isa"]));
    }

    #[test]
    fn use_groups() {
        assert_eq!(firsts("use crate::{abi, lower};", &["driver"]), some(&["abi", "lower"]));
        let nested = "use crate::{\n    abi::{self, CallArg},\n    \
                      lower::value::{CPlace, CValue},\n    \
                      debuginfo,\n};";
        assert_eq!(
            references(nested, &[]),
            [
                Reference { line: 2, first: Some("abi".to_string()) },
                Reference { line: 3, first: Some("lower".to_string()) },
                Reference { line: 4, first: Some("debuginfo".to_string()) },
            ]
        );
        // The crate root itself.
        assert_eq!(firsts("use crate::{self, isa};", &["a"]), [None, Some("isa".to_string())]);
        assert_eq!(firsts("use crate::*;", &["a"]), [None]);
        assert!(firsts("use crate::{};", &["a"]).is_empty());
    }

    #[test]
    fn super_and_self_paths() {
        // Within the module emit, wherever in it the path goes.
        assert_eq!(firsts("super::compile(x);", &["emit", "lto"]), some(&["emit"]));
        assert_eq!(firsts("use self::lsda::Table;", &["emit"]), some(&["emit"]));
        // Out of a top-level module: to the crate root.
        assert_eq!(firsts("use super::CraneliftBackend;", &["emit"]), some(&["CraneliftBackend"]));
        assert_eq!(firsts("use super::{driver, isa};", &["emit"]), some(&["driver", "isa"]));
        assert_eq!(firsts("super::super::driver::run();", &["lower", "cast"]), some(&["driver"]));
        assert_eq!(firsts("use super::super::*;", &["lower", "cast"]), [None]);
        // From the root, `self::` is `crate::`.
        assert_eq!(firsts("self::isa::build_isa(sess)", &[]), some(&["isa"]));
    }

    #[test]
    fn inline_modules() {
        let source = "\
use super::Backend;
#[cfg(test)]
mod tests {
    use super::*;
    fn f() { if x { super::lsda::y() } }
}
fn g() { super::driver::run() }
";
        assert_eq!(firsts(source, &["emit"]), some(&["Backend", "emit", "emit", "driver"]));
        let nested = "mod a { mod b { use super::super::x; } use super::y; }";
        assert_eq!(firsts(nested, &["lower"]), some(&["lower", "lower"]));
        assert_eq!(firsts(nested, &[]), some(&["x", "y"]));
    }

    #[test]
    fn child_modules() {
        let lib = "mod isa;\npub(crate) mod lower {\n}\n\
                   fn f() { isa::check(s); lower::x(); other::y(); }\n";
        assert_eq!(firsts(lib, &[]), some(&["isa", "lower"]));
        // A child of a top-level module stays in it.
        assert_eq!(firsts("mod lsda;\nuse lsda::Table;", &["emit"]), some(&["emit"]));
    }

    #[test]
    fn what_is_no_path() {
        let source = "\
pub(crate) fn f() {}
pub(super) struct S;
let crate_name = krate::x;
fn g(&self) -> Self::Item { self.crate_thing.super_field }
a::crate::b;
";
        assert!(firsts(source, &["emit"]).is_empty());
        assert_eq!(firsts("pub(in crate::driver) fn f() {}", &["emit"]), some(&["driver"]));
    }

    #[test]
    fn comments_create_no_paths() {
        let source = "\
// use crate::emit;
/// See crate::emit::lto.
//! crate::emit
/* crate::emit */
/* nested /* crate::emit */ still a comment crate::emit */
/** crate::emit
    over lines */
use crate::lower; // crate::emit
";
        assert_eq!(
            references(source, &module(&["driver"])),
            [Reference { line: 8, first: Some("lower".to_string()) }]
        );
    }

    #[test]
    fn literals_create_no_paths() {
        let source = r###"
let a = "crate::emit";
let b = "escaped \" crate::emit \\";
let c = r#"crate::emit "quoted" "#;
let d = br##"crate::emit "# "##;
let e = b"crate::emit";
let f = c"crate::emit";
let g = '"'; crate::lower::x();
let h = '\''; let i = b'"'; let j = '\u{1F600}';
fn k<'a>(x: &'a str) -> &'static str { 'outer: loop { crate::abi::y() } }
let l = "é → crate::emit"; let café = crate::isa::z;
let m = r#type;
"###;
        assert_eq!(firsts(source, &["driver"]), some(&["lower", "abi", "isa"]));
    }

    #[test]
    fn lines_after_multiline_comments_and_strings() {
        let source = "/* one\ntwo\nthree */\nlet s = \"a\nb\";\nuse crate::emit;\n";
        assert_eq!(
            references(source, &[]),
            [Reference { line: 6, first: Some("emit".to_string()) }]
        );
    }

    #[test]
    fn unterminated_code_ends_quietly() {
        assert_eq!(firsts("use crate::lower; let s = \"crate::emit", &[]), some(&["lower"]));
        assert_eq!(firsts("use crate::lower; /* crate::emit", &[]), some(&["lower"]));
        assert_eq!(firsts("use crate::lower; r#\"crate::emit", &[]), some(&["lower"]));
        assert!(firsts("use crate::", &[]).is_empty());
        assert!(firsts("", &[]).is_empty());
    }
}
