// The state of async functions and blocks (coroutines) in the debug info: a future not yet
// polled, one suspended at an `.await` with its locals saved, one finished, and an async block
// that captured variables by reference and by value.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// Pending once, then ready.
struct YieldOnce(bool);

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<()> {
        if self.0 {
            Poll::Ready(())
        } else {
            self.0 = true;
            Poll::Pending
        }
    }
}

async fn count(limit: u32, label: &str) -> u32 {
    let mut total = 0;
    for step in 0..limit {
        total += step * 10;
        YieldOnce(false).await;
    }
    total + label.len() as u32
}

fn poll_once<F: Future>(future: &mut F) -> Poll<F::Output> {
    let mut cx = Context::from_waker(Waker::noop());
    // The futures stay where they are until the program ends.
    unsafe { Pin::new_unchecked(future) }.poll(&mut cx)
}

fn main() {
    let label = String::from("steps");
    let fresh = count(3, &label);
    let mut running = count(4, &label);
    let first = poll_once(&mut running);
    let mut finished = count(0, &label);
    let done = poll_once(&mut finished);
    let offset = 7u64;
    let mut block = async {
        YieldOnce(false).await;
        offset + label.len() as u64
    };
    let block_first = poll_once(&mut block);
    let _ = (&fresh, &first, &done, &block_first);
    let states = 3; // BREAK HERE
    println!("{states} {:?} {:?} {:?}", first.is_ready(), done, block_first.is_ready()); // PRINT HERE
}
