// {:?} and {:#?} of nested derived structs, enums, tuples, Vec, Option, maps, and Debug with width/precision forwarded.
use std::collections::BTreeMap;
use std::hint::black_box;

#[allow(dead_code)]
#[derive(Debug, Clone)]
struct Inner { id: u32, tags: Vec<&'static str>, ratio: f32 }

#[allow(dead_code)]
#[derive(Debug)]
enum Kind { Empty, Tuple(i8, char), Named { inner: Inner, extra: Option<Box<Kind>> } }

#[allow(dead_code)]
#[derive(Debug)]
struct Outer { name: String, kinds: Vec<Kind>, map: BTreeMap<u8, (bool, &'static str)>, unit: (), arr: [u16; 3] }

#[derive(Debug)]
struct Unit;

#[allow(dead_code)]
#[derive(Debug)]
struct Wrapper(i64, Unit);

fn main() {
    let inner = Inner { id: black_box(7), tags: vec!["a", "b\"q"], ratio: 0.5 };
    let o = Outer {
        name: "outer\n".into(),
        kinds: vec![Kind::Empty, Kind::Tuple(-1, '\''), Kind::Named { inner: inner.clone(), extra: Some(Box::new(Kind::Tuple(2, 'z'))) }],
        map: BTreeMap::from([(2, (true, "two")), (1, (false, "one"))]),
        unit: (),
        arr: [1, 2, 3],
    };
    println!("{:?}", o);
    println!("{:#?}", o);
    println!("{:?} {:#?}", Wrapper(-3, Unit), Unit);
    println!("{:#?}", (1, "x", [Some(1.5), None]));
    println!("{:?}", vec![vec![1, 2], vec![]]);
    println!("{:#?}", Vec::<u8>::new());
    println!("{:5?}|{:<8?}|{:.2?}|{:08.3?}", 1, "s", [1.0f64, 2.25], -0.5f32);
    println!("{:#x?} {:X?}", [255u8, 16], vec![3000u32]);
    println!("{:#?}", Some(Some(())));
}
