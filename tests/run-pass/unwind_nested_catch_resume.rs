// Nested catch_unwind: an inner catch stops a panic, resume_unwind carries any payload to an
// outer catch (without calling the hook), and payloads downcast to what was thrown.
use std::any::Any;
use std::panic;

struct Guard(u32);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("guard {} dropped", self.0);
    }
}

fn describe(payload: &Box<dyn Any + Send>) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        format!("&str {text:?}")
    } else if let Some(text) = payload.downcast_ref::<String>() {
        format!("String {text:?}")
    } else if let Some(number) = payload.downcast_ref::<u64>() {
        format!("u64 {number}")
    } else {
        "something else".to_string()
    }
}

fn level(n: u32) -> Result<u32, Box<dyn Any + Send>> {
    panic::catch_unwind(move || {
        let _guard = Guard(n);
        if n == 0 {
            panic!("level zero");
        }
        match level(n - 1) {
            Ok(value) => value + 1,
            Err(payload) => {
                println!("level {n} caught {}", describe(&payload));
                if n % 2 == 0 {
                    panic::resume_unwind(Box::new(u64::from(n) * 100));
                }
                n * 10
            }
        }
    })
}

fn main() {
    panic::set_hook(Box::new(|info| println!("hook: {}", describe_info(info))));
    for n in 0..5 {
        match level(n) {
            Ok(value) => println!("level({n}) = {value}"),
            Err(payload) => println!("level({n}) panicked with {}", describe(&payload)),
        }
    }
    let formatted = panic::catch_unwind(|| {
        let name = "formatted";
        panic!("a {name} message {}", 42);
    });
    println!("{}", describe(&formatted.unwrap_err()));
    let rethrown = panic::catch_unwind(|| {
        let inner = panic::catch_unwind(|| panic::panic_any(7u64)).unwrap_err();
        panic::resume_unwind(inner)
    });
    println!("{}", describe(&rethrown.unwrap_err()));
}

fn describe_info(info: &panic::PanicHookInfo<'_>) -> String {
    let location = info.location().map(|l| l.line()).unwrap_or(0);
    match info.payload_as_str() {
        Some(text) => format!("{text} (line {location})"),
        None => format!("non-string payload (line {location})"),
    }
}
