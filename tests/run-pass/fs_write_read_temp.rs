// File I/O in a unique temp directory: create/write/append/read, read_to_string, metadata len, rename, remove; all cleaned up.
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::PathBuf;

fn unique_dir(tag: &str) -> PathBuf {
    let mut p = std::env::temp_dir();
    p.push(format!("rp-{}-{}", tag, std::process::id()));
    p
}

fn main() -> std::io::Result<()> {
    let dir = unique_dir("fsrw");
    fs::create_dir_all(&dir)?;
    let file = dir.join("data.txt");
    {
        let mut f = File::create(&file)?;
        for i in 0..5 {
            writeln!(f, "line {} value {}", i, i * i)?;
        }
    }
    println!("len after create {}", fs::metadata(&file)?.len());
    {
        let mut f = OpenOptions::new().append(true).open(&file)?;
        f.write_all(b"appended\n")?;
    }
    let text = fs::read_to_string(&file)?;
    println!("{} lines, last {:?}", text.lines().count(), text.lines().last());
    let mut buf = Vec::new();
    File::open(&file)?.read_to_end(&mut buf)?;
    println!("bytes {} first {:?}", buf.len(), std::str::from_utf8(&buf[..6]).unwrap());
    let bin = dir.join("data.bin");
    let payload: Vec<u8> = (0..=255u8).collect();
    fs::write(&bin, &payload)?;
    let back = fs::read(&bin)?;
    println!("binary roundtrip {} len {}", back == payload, back.len());
    let renamed = dir.join("renamed.bin");
    fs::rename(&bin, &renamed)?;
    println!("old exists {} new exists {}", bin.exists(), renamed.exists());
    let err = fs::read(&bin).unwrap_err();
    println!("reading missing file: {:?}", err.kind());
    fs::copy(&file, dir.join("copy.txt"))?;
    let mut names: Vec<String> = fs::read_dir(&dir)?.map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    println!("dir entries {:?}", names);
    fs::remove_file(&renamed)?;
    fs::remove_dir_all(&dir)?;
    println!("cleaned up {}", !dir.exists());
    Ok(())
}
