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
    /// `//@ c-source: name.c`, C files beside the test that its program links (run_pass and
    /// run_pass_aarch64 compile them with the group's C compiler).
    pub c_sources: Vec<String>,
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
            "c-source" => directives.c_sources.extend(words),
            other => return Err(format!("line {}: unknown directive `{other}`", number + 1)),
        }
    }
    Ok(directives)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_each_directive() {
        let source = "\
//@ compile-flags: -Copt-level=1 -Cdebuginfo=2
    //@ run-args: a b
//@compile-flags:--cfg x
//@ error-pattern:  not yet supported: `asm!` \t
//@ run-args: c
//@ c-source: helpers.c more.c
fn main() {}
";
        let directives = parse(source).unwrap();
        assert_eq!(directives.compile_flags, ["-Copt-level=1", "-Cdebuginfo=2", "--cfg", "x"]);
        assert_eq!(directives.run_args, ["a", "b", "c"]);
        assert_eq!(directives.c_sources, ["helpers.c", "more.c"]);
        // The pattern is the whole value, inner spaces kept, outer ones trimmed.
        assert_eq!(directives.error_patterns, ["not yet supported: `asm!`"]);
    }

    #[test]
    fn ignores_other_comments_and_code() {
        let source = "// @ compile-flags: -O\n/// //@ is documented\nlet s = \"//@ x\";\n";
        let directives = parse(source).unwrap();
        assert!(directives.compile_flags.is_empty());
        assert!(directives.run_args.is_empty());
        assert!(directives.error_patterns.is_empty());
        assert!(parse("").unwrap().compile_flags.is_empty());
    }

    #[test]
    fn empty_values_add_nothing() {
        let directives = parse("//@ run-args:\n//@ compile-flags:   \n").unwrap();
        assert!(directives.run_args.is_empty());
        assert!(directives.compile_flags.is_empty());
    }

    #[test]
    fn keeps_unicode_values() {
        let directives = parse("//@ run-args: héllo 世界\n//@ error-pattern: ✗ failed\n").unwrap();
        assert_eq!(directives.run_args, ["héllo", "世界"]);
        assert_eq!(directives.error_patterns, ["✗ failed"]);
    }

    #[test]
    fn rejects_malformed_and_unknown_directives() {
        let error = |source: &str| parse(source).err().unwrap();
        assert_eq!(
            error("fn main() {}\n//@ compile-flags -O\n"),
            "line 2: expected `//@ name: value`"
        );
        assert_eq!(error("//@ compile-flag: -O\n"), "line 1: unknown directive `compile-flag`");
        assert_eq!(error("//@ run-pass\n"), "line 1: expected `//@ name: value`");
    }
}
