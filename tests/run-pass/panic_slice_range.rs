// Slicing with an end beyond the length panics: "range end index 9 out of range for slice of length 6".
use std::hint::black_box;

fn main() {
    let data = [1u8, 2, 3, 4, 5, 6];
    let ranges = black_box([(0usize, 3usize), (2, 6), (4, 4), (3, 9)]);
    for (a, b) in ranges {
        println!("get({}..{}) = {:?}", a, b, data.get(a..b));
        let s = &data[a..b];
        println!("data[{}..{}] = {:?}", a, b, s);
    }
}
