// fmt::Write into a String, io::Write into a Vec<u8>, format_args!, writeln! chains, and a custom fmt::Write sink.
use std::fmt;
use std::hint::black_box;
use std::io::Write as IoWrite;

struct Counter { chars: usize, lines: usize }
impl fmt::Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.chars += s.chars().count();
        self.lines += s.matches('\n').count();
        Ok(())
    }
}

struct Limited { buf: String, cap: usize }
impl fmt::Write for Limited {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if self.buf.len() + s.len() > self.cap { return Err(fmt::Error); }
        self.buf.push_str(s);
        Ok(())
    }
}

fn render(out: &mut dyn fmt::Write, rows: &[(u32, &str)]) -> fmt::Result {
    for (i, name) in rows {
        writeln!(out, "{:03}: {}", i, name)?;
    }
    Ok(())
}

fn main() {
    let rows = black_box([(1, "one"), (22, "twenty-two"), (333, "many")]);
    let mut s = String::new();
    render(&mut s, &rows).unwrap();
    print!("{}", s);
    let mut c = Counter { chars: 0, lines: 0 };
    render(&mut c, &rows).unwrap();
    println!("chars {} lines {}", c.chars, c.lines);
    let mut lim = Limited { buf: String::new(), cap: 20 };
    let r = render(&mut lim, &rows);
    println!("limited result {:?} buf {:?}", r.is_err(), lim.buf);
    let mut bytes: Vec<u8> = Vec::new();
    write!(bytes, "{}-{:x}", black_box(255), 255).unwrap();
    writeln!(&mut bytes, " [{}]", "io").unwrap();
    bytes.write_all(b"raw bytes\n").unwrap();
    print!("{}", String::from_utf8(bytes).unwrap());
    let args_str = fmt::format(format_args!("{} + {} = {}", 2, 3, 2 + 3));
    println!("{}", args_str);
    let mut cursor = std::io::Cursor::new(Vec::new());
    for i in 0..3 {
        write!(cursor, "{};", i * 11).unwrap();
    }
    println!("{:?} pos {}", String::from_utf8(cursor.get_ref().clone()).unwrap(), cursor.position());
    let mut out = std::io::stdout().lock();
    writeln!(out, "locked stdout {}", black_box(7)).unwrap();
    let e = std::io::stderr();
    writeln!(e.lock(), "to stderr {}", black_box(8)).unwrap();
}
