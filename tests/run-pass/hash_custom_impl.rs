// Custom Hash/Eq impls (case-insensitive keys), a custom FNV-1a Hasher with BuildHasher, used in HashMap/HashSet.
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, Hash, Hasher};
use std::hint::black_box;

#[derive(Debug, Clone)]
struct CiKey(String);
impl PartialEq for CiKey {
    fn eq(&self, o: &Self) -> bool { self.0.eq_ignore_ascii_case(&o.0) }
}
impl Eq for CiKey {}
impl Hash for CiKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
        state.write_u8(0xff);
    }
}

#[derive(Default, Clone, Copy)]
struct Fnv(u64);
impl Hasher for Fnv {
    fn finish(&self) -> u64 { self.0 }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf29ce484222325 } else { self.0 };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

#[derive(Default, Clone, Copy)]
struct FnvBuild;
impl BuildHasher for FnvBuild {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv { Fnv::default() }
}

fn main() {
    let mut m: HashMap<CiKey, u32, FnvBuild> = HashMap::with_hasher(FnvBuild);
    for w in black_box(["Apple", "APPLE", "banana", "apple", "Banana", "cherry"]) {
        *m.entry(CiKey(w.to_string())).or_insert(0) += 1;
    }
    let mut v: Vec<(String, u32)> = m.iter().map(|(k, c)| (k.0.to_lowercase(), *c)).collect();
    v.sort();
    println!("{:?}", v);
    println!("{:016x}", FnvBuild.hash_one(black_box("hello")));
    println!("{:016x}", FnvBuild.hash_one(CiKey("HeLLo".into())));
    println!("{:016x}", FnvBuild.hash_one(CiKey("hello".into())));
    println!("{:016x}", FnvBuild.hash_one(black_box(42u64)));
    let mut f = Fnv::default();
    f.write(b"");
    println!("empty {:016x}", f.finish());
    let set: HashSet<u32, FnvBuild> = (0..100).map(|x| x * x % 37).collect();
    let mut sv: Vec<u32> = set.into_iter().collect();
    sv.sort();
    println!("{} quadratic residues mod 37: {:?}", sv.len(), sv);
    let words = black_box("a b c a b a");
    let counts = words.split(' ').fold(HashMap::with_hasher(FnvBuild), |mut m, w| { *m.entry(w).or_insert(0u8) += 1; m });
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort();
    println!("{:?}", cv);
}
