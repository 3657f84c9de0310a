// Tuples and arrays: nested tuples, comparison ordering, array equality/ordering, map/zip of arrays, 2D array transforms.
use std::hint::black_box;

fn rotate(m: [[u8; 3]; 3]) -> [[u8; 3]; 3] {
    let mut out = [[0; 3]; 3];
    for r in 0..3 {
        for c in 0..3 {
            out[c][2 - r] = m[r][c];
        }
    }
    out
}

fn main() {
    let t = black_box((1u8, (2.5f32, 'x'), [3i16, 4], "s", ()));
    println!("{:?} {} {} {:?}", t, (t.1).0, t.2[1], t.4);
    let mut pairs = black_box(vec![(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]);
    pairs.sort();
    println!("{:?}", pairs);
    println!("{} {} {}", (1, 2, 3) < (1, 2, 4), (2, 0) > (1, 100), ("a", 5) == ("a", 5));
    let a = black_box([1, 2, 3]);
    let b = [1, 2, 4];
    println!("{} {} {:?}", a == b, a < b, a.cmp(&b));
    let doubled = a.map(|x| x * 2);
    let summed: Vec<i32> = a.iter().zip(doubled.iter()).map(|(x, y)| x + y).collect();
    println!("{:?} {:?}", doubled, summed);
    let m = black_box([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    let r1 = rotate(m);
    let r4 = rotate(rotate(rotate(r1)));
    println!("{:?}\n{:?} back {}", r1, r4, r4 == m);
    let flat: Vec<u8> = m.iter().flatten().copied().collect();
    println!("{:?} {:?}", flat, m.as_flattened());
    let (mut x, mut y) = black_box((3, 8));
    (x, y) = (y, x + y);
    println!("{} {}", x, y);
    let [p, q, ..] = black_box([9.5f64; 4]);
    println!("{}", p + q);
    let arr_of_tuples: [(char, u32); 3] = std::array::from_fn(|i| ((b'a' + i as u8) as char, i as u32 * 10));
    println!("{:?}", arr_of_tuples);
    let (chars, nums): (Vec<char>, Vec<u32>) = arr_of_tuples.into_iter().unzip();
    println!("{:?} {:?}", chars, nums);
    let big = [black_box(0u64); 1000];
    println!("{} {}", big.len(), big.iter().all(|&v| v == 0));
    println!("{:?}", [[0u8; 2]; 2].concat());
    println!("{:?}", [a, b].concat());
    println!("{:?} {:?}", a.first_chunk::<2>(), b.split_last());
}
