// async/await lowered to coroutines: a tiny single-threaded executor drives futures that
// await each other, yield, capture by move and return values through several await points.
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

fn noop_raw_waker() -> RawWaker {
    fn clone(_: *const ()) -> RawWaker {
        noop_raw_waker()
    }
    fn noop(_: *const ()) {}
    static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, noop, noop, noop);
    RawWaker::new(std::ptr::null(), &VTABLE)
}

/// Resolves after being polled `remaining` more times.
struct YieldTimes {
    remaining: u32,
}

impl Future for YieldTimes {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        if self.remaining == 0 {
            Poll::Ready(7)
        } else {
            self.remaining -= 1;
            Poll::Pending
        }
    }
}

async fn add_later(a: u64, b: u64, log: Rc<RefCell<Vec<String>>>) -> u64 {
    log.borrow_mut().push(format!("add_later({a}, {b}) start"));
    let extra = YieldTimes { remaining: 2 }.await;
    log.borrow_mut().push(format!("add_later({a}, {b}) resumed with {extra}"));
    a + b + u64::from(extra)
}

async fn chain(log: Rc<RefCell<Vec<String>>>) -> (u64, String) {
    let first = add_later(1, 2, log.clone()).await;
    let text = String::from("captured");
    let second = add_later(first, 10, log.clone()).await;
    let closure = async move { text.len() as u64 * second };
    let third = closure.await;
    (third, format!("first={first} second={second}"))
}

fn block_on<F: Future>(future: F) -> (F::Output, u32) {
    let waker = unsafe { Waker::from_raw(noop_raw_waker()) };
    let mut cx = Context::from_waker(&waker);
    let mut future = Box::pin(future);
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return (value, polls);
        }
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let ((value, summary), polls) = block_on(chain(log.clone()));
    println!("value {value}, {summary}, polls {polls}");
    for line in log.borrow().iter() {
        println!("  {line}");
    }
    let futures: Vec<Pin<Box<dyn Future<Output = u64>>>> = (0..4u64)
        .map(|i| Box::pin(add_later(i, i * i, log.clone())) as Pin<Box<dyn Future<Output = u64>>>)
        .collect();
    let mut total = 0;
    for future in futures {
        let (value, polls) = block_on(future);
        println!("dyn future -> {value} after {polls} polls");
        total += value;
    }
    println!("total {total}, log lines {}", log.borrow().len());
    println!("size of chain future: {}", std::mem::size_of_val(&chain(log.clone())) > 0);
}
