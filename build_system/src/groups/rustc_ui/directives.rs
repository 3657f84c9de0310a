//! The directives of the rustc test suite (lines `//@ name`, `//@ name: value`,
//! `//@[rev1,rev2] name: value`), as far as building and running a test is concerned, and
//! their evaluation for the host target: which tests run, with what flags and environment.
//!
//! Only what matters for tests that are built and run is read; other directives (about
//! diagnostics, rustfix, pretty-printing, ...) are ignored.

/// One directive line.
struct Directive<'a> {
    /// `[rev1,rev2]`: the revisions it applies to; all when absent.
    revisions: Option<Vec<&'a str>>,
    name: &'a str,
    /// What follows `name:`, when there is a colon.
    value: Option<&'a str>,
}

impl Directive<'_> {
    fn applies_to(&self, revision: Option<&str>) -> bool {
        match (&self.revisions, revision) {
            (None, _) => true,
            (Some(list), Some(revision)) => list.contains(&revision),
            (Some(_), None) => false,
        }
    }

    fn value(&self) -> &str {
        self.value.map(str::trim).unwrap_or("")
    }
}

fn scan(source: &str) -> Vec<Directive<'_>> {
    let mut directives = Vec::new();
    for line in source.lines() {
        let Some(text) = line.trim_start().strip_prefix("//@") else {
            continue;
        };
        let mut text = text.trim_start();
        let mut revisions = None;
        if let Some(after) = text.strip_prefix('[') {
            let Some((list, after)) = after.split_once(']') else {
                continue;
            };
            revisions = Some(list.split(',').map(str::trim).filter(|r| !r.is_empty()).collect());
            text = after.trim_start();
        }
        let name_len = text
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
            .unwrap_or(text.len());
        let (name, rest) = text.split_at(name_len);
        if name.is_empty() {
            continue;
        }
        let value = rest.trim_start().strip_prefix(':');
        directives.push(Directive { revisions, name, value });
    }
    directives
}

/// The revisions a test declares (`//@ revisions: a b c`), in order; empty when it has none.
pub fn revisions(source: &str) -> Vec<String> {
    scan(source)
        .iter()
        .filter(|d| d.name == "revisions" && d.revisions.is_none())
        .flat_map(|d| d.value().split_whitespace().map(String::from))
        .collect()
}

/// How an auxiliary crate is built and given to the crate that needs it.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum AuxKind {
    /// `aux-build`: a library, found through `-L`.
    Build,
    /// `aux-crate: [modifiers:]name=file`: a library passed with `--extern`.
    Crate,
    /// `proc-macro`: a proc macro for the host, passed with `--extern`.
    ProcMacro,
    /// `aux-bin`: a program, put in `auxiliary/bin/` of the test's working directory.
    Bin,
}

#[derive(Clone, Debug)]
pub struct Aux {
    pub kind: AuxKind,
    /// The file, relative to the `auxiliary` directory beside the crate that names it.
    pub file: String,
    /// For `aux-crate`: what goes before `=` in `--extern` (`name`, or `priv:name` ...).
    pub extern_spec: Option<String>,
}

/// What a test's directives ask for, in one revision.
#[derive(Default, Clone, Debug)]
pub struct Props {
    /// `run-pass`, `check-pass`, `build-fail`, ...: the last one that applies.
    pub mode: Option<String>,
    /// Why the test does not apply to this target or backend (`ignore-*`, `only-*`, `needs-*`,
    /// `ignore-backends`), if it does not.
    pub skip: Option<String>,
    /// Why the test cannot be compared here though it applies (it needs unwinding, ...).
    pub unusable: Option<String>,
    pub compile_flags: Vec<String>,
    pub edition: Option<String>,
    pub aux: Vec<Aux>,
    pub rustc_env: Vec<(String, String)>,
    pub unset_rustc_env: Vec<String>,
    pub exec_env: Vec<(String, String)>,
    pub run_flags: Vec<String>,
    pub check_run_results: bool,
    /// `normalize-stdout` / `normalize-stderr`: (from, to) pairs.
    pub normalize_stdout: Vec<(String, String)>,
    pub normalize_stderr: Vec<(String, String)>,
    pub no_auto_check_cfg: bool,
    /// `force-host`: an auxiliary crate to build for the host (as proc macros are).
    pub force_host: bool,
}

/// Facts about the target (the host) that `only-*`, `ignore-*` and `needs-*` are checked against.
pub struct Target {
    /// Names a directive may use for it: the triple, the architecture, the OS, the
    /// environment, `unix`, `64bit`, `elf`, `endian-little`, `nightly` ...
    names: Vec<String>,
    llvm_major: u32,
}

impl Target {
    /// From the host triple (`x86_64-unknown-linux-gnu`) and the LLVM major version.
    pub fn new(triple: &str, llvm_major: u32) -> Target {
        let parts: Vec<&str> = triple.split('-').collect();
        let arch = parts[0];
        let os = parts.get(2).copied().unwrap_or("none");
        let mut names = vec![triple.to_string(), "nightly".to_string()];
        names.push(match arch {
            "i686" | "i586" => "x86".to_string(),
            "riscv64gc" => "riscv64".to_string(),
            arch => arch.to_string(),
        });
        names.extend(parts.iter().skip(1).map(|p| p.to_string()));
        if matches!(os, "linux" | "freebsd" | "netbsd" | "openbsd" | "darwin" | "android") {
            names.push("unix".to_string());
        }
        if !matches!(os, "darwin" | "windows" | "uefi") {
            names.push("elf".to_string());
        }
        let bits = if matches!(
            arch,
            "x86_64"
                | "aarch64"
                | "riscv64gc"
                | "s390x"
                | "powerpc64"
                | "powerpc64le"
                | "loongarch64"
        ) {
            "64bit"
        } else {
            "32bit"
        };
        names.push(bits.to_string());
        let endian = if matches!(arch, "s390x" | "powerpc64" | "powerpc" | "sparc64") {
            "endian-big"
        } else {
            "endian-little"
        };
        names.push(endian.to_string());
        Target { names, llvm_major }
    }

    fn is(&self, name: &str) -> bool {
        self.names.iter().any(|n| n == name)
    }

    /// For a `needs-*` directive: `Ok(())` when met, `Err(Some(reason))` when the test applies
    /// but cannot be compared here, `Err(None)` when not met (or unknown).
    fn needs(&self, name: &str, value: &str) -> Result<(), Option<String>> {
        match name {
            "needs-unwind"
            | "needs-threads"
            | "needs-subprocess"
            | "needs-asm-support"
            | "needs-dynamic-linking"
            | "needs-relocation-model-pic"
            | "needs-deterministic-layouts"
            | "needs-crate-type"
            | "needs-symlink"
            | "needs-target-std"
            | "needs-run-enabled" => Ok(()),
            "needs-target-has-atomic" if !value.contains("128") => Ok(()),
            _ => Err(None),
        }
    }
}

/// The directives of `source` that apply to `revision`, evaluated for `target`.
pub fn props(source: &str, revision: Option<&str>, target: &Target) -> Props {
    let mut props = Props::default();
    let skip = |props: &mut Props, why: String| {
        props.skip.get_or_insert(why);
    };
    for d in scan(source).iter().filter(|d| d.applies_to(revision)) {
        let value = d.value();
        match d.name {
            "run-pass" | "check-pass" | "build-pass" | "check-fail" | "build-fail" | "run-fail"
            | "run-crash" | "run-fail-or-crash" => props.mode = Some(d.name.to_string()),
            "compile-flags" => {
                props.compile_flags.extend(value.split_whitespace().map(String::from))
            }
            "edition" => props.edition = Some(edition(value)),
            "aux-build" | "proc-macro" | "aux-bin" => props.aux.push(Aux {
                kind: match d.name {
                    "aux-build" => AuxKind::Build,
                    "proc-macro" => AuxKind::ProcMacro,
                    _ => AuxKind::Bin,
                },
                file: value.to_string(),
                extern_spec: None,
            }),
            "aux-crate" => {
                if let Some((spec, file)) = value.split_once('=') {
                    props.aux.push(Aux {
                        kind: AuxKind::Crate,
                        file: file.trim().to_string(),
                        extern_spec: Some(spec.trim().to_string()),
                    });
                }
            }
            "rustc-env" | "exec-env" => {
                // Names are trimmed, values only at the end of the line.
                let raw = d.value.unwrap_or("").trim_start().trim_end();
                if let Some((key, val)) = raw.split_once('=') {
                    let pair = (key.trim().to_string(), val.to_string());
                    if d.name == "rustc-env" {
                        props.rustc_env.push(pair);
                    } else {
                        props.exec_env.push(pair);
                    }
                }
            }
            "unset-rustc-env" => {
                props.rustc_env.retain(|(key, _)| key != value);
                props.unset_rustc_env.push(value.to_string());
            }
            "unset-exec-env" => {
                props.exec_env.retain(|(key, _)| key != value);
            }
            "run-flags" => props.run_flags.extend(value.split_whitespace().map(String::from)),
            "check-run-results" => props.check_run_results = true,
            "normalize-stdout" | "normalize-stderr" => {
                if let Some(pair) = normalization(value) {
                    if d.name == "normalize-stdout" {
                        props.normalize_stdout.push(pair);
                    } else {
                        props.normalize_stderr.push(pair);
                    }
                }
            }
            "no-auto-check-cfg" => props.no_auto_check_cfg = true,
            "force-host" => props.force_host = true,
            "ignore-test" => skip(&mut props, "ignore-test".to_string()),
            "ignore-backends" => {
                if value.split_whitespace().any(|b| b == "cranelift") {
                    skip(&mut props, format!("ignore-backends: {value}"));
                }
            }
            "needs-backends" | "only-backends" => {
                if !value.split_whitespace().any(|b| b == "cranelift") {
                    skip(&mut props, format!("{}: {value}", d.name));
                }
            }
            "min-llvm-version" | "max-llvm-major-version" | "exact-llvm-major-version" => {
                let major: Option<u32> =
                    value.split('.').next().and_then(|m| m.trim().parse().ok());
                let met = match (d.name, major) {
                    (_, None) => true,
                    ("min-llvm-version", Some(m)) => target.llvm_major >= m,
                    ("max-llvm-major-version", Some(m)) => target.llvm_major <= m,
                    (_, Some(m)) => target.llvm_major == m,
                };
                if !met {
                    skip(&mut props, format!("{}: {value}", d.name));
                }
            }
            name if name.starts_with("ignore-") => {
                if target.is(&name["ignore-".len()..]) {
                    skip(&mut props, name.to_string());
                }
            }
            name if name.starts_with("only-") => {
                if !target.is(&name["only-".len()..]) {
                    skip(&mut props, name.to_string());
                }
            }
            name if name.starts_with("needs-") => match target.needs(name, value) {
                Ok(()) => {}
                Err(Some(reason)) => {
                    props.unusable.get_or_insert(reason);
                }
                Err(None) => skip(&mut props, name.to_string()),
            },
            _ => {}
        }
    }
    if props.unusable.is_none() {
        props.unusable = unusable_flags(&props.compile_flags);
    }
    props
}

/// `2021`, or the lowest edition of a range (`2015..2021`, `2018..`).
fn edition(value: &str) -> String {
    match value.split_once("..") {
        Some(("", _)) => "2015".to_string(),
        Some((low, _)) => low.trim().to_string(),
        None => value.to_string(),
    }
}

/// `"from" -> "to"`, with `$$` in `to` standing for `$` (as in a regex replacement).
fn normalization(value: &str) -> Option<(String, String)> {
    let (from, to) = value.split_once("->")?;
    let unquote = |s: &str| {
        let s = s.trim();
        s.strip_prefix('"').and_then(|s| s.strip_suffix('"')).map(|s| s.replace("\\\"", "\""))
    };
    Some((unquote(from)?, unquote(to)?.replace("$$", "$")))
}

/// The plain string a normalization's regular expression stands for, if it is one: only
/// those are applied (the runner has no regular expressions). Escaped punctuation (`\.`,
/// `\\`) is taken literally; any other special character makes it a real expression.
pub fn literal_pattern(pattern: &str) -> Option<String> {
    let mut literal = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(escaped) if !escaped.is_ascii_alphanumeric() => literal.push(escaped),
                _ => return None,
            },
            c if "^$.|?*+()[]{}".contains(c) => return None,
            c => literal.push(c),
        }
    }
    Some(literal)
}

/// libtest's `finished in <seconds>s`, which compiletest tests normalize with this expression:
/// the runner does it itself (see `normalize::COMPILETEST`).
pub const TEST_TIME_PATTERN: &str = r"finished in \d+\.\d+s";

/// Flags that make a test unusable with our sysroot (rlibs only).
fn unusable_flags(flags: &[String]) -> Option<String> {
    match codegen_option(flags, "prefer-dynamic").as_deref() {
        Some("" | "yes" | "y" | "on" | "true") => {
            Some("-Cprefer-dynamic (the sysroot has no dylib of std)".to_string())
        }
        _ => None,
    }
}

/// The last value of codegen option `name` in `flags` (`-Cname=v`, `-C name=v`,
/// `--codegen name=v`; `""` for a bare `-Cname`).
pub fn codegen_option(flags: &[String], name: &str) -> Option<String> {
    let mut found = None;
    let mut iter = flags.iter();
    while let Some(flag) = iter.next() {
        let option = if let Some(option) = flag.strip_prefix("-C") {
            if option.is_empty() { iter.next().map(String::as_str) } else { Some(option) }
        } else if flag == "--codegen" {
            iter.next().map(String::as_str)
        } else {
            flag.strip_prefix("--codegen=")
        };
        let Some(option) = option else { continue };
        let (key, value) = option.split_once('=').unwrap_or((option, ""));
        if key.replace('_', "-") == name {
            found = Some(value.to_string());
        }
    }
    found
}

/// A revision name as a `--cfg` name (lower case, `-` as `_`).
pub fn cfg_name(revision: &str) -> String {
    revision.to_lowercase().replace('-', "_")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> Target {
        Target::new("x86_64-unknown-linux-gnu", 20)
    }

    fn flags(list: &[&str]) -> Vec<String> {
        list.iter().map(|flag| flag.to_string()).collect()
    }

    #[test]
    fn revisions_in_order_and_only_unqualified() {
        let source = "//@ revisions: opt debug\n//@[opt] revisions: ignored\n//@ revisions: x\n";
        assert_eq!(revisions(source), ["opt", "debug", "x"]);
        assert!(revisions("//@ run-pass\nfn main() {}\n").is_empty());
    }

    #[test]
    fn directives_apply_to_their_revisions() {
        let source = "\
//@ revisions: opt debug other
//@ run-pass
//@ compile-flags: --cfg common
//@[opt] compile-flags: -O
//@[ debug , other ] compile-flags: -g
//@[] compile-flags: --cfg never
//@[opt check-pass
";
        let props_of = |revision| props(source, revision, &host());
        assert_eq!(props_of(Some("opt")).compile_flags, ["--cfg", "common", "-O"]);
        assert_eq!(props_of(Some("debug")).compile_flags, ["--cfg", "common", "-g"]);
        assert_eq!(props_of(Some("other")).compile_flags, ["--cfg", "common", "-g"]);
        // Without a revision, only the unqualified directives apply.
        assert_eq!(props_of(None).compile_flags, ["--cfg", "common"]);
        // The line with an unclosed `[` is no directive.
        assert_eq!(props_of(Some("opt")).mode.as_deref(), Some("run-pass"));
    }

    #[test]
    fn the_last_mode_wins() {
        let source = "//@ check-pass\n//@[r] run-pass\n";
        assert_eq!(props(source, Some("r"), &host()).mode.as_deref(), Some("run-pass"));
        assert_eq!(props(source, None, &host()).mode.as_deref(), Some("check-pass"));
        assert_eq!(props("fn main() {}", None, &host()).mode, None);
    }

    #[test]
    fn names_end_at_the_first_other_character() {
        // `run-pass` followed by a comment, and a line with no name at all.
        let source = "//@ run-pass (a comment)\n//@ : value\n//@\n";
        let props = props(source, None, &host());
        assert_eq!(props.mode.as_deref(), Some("run-pass"));
    }

    #[test]
    fn target_conditions() {
        let skip = |source: &str| props(source, None, &host()).skip;
        assert_eq!(skip("//@ ignore-windows\n//@ only-x86_64\n//@ only-64bit\n"), None);
        assert_eq!(skip("//@ ignore-linux\n").as_deref(), Some("ignore-linux"));
        assert_eq!(skip("//@ only-aarch64\n").as_deref(), Some("only-aarch64"));
        assert_eq!(skip("//@ ignore-endian-big\n//@ only-unix\n//@ only-elf\n"), None);
        assert_eq!(skip("//@ ignore-test\n").as_deref(), Some("ignore-test"));
        // The first reason is kept.
        assert_eq!(skip("//@ only-arm\n//@ ignore-unix\n").as_deref(), Some("only-arm"));
        assert_eq!(
            skip("//@ ignore-x86_64-unknown-linux-gnu\n").as_deref(),
            Some("ignore-x86_64-unknown-linux-gnu")
        );
    }

    #[test]
    fn needs_directives() {
        let skip = |source: &str| props(source, None, &host()).skip;
        assert_eq!(skip("//@ needs-unwind\n//@ needs-threads\n"), None);
        assert_eq!(skip("//@ needs-target-has-atomic: 8, 16, 32, 64, ptr\n"), None);
        assert_eq!(
            skip("//@ needs-target-has-atomic: 128\n").as_deref(),
            Some("needs-target-has-atomic")
        );
        assert_eq!(
            skip("//@ needs-sanitizer-address\n").as_deref(),
            Some("needs-sanitizer-address")
        );
    }

    #[test]
    fn backend_and_llvm_version_conditions() {
        let skip = |source: &str| props(source, None, &host()).skip;
        assert_eq!(
            skip("//@ ignore-backends: gcc cranelift\n").as_deref(),
            Some("ignore-backends: gcc cranelift")
        );
        assert_eq!(skip("//@ ignore-backends: gcc\n"), None);
        assert_eq!(skip("//@ needs-backends: llvm\n").as_deref(), Some("needs-backends: llvm"));
        assert_eq!(skip("//@ only-backends: cranelift\n"), None);
        assert_eq!(skip("//@ min-llvm-version: 19.1\n//@ max-llvm-major-version: 20\n"), None);
        assert_eq!(skip("//@ min-llvm-version: 21\n").as_deref(), Some("min-llvm-version: 21"));
        assert_eq!(
            skip("//@ exact-llvm-major-version: 19\n").as_deref(),
            Some("exact-llvm-major-version: 19")
        );
        // A version that is no number does not leave the test out.
        assert_eq!(skip("//@ min-llvm-version: next\n"), None);
    }

    #[test]
    fn auxiliary_crates() {
        let source = "\
//@ aux-build: helper.rs
//@ proc-macro: derive-it.rs
//@ aux-bin: tool.rs
//@ aux-crate: priv:dep = dep.rs
//@ aux-crate: no-equals-sign.rs
";
        let aux = props(source, None, &host()).aux;
        let summary: Vec<(AuxKind, &str, Option<&str>)> = aux
            .iter()
            .map(|aux| (aux.kind, aux.file.as_str(), aux.extern_spec.as_deref()))
            .collect();
        assert_eq!(
            summary,
            [
                (AuxKind::Build, "helper.rs", None),
                (AuxKind::ProcMacro, "derive-it.rs", None),
                (AuxKind::Bin, "tool.rs", None),
                (AuxKind::Crate, "dep.rs", Some("priv:dep")),
            ]
        );
    }

    #[test]
    fn environment_variables() {
        let source = "\
//@ rustc-env: KEY = a value=with equals \t
//@ rustc-env: GONE=1
//@ unset-rustc-env: GONE
//@ exec-env: RUST_MIN_STACK=16384
//@ exec-env: LATER=x
//@ unset-exec-env: LATER
//@ rustc-env: no equals sign
";
        let props = props(source, None, &host());
        // Names are trimmed; values only at the end of the line.
        assert_eq!(props.rustc_env, [("KEY".to_string(), " a value=with equals".to_string())]);
        assert_eq!(props.unset_rustc_env, ["GONE"]);
        assert_eq!(props.exec_env, [("RUST_MIN_STACK".to_string(), "16384".to_string())]);
    }

    #[test]
    fn run_options_and_flags() {
        let source = "\
//@ run-flags: --test-threads=1 --nocapture
//@ check-run-results
//@ no-auto-check-cfg
//@ force-host
//@ edition: 2015..2021
";
        let props = props(source, None, &host());
        assert_eq!(props.run_flags, ["--test-threads=1", "--nocapture"]);
        assert!(props.check_run_results && props.no_auto_check_cfg && props.force_host);
        assert_eq!(props.edition.as_deref(), Some("2015"));
        assert_eq!(props.skip, None);
        assert_eq!(props.unusable, None);
    }

    #[test]
    fn editions() {
        assert_eq!(edition("2021"), "2021");
        assert_eq!(edition("2018.."), "2018");
        assert_eq!(edition("..2021"), "2015");
        assert_eq!(edition("2015 ..2024"), "2015");
    }

    #[test]
    fn normalizations() {
        let source = r#"
//@ normalize-stdout: "say \"hi\"" -> "say $$1"
//@ normalize-stderr: "finished in \d+\.\d+s" -> "finished in $$TIME"
//@ normalize-stdout: unquoted -> "x"
//@ normalize-stdout: "no arrow"
"#;
        let props = props(source, None, &host());
        assert_eq!(props.normalize_stdout, [("say \"hi\"".to_string(), "say $1".to_string())]);
        assert_eq!(
            props.normalize_stderr,
            [(TEST_TIME_PATTERN.to_string(), "finished in $TIME".to_string())]
        );
    }

    #[test]
    fn literal_patterns() {
        assert_eq!(literal_pattern("plain text").as_deref(), Some("plain text"));
        assert_eq!(literal_pattern(r"a\.b\\c\$").as_deref(), Some(r"a.b\c$"));
        assert_eq!(literal_pattern("héllo → 世界").as_deref(), Some("héllo → 世界"));
        assert_eq!(literal_pattern("").as_deref(), Some(""));
        for expression in [r"\d+", "a.b", "^start", "(group)", "x*", r"trailing\"] {
            assert_eq!(literal_pattern(expression), None, "{expression}");
        }
        assert_eq!(literal_pattern(TEST_TIME_PATTERN), None);
    }

    #[test]
    fn codegen_options() {
        let all = flags(&["-Cprefer-dynamic", "-C", "opt-level=3", "--codegen", "debuginfo=2"]);
        assert_eq!(codegen_option(&all, "prefer-dynamic").as_deref(), Some(""));
        assert_eq!(codegen_option(&all, "opt-level").as_deref(), Some("3"));
        assert_eq!(codegen_option(&all, "debuginfo").as_deref(), Some("2"));
        assert_eq!(codegen_option(&all, "panic"), None);
        // The last one wins, and `_` is `-`.
        let twice = flags(&["-Copt_level=1", "--codegen=opt-level=s"]);
        assert_eq!(codegen_option(&twice, "opt-level").as_deref(), Some("s"));
        // `-C` as the last flag has no option.
        assert_eq!(codegen_option(&flags(&["-C"]), "opt-level"), None);
    }

    #[test]
    fn prefer_dynamic_makes_a_test_unusable() {
        let unusable = |source: &str| props(source, None, &host()).unusable;
        assert!(unusable("//@ compile-flags: -C prefer-dynamic\n").is_some());
        assert!(unusable("//@ compile-flags: -Cprefer-dynamic=yes\n").is_some());
        assert_eq!(unusable("//@ compile-flags: -Cprefer-dynamic=no\n"), None);
    }

    #[test]
    fn cfg_names() {
        assert_eq!(cfg_name("Rev-One"), "rev_one");
        assert_eq!(cfg_name("cfail2"), "cfail2");
    }

    #[test]
    fn target_names() {
        let host = host();
        for name in [
            "x86_64-unknown-linux-gnu",
            "x86_64",
            "linux",
            "gnu",
            "unix",
            "elf",
            "64bit",
            "endian-little",
            "nightly",
        ] {
            assert!(host.is(name), "{name}");
        }
        assert!(!host.is("windows") && !host.is("32bit") && !host.is("aarch64"));
        let i686 = Target::new("i686-pc-windows-msvc", 20);
        assert!(i686.is("x86") && i686.is("32bit") && i686.is("windows"));
        assert!(!i686.is("unix") && !i686.is("elf"));
        let s390x = Target::new("s390x-unknown-linux-gnu", 20);
        assert!(s390x.is("endian-big") && s390x.is("64bit"));
        assert!(Target::new("riscv64gc-unknown-linux-gnu", 20).is("riscv64"));
    }
}
