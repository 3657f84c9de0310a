// Build a small directory tree in a temp dir, walk it recursively with sorted output, sum file sizes, then remove it.
use std::fs;
use std::io;
use std::path::Path;

fn walk(dir: &Path, depth: usize, total: &mut u64) -> io::Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let ft = e.file_type()?;
        let name = e.file_name().into_string().unwrap();
        if ft.is_dir() {
            println!("{}{}/", "  ".repeat(depth), name);
            walk(&e.path(), depth + 1, total)?;
        } else {
            let len = e.metadata()?.len();
            *total += len;
            println!("{}{} ({} bytes)", "  ".repeat(depth), name, len);
        }
    }
    Ok(())
}

fn main() -> io::Result<()> {
    let root = std::env::temp_dir().join(format!("rp-tree-{}", std::process::id()));
    for sub in ["b/inner", "a", "c/deep/deeper"] {
        fs::create_dir_all(root.join(sub))?;
    }
    let files = [("a/one.txt", 10usize), ("a/two.txt", 3), ("b/inner/x.dat", 100), ("c/deep/deeper/z", 1), ("top.md", 42), ("b/readme", 0)];
    for (p, n) in files {
        fs::write(root.join(p), "x".repeat(n))?;
    }
    let mut total = 0;
    walk(&root, 0, &mut total)?;
    println!("total bytes {}", total);
    println!("is_dir {} is_file {}", root.join("c/deep").is_dir(), root.join("top.md").is_file());
    let p = root.join("a/one.txt");
    println!("file_name {:?} ext {:?} stem {:?}", p.file_name().unwrap(), p.extension().unwrap(), p.file_stem().unwrap());
    println!("parent ends with a: {}", p.parent().unwrap().ends_with("a"));
    println!("create existing dir fails: {:?}", fs::create_dir(root.join("a")).unwrap_err().kind());
    fs::remove_dir_all(&root)?;
    println!("removed {}", !root.exists());
    Ok(())
}
