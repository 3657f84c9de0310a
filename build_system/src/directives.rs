//! Directives in test sources: lines `//@ name: value` that adjust how a test is built,
//! run or checked. An unknown name is an error, so that typos do not go unnoticed.

#[derive(Default)]
pub struct Directives {
    /// `//@ compile-flags: -Copt-level=1 ...`, appended to the rustc command line.
    pub compile_flags: Vec<String>,
    /// `//@ run-args: a b c`, given to the compiled program.
    pub run_args: Vec<String>,
    /// `//@ error-pattern: text`, which a compile-fail test's stderr must contain.
    pub error_patterns: Vec<String>,
}

pub fn parse(source: &str) -> Result<Directives, String> {
    let mut directives = Directives::default();
    for (number, line) in source.lines().enumerate() {
        let Some(directive) = line.trim_start().strip_prefix("//@") else {
            continue;
        };
        let Some((name, value)) = directive.split_once(':') else {
            return Err(format!("line {}: expected `//@ name: value`", number + 1));
        };
        let words = value.split_whitespace().map(String::from);
        match name.trim() {
            "compile-flags" => directives.compile_flags.extend(words),
            "run-args" => directives.run_args.extend(words),
            "error-pattern" => directives.error_patterns.push(value.trim().to_string()),
            other => return Err(format!("line {}: unknown directive `{other}`", number + 1)),
        }
    }
    Ok(directives)
}
