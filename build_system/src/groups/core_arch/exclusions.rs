//! The core_arch tests left out of the build, tests/core_arch_exclusions.txt: tests that the
//! backend cannot compile (a compile error anywhere stops the whole test executable), each
//! with the reason, and how they are left out of the copy of the sources: a `#[cfg(any())]`
//! in front of the test function, or of the whole `mod tests` for an entry naming a module's
//! tests (`core_arch::<arch>::<module>::tests`).

use std::path::{Path, PathBuf};

use crate::fs::{read_text, write_file};

pub const PATH: &str = "tests/core_arch_exclusions.txt";

/// What is put in front of an excluded item, on a line of its own.
const MARKER: &str =
    "#[cfg(any())] // left out by the core_arch group: tests/core_arch_exclusions.txt";

/// An entry of the list.
pub struct Exclusion {
    /// Its line in the list.
    line: usize,
    /// libtest's name of the test (`core_arch::x86::sse2::tests::test_mm_add_epi8`), or the
    /// path of the module holding the tests of a file (`core_arch::x86::avx512fp16::tests`).
    pub name: String,
}

/// Reads the list (`<test name> # <reason>` lines, blank lines and `#` comment lines).
pub fn read() -> Result<Vec<Exclusion>, String> {
    parse(&read_text(Path::new(PATH))?)
}

/// The list `text` of `read`.
fn parse(text: &str) -> Result<Vec<Exclusion>, String> {
    let mut exclusions: Vec<Exclusion> = Vec::new();
    for (line, name, _) in super::super::parse_reasons(text, PATH, "<test name>")? {
        if exclusions.iter().any(|exclusion| exclusion.name == name) {
            return Err(format!("{PATH}:{line}: `{name}` is listed twice"));
        }
        exclusions.push(Exclusion { line, name });
    }
    Ok(exclusions)
}

/// Leaves the listed tests out of the sources of core_arch, `crate_dir` (stdarch's
/// crates/core_arch).
pub fn apply(exclusions: &[Exclusion], crate_dir: &Path) -> Result<(), String> {
    for exclusion in exclusions {
        let at = |problem: String| format!("{PATH}:{}: {problem}", exclusion.line);
        let (file, function) = location(&exclusion.name).map_err(at)?;
        let path = crate_dir.join(&file);
        let source = read_text(&path).map_err(at)?;
        let edited = exclude(&source, function).map_err(|problem| {
            at(format!("{problem} in {}: remove the entry if the test is gone", file.display()))
        })?;
        write_file(&path, edited.as_bytes())?;
    }
    Ok(())
}

/// The source file of the test `name` (relative to the crate) and the test function (None for
/// the tests module).
fn location(name: &str) -> Result<(PathBuf, Option<&str>), String> {
    let parts: Vec<&str> = name.split("::").collect();
    match parts[..] {
        ["core_arch", arch, module, "tests"] => {
            Ok((Path::new("src").join(arch).join(format!("{module}.rs")), None))
        }
        ["core_arch", arch, module, "tests", function] => {
            Ok((Path::new("src").join(arch).join(format!("{module}.rs")), Some(function)))
        }
        _ => {
            Err(format!("`{name}` is not `core_arch::<arch>::<module>::tests[::<test function>]`"))
        }
    }
}

/// `source` with the marker in front of its `mod tests`, or of the attributes of the function
/// `function` inside it.
fn exclude(source: &str, function: Option<&str>) -> Result<String, String> {
    let lines: Vec<&str> = source.lines().collect();
    let module = lines
        .iter()
        .position(|line| line.trim_start().starts_with("mod tests {"))
        .ok_or("no `mod tests`")?;
    let target = match function {
        None => module,
        Some(function) => {
            let declaration = format!("fn {function}(");
            let found = lines[module..].iter().position(|line| {
                line.trim_start()
                    .split_once(&declaration)
                    .is_some_and(|(before, _)| before.is_empty() || before.ends_with(' '))
            });
            let fn_line =
                module + found.ok_or(format!("no function `{function}` in `mod tests`"))?;
            // The attributes and doc comments above it are its own.
            let mut first = fn_line;
            while first > module + 1 {
                let above = lines[first - 1].trim_start();
                if above == MARKER || !above.starts_with("#[") && !above.starts_with("///") {
                    break;
                }
                first -= 1;
            }
            first
        }
    };
    if target > 0 && lines[target - 1].trim_start() == MARKER {
        return Ok(source.to_string());
    }
    let indent = &lines[target][..lines[target].len() - lines[target].trim_start().len()];
    let mut out = String::with_capacity(source.len() + MARKER.len() + 10);
    for (index, line) in lines.iter().enumerate() {
        if index == target {
            out.push_str(indent);
            out.push_str(MARKER);
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
pub fn _mm_rolv(a: u32) -> u32 {
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rotates.
    #[simd_test(enable = \"avx512f\")]
    #[allow(unused)]
    const fn test_mm_rolv() {
        assert_eq!(_mm_rolv(1), 1);
    }

    #[test]
    fn test_mm_rolv_mask() {}
}
";

    #[test]
    fn a_test_function() {
        let edited = exclude(SOURCE, Some("test_mm_rolv")).unwrap();
        let expected =
            SOURCE.replace("    /// Rotates.\n", &format!("    {MARKER}\n    /// Rotates.\n"));
        assert_eq!(edited, expected);
        // Applying it twice changes nothing.
        assert_eq!(exclude(&edited, Some("test_mm_rolv")).unwrap(), expected);
        // `fn test_mm_rolv(` is not a part of `fn test_mm_rolv_mask(`.
        let edited = exclude(SOURCE, Some("test_mm_rolv_mask")).unwrap();
        assert!(edited.contains(&format!("    {MARKER}\n    #[test]\n    fn test_mm_rolv_mask")));
    }

    #[test]
    fn a_tests_module() {
        let edited = exclude(SOURCE, None).unwrap();
        assert!(edited.contains(&format!("#[cfg(test)]\n{MARKER}\nmod tests {{\n")));
    }

    #[test]
    fn missing_items() {
        assert_eq!(
            exclude(SOURCE, Some("test_gone")).unwrap_err(),
            "no function `test_gone` in `mod tests`"
        );
        assert_eq!(exclude("fn test_x() {}\n", Some("test_x")).unwrap_err(), "no `mod tests`");
        // Functions outside `mod tests` are not tests.
        assert!(exclude(SOURCE, Some("_mm_rolv")).is_err());
    }

    #[test]
    fn locations() {
        let (file, function) = location("core_arch::x86::sse2::tests::test_mm_add_epi8").unwrap();
        assert_eq!((file, function), (PathBuf::from("src/x86/sse2.rs"), Some("test_mm_add_epi8")));
        let (file, function) = location("core_arch::x86_64::avx512fp16::tests").unwrap();
        assert_eq!((file, function), (PathBuf::from("src/x86_64/avx512fp16.rs"), None));
        assert!(location("core_arch::x86::sse2::test_mm_add_epi8").is_err());
        assert!(location("x86::sse2::tests::test_mm_add_epi8").is_err());
    }

    #[test]
    fn lists() {
        let list = parse(
            "# comment\ncore_arch::x86::a::tests::test_b # why\n\ncore_arch::x86::c::tests # all\n",
        )
        .unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!((list[0].line, list[1].line), (2, 4));
        assert_eq!(list[1].name, "core_arch::x86::c::tests");
        let twice = parse("core_arch::x86::a::tests::t # a\ncore_arch::x86::a::tests::t # b\n");
        assert_eq!(
            twice.err().unwrap(),
            format!("{PATH}:2: `core_arch::x86::a::tests::t` is listed twice")
        );
    }
}
