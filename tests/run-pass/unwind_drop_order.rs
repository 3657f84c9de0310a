// Drops during unwinding run in the same order as on a normal scope exit: locals in reverse,
// fields in declaration order, the moved-out ones skipped, vector elements front to back.
use std::panic;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn consume(value: Noisy) {
    println!("consumed {}", value.0);
}

fn fails(depth: u32) -> u32 {
    let _guard = Noisy(if depth == 0 { "depth 0" } else { "depth n" });
    if depth == 0 {
        panic!("bottom reached");
    }
    fails(depth - 1) + 1
}

fn main() {
    panic::set_hook(Box::new(|info| println!("panic: {}", info.payload_as_str().unwrap_or("?"))));

    let result = panic::catch_unwind(|| {
        let _a = Noisy("a");
        let pair = Pair { first: Noisy("pair.first"), second: Noisy("pair.second") };
        let moved = Noisy("moved");
        consume(moved);
        let _b = Noisy("b");
        let _items = vec![Noisy("v0"), Noisy("v1"), Noisy("v2")];
        let _keep = pair;
        fails(2)
    });
    println!("caught: {}", result.is_err());

    // A panic in the middle of building a struct drops only the fields already built.
    let result = panic::catch_unwind(|| Pair {
        first: Noisy("built"),
        second: {
            if std::hint::black_box(true) {
                panic!("while building");
            }
            Noisy("never")
        },
    });
    println!("caught: {}", result.is_err());

    // Temporaries of the panicking statement are dropped too.
    let result = panic::catch_unwind(|| {
        let len = [Noisy("temp")].len();
        let values: Vec<u32> = Vec::new();
        values[len]
    });
    println!("caught: {}", result.is_err());
}
