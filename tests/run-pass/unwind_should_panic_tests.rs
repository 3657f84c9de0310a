//@ compile-flags: --test
//@ run-args: --test-threads=1
// A test harness with #[should_panic] tests, run in-process as libtest does under unwinding.
struct Resource(&'static str);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("released {}", self.0);
    }
}

#[test]
fn passes() {
    assert_eq!(2 + 2, 4);
}

#[test]
#[should_panic]
fn panics_as_expected() {
    let _r = Resource("plain");
    let v: Vec<u8> = Vec::new();
    let _ = v[1];
}

#[test]
#[should_panic(expected = "divide by zero")]
fn panics_with_message() {
    let _r = Resource("message");
    let zero = std::hint::black_box(0);
    let _ = 1 / zero;
}

#[test]
#[should_panic(expected = "custom")]
fn panics_in_nested_call() {
    fn nested(depth: u32) {
        let _r = Resource("nested");
        if depth == 0 {
            panic!("custom failure");
        }
        nested(depth - 1);
    }
    nested(3);
}

#[test]
fn catches_inside_test() {
    let caught = std::panic::catch_unwind(|| panic!("inner"));
    assert!(caught.is_err());
}
