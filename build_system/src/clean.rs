//! The `clean` command: removes the build system's outputs.

use std::path::Path;

use crate::fs::remove_dir;
use crate::step::step;

/// Removes build/ and dist/; with `all`, also cargo's target directories.
pub fn clean(all: bool) -> Result<(), String> {
    let mut dirs = vec!["build/", "dist/"];
    if all {
        dirs.extend(["target/", "build_system/target/"]);
    }
    for dir in dirs {
        step("clean", &format!("remove {dir}"), || remove_dir(Path::new(dir)))?;
    }
    Ok(())
}
