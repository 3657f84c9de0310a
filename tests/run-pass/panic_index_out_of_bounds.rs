// Indexing past the end of a Vec panics with the length and index in the message.
use std::hint::black_box;

fn main() {
    let v: Vec<u32> = (0..5).map(|x| x * x).collect();
    let idx = black_box([0usize, 4, 2, 5]);
    for i in idx {
        println!("get({}) = {:?}", i, v.get(i));
        println!("v[{}] = {}", i, v[i]);
    }
}
