//! File-system helpers shared by the commands and the test groups: removing what may not exist,
//! creating, reading, writing, listing and copying with errors that name the path, replacing a
//! file or directory by a finished `.partial` one, and stamp files recording what a directory
//! was made from.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Removes the directory tree `path`; a missing one is fine.
pub fn remove_dir(path: &Path) -> Result<(), String> {
    match fs::remove_dir_all(path) {
        Err(e) if e.kind() != ErrorKind::NotFound => {
            Err(format!("cannot remove {}: {e}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Removes the file (or link) `path`; a missing one is fine.
pub fn remove_file(path: &Path) -> Result<(), String> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != ErrorKind::NotFound => {
            Err(format!("cannot remove {}: {e}", path.display()))
        }
        _ => Ok(()),
    }
}

/// Creates the directory `path` and its missing parents.
pub fn create_dir(path: &Path) -> Result<(), String> {
    fs::create_dir_all(path).map_err(|e| format!("cannot create {}: {e}", path.display()))
}

/// The contents of the UTF-8 file `path`.
pub fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Renames the finished `partial` to `target`, so that an interrupted build never leaves a
/// half-written `target`. A file there is replaced (a process still using it keeps a valid
/// one); a directory there must be removed first.
pub fn move_into_place(partial: &Path, target: &Path) -> Result<(), String> {
    fs::rename(partial, target).map_err(|e| format!("cannot rename {}: {e}", partial.display()))
}

/// The `.rs` files directly in `dir`, sorted.
pub fn rust_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}/: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot list {}/: {e}", dir.display()))?.path();
        if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

/// Copies the directory tree `from` to `to` (files, directories and symbolic links).
pub fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    create_dir(to)?;
    let entries = fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot list {}: {e}", from.display()))?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        let kind =
            entry.file_type().map_err(|e| format!("cannot stat {}: {e}", source.display()))?;
        if kind.is_dir() {
            copy_dir(&source, &target)?;
        } else if kind.is_symlink() {
            let points_to = fs::read_link(&source)
                .map_err(|e| format!("cannot read the link {}: {e}", source.display()))?;
            std::os::unix::fs::symlink(points_to, &target)
                .map_err(|e| format!("cannot create the link {}: {e}", target.display()))?;
        } else {
            fs::copy(&source, &target).map_err(|e| {
                format!("cannot copy {} to {}: {e}", source.display(), target.display())
            })?;
        }
    }
    Ok(())
}

/// Whether the stamp file `stamp` exists and holds exactly `key`.
pub fn stamp_matches(stamp: &Path, key: &str) -> bool {
    fs::read_to_string(stamp).is_ok_and(|text| text == key)
}

/// Replaces `to` by a copy of the directory tree `from`, then writes `key` into the stamp file
/// `stamp`. The stamp goes first and comes back last, so that an interrupted copy is never
/// taken for a finished one.
pub fn copy_dir_stamped(from: &Path, to: &Path, stamp: &Path, key: &str) -> Result<(), String> {
    remove_dir(to)?;
    remove_file(stamp)?;
    copy_dir(from, to)?;
    write_file(stamp, key.as_bytes())
}
