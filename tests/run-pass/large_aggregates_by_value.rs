// Large structs and arrays passed and returned by value (memcpy-sized), nested, in closures and through Box.
use std::hint::black_box;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Big { a: [u64; 32], tag: u8, f: f64 }

#[derive(Clone)]
struct Huge { grid: [[i32; 64]; 64], name: [u8; 16] }

fn make_big(seed: u64) -> Big {
    let mut a = [0u64; 32];
    for (i, x) in a.iter_mut().enumerate() {
        *x = seed.wrapping_mul(i as u64 + 1).rotate_left(i as u32);
    }
    Big { a, tag: seed as u8, f: seed as f64 / 3.0 }
}

fn transform(mut b: Big, k: u64) -> Big {
    for x in b.a.iter_mut() {
        *x ^= k;
    }
    b.tag = b.tag.wrapping_add(1);
    b.f *= 2.0;
    b
}

fn checksum(b: Big) -> u64 { b.a.iter().fold(b.tag as u64, |acc, &x| acc.wrapping_mul(31).wrapping_add(x)) }

fn make_huge(k: i32) -> Huge {
    let mut h = Huge { grid: [[0; 64]; 64], name: *b"huge-structure!!" };
    for r in 0..64 {
        for c in 0..64 {
            h.grid[r][c] = (r as i32 - c as i32) * k;
        }
    }
    h
}

fn huge_stats(h: Huge) -> (i64, i32, i32) {
    let s: i64 = h.grid.iter().flatten().map(|&x| x as i64).sum();
    let mx = *h.grid.iter().flatten().max().unwrap();
    let mn = *h.grid.iter().flatten().min().unwrap();
    (s, mx, mn)
}

fn pick(flag: bool, a: Big, b: Big) -> Big { if flag { a } else { b } }

fn main() {
    let b1 = make_big(black_box(12345));
    let b2 = transform(b1, black_box(0xff));
    println!("{} {} {} {}", checksum(b1), checksum(b2), b2.tag, b2.f);
    let b3 = pick(black_box(false), b1, b2);
    println!("{}", b3 == b2);
    let arr: [Big; 4] = std::array::from_fn(|i| make_big(i as u64 * 7 + 1));
    let sums: Vec<u64> = arr.iter().map(|&b| checksum(b)).collect();
    println!("{:?}", sums);
    let h = make_huge(black_box(3));
    let h2 = h.clone();
    println!("{:?} {:?}", huge_stats(h), std::str::from_utf8(&h2.name).unwrap());
    let boxed: Box<Huge> = Box::new(make_huge(-1));
    println!("{:?}", huge_stats(*boxed));
    let f = move |x: Big| transform(x, b1.a[3]);
    println!("{}", checksum(f(b2)));
    let tup = black_box((make_big(1), [7u16; 100], make_big(2)));
    let (x, arr2, y) = tup;
    println!("{} {} {}", checksum(x), arr2.iter().map(|&v| v as u32).sum::<u32>(), checksum(y));
}
