// Parsing integers with str::parse and from_str_radix, including errors.
use std::hint::black_box;
use std::num::IntErrorKind;

fn kind(k: &IntErrorKind) -> &'static str {
    match k {
        IntErrorKind::Empty => "Empty",
        IntErrorKind::InvalidDigit => "InvalidDigit",
        IntErrorKind::PosOverflow => "PosOverflow",
        IntErrorKind::NegOverflow => "NegOverflow",
        IntErrorKind::Zero => "Zero",
        _ => "other",
    }
}

fn main() {
    let inputs = ["0", "42", "-42", "+7", "255", "256", "-128", "-129", "", "-", "12a", " 1", "0x10",
        "340282366920938463463374607431768211455", "340282366920938463463374607431768211456",
        "-170141183460469231731687303715884105728"];
    for s in inputs {
        let s = black_box(s);
        let a: Result<u8, _> = s.parse();
        let b: Result<i8, _> = s.parse();
        let c: Result<i128, _> = s.parse();
        let d: Result<u128, _> = s.parse();
        let f = |r: Result<String, std::num::ParseIntError>| match r {
            Ok(v) => v,
            Err(e) => format!("Err({})", kind(e.kind())),
        };
        println!("{:>42}: u8={} i8={} i128={} u128={}", format!("{:?}", s),
            f(a.map(|v| v.to_string())), f(b.map(|v| v.to_string())),
            f(c.map(|v| v.to_string())), f(d.map(|v| v.to_string())));
    }
    for (s, r) in [("ff", 16), ("FF", 16), ("-ff", 16), ("777", 8), ("1010", 2), ("zz", 36), ("Zz", 36), ("19", 8), ("7fffffff", 16), ("80000000", 16)] {
        println!("{}/{}: i32={:?} u32={:?}", s, r, i32::from_str_radix(s, r).map_err(|e| e.to_string()),
            u32::from_str_radix(s, r).map_err(|e| e.to_string()));
    }
    println!("{:?}", u64::from_str_radix("ffffffffffffffff", 16));
    println!("{:?}", i128::from_str_radix("-1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 2));
    println!("{:?}", "1_000".parse::<i32>().map_err(|e| e.to_string()));
    println!("{:?}", std::num::NonZeroU32::try_from(0u32).is_err());
    println!("{:?}", "0".parse::<std::num::NonZero<u32>>().map_err(|e| e.to_string()));
}
