//! Variables, parameters and their types, for the debuginfo group's `gdb_variables` case: gdb,
//! stopped at the marked line of `inspect`, must show its arguments and locals (and `main`'s,
//! one frame up: a box, a tuple struct, an over-aligned struct, zero-sized values) as it does
//! for the LLVM backend's build of this program.

#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: f64,
}

struct Line {
    from: Point,
    to: Point,
    width: u8,
}

struct Pair(u32, i16);

// Realigned at run time: the debug info finds it through a pointer.
#[repr(align(64))]
struct Aligned {
    value: u64,
}

struct Empty;

#[inline(never)]
fn inspect(count: u32, scale: f64, origin: &Point, line: Line, flag: bool) -> f64 {
    let small: i8 = -5;
    let big: u64 = 1 << 40;
    let signed: i64 = -(1 << 33);
    let single: f32 = 0.25;
    let letter: char = 'λ';
    let yes: bool = !flag;
    let pair: (u32, f64) = (count, scale);
    let digits: [u16; 4] = [1, 2, 3, 4];
    let here = Point { x: origin.x + 1, y: origin.y * scale };
    let there: &Point = &line.to;
    let raw: *const Point = origin;
    {
        // Shadows the outer `small` in this block only.
        let small: u8 = 200;
        let _ = small;
    }
    let result = here.y + there.y + f64::from(single) + f64::from(small) + big as f64; // BREAK HERE
    let _ = (signed, letter, yes, pair, digits, raw, line.from.x, line.width);
    result
}

fn main() {
    let boxed: Box<u32> = Box::new(5);
    let pair = Pair(7, -3);
    let aligned = Aligned { value: 99 };
    let empty = Empty;
    let unit = ();
    let origin = Point { x: 3, y: 1.5 };
    let line = Line { from: origin, to: Point { x: -7, y: 2.25 }, width: 9 };
    let value = inspect(42, 2.0, &origin, line, false);
    let _ = (&boxed, pair.0, pair.1, aligned.value, &empty, unit);
    println!("{value}");
}
