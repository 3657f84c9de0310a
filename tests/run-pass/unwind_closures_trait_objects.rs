// Panics unwinding through closures, trait objects, generic code, iterator adapters and
// drop glue of boxed values, each caught at the top.
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(entry: String) {
    LOG.with(|log| log.borrow_mut().push(entry));
}

struct Tracked(String);

impl Drop for Tracked {
    fn drop(&mut self) {
        log(format!("drop {}", self.0));
    }
}

trait Shape {
    fn area(&self) -> u32;
}

struct Square(u32);
struct Broken;

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}

impl Shape for Broken {
    fn area(&self) -> u32 {
        let _t = Tracked("inside Broken::area".into());
        panic!("broken shape")
    }
}

fn total<T: IntoIterator<Item = Box<dyn Shape>>>(shapes: T) -> u32 {
    let _t = Tracked("total".into());
    shapes.into_iter().map(|shape| shape.area()).sum()
}

fn apply<F: FnOnce(u32) -> u32>(f: F, x: u32) -> u32 {
    let _t = Tracked(format!("apply({x})"));
    f(x)
}

fn run(name: &str, f: impl FnOnce() -> u32) {
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    let log = LOG.with(|log| std::mem::take(&mut *log.borrow_mut()));
    println!("{name}: {:?}, log: {log:?}", result.map_err(|_| "panicked"));
}

fn main() {
    panic::set_hook(Box::new(|_| {}));
    run("trait objects", || {
        let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Square(2)), Box::new(Broken), Box::new(Square(3))];
        total(shapes)
    });
    run("no panic", || total(vec![Box::new(Square(4)) as Box<dyn Shape>]));
    run("nested closures", || {
        let owned = Tracked("captured".into());
        apply(
            move |x| {
                let _keep = &owned;
                apply(|y| if y > 2 { panic!("too big") } else { y }, x + 2)
            },
            1,
        )
    });
    run("boxed FnOnce", || {
        let task: Box<dyn FnOnce() -> u32> = Box::new(|| {
            let _t = Tracked("task".into());
            u32::MAX.checked_add(1).expect("overflowing task")
        });
        task()
    });
    run("fold with state", || {
        (1..10u32).map(|x| Tracked(x.to_string())).fold(0, |acc, t| {
            let value: u32 = t.0.parse().unwrap();
            if value == 4 {
                panic!("four");
            }
            acc + value
        })
    });
    run("RefCell double borrow", || {
        let cell = RefCell::new(5);
        let _first = cell.borrow_mut();
        let second = cell.borrow_mut();
        *second
    });
}
