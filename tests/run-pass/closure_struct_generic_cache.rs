// Structs generic over closure types (F: Fn), memoizing caches, callbacks registry with lifetimes, sorting with closures.
use std::collections::BTreeMap;
use std::hint::black_box;

struct Memo<F: Fn(u64) -> u64> { f: F, cache: BTreeMap<u64, u64>, misses: u32 }

impl<F: Fn(u64) -> u64> Memo<F> {
    fn new(f: F) -> Self { Memo { f, cache: BTreeMap::new(), misses: 0 } }
    fn get(&mut self, x: u64) -> u64 {
        if let Some(&v) = self.cache.get(&x) { return v; }
        self.misses += 1;
        let v = (self.f)(x);
        self.cache.insert(x, v);
        v
    }
}

struct Events<'a> { handlers: Vec<(&'static str, Box<dyn FnMut(i32) -> Option<String> + 'a>)> }

impl<'a> Events<'a> {
    fn on(&mut self, name: &'static str, h: impl FnMut(i32) -> Option<String> + 'a) { self.handlers.push((name, Box::new(h))); }
    fn emit(&mut self, v: i32) -> Vec<String> {
        self.handlers.iter_mut().filter_map(|(n, h)| h(v).map(|s| format!("{}:{}", n, s))).collect()
    }
}

fn apply_all<F>(fs: &[F], x: f64) -> Vec<f64> where F: Fn(f64) -> f64 { fs.iter().map(|f| f(x)).collect() }

fn main() {
    let k = black_box(3);
    let mut m = Memo::new(move |x| (0..=x).map(|i| i * i * k).sum());
    let queries = [10, 20, 10, 5, 20, 10];
    let results: Vec<u64> = queries.iter().map(|&q| m.get(q)).collect();
    println!("{:?} misses {}", results, m.misses);
    let mut log = Vec::new();
    let mut total = 0;
    {
        let mut ev = Events { handlers: Vec::new() };
        ev.on("even", |v| if v % 2 == 0 { Some(format!("{} is even", v)) } else { None });
        ev.on("sum", |v| { total += v; Some(total.to_string()) });
        ev.on("log", |v| { log.push(v); None });
        for v in black_box([1, 2, 3, 4]) {
            println!("{:?}", ev.emit(v));
        }
    }
    println!("total {} log {:?}", total, log);
    let offs = [1.0, 2.0, 3.0];
    let adders: Vec<_> = offs.iter().map(|&o| move |x: f64| x + o).collect();
    println!("{:?}", apply_all(&adders, black_box(10.0)));
    let mut people = vec![("zed", 30), ("amy", 25), ("bob", 30), ("cal", 20)];
    let by_age_then_name = |a: &(&str, i32), b: &(&str, i32)| b.1.cmp(&a.1).then(a.0.cmp(b.0));
    people.sort_by(by_age_then_name);
    println!("{:?}", people);
}
