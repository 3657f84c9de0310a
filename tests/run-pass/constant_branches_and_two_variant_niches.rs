// Branches and checks the backend decides while lowering, because their operands are constants
// for the instance: bounds checks of constant indexes (passing, and failing under
// catch_unwind), comparisons of constants at every width and signedness, `match` on constants
// and on `cfg!`/`size_of` values, and blocks behind those branches that are never entered.
// Then the discriminant of two-variant niche enums read as a comparison, with the niche
// variant first (`Option<&T>`) and second, matched, compared and converted to integers.
use std::hint::black_box;
use std::panic;

fn constant_indexes() -> u64 {
    let a = [10u64, 20, 30, 40];
    let mut sum = 0;
    sum += a[0] * a[3];
    sum += a[1] + a[2];
    let mut b = [0u8; 5];
    b[4] = 7;
    b[0] = b[4] + 1;
    sum + u64::from(b[0]) + u64::from(b[4])
}

#[allow(unconditional_panic)]
fn constant_index_out_of_bounds() -> u8 {
    let a = [1u8, 2, 3];
    a[3]
}

fn comparisons() -> Vec<bool> {
    vec![
        -1i8 < 1,
        (-1i8 as u8) < 1,
        i16::MIN < i16::MAX,
        u16::MAX > 0,
        -5i32 >= -5,
        i32::MIN as u32 > i32::MAX as u32,
        i64::MIN <= -1,
        u64::MAX == !0,
        0usize != 0,
        isize::MIN < 0,
        200u8 > 100,
        -128i8 < 127,
    ]
}

fn kind_of<T>() -> &'static str {
    match std::mem::size_of::<T>() {
        0 => "zero-sized",
        1..=8 => "small",
        _ => "large",
    }
}

fn switch_on_constants() -> u32 {
    let mut total = 0;
    const MODE: u8 = 2;
    match MODE {
        0 => total += 1,
        1 => total += 10,
        2 => total += 100,
        _ => total += 1000,
    }
    if cfg!(debug_assertions) {
        total += 5;
    } else {
        total += 7;
    }
    if std::mem::align_of::<u64>() > 64 {
        unreachable!("no type is aligned this way");
    }
    total
}

fn counted_loop() -> u32 {
    // A loop whose header is entered from a constant branch and from its own back edge.
    let mut n = 0;
    let go = true;
    if go {
        for i in 0..10 {
            n += i;
        }
    }
    n
}

enum Second {
    Value(&'static u32),
    Nothing,
}

fn describe_first(value: Option<&u32>) -> String {
    match value {
        Some(v) => format!("some {v}"),
        None => "none".to_string(),
    }
}

fn describe_second(value: &Second) -> String {
    match value {
        Second::Value(v) => format!("value {v}"),
        Second::Nothing => "nothing".to_string(),
    }
}

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq)]
enum Choice {
    Left = 0,
    Right = 1,
}

fn main() {
    println!("constant indexes: {}", constant_indexes());
    let caught = panic::catch_unwind(constant_index_out_of_bounds);
    println!("out of bounds caught: {}", caught.is_err());
    println!("comparisons: {:?}", comparisons());
    println!("{} {} {}", kind_of::<()>(), kind_of::<u32>(), kind_of::<[u64; 4]>());
    println!("switch: {}", switch_on_constants());
    println!("loop: {}", counted_loop());

    static FORTY_TWO: u32 = 42;
    let firsts = [Some(&FORTY_TWO), None, black_box(Some(&7))];
    for value in firsts {
        println!("{} is_some={} is_none={}", describe_first(value), value.is_some(), value.is_none());
    }
    let seconds = [Second::Value(&FORTY_TWO), Second::Nothing, black_box(Second::Nothing)];
    for value in &seconds {
        let index = match value {
            Second::Value(_) => 0u8,
            Second::Nothing => 1,
        };
        println!("{} index {}", describe_second(value), index);
    }
    let options: Vec<Option<Box<u8>>> = vec![None, Some(Box::new(3)), black_box(None)];
    let count = options.iter().filter(|o| o.is_some()).count();
    println!("boxed somes: {count}");
    let choices = [Some(Choice::Left), Some(Choice::Right), None];
    for choice in black_box(choices) {
        println!("{:?} {}", choice, choice.map_or(-1, |c| c as i32));
    }
}
