//! The `clean` command: removes the build system's outputs.

use std::fs;
use std::io::ErrorKind;

use crate::step::step;

/// Removes build/ and dist/; with `all`, also cargo's target directories.
pub fn clean(all: bool) -> Result<(), String> {
    let mut dirs = vec!["build", "dist"];
    if all {
        dirs.extend(["target", "build_system/target"]);
    }
    for dir in dirs {
        step("clean", &format!("remove {dir}/"), || match fs::remove_dir_all(dir) {
            Err(e) if e.kind() != ErrorKind::NotFound => Err(format!("cannot remove {dir}/: {e}")),
            _ => Ok(()),
        })?;
    }
    Ok(())
}
