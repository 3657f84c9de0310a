//! A small JSON reader and writer: enough for the messages of `cargo build
//! --message-format=json`, rustc's `-Ztime-passes-format=json` lines and the results that
//! `./y.sh bench` writes.

use std::collections::BTreeMap;
use std::fmt::Write;

pub enum Value {
    Null,
    Bool(bool),
    /// Numbers are kept as written.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.get(key),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The value of a number, if it is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(text) => text.parse().ok(),
            _ => None,
        }
    }

    /// A number, with `decimals` digits after the point; `null` if it is not finite (JSON has
    /// no infinities nor NaN).
    pub fn number(value: f64, decimals: usize) -> Value {
        if value.is_finite() { Value::Number(format!("{value:.decimals$}")) } else { Value::Null }
    }

    /// An object from `(name, value)` pairs.
    pub fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
        Value::Object(members.into_iter().map(|(key, value)| (key.to_string(), value)).collect())
    }

    /// The value as JSON text, two spaces of indentation per level, members in name order,
    /// ending with a newline.
    pub fn to_pretty_string(&self) -> String {
        let mut out = String::new();
        self.write_pretty(&mut out, 0);
        out.push('\n');
        out
    }

    fn write_pretty(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", depth));
        };
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(value) => write!(out, "{value}").unwrap(),
            Value::Number(text) => out.push_str(text),
            Value::String(text) => write_string(out, text),
            Value::Array(items) if items.is_empty() => out.push_str("[]"),
            Value::Object(members) if members.is_empty() => out.push_str("{}"),
            Value::Array(items) => {
                out.push('[');
                for (index, item) in items.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write_pretty(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (index, (key, value)) in members.iter().enumerate() {
                    if index > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    write_string(out, key);
                    out.push_str(": ");
                    value.write_pretty(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// `text` as a JSON string literal: quotes, backslashes and control characters escaped.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => write!(out, "\\u{:04x}", u32::from(c)).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses one JSON document (surrounding whitespace allowed).
pub fn parse(text: &str) -> Result<Value, String> {
    let mut parser = Parser { bytes: text.as_bytes(), pos: 0 };
    let value = parser.value()?;
    parser.skip_whitespace();
    if parser.pos != parser.bytes.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        format!("invalid JSON at byte {}: {what}", self.pos)
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        if self.peek() != Some(byte) {
            return Err(self.error(&format!("expected `{}`", byte as char)));
        }
        self.pos += 1;
        Ok(())
    }

    fn keyword(&mut self, word: &str, value: Value) -> Result<Value, String> {
        if !self.bytes[self.pos..].starts_with(word.as_bytes()) {
            return Err(self.error("unexpected character"));
        }
        self.pos += word.len();
        Ok(value)
    }

    fn value(&mut self) -> Result<Value, String> {
        match self.peek() {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.keyword("null", Value::Null),
            Some(b't') => self.keyword("true", Value::Bool(true)),
            Some(b'f') => self.keyword("false", Value::Bool(false)),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                if self.peek() == Some(b']') {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value()?);
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Value::Array(items));
                        }
                        _ => return Err(self.error("expected `,` or `]`")),
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut members = BTreeMap::new();
                if self.peek() == Some(b'}') {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                loop {
                    if self.peek() != Some(b'"') {
                        return Err(self.error("expected a member name"));
                    }
                    let key = self.string()?;
                    self.expect(b':')?;
                    members.insert(key, self.value()?);
                    match self.peek() {
                        Some(b',') => self.pos += 1,
                        Some(b'}') => {
                            self.pos += 1;
                            return Ok(Value::Object(members));
                        }
                        _ => return Err(self.error("expected `,` or `}`")),
                    }
                }
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.pos;
                while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') =
                    self.bytes.get(self.pos)
                {
                    self.pos += 1;
                }
                let number = std::str::from_utf8(&self.bytes[start..self.pos]).unwrap();
                Ok(Value::Number(number.to_string()))
            }
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    /// A string literal, at the opening quote.
    fn string(&mut self) -> Result<String, String> {
        self.pos += 1;
        let mut out = Vec::new();
        loop {
            let Some(&byte) = self.bytes.get(self.pos) else {
                return Err(self.error("unterminated string"));
            };
            self.pos += 1;
            match byte {
                b'"' => break,
                b'\\' => {
                    let Some(&escape) = self.bytes.get(self.pos) else {
                        return Err(self.error("unterminated string"));
                    };
                    self.pos += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(byte),
            }
        }
        String::from_utf8(out).map_err(|_| self.error("invalid UTF-8 in string"))
    }

    /// The character of a `\uXXXX` escape (after the `u`), with its low surrogate if any.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return char::from_u32(first).ok_or_else(|| self.error("invalid \\u escape"));
        }
        if !self.bytes[self.pos..].starts_with(b"\\u") {
            return Err(self.error("lone surrogate"));
        }
        self.pos += 2;
        let second = self.hex4()?;
        if !(0xDC00..0xE000).contains(&second) {
            return Err(self.error("invalid surrogate pair"));
        }
        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        char::from_u32(code).ok_or_else(|| self.error("invalid \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u32::from_str_radix(d, 16).ok())
            .ok_or_else(|| self.error("invalid \\u escape"))?;
        self.pos += 4;
        Ok(digits)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::{Value, parse};

    fn string(text: &str) -> String {
        match parse(text) {
            Ok(Value::String(s)) => s,
            _ => panic!("not a string: {text}"),
        }
    }

    fn error(text: &str) -> String {
        match parse(text) {
            Err(e) => e,
            Ok(_) => panic!("accepted: {text}"),
        }
    }

    #[test]
    fn a_cargo_message() {
        let message = r#"{"reason":"compiler-artifact","package_id":"x 0.1.0",
            "target":{"name":"x","kind":["lib","rlib"]},
            "filenames":["/t/libx.rlib","/t/libx.rmeta"],
            "executable":null,"fresh":true,"profile":{"opt_level":"3","debug_assertions":false}}"#;
        let value = parse(message).unwrap();
        assert_eq!(value.get("reason").and_then(Value::as_str), Some("compiler-artifact"));
        let target = value.get("target").unwrap();
        assert_eq!(target.get("name").and_then(Value::as_str), Some("x"));
        let kinds: Vec<&str> = target
            .get("kind")
            .and_then(Value::as_array)
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        assert_eq!(kinds, ["lib", "rlib"]);
        let files = value.get("filenames").and_then(Value::as_array).unwrap();
        assert_eq!(files.len(), 2);
        assert!(matches!(value.get("executable"), Some(Value::Null)));
        assert!(matches!(value.get("fresh"), Some(Value::Bool(true))));
        let profile = value.get("profile").unwrap();
        assert!(matches!(profile.get("debug_assertions"), Some(Value::Bool(false))));
        assert_eq!(value.get("missing").map(|_| ()), None);
        // Members of what is no object, and strings of what is no string, are absent.
        assert!(files[0].get("name").is_none());
        assert!(target.as_str().is_none() && target.as_array().is_none());
    }

    #[test]
    fn empty_and_nested_containers_with_whitespace() {
        let value =
            parse(" \t\r\n{ \"a\" : [ ] , \"b\" : { } , \"c\" : [[[\"deep\"]]] }\n").unwrap();
        assert_eq!(value.get("a").and_then(Value::as_array).map(<[Value]>::len), Some(0));
        assert!(matches!(value.get("b"), Some(Value::Object(members)) if members.is_empty()));
        let c = value.get("c").and_then(Value::as_array).unwrap();
        let inner = c[0].as_array().unwrap()[0].as_array().unwrap();
        assert_eq!(inner[0].as_str(), Some("deep"));
    }

    #[test]
    fn numbers_are_kept_as_written() {
        let value = parse("[0, -12, 3.25, 1e10, -1.5E-3]").unwrap();
        let numbers: Vec<&str> = value
            .as_array()
            .unwrap()
            .iter()
            .map(|n| match n {
                Value::Number(text) => text.as_str(),
                _ => panic!("not a number"),
            })
            .collect();
        assert_eq!(numbers, ["0", "-12", "3.25", "1e10", "-1.5E-3"]);
    }

    #[test]
    fn the_last_of_duplicate_members_wins() {
        let value = parse(r#"{"a": "first", "a": "second"}"#).unwrap();
        assert_eq!(value.get("a").and_then(Value::as_str), Some("second"));
    }

    #[test]
    fn escapes() {
        assert_eq!(string(r#""\"\\\/\b\f\n\r\t""#), "\"\\/\u{8}\u{c}\n\r\t");
        assert_eq!(string(r#""caf\u00e9 \u4E16""#), "café 世");
        // A character outside the basic plane, as a surrogate pair.
        assert_eq!(string(r#""\ud83d\ude00!""#), "😀!");
        assert_eq!(string(r#""\u0000""#), "\0");
    }

    #[test]
    fn unicode_as_is() {
        assert_eq!(string("\"héllo → 世界 😀\""), "héllo → 世界 😀");
        let value = parse("{\"clé\": \"valeur\"}").unwrap();
        assert_eq!(value.get("clé").and_then(Value::as_str), Some("valeur"));
    }

    #[test]
    fn malformed_documents() {
        assert_eq!(error(""), "invalid JSON at byte 0: unexpected end");
        assert_eq!(error("   "), "invalid JSON at byte 3: unexpected end");
        assert_eq!(error("nul"), "invalid JSON at byte 0: unexpected character");
        assert_eq!(error("1 2"), "invalid JSON at byte 2: trailing characters");
        assert_eq!(error("{} x"), "invalid JSON at byte 3: trailing characters");
        assert_eq!(error("[1 2]"), "invalid JSON at byte 3: expected `,` or `]`");
        assert_eq!(error("[1,]"), "invalid JSON at byte 3: unexpected character");
        assert_eq!(error("[1"), "invalid JSON at byte 2: expected `,` or `]`");
        assert_eq!(error(r#"{"a" 1}"#), "invalid JSON at byte 5: expected `:`");
        assert_eq!(error(r#"{"a":1,}"#), "invalid JSON at byte 7: expected a member name");
        assert_eq!(error("{1:2}"), "invalid JSON at byte 1: expected a member name");
        assert_eq!(error(r#"{"a":1"#), "invalid JSON at byte 6: expected `,` or `}`");
        assert_eq!(error("'single'"), "invalid JSON at byte 0: unexpected character");
    }

    #[test]
    fn malformed_strings() {
        assert!(error(r#""abc"#).ends_with("unterminated string"));
        assert!(error(r#""abc\"#).ends_with("unterminated string"));
        assert!(error(r#""\x""#).ends_with("invalid escape"));
        assert!(error(r#""\u12""#).ends_with("invalid \\u escape"));
        assert!(error(r#""\u12g4""#).ends_with("invalid \\u escape"));
        assert!(error(r#""\ud83d""#).ends_with("lone surrogate"));
        assert!(error(r#""\ud83d\u0041""#).ends_with("invalid surrogate pair"));
        // A low surrogate alone is no character.
        assert!(error(r#""\ude00""#).ends_with("invalid \\u escape"));
    }

    #[test]
    fn written_documents_read_back() {
        let document = Value::object([
            ("name", Value::String("quote \" backslash \\ newline \n tab \t bell \u{7} é".into())),
            ("seconds", Value::number(1.23456, 3)),
            ("infinite", Value::number(f64::INFINITY, 3)),
            ("flags", Value::Array(vec![Value::Bool(true), Value::Bool(false), Value::Null])),
            ("empty", Value::Array(Vec::new())),
            ("nothing", Value::Object(BTreeMap::new())),
        ]);
        let text = document.to_pretty_string();
        assert_eq!(
            text,
            "{\n  \"empty\": [],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \
             \"infinite\": null,\n  \"name\": \"quote \\\" backslash \\\\ newline \\n tab \\t \
             bell \\u0007 é\",\n  \"nothing\": {},\n  \"seconds\": 1.235\n}\n"
        );
        let read = parse(&text).unwrap();
        assert_eq!(
            read.get("name").and_then(Value::as_str),
            Some("quote \" backslash \\ newline \n tab \t bell \u{7} é")
        );
        assert_eq!(read.get("seconds").and_then(Value::as_f64), Some(1.235));
        assert!(matches!(read.get("infinite"), Some(Value::Null)));
        assert_eq!(read.get("flags").and_then(Value::as_array).map(<[Value]>::len), Some(3));
        assert!(read.get("name").unwrap().as_f64().is_none());
    }
}
