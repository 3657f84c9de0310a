//! The checked-in list of the rustc_ui tests known to fail, tests/rustc_ui_expected_failures.txt:
//! one test per line, its id (`ui/<path>.rs` or `ui/<path>.rs#<revision>`) then, after
//! whitespace, why it fails. Lines starting with `#` and blank lines are comments.

use std::collections::BTreeMap;
use std::fs;
use std::io::ErrorKind;

pub const PATH: &str = "tests/rustc_ui_expected_failures.txt";

const HEADER: &str = "\
# Tests of the rustc_ui group (rustc's run-pass, build-pass and run-fail tests, see
# docs/testing.md) that are known to fail: our build does not compile, or does not behave as
# LLVM's. One per line: the test (its path under tests/ of the rustc sources, with
# `#<revision>` for one revision, `opt/` before it for its build at -Copt-level=2), then why
# it fails.
# The group fails when a test listed here passes (remove it then) or no longer exists.
# `./y.sh test --group rustc_ui --bless` rewrites the entries of the tests that ran.
";

pub struct Expected {
    /// Test id -> reason.
    pub entries: BTreeMap<String, String>,
}

impl Expected {
    pub fn load() -> Result<Expected, String> {
        match fs::read_to_string(PATH) {
            Ok(text) => Expected::parse(&text),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(Expected { entries: BTreeMap::new() }),
            Err(e) => Err(format!("cannot read {PATH}: {e}")),
        }
    }

    /// The list `text` of `load`.
    fn parse(text: &str) -> Result<Expected, String> {
        let mut entries = BTreeMap::new();
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (id, reason) = line
                .split_once(char::is_whitespace)
                .map(|(id, reason)| (id, reason.trim()))
                .unwrap_or((line, ""));
            if reason.is_empty() {
                return Err(format!("{PATH}:{}: `{id}` has no reason", number + 1));
            }
            if entries.insert(id.to_string(), reason.to_string()).is_some() {
                return Err(format!("{PATH}:{}: `{id}` is listed twice", number + 1));
            }
        }
        Ok(Expected { entries })
    }

    pub fn reason(&self, id: &str) -> Option<&str> {
        self.entries.get(id).map(String::as_str)
    }

    pub fn save(&self) -> Result<(), String> {
        let mut text = HEADER.to_string();
        for (id, reason) in &self.entries {
            text.push_str(id);
            text.push(' ');
            text.push_str(reason);
            text.push('\n');
        }
        fs::write(PATH, text).map_err(|e| format!("cannot write {PATH}: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::{Expected, HEADER, PATH};

    #[test]
    fn ids_with_reasons() {
        let text = format!(
            "{HEADER}\nui/simd/a.rs unsupported: llvm.x86.foo\n\
             ui/b.rs#rev2\t  ICE: index out of bounds (at src/x.rs:1:2)  \n"
        );
        let expected = Expected::parse(&text).unwrap();
        assert_eq!(expected.entries.len(), 2);
        assert_eq!(expected.reason("ui/simd/a.rs"), Some("unsupported: llvm.x86.foo"));
        assert_eq!(
            expected.reason("ui/b.rs#rev2"),
            Some("ICE: index out of bounds (at src/x.rs:1:2)")
        );
        assert_eq!(expected.reason("ui/b.rs"), None);
        assert!(Expected::parse("").unwrap().entries.is_empty());
    }

    #[test]
    fn malformed_lists() {
        let error = |text: &str| Expected::parse(text).err().unwrap();
        assert_eq!(error("# c\nui/a.rs\n"), format!("{PATH}:2: `ui/a.rs` has no reason"));
        assert_eq!(error("ui/a.rs   \n"), format!("{PATH}:1: `ui/a.rs` has no reason"));
        assert_eq!(error("ui/a.rs x\nui/a.rs y\n"), format!("{PATH}:2: `ui/a.rs` is listed twice"));
    }
}
