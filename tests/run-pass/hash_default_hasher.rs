// DefaultHasher (SipHash with fixed keys via new()) gives stable hashes for fixed input; Hash derive; BuildHasherDefault maps.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, DefaultHasher, Hash, Hasher};
use std::hint::black_box;

#[derive(Hash, PartialEq, Eq, Debug, Clone)]
struct Key { a: u32, b: String, c: (i8, bool) }

fn h<T: Hash + ?Sized>(v: &T) -> u64 {
    let mut s = DefaultHasher::new();
    v.hash(&mut s);
    s.finish()
}

fn main() {
    println!("{:016x}", h(&black_box(0u64)));
    println!("{:016x}", h(&black_box(12345u32)));
    println!("{:016x}", h(black_box("hello")));
    println!("{:016x}", h(&black_box(String::from("hello"))));
    println!("{:016x}", h(&black_box([1u8, 2, 3])[..]));
    println!("{:016x}", h(&black_box((1i64, 'x', true))));
    println!("{:016x}", h(&black_box(u128::MAX)));
    let k = Key { a: 7, b: "seven".into(), c: (-7, true) };
    println!("{:016x} eq_clone {}", h(&k), h(&k) == h(&k.clone()));
    let mut s = DefaultHasher::new();
    s.write(b"abc");
    s.write_u8(1);
    s.write_usize(2);
    println!("{:016x}", s.finish());
    let mut s1 = DefaultHasher::new();
    let mut s2 = DefaultHasher::new();
    ("ab", "c").hash(&mut s1);
    ("a", "bc").hash(&mut s2);
    println!("prefix-free: {}", s1.finish() != s2.finish());
    type Fixed = BuildHasherDefault<DefaultHasher>;
    let mut m: HashMap<Key, u32, Fixed> = HashMap::default();
    for i in 0..20u32 {
        m.insert(Key { a: i % 7, b: format!("k{}", i % 5), c: (i as i8, i % 2 == 0) }, i);
    }
    let order: Vec<u32> = m.values().copied().collect();
    println!("fixed-hasher map len {} iteration {:?}", m.len(), order);
    let hashes: Vec<u64> = (0..5u16).map(|i| h(&i) % 1000).collect();
    println!("{:?}", hashes);
}
