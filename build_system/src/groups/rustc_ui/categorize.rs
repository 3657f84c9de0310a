//! Short descriptions of why a test failed, which group failures in the summary and serve as
//! the reasons of the expected-failure list: the backend's "not yet supported" errors, internal
//! compiler errors by their first panic message, link errors, differences at run time.

use crate::process::Status;

const UNSUPPORTED: &str = "not yet supported by the Cranelift backend: ";
/// Categories are cut to this many characters.
const MAX_CHARS: usize = 160;

/// Why our build failed to compile, from rustc's stderr and exit status.
pub fn compile_failure(stderr: &str, status: &Status) -> String {
    shorten(&compile_failure_long(stderr, status))
}

fn compile_failure_long(stderr: &str, status: &Status) -> String {
    if let Some(start) = stderr.find(UNSUPPORTED) {
        let rest = &stderr[start + UNSUPPORTED.len()..];
        let what = rest.lines().next().unwrap_or("");
        // "... (in function `path::to::f`)" names the function: not part of the category.
        let what = match what.rfind(" (in function `") {
            Some(cut) => &what[..cut],
            None => what,
        };
        return format!("unsupported: {}", what.trim());
    }
    // `bug!()` and the like: `error: internal compiler error: <location>: <message>`, then a
    // panic whose message is just `Box<dyn Any>`.
    let ice = stderr
        .lines()
        .find_map(|line| line.split_once("internal compiler error: "))
        .map(|(_, rest)| {
            let rest = rest.trim();
            match rest.split_once(".rs:").and_then(|(path, after)| {
                let (line_col, message) = after.split_once(": ")?;
                Some((format!("{path}.rs:{line_col}"), message))
            }) {
                Some((location, message)) => {
                    format!("{} (at {})", message.trim(), short_location(&location))
                }
                None => rest.to_string(),
            }
        })
        .or_else(|| panic_message(stderr.as_bytes()));
    if let Some(message) = ice {
        let frame = backend_frame(stderr).map(|f| format!(" [in {f}]")).unwrap_or_default();
        return format!("ICE: {message}{frame}");
    }
    if stderr.contains("error: linking with") {
        // `rust-lld: error: undefined symbol: X`, or ld's `undefined reference to `X'`.
        for marker in ["undefined symbol: ", "undefined reference to "] {
            if let Some(line) = stderr.lines().find(|l| l.contains(marker)) {
                let symbol = line.split(marker).nth(1).unwrap_or("").trim();
                let symbol = symbol.trim_matches(|c| c == '`' || c == '\'');
                return format!("link error: undefined symbol [{symbol}]");
            }
        }
        return "link error".to_string();
    }
    if let Status::Signal(signal) = status {
        return format!("rustc killed by signal {signal}{}", signal_name(*signal));
    }
    if status.exceeded_limit() {
        return format!("rustc: {status}");
    }
    format!("compile error: {}", first_error(stderr, status))
}

/// The first `error` line of rustc's stderr, or the status if there is none.
pub fn first_error(stderr: &str, status: &Status) -> String {
    stderr
        .lines()
        .find(|line| line.starts_with("error"))
        .map(shorten)
        .unwrap_or_else(|| format!("{status}"))
}

/// The message of the first panic in `stderr` (the line after `thread '...' panicked at
/// <location>:`, or what follows the location on the same line), with the location.
pub fn panic_message(stderr: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(stderr);
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some((_, location)) = line.split_once(" panicked at ") else {
            continue;
        };
        let (location, message) = match location.strip_suffix(':') {
            Some(location) => (location, lines.next().unwrap_or("").trim().to_string()),
            None => match location.split_once(": ") {
                Some((location, message)) => (location, message.trim().to_string()),
                None => (location, String::new()),
            },
        };
        return Some(shorten(&format!("{message} (at {})", short_location(location))));
    }
    None
}

/// A source location without the machine-specific start of its path: `src/...` of the
/// backend, `cranelift-codegen-<version>/src/...` of a crate from the registry, `ui/...` of
/// a test, `compiler/...` and `library/...` of rustc and its library.
fn short_location(location: &str) -> String {
    if let Some((_, rest)) = location.split_once("/registry/src/") {
        return rest.split_once('/').map_or(rest, |(_, rest)| rest).to_string();
    }
    if let Some(start) = location.find("/tests/ui/") {
        return location[start + "/tests/".len()..].to_string();
    }
    if let Some(start) = location.find("/compiler/") {
        return location[start + 1..].to_string();
    }
    if let Some(start) = location.find("/library/") {
        return location[start + 1..].to_string();
    }
    location.to_string()
}

/// The first frame of the backend in the ICE's backtrace, without crate hashes:
/// `<rustc_codegen_cranelift::lower::module_cx::ModuleCx>::static_data_id`.
fn backend_frame(stderr: &str) -> Option<String> {
    let line = stderr
        .lines()
        .find(|line| line.contains("rustc_codegen_cranelift[") && line.contains(" - "))?;
    let frame = line.split_once(" - ")?.1.trim();
    let mut out = String::new();
    let mut depth = 0;
    for c in frame.chars() {
        match c {
            '[' => depth += 1,
            ']' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    Some(out.replace("rustc_codegen_cranelift::", ""))
}

/// How our build's run ended, when LLVM's ended differently, with the message of its panic
/// if it panicked.
pub fn run_status(status: &Status, stderr: &[u8]) -> String {
    let category = match status {
        Status::Signal(signal) => format!("run: killed by signal {signal}{}", signal_name(*signal)),
        status => format!("run: {status}"),
    };
    match panic_message(stderr) {
        Some(message) => shorten(&format!("{category} [panicked: {message}]")),
        None => category,
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        4 => " (SIGILL)",
        5 => " (SIGTRAP)",
        6 => " (SIGABRT)",
        7 => " (SIGBUS)",
        8 => " (SIGFPE)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        _ => "",
    }
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(MAX_CHARS) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_string(),
    }
}
