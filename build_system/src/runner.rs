//! Runs a group's test cases on worker threads. Only the calling thread prints: one line
//! per case as it finishes, followed by the explanation if it failed.

use std::io::Write;
use std::sync::{Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

pub const WORKERS: usize = 2;

/// A test case: `run` returns `Err(explanation)` when it fails.
pub struct Case<'a> {
    pub name: String,
    pub run: Box<dyn FnOnce() -> Result<(), String> + Send + 'a>,
}

#[derive(Default)]
pub struct Tally {
    pub passed: usize,
    pub failed: usize,
    /// Cases that ran but could not be judged, each named with the reason by its group.
    pub skipped: usize,
}

/// Runs `cases`, adding their results to `tally`; returns whether all passed.
pub fn run_cases(group: &str, cases: Vec<Case<'_>>, tally: &mut Tally) -> bool {
    let failed_before = tally.failed;
    let workers = WORKERS.min(cases.len());
    let queue = Mutex::new(cases.into_iter());
    let (results, finished) = mpsc::channel();
    thread::scope(|scope| {
        for _ in 0..workers {
            let results = results.clone();
            let queue = &queue;
            scope.spawn(move || {
                loop {
                    // The lock is released at the end of this statement, before the case runs.
                    let next = queue.lock().unwrap().next();
                    let Some(case) = next else { break };
                    let start = Instant::now();
                    let result = (case.run)();
                    results.send((case.name, result, start.elapsed())).unwrap();
                }
            });
        }
        drop(results);
        for (name, result, time) in finished {
            report(group, &name, &result, time);
            match result {
                Ok(()) => tally.passed += 1,
                Err(_) => tally.failed += 1,
            }
        }
    });
    tally.failed == failed_before
}

fn report(group: &str, name: &str, result: &Result<(), String>, time: Duration) {
    let label = format!("{group}/{name}");
    let verdict = if result.is_ok() { "ok" } else { "FAILED" };
    let mut text = format!("{label:<44} {verdict:<6} {:>7.2}s\n", time.as_secs_f64());
    if let Err(explanation) = result {
        for line in explanation.lines() {
            text.push_str("    ");
            text.push_str(line);
            text.push('\n');
        }
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).unwrap();
    stdout.flush().unwrap();
}
