// saturating_* arithmetic clamps to MIN/MAX.
use std::hint::black_box;

macro_rules! sat {
    ($($t:ty),*) => {$(
        let max = black_box(<$t>::MAX);
        let min = black_box(<$t>::MIN);
        let five = black_box(5 as $t);
        println!("{}: add {} sub {} mul {} mul2 {} pow {}", stringify!($t),
            max.saturating_add(five), min.saturating_sub(five),
            max.saturating_mul(five), (max / five).saturating_mul(five),
            five.saturating_pow(60));
    )*};
}

macro_rules! sat_signed {
    ($($t:ty),*) => {$(
        let max = black_box(<$t>::MAX);
        let min = black_box(<$t>::MIN);
        let m = black_box(-1 as $t);
        println!("{}: neg {} abs {} div {} mul(min,-1) {} sub(max,-1) {}", stringify!($t),
            min.saturating_neg(), min.saturating_abs(), min.saturating_div(m),
            min.saturating_mul(m), max.saturating_sub(m));
    )*};
}

fn main() {
    sat!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);
    sat_signed!(i8, i16, i32, i64, i128, isize);
    // saturating in a loop
    let mut x = black_box(100u8);
    for _ in 0..5 {
        x = x.saturating_add(60);
        print!("{} ", x);
    }
    println!();
    let mut y = black_box(-100i8);
    for _ in 0..5 {
        y = y.saturating_sub(11);
        print!("{} ", y);
    }
    println!();
    println!("{}", black_box(100u8).saturating_add_signed(-128));
    println!("{}", black_box(200u8).saturating_add_signed(100));
    println!("{}", black_box(10u32).saturating_sub(20));
}
