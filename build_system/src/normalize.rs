//! Output normalization: what differs from one run of a program to the next is blanked out
//! before outputs are compared. That is the thread id of panic messages (`thread 'main' (12345)
//! panicked at ...`) and the duration of libtest's summary (`finished in 0.01s`). Each
//! comparison has its `Rules`: the run_pass groups compare LLVM's run with ours, rustc_ui also
//! compares with the `.run.stderr` files of rustc's tests, which hold compiletest's
//! placeholders.

/// What is blanked in each line, and how.
pub struct Rules {
    pub thread_ids: Option<ThreadIds>,
    pub test_times: Option<TestTimes>,
}

/// Where the id of `thread 'NAME' (ID)` is looked for, and what replaces it.
pub enum ThreadIds {
    /// At the start of a line and followed by a space, where std's panic hook prints it;
    /// replaced by `N`.
    PanicLine,
    /// At the first `thread '` of the line, wherever it is; replaced by `$TID` (compiletest's).
    Compiletest,
}

/// Where the seconds of `finished in 0.01s` are looked for, and what replaces them.
pub enum TestTimes {
    /// In libtest's summary line (`test result: ...; finished in 0.01s`): the number becomes
    /// `N` (`finished in Ns`).
    SummaryLine,
    /// At the first `finished in ` of the line, wherever it is: the number and its `s` become
    /// `$TIME` (compiletest's).
    Compiletest,
}

/// run_pass and run_pass_aarch64, stdout: libtest's durations (programs built with `--test`).
pub const RUN_PASS_STDOUT: Rules =
    Rules { thread_ids: None, test_times: Some(TestTimes::SummaryLine) };
/// run_pass and run_pass_aarch64, stderr: the thread ids of panic messages.
pub const RUN_PASS_STDERR: Rules =
    Rules { thread_ids: Some(ThreadIds::PanicLine), test_times: None };
/// rustc_ui, both streams: compiletest's normalization.
pub const COMPILETEST: Rules =
    Rules { thread_ids: Some(ThreadIds::Compiletest), test_times: Some(TestTimes::Compiletest) };

/// `bytes` (as UTF-8, invalid sequences replaced) with every line normalized by `rules`: the
/// thread id first, then the test time.
pub fn normalize(bytes: &[u8], rules: &Rules) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let line = match &rules.thread_ids {
            Some(rule) => blank_thread_id(line, rule).unwrap_or_else(|| line.to_string()),
            None => line.to_string(),
        };
        let line = match &rules.test_times {
            Some(rule) => blank_test_time(&line, rule).unwrap_or(line),
            None => line,
        };
        out.push_str(&line);
    }
    out.into_bytes()
}

/// The line with the id of its `thread 'NAME' (ID)` replaced, if it has one where `rule`
/// looks.
fn blank_thread_id(line: &str, rule: &ThreadIds) -> Option<String> {
    const START: &str = "thread '";
    let (start, placeholder, after_id) = match rule {
        ThreadIds::PanicLine => (line.starts_with(START).then_some(0)?, "N", ") "),
        ThreadIds::Compiletest => (line.find(START)?, "$TID", ")"),
    };
    let rest = &line[start + START.len()..];
    let name_end = rest.find("' (")?;
    let after_name = &rest[name_end + "' (".len()..];
    let digits = after_name.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !after_name[digits..].starts_with(after_id) {
        return None;
    }
    Some(format!(
        "{}{START}{}' ({placeholder}){}",
        &line[..start],
        &rest[..name_end],
        &after_name[digits + 1..]
    ))
}

/// The line with the seconds of its `finished in <seconds>s` replaced, if it has them where
/// `rule` looks.
fn blank_test_time(line: &str, rule: &TestTimes) -> Option<String> {
    match rule {
        TestTimes::SummaryLine => {
            const MARK: &str = "; finished in ";
            let at = line.find(MARK).filter(|_| line.starts_with("test result: "))?;
            let after = &line[at + MARK.len()..];
            let seconds = seconds_len(after);
            Some(format!("{}N{}", &line[..at + MARK.len()], &after[seconds..]))
        }
        TestTimes::Compiletest => {
            const MARK: &str = "finished in ";
            let at = line.find(MARK)?;
            let after = &line[at + MARK.len()..];
            let seconds = seconds_len(after);
            if seconds == 0 || !after[seconds..].starts_with('s') {
                return None;
            }
            Some(format!("{}$TIME{}", &line[..at + MARK.len()], &after[seconds + 1..]))
        }
    }
}

/// The length of the number (digits and dots) that `text` starts with.
fn seconds_len(text: &str) -> usize {
    text.bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str, rules: &Rules) -> String {
        String::from_utf8(normalize(text.as_bytes(), rules)).unwrap()
    }

    #[test]
    fn run_pass_stderr_blanks_the_panic_line_thread_id() {
        let stderr = "thread 'main' (12345) panicked at src/main.rs:2:5:\nboom\n";
        assert_eq!(
            apply(stderr, &RUN_PASS_STDERR),
            "thread 'main' (N) panicked at src/main.rs:2:5:\nboom\n"
        );
        // Names may hold spaces, quotes and any character.
        assert_eq!(
            apply("thread 'wörker 'x' (7) panicked\n", &RUN_PASS_STDERR),
            "thread 'wörker 'x' (N) panicked\n"
        );
    }

    #[test]
    fn run_pass_stderr_leaves_other_lines() {
        for line in [
            // Not at the start of the line.
            "note: thread 'main' (12345) panicked\n",
            // No number, or no space after the parenthesis.
            "thread 'main' () panicked\n",
            "thread 'main' (12345)\n",
            "thread 'main' (12a) panicked\n",
            "thread '<unnamed>' panicked at x.rs:1:1:\n",
        ] {
            assert_eq!(apply(line, &RUN_PASS_STDERR), line);
        }
        // Durations are left to the stdout rules.
        let summary = "test result: ok. 1 passed; 0 failed; finished in 0.01s\n";
        assert_eq!(apply(summary, &RUN_PASS_STDERR), summary);
    }

    #[test]
    fn run_pass_stdout_blanks_the_summary_duration() {
        let stdout = "running 2 tests\n\ntest result: ok. 2 passed; 0 failed; 0 ignored; \
                      0 measured; 0 filtered out; finished in 0.01s\n\n";
        assert_eq!(
            apply(stdout, &RUN_PASS_STDOUT),
            "running 2 tests\n\ntest result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; \
             0 filtered out; finished in Ns\n\n"
        );
        // Even an empty number becomes `N`, and the last line needs no newline.
        assert_eq!(
            apply("test result: FAILED. 0 passed; finished in s", &RUN_PASS_STDOUT),
            "test result: FAILED. 0 passed; finished in Ns"
        );
    }

    #[test]
    fn run_pass_stdout_leaves_other_lines() {
        for line in [
            "the build finished in 0.01s\n",
            "  test result: ok; finished in 1.5s\n",
            "thread 'main' (12345) panicked at src/main.rs:2:5:\n",
        ] {
            assert_eq!(apply(line, &RUN_PASS_STDOUT), line);
        }
    }

    #[test]
    fn compiletest_blanks_thread_ids_anywhere_in_a_line() {
        assert_eq!(
            apply("thread 'main' (12345) panicked at $DIR/x.rs:1:1:\n", &COMPILETEST),
            "thread 'main' ($TID) panicked at $DIR/x.rs:1:1:\n"
        );
        assert_eq!(
            apply("note: in thread 'a' (1), then thread 'b' (2)\n", &COMPILETEST),
            "note: in thread 'a' ($TID), then thread 'b' (2)\n"
        );
        assert_eq!(apply("thread 'main' (12345)", &COMPILETEST), "thread 'main' ($TID)");
        // Only the first `thread '` of a line is looked at, and its name ends at the first `' (`.
        let line = "thread 'a' (b) and thread 'c' (1)\n";
        assert_eq!(apply(line, &COMPILETEST), line);
        assert_eq!(
            apply("thread 'x' was thread 'main' (5) now\n", &COMPILETEST),
            "thread 'x' was thread 'main' ($TID) now\n"
        );
    }

    #[test]
    fn compiletest_blanks_test_times_anywhere_in_a_line() {
        assert_eq!(
            apply("test result: ok. 1 passed; finished in 0.00s\n", &COMPILETEST),
            "test result: ok. 1 passed; finished in $TIME\n"
        );
        assert_eq!(apply("finished in 12s, done\n", &COMPILETEST), "finished in $TIME, done\n");
        for line in ["finished in s\n", "finished in 0.5 seconds\n", "finished in 3ms\n"] {
            assert_eq!(apply(line, &COMPILETEST), line);
        }
    }

    #[test]
    fn compiletest_blanks_both_in_one_line() {
        assert_eq!(
            apply("thread 'main' (9) finished in 1.0s\n", &COMPILETEST),
            "thread 'main' ($TID) finished in $TIME\n"
        );
    }

    #[test]
    fn invalid_utf8_is_replaced_and_line_endings_are_kept() {
        let bytes = b"\xffthread 'main' (1) x\r\nthread 'main' (2) y\n";
        assert_eq!(
            normalize(bytes, &COMPILETEST),
            "\u{fffd}thread 'main' ($TID) x\r\nthread 'main' ($TID) y\n".as_bytes()
        );
        assert_eq!(normalize(b"", &COMPILETEST), b"");
    }
}
