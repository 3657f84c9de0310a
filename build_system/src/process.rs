//! Running a child process with its output captured, within a time limit and an output limit.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use std::{fmt, thread};

/// A process writing more than this to its stdout, or to its stderr, is killed: only this
/// much of each is kept.
const OUTPUT_LIMIT: usize = 16 << 20;

/// How a process ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    /// Still running when the time limit was reached; it was killed.
    TimedOut(Duration),
    /// Wrote more than `OUTPUT_LIMIT` bytes to stdout or stderr; it was killed.
    OutputLimitExceeded,
}

impl Status {
    fn from_exit_status(status: ExitStatus) -> Status {
        match (status.code(), status.signal()) {
            (Some(code), _) => Status::Exit(code),
            (None, Some(signal)) => Status::Signal(signal),
            (None, None) => unreachable!("a process ends by exiting or by a signal"),
        }
    }

    /// Whether the process was stopped for exceeding a limit.
    pub fn exceeded_limit(self) -> bool {
        matches!(self, Status::TimedOut(_) | Status::OutputLimitExceeded)
    }

    /// Parses the `exit N` or `signal N` written by `Display`.
    pub fn parse(text: &str) -> Option<Status> {
        let (kind, number) = text.trim().split_once(' ')?;
        let number = number.trim().parse().ok()?;
        match kind {
            "exit" => Some(Status::Exit(number)),
            "signal" => Some(Status::Signal(number)),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Exit(code) => write!(f, "exit {code}"),
            Status::Signal(signal) => write!(f, "signal {signal}"),
            Status::TimedOut(limit) => write!(f, "timed out after {}s (killed)", limit.as_secs()),
            Status::OutputLimitExceeded => write!(
                f,
                "output limit exceeded: more than {} MiB on stdout or stderr (killed)",
                OUTPUT_LIMIT >> 20
            ),
        }
    }
}

pub struct Output {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The peak resident set size of the process, or of the largest descendant it waited for
    /// (as `/usr/bin/time` reports it), in bytes; `None` if it was killed.
    pub peak_rss: Option<u64>,
}

/// Runs `cmd` with no stdin, killing it if it runs longer than `limit` or writes too much.
pub fn run(cmd: &mut Command, limit: Duration) -> Result<Output, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{}`: {e}", command_line(cmd)))?;
    let too_much = Arc::new(AtomicBool::new(false));
    let stdout = capture(child.stdout.take().expect("stdout is piped"), &too_much);
    let stderr = capture(child.stderr.take().expect("stderr is piped"), &too_much);
    let deadline = Instant::now() + limit;
    let (status, peak_rss) = loop {
        if let Some((status, peak_rss)) = try_reap(&child)? {
            break (Status::from_exit_status(status), Some(peak_rss));
        }
        if too_much.load(Ordering::Relaxed) {
            kill(&mut child);
            break (Status::OutputLimitExceeded, None);
        }
        if Instant::now() >= deadline {
            kill(&mut child);
            break (Status::TimedOut(limit), None);
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stdout = stdout.join().unwrap();
    let stderr = stderr.join().unwrap();
    // The child may have ended before the excess was noticed, by itself or of SIGPIPE.
    let status =
        if too_much.load(Ordering::Relaxed) { Status::OutputLimitExceeded } else { status };
    Ok(Output { status, stdout, stderr, peak_rss })
}

/// The exit status and peak resident set size (see `Output::peak_rss`) of `child` if it has
/// ended. It is then reaped, by `wait4`, which `Child::try_wait` does not call: `child` must
/// not be waited for again.
fn try_reap(child: &Child) -> Result<Option<(ExitStatus, u64)>, String> {
    /// `struct rusage` of 64-bit Linux: two `struct timeval`, then 14 `long`s, the first of
    /// them `ru_maxrss` (in KiB).
    #[repr(C)]
    struct Rusage {
        times: [i64; 4],
        maxrss_kib: i64,
        rest: [i64; 13],
    }
    unsafe extern "C" {
        fn wait4(pid: i32, status: *mut i32, options: i32, rusage: *mut Rusage) -> i32;
    }
    const WNOHANG: i32 = 1;
    let pid = i32::try_from(child.id()).expect("Linux process ids fit in an i32");
    let mut status = 0;
    let mut usage = Rusage { times: [0; 4], maxrss_kib: 0, rest: [0; 13] };
    // SAFETY: both pointers are to live locals of the types wait4 writes.
    let reaped = unsafe { wait4(pid, &mut status, WNOHANG, &mut usage) };
    if reaped == pid {
        let peak_rss = u64::try_from(usage.maxrss_kib).unwrap_or(0) * 1024;
        return Ok(Some((ExitStatus::from_raw(status), peak_rss)));
    }
    let error = std::io::Error::last_os_error();
    match reaped {
        0 => Ok(None),
        _ if error.kind() == std::io::ErrorKind::Interrupted => Ok(None),
        _ => Err(format!("cannot wait for child: {error}")),
    }
}

fn kill(child: &mut Child) {
    // Its own children go first, while they are still known as its children: a test harness
    // running each test in a child process would otherwise leave a hanging test running.
    kill_descendants(child.id());
    // Either call fails only if the child has just exited by itself; it is gone either way.
    let _ = child.kill();
    let _ = child.wait();
}

/// Kills the processes descending from `pid`, after stopping `pid` so that it starts no more.
/// Best effort: they are found through /proc.
fn kill_descendants(pid: u32) {
    unsafe extern "C" {
        safe fn kill(pid: i32, signal: i32) -> i32;
    }
    const SIGKILL: i32 = 9;
    const SIGSTOP: i32 = 19;
    let Ok(pid) = i32::try_from(pid) else { return };
    kill(pid, SIGSTOP);
    // All are stopped and found before any is killed: a killed process's children would be
    // given to init, and no longer be found as its children.
    let mut descendants = Vec::new();
    let mut parents = vec![pid];
    while let Some(parent) = parents.pop() {
        for child in children(parent) {
            kill(child, SIGSTOP);
            parents.push(child);
            descendants.push(child);
        }
    }
    for descendant in descendants {
        kill(descendant, SIGKILL);
    }
}

/// The processes whose parent is `pid`, from the `ppid` field of /proc/<pid>/stat.
fn children(pid: i32) -> Vec<i32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| {
            let child: i32 = entry.ok()?.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(format!("/proc/{child}/stat")).ok()?;
            // `pid (comm) state ppid ...`: comm may hold spaces and parentheses.
            let after_comm = &stat[stat.rfind(')')? + 1..];
            let ppid: i32 = after_comm.split_whitespace().nth(1)?.parse().ok()?;
            (ppid == pid).then_some(child)
        })
        .collect()
}

/// The command as one line, for reproducing it by hand.
pub fn command_line(cmd: &Command) -> String {
    let mut line = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}

/// Reads `pipe` to its end in a thread, or up to `OUTPUT_LIMIT` bytes: more sets `too_much`
/// and closes the pipe.
fn capture(
    pipe: impl Read + Send + 'static,
    too_much: &Arc<AtomicBool>,
) -> thread::JoinHandle<Vec<u8>> {
    let too_much = Arc::clone(too_much);
    thread::spawn(move || {
        let mut bytes = Vec::new();
        // A read error just ends the capture early; the status tells what happened.
        let _ = pipe.take(OUTPUT_LIMIT as u64 + 1).read_to_end(&mut bytes);
        if bytes.len() > OUTPUT_LIMIT {
            bytes.truncate(OUTPUT_LIMIT);
            too_much.store(true, Ordering::Relaxed);
        }
        bytes
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell(script: &str) -> Output {
        run(Command::new("sh").args(["-c", script]), Duration::from_secs(60)).unwrap()
    }

    #[test]
    fn exit_status_and_output_of_a_reaped_child() {
        let output = shell("echo out; echo err >&2; exit 3");
        assert_eq!(output.status, Status::Exit(3));
        assert_eq!(output.stdout, b"out\n");
        assert_eq!(output.stderr, b"err\n");
        assert!(output.peak_rss.is_some());
        assert_eq!(shell("kill -9 $$").status, Status::Signal(9));
    }

    #[test]
    fn peak_rss_counts_a_descendant_that_freed_its_memory() {
        // An inner shell holding 100 MB in a variable, under an outer one that stays small:
        // the peak is seen after both have ended.
        let output = shell("sh -c 'x=$(head -c 100000000 /dev/zero | tr \"\\0\" a)'; echo done");
        assert_eq!(output.status, Status::Exit(0));
        let peak = output.peak_rss.unwrap();
        assert!(peak > 100_000_000, "peak {peak}");
        let small = shell("true").peak_rss.unwrap();
        assert!(small < 50_000_000, "peak {small}");
    }

    #[test]
    fn a_killed_child_has_no_peak() {
        let output = run(Command::new("sleep").arg("10"), Duration::from_millis(100)).unwrap();
        assert!(output.status.exceeded_limit());
        assert_eq!(output.peak_rss, None);
    }
}
