// Vec basics: push/pop/insert/remove/swap_remove/extend/truncate/split_off/append/contains/reverse/resize.
use std::hint::black_box;

fn main() {
    let mut v: Vec<i32> = Vec::new();
    for i in 0..black_box(10) {
        v.push(i * i - 20);
    }
    println!("{:?} len {}", v, v.len());
    println!("pop {:?} last {:?} first {:?}", v.pop(), v.last(), v.first());
    v.insert(2, 1000);
    println!("{:?}", v);
    println!("remove {} swap_remove {}", v.remove(0), v.swap_remove(1));
    println!("{:?}", v);
    v.extend_from_slice(&[7, 7, 7]);
    v.extend((0..3).map(|x| -x));
    println!("{:?}", v);
    let tail = v.split_off(6);
    println!("{:?} | {:?}", v, tail);
    let mut other = vec![100, 200];
    v.append(&mut other);
    println!("{:?} other empty {}", v, other.is_empty());
    println!("contains 29 {} contains 5 {}", v.contains(&29), v.contains(&5));
    v.reverse();
    println!("{:?}", v);
    v.resize(10, -1);
    println!("{:?}", v);
    v.truncate(4);
    v.resize_with(6, Default::default);
    println!("{:?}", v);
    v.swap(0, 5);
    v.rotate_left(2);
    println!("{:?}", v);
    v.fill(9);
    println!("{:?}", v);
    let mut vv = vec![vec![0u8; 3]; 2];
    vv[1][2] = 5;
    println!("{:?}", vv);
    let dup = vec![black_box(String::from("s")); 3];
    println!("{:?}", dup);
    let from_arr = Vec::from([1.5f32, 2.5]);
    let boxed: Box<[f32]> = from_arr.clone().into_boxed_slice();
    println!("{:?} {:?} eq {}", from_arr, boxed, *from_arr == *boxed);
    let mut w = Vec::with_capacity(black_box(100));
    w.push(1u64);
    println!("cap>=100 {} len {}", w.capacity() >= 100, w.len());
    w.shrink_to_fit();
    println!("cap>=1 {}", w.capacity() >= 1);
    println!("{:?}", v.iter().rev().skip(1).step_by(2).collect::<Vec<_>>());
}
