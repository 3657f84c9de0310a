// Manual Debug impls using debug_struct/debug_tuple/debug_list/debug_set/debug_map, with {:?} and {:#?}.
#![allow(dead_code)]
use std::fmt;
use std::hint::black_box;

struct Secret { user: String, password: String, attempts: u8 }
impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Secret").field("user", &self.user).field("password", &"***").field("attempts", &self.attempts).finish_non_exhaustive()
    }
}

struct Pt(i32, i32);
impl fmt::Debug for Pt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_tuple("Pt").field(&self.0).field(&self.1).finish() }
}

struct Poly(Vec<Pt>);
impl fmt::Debug for Poly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.0.iter()).finish() }
}

struct Evens(u32);
impl fmt::Debug for Evens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_set().entries((0..self.0).map(|x| x * 2)).finish() }
}

struct Table(Vec<(&'static str, Pt)>);
impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
    }
}

fn main() {
    let s = Secret { user: black_box("root").into(), password: "hunter2".into(), attempts: 3 };
    println!("{:?}", s);
    println!("{:#?}", s);
    let p = Poly(vec![Pt(0, 0), Pt(black_box(3), -4)]);
    println!("{:?}", p);
    println!("{:#?}", p);
    println!("{:?} {:#?}", Evens(4), Evens(0));
    let t = Table(vec![("origin", Pt(0, 0)), ("far", Pt(100, -100))]);
    println!("{:?}", t);
    println!("{:#?}", t);
    println!("{:>10?}|", Pt(1, 2));
}
