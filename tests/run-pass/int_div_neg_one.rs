// Division by -1 and MIN / -1 via checked/wrapping/overflowing, plus euclid variants.
use std::hint::black_box;

macro_rules! divs {
    ($($t:ty),*) => {$(
        let min = black_box(<$t>::MIN);
        let m1 = black_box(-1 as $t);
        let x = black_box(-7 as $t);
        println!("{}: MIN/-1 checked={:?} wrapping={} overflowing={:?}", stringify!($t),
            min.checked_div(m1), min.wrapping_div(m1), min.overflowing_div(m1));
        println!("   MIN%-1 checked={:?} wrapping={} overflowing={:?}",
            min.checked_rem(m1), min.wrapping_rem(m1), min.overflowing_rem(m1));
        println!("   -7/-1={} -7%-1={} (MIN+1)/-1={}", x / m1, x % m1, (min + 1) / m1);
        println!("   euclid: checked_div_euclid={:?} wrapping_rem_euclid={} -7 div_euclid 2={} rem_euclid 2={}",
            min.checked_div_euclid(m1), min.wrapping_rem_euclid(m1),
            x.div_euclid(black_box(2)), x.rem_euclid(black_box(2)));
    )*};
}

fn main() {
    divs!(i8, i16, i32, i64, i128, isize);
    for a in [-7i32, 7] {
        for b in [-2i32, 2] {
            let (a, b) = (black_box(a), black_box(b));
            println!("{:3} / {:2} = {:3} rem {:3}  euclid {:3} rem {:3}",
                a, b, a / b, a % b, a.div_euclid(b), a.rem_euclid(b));
        }
    }
}
