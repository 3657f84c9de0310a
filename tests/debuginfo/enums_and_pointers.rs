//! Enums, wide pointers, function pointers, unions, closures and statics, for the debuginfo group's
//! `gdb_enums_and_pointers` case: gdb, stopped at the marked line of `inspect` (and then in
//! the closure's body), must show its arguments and locals as it does for the LLVM backend's
//! build of this program; so must rust-gdb with its pretty-printers (`rust_gdb_printers`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher};

#[derive(Clone, Copy)]
enum Color {
    Red,
    Green = 5,
    Blue,
}

#[repr(i8)]
#[derive(Clone, Copy)]
enum Signed {
    Low = -2,
    High = 3,
}

enum Shape {
    Circle { radius: f64 },
    Rect(u32, u32),
    Empty,
}

// A niche in the `bool` leaves two values for the other variants.
enum Niche {
    Flag(bool, u16),
    Nothing,
    Other,
}

enum List {
    Node(i32, Box<List>),
    End,
}

#[repr(C)]
union Bits {
    word: u32,
    bytes: [u8; 4],
}

static GREETING: &str = "hi";
pub static LIMITS: [u16; 3] = [10, 20, 30];
static PREFERRED: Shape = Shape::Circle { radius: 0.5 };

trait Speak {
    fn speak(&self) -> u32;
}

impl Speak for u32 {
    fn speak(&self) -> u32 {
        *self
    }
}

fn double(x: u32) -> u32 {
    x * 2
}

#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn inspect(
    color: Color,
    signed: Signed,
    shape: &Shape,
    maybe: Option<&u32>,
    number: Option<u32>,
    text: &str,
    slice: &[u16],
    dynamic: &dyn Speak,
    boxed: Box<dyn Speak>,
    bytes: Box<[u8]>,
) -> usize {
    let owned = String::from("owned");
    let list = vec![4, 5, 6];
    let function: fn(u32) -> u32 = double;
    let niche = Niche::Flag(true, 7);
    let nothing = Niche::Other;
    let chain = List::Node(1, Box::new(List::Node(2, Box::new(List::End))));
    let bits = Bits { word: 0x0102_0304 };
    let none: Option<&u32> = None;
    let result: Result<u8, i64> = Err(-4);
    // A fixed hasher: the default one's random keys would differ between the two runs.
    let mut table: HashMap<u8, char, BuildHasherDefault<DefaultHasher>> = HashMap::default();
    table.insert(1, 'x');
    let offset = 3;
    let add = |x: u32| {
        let sum = x + offset + number.unwrap_or(0);
        sum // CLOSURE HERE
    };
    let total = text.len() + slice.len() + owned.len() + list.len(); // BREAK HERE
    let calls = dynamic.speak() + boxed.speak() + function(2) + add(1);
    let _ = (color as u8, signed as i8, shape, maybe, result, &niche, &nothing, &chain, none);
    let _ = (unsafe { bits.bytes[0] }, bytes.len(), GREETING, LIMITS[1], &PREFERRED, table.len());
    total + calls as usize
}

fn main() {
    let value = 7u32;
    let shape = Shape::Rect(3, 4);
    let total = inspect(
        Color::Green,
        Signed::Low,
        &shape,
        Some(&value),
        None,
        "hello",
        &[1, 2, 3],
        &value,
        Box::new(9u32),
        Box::new([1, 2, 3]),
    );
    println!("{total}");
    let _ = (Color::Red, Color::Blue, Signed::High, Shape::Circle { radius: 1.0 }, Shape::Empty);
    let _ = Niche::Nothing;
}
