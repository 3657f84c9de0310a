//! Failure explanations: trimmed excerpts of captured output, and a compact line diff
//! of expected against actual output.

use std::fmt::Write;

/// At most this many lines of an excerpt, or of each side of a diff, are shown.
const MAX_LINES: usize = 40;
/// Longer lines are cut.
const MAX_LINE_CHARS: usize = 300;

/// `title:` and then the first lines of `bytes`, each behind `| `.
pub fn excerpt(title: &str, bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    if text.is_empty() {
        return format!("{title}: (empty)");
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out = format!("{title}:");
    for line in lines.iter().take(MAX_LINES) {
        write!(out, "\n| {}", shorten(line)).unwrap();
    }
    if lines.len() > MAX_LINES {
        write!(out, "\n... ({} more lines)", lines.len() - MAX_LINES).unwrap();
    }
    out
}

/// The lines where `actual` differs from `expected` (`-` expected, `+` actual),
/// with up to two unchanged lines around them.
pub fn diff(expected: &[u8], actual: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let actual = String::from_utf8_lossy(actual);
    let expected: Vec<&str> = expected.split_inclusive('\n').collect();
    let actual: Vec<&str> = actual.split_inclusive('\n').collect();
    let same_start = expected.iter().zip(&actual).take_while(|(e, a)| e == a).count();
    let same_end = expected[same_start..]
        .iter()
        .rev()
        .zip(actual[same_start..].iter().rev())
        .take_while(|(e, a)| e == a)
        .count();
    let mut out = format!("first difference at line {}:", same_start + 1);
    push_lines(&mut out, ' ', &expected[same_start.saturating_sub(2)..same_start]);
    push_lines(&mut out, '-', &expected[same_start..expected.len() - same_end]);
    push_lines(&mut out, '+', &actual[same_start..actual.len() - same_end]);
    let after = expected.len() - same_end;
    push_lines(&mut out, ' ', &expected[after..expected.len().min(after + 2)]);
    out
}

fn push_lines(out: &mut String, marker: char, lines: &[&str]) {
    for line in lines.iter().take(MAX_LINES) {
        match line.strip_suffix('\n') {
            Some(line) => write!(out, "\n{marker} {}", shorten(line)),
            None => write!(out, "\n{marker} {} (no newline at end)", shorten(line)),
        }
        .unwrap();
    }
    if lines.len() > MAX_LINES {
        write!(out, "\n{marker} ... ({} more lines)", lines.len() - MAX_LINES).unwrap();
    }
}

fn shorten(line: &str) -> String {
    match line.char_indices().nth(MAX_LINE_CHARS) {
        Some((cut, _)) => format!("{} ...", &line[..cut]),
        None => line.to_string(),
    }
}
