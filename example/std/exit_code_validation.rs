// Validates a batch of records, prints a summary, and exits with a status code that encodes the result:
// 0 = all valid, 2 = some invalid (this program's data has invalid records), via std::process::exit after
// flushing a final summary to both stdout and stderr.
use std::fmt;
use std::io::Write;
use std::process;

#[derive(Debug)]
enum Problem {
    EmptyName,
    BadEmail(String),
    AgeOutOfRange(i32),
    DuplicateId(u32),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Problem::EmptyName => write!(f, "name is empty"),
            Problem::BadEmail(e) => write!(f, "email {:?} is malformed", e),
            Problem::AgeOutOfRange(a) => write!(f, "age {} is out of range 0..=150", a),
            Problem::DuplicateId(id) => write!(f, "id {} is duplicated", id),
        }
    }
}

struct Record {
    id: u32,
    name: &'static str,
    email: &'static str,
    age: i32,
}

fn check(r: &Record, seen: &mut Vec<u32>) -> Vec<Problem> {
    let mut p = Vec::new();
    if r.name.trim().is_empty() {
        p.push(Problem::EmptyName);
    }
    let at = r.email.find('@');
    let ok_email = match at {
        Some(i) => i > 0 && r.email[i + 1..].contains('.') && !r.email.ends_with('.'),
        None => false,
    };
    if !ok_email {
        p.push(Problem::BadEmail(r.email.to_string()));
    }
    if !(0..=150).contains(&r.age) {
        p.push(Problem::AgeOutOfRange(r.age));
    }
    if seen.contains(&r.id) {
        p.push(Problem::DuplicateId(r.id));
    } else {
        seen.push(r.id);
    }
    p
}

fn main() {
    let records = [
        Record { id: 1, name: "Ada", email: "ada@example.org", age: 36 },
        Record { id: 2, name: " ", email: "blank@example.org", age: 20 },
        Record { id: 3, name: "Grace", email: "grace@navy", age: 85 },
        Record { id: 4, name: "Linus", email: "linus@kernel.org", age: -1 },
        Record { id: 1, name: "Dup", email: "@bad.", age: 200 },
        Record { id: 5, name: "Ken", email: "ken@bell-labs.com", age: 80 },
    ];
    let mut seen = Vec::new();
    let mut invalid = 0;
    let mut problem_count = 0;
    for r in &records {
        let problems = check(r, &mut seen);
        if problems.is_empty() {
            println!("record {} ({}) ok", r.id, r.name);
        } else {
            invalid += 1;
            problem_count += problems.len();
            println!("record {} ({:?}) has {} problem(s):", r.id, r.name, problems.len());
            for p in &problems {
                println!("    - {}", p);
            }
        }
    }
    let code = if invalid == 0 { 0 } else { 2 };
    println!("summary: {} records, {} invalid, {} problems -> exit {}", records.len(), invalid, problem_count, code);
    std::io::stdout().flush().unwrap();
    eprintln!("validation finished with {} invalid record(s)", invalid);
    process::exit(code);
}
