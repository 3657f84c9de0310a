//! Running a child process with its output captured and a time limit.

use std::fmt;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How a process ended.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Exit(i32),
    Signal(i32),
    /// Still running when the time limit was reached; it was killed.
    TimedOut(Duration),
}

impl Status {
    fn from_exit_status(status: ExitStatus) -> Status {
        match (status.code(), status.signal()) {
            (Some(code), _) => Status::Exit(code),
            (None, Some(signal)) => Status::Signal(signal),
            (None, None) => unreachable!("a process ends by exiting or by a signal"),
        }
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
        }
    }
}

pub struct Output {
    pub status: Status,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs `cmd` with no stdin, killing it if it runs longer than `limit`.
pub fn run(cmd: &mut Command, limit: Duration) -> Result<Output, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start `{}`: {e}", command_line(cmd)))?;
    let stdout = read_in_background(child.stdout.take().expect("stdout is piped"));
    let stderr = read_in_background(child.stderr.take().expect("stderr is piped"));
    let deadline = Instant::now() + limit;
    let status = loop {
        let waited = child
            .try_wait()
            .map_err(|e| format!("cannot wait for child: {e}"))?;
        if let Some(status) = waited {
            break Status::from_exit_status(status);
        }
        if Instant::now() >= deadline {
            // Either call fails only if the child has just exited by itself; it is gone either way.
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut(limit);
        }
        thread::sleep(Duration::from_millis(5));
    };
    Ok(Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    })
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

fn read_in_background(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        // A read error just ends the capture early; the status tells what happened.
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}
