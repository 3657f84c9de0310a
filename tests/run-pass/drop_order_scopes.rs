// Drop order: locals in reverse order, struct fields in declaration order, temporaries, moves, mem::drop, Vec elements.
use std::cell::RefCell;
use std::hint::black_box;

thread_local! { static LOG: RefCell<Vec<String>> = RefCell::new(Vec::new()); }

fn log(s: String) { LOG.with(|l| l.borrow_mut().push(s)); }

struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) { log(format!("drop {}", self.0)); }
}

struct Pair { _first: D, _second: D }

fn make(name: &'static str) -> D { log(format!("make {}", name)); D(name) }

fn consume(d: D) { log(format!("consume {}", d.0)); }

fn main() {
    {
        let _a = make("a");
        let _b = make("b");
        let _p = Pair { _first: make("p1"), _second: make("p2") };
        log("end of scope 1".into());
    }
    {
        let c = make("c");
        consume(c);
        let _ = make("ignored");
        let _kept = make("kept");
        let d = make("d");
        drop(d);
        log("end of scope 2".into());
    }
    {
        let v = vec![make("v0"), make("v1"), make("v2")];
        let mut v = v;
        v.remove(1);
        log("removed".into());
        let boxed: Box<D> = Box::new(make("boxed"));
        let _o: Option<D> = if black_box(true) { Some(make("some")) } else { None };
        std::mem::forget(boxed);
        log("end of scope 3".into());
    }
    let len = make("temp").0.len();
    log(format!("temp len {}", len));
    let mut x = make("x1");
    log(format!("x is {}", x.0));
    x = make("x2");
    log(format!("reassigned to {}", x.0));
    drop(x);
    LOG.with(|l| for (i, s) in l.borrow().iter().enumerate() { println!("{:2} {}", i, s); });
}
