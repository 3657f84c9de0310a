// NonZero integers: construction, arithmetic, and the Option<NonZero> niche.
use std::hint::black_box;
use std::mem::size_of;
use std::num::NonZero;

fn main() {
    println!("{} {} {} {}", size_of::<Option<NonZero<u8>>>(), size_of::<Option<NonZero<u32>>>(),
        size_of::<Option<NonZero<i128>>>(), size_of::<Option<NonZero<usize>>>());
    for v in [0u32, 1, 17, u32::MAX] {
        let nz = NonZero::new(black_box(v));
        match nz {
            Some(n) => println!("{} -> nz {} lz {} pow2 {}", v, n, n.leading_zeros(), n.is_power_of_two()),
            None => println!("{} -> None", v),
        }
    }
    let a = NonZero::new(black_box(200u8)).unwrap();
    println!("{:?} {:?} {}", a.checked_add(55), a.checked_add(56), a.saturating_add(100));
    println!("{:?}", a.checked_mul(NonZero::new(2).unwrap()));
    let n = NonZero::new(black_box(-5i32)).unwrap();
    println!("{} {} {}", n.abs(), n.unsigned_abs(), n.is_negative());
    let opts: Vec<Option<NonZero<u16>>> = [0u16, 3, 0, 9].iter().map(|&x| NonZero::new(black_box(x))).collect();
    println!("{:?}", opts);
    let total: u32 = opts.iter().flatten().map(|n| n.get() as u32).sum();
    println!("{}", total);
    let raw: Option<NonZero<u64>> = black_box(None);
    println!("{}", unsafe { std::mem::transmute::<Option<NonZero<u64>>, u64>(raw) });
    println!("{}", 100u32 / NonZero::new(black_box(7u32)).unwrap());
}
