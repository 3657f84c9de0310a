// File I/O in a unique temp directory: a size-based rotating log writer (app.log, app.log.1, ...), reading
// the rotated files back with BufReader, directory listing sorted by name, metadata sizes, and cleanup.
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

struct RotatingLog {
    dir: PathBuf,
    max_bytes: u64,
    keep: usize,
    file: File,
    written: u64,
    rotations: u32,
}

impl RotatingLog {
    fn open(dir: &Path, max_bytes: u64, keep: usize) -> io::Result<RotatingLog> {
        let file = OpenOptions::new().create(true).append(true).open(dir.join("app.log"))?;
        Ok(RotatingLog { dir: dir.to_path_buf(), max_bytes, keep, file, written: 0, rotations: 0 })
    }

    fn rotate(&mut self) -> io::Result<()> {
        self.file.flush()?;
        let name = |i: usize| if i == 0 { self.dir.join("app.log") } else { self.dir.join(format!("app.log.{}", i)) };
        let oldest = name(self.keep);
        if oldest.exists() {
            fs::remove_file(&oldest)?;
        }
        for i in (0..self.keep).rev() {
            let from = name(i);
            if from.exists() {
                fs::rename(&from, name(i + 1))?;
            }
        }
        self.file = File::create(name(0))?;
        self.written = 0;
        self.rotations += 1;
        Ok(())
    }

    fn log(&mut self, line: &str) -> io::Result<()> {
        let len = line.len() as u64 + 1;
        if self.written + len > self.max_bytes {
            self.rotate()?;
        }
        writeln!(self.file, "{}", line)?;
        self.written += len;
        Ok(())
    }
}

fn main() -> io::Result<()> {
    let dir = std::env::temp_dir().join(format!("rp-example-logs-{}", std::process::id()));
    if dir.exists() {
        fs::remove_dir_all(&dir)?;
    }
    fs::create_dir_all(&dir)?;
    let mut log = RotatingLog::open(&dir, 120, 3)?;
    for i in 0..40 {
        let level = ["INFO", "WARN", "DEBUG", "ERROR"][i % 4];
        log.log(&format!("{:03} {:<5} event number {} value={:.2}", i, level, i * 7, i as f64 / 3.0))?;
    }
    log.file.flush()?;
    println!("rotations performed: {}", log.rotations);
    let mut names: Vec<String> = fs::read_dir(&dir)?.map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned())).collect::<Result<_, _>>()?;
    names.sort();
    for n in &names {
        let p = dir.join(n);
        let lines: Vec<String> = BufReader::new(File::open(&p)?).lines().collect::<Result<_, _>>()?;
        println!("{:<10} {:>4} bytes {:>2} lines first={:?}", n, fs::metadata(&p)?.len(), lines.len(), lines.first().map(|l| &l[..3]));
    }
    let mut all = Vec::new();
    for n in names.iter().rev() {
        let f = File::open(dir.join(n))?;
        for line in BufReader::new(f).lines() {
            all.push(line?);
        }
    }
    let ids: Vec<u32> = all.iter().map(|l| l[..3].parse().unwrap()).collect();
    println!("retained {} lines, ids {}..={}, contiguous {}", ids.len(), ids[0], ids[ids.len() - 1], ids.windows(2).all(|w| w[1] == w[0] + 1));
    let errors = all.iter().filter(|l| l.contains("ERROR")).count();
    println!("ERROR lines retained {}", errors);
    fs::write(dir.join("summary.txt"), format!("lines={} errors={}\n", all.len(), errors))?;
    println!("summary: {}", fs::read_to_string(dir.join("summary.txt"))?.trim_end());
    fs::remove_dir_all(&dir)?;
    println!("cleaned up: {}", !dir.exists());
    Ok(())
}
