//! `llvm-dwarfdump --verify` over the objects, archives and binaries the backend wrote, as the
//! debuginfo group (its programs, our sysroot) and the crates group (each crate's build) check
//! them.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::debuginfo::tool;
use crate::process::{self, Status};
use crate::report;

/// One file's verification (a crate's test executable is the largest) still running
/// after this long is killed and fails.
const TIME_LIMIT: Duration = Duration::from_secs(5 * 60);

/// Every file (an object, an archive of objects, a binary) must pass `llvm-dwarfdump --verify`;
/// the error holds the reports of those that do not.
pub(super) fn verify_all(files: &[PathBuf]) -> Result<(), String> {
    let dwarfdump = tool("llvm-dwarfdump", "llvm")?;
    let problems: Vec<String> =
        files.iter().filter_map(|file| verify(&dwarfdump, file).err()).collect();
    if problems.is_empty() { Ok(()) } else { Err(problems.join("\n")) }
}

/// `llvm-dwarfdump --verify file` must exit successfully and say "No errors." (once per member
/// of an archive).
fn verify(dwarfdump: &Path, file: &Path) -> Result<(), String> {
    let mut cmd = Command::new(dwarfdump);
    cmd.arg("--verify").arg(file);
    let output = process::run(&mut cmd, TIME_LIMIT)?;
    let text = String::from_utf8_lossy(&output.stdout);
    if output.status == Status::Exit(0) && text.contains("No errors.")
        || only_dropped_functions_overlap(&text)
    {
        return Ok(());
    }
    // The address ranges of a compile unit are many lines that say little.
    let stdout: String = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.trim_start().starts_with("[0x"))
        .map(|line| format!("{line}\n"))
        .collect();
    Err(format!(
        "{}: {}\n{}\n{}",
        process::command_line(&cmd),
        output.status,
        report::excerpt("stdout (address range lists left out)", stdout.as_bytes()),
        report::excerpt("stderr", &output.stderr)
    ))
}

/// Whether the only errors llvm-dwarfdump reports are about the address ranges of functions
/// the linker dropped (`--gc-sections`) and of the inlined calls in them: lld gives their
/// addresses the tombstone values 0 (`DW_AT_low_pc`) and 1 (range lists), so they overlap one
/// another and leave their parents' ranges. A program's binary has them when its codegen
/// units hold functions it does not call; LLVM's builds have them alike.
fn only_dropped_functions_overlap(report: &str) -> bool {
    const KINDS: [&str; 2] = [
        "DIEs have overlapping address ranges",
        "DIE address ranges are not contained in its parent's ranges",
    ];
    let tombstone = |address: &str| {
        let digits = address.trim_start_matches("0x");
        u64::from_str_radix(digits, 16).is_ok_and(|value| value <= 1)
    };
    let mut errors = report.split("error: ").skip(1).peekable();
    errors.peek().is_some()
        && errors.all(|error| {
            let addresses: Vec<&str> = error
                .lines()
                .filter_map(|line| {
                    if line.contains("DW_AT_low_pc") {
                        line.rsplit_once('(').map(|(_, value)| value.trim_end_matches(')'))
                    } else {
                        line.trim_start()
                            .strip_prefix('[')
                            .and_then(|range| range.split(',').next())
                    }
                })
                .collect();
            KINDS.iter().any(|kind| error.starts_with(kind))
                && !addresses.is_empty()
                && addresses.iter().all(|address| tombstone(address))
        })
}
