// BufWriter/BufReader over files in a temp dir: buffered writes, lines(), read_line, split on bytes, seek.
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write, Read};

fn main() -> std::io::Result<()> {
    let dir = std::env::temp_dir().join(format!("rp-bufio-{}", std::process::id()));
    fs::create_dir_all(&dir)?;
    let path = dir.join("numbers.csv");
    {
        let mut w = BufWriter::new(File::create(&path)?);
        writeln!(w, "id,square,cube")?;
        for i in 1..=100u64 {
            writeln!(w, "{},{},{}", i, i * i, i * i * i)?;
        }
        w.flush()?;
    }
    let r = BufReader::new(File::open(&path)?);
    let mut sum_sq = 0u64;
    let mut rows = 0;
    for (n, line) in r.lines().enumerate() {
        let line = line?;
        if n == 0 {
            println!("header {:?}", line);
            continue;
        }
        let cols: Vec<u64> = line.split(',').map(|c| c.parse().unwrap()).collect();
        sum_sq += cols[1];
        rows += 1;
    }
    println!("rows {} sum of squares {}", rows, sum_sq);
    let mut r = BufReader::new(File::open(&path)?);
    let mut first = String::new();
    let n = r.read_line(&mut first)?;
    println!("read_line {} bytes {:?}", n, first);
    let mut chunk = Vec::new();
    r.read_until(b'\n', &mut chunk)?;
    println!("read_until {:?}", String::from_utf8_lossy(&chunk));
    let mut f = File::open(&path)?;
    let end = f.seek(SeekFrom::End(-12))?;
    let mut tail = String::new();
    f.read_to_string(&mut tail)?;
    println!("seek to {} tail {:?}", end, tail);
    f.seek(SeekFrom::Start(3))?;
    let mut three = [0u8; 6];
    f.read_exact(&mut three)?;
    println!("bytes 3..9 {:?}", std::str::from_utf8(&three).unwrap());
    let fields: usize = BufReader::new(File::open(&path)?).split(b',').count();
    println!("comma-split pieces {}", fields);
    fs::remove_dir_all(&dir)?;
    println!("cleaned {}", !dir.exists());
    Ok(())
}
