// Rc: clone/strong_count, ptr_eq, get_mut, make_mut (clone-on-write), try_unwrap, Rc<str>/Rc<[T]>, drop tracking.
use std::cell::Cell;
use std::hint::black_box;
use std::rc::Rc;

struct Tracked<'a> { name: &'static str, drops: &'a Cell<u32> }
impl Drop for Tracked<'_> {
    fn drop(&mut self) { self.drops.set(self.drops.get() + 1); println!("drop {}", self.name); }
}

fn main() {
    let a = Rc::new(vec![1, 2, 3]);
    let b = Rc::clone(&a);
    let c = a.clone();
    println!("strong {} ptr_eq {}", Rc::strong_count(&a), Rc::ptr_eq(&a, &c));
    drop(c);
    println!("strong {}", Rc::strong_count(&b));
    let mut m = Rc::new(black_box(String::from("cow")));
    let m2 = m.clone();
    Rc::make_mut(&mut m).push_str("-copied");
    println!("{} {} ptr_eq {}", m, m2, Rc::ptr_eq(&m, &m2));
    println!("get_mut on unique {:?}", Rc::get_mut(&mut m).map(|s| { s.push('!'); s.len() }));
    let mut shared = m2.clone();
    println!("get_mut on shared {:?}", Rc::get_mut(&mut shared).is_some());
    drop(shared);
    println!("try_unwrap {:?}", Rc::try_unwrap(m2));
    let s: Rc<str> = Rc::from(black_box("shared str"));
    let s2 = s.clone();
    println!("{} {} {}", s, s2.len(), Rc::strong_count(&s));
    let sl: Rc<[u16]> = vec![9u16, 8, 7].into();
    println!("{:?} {}", sl, sl.iter().sum::<u16>());
    let drops = Cell::new(0);
    {
        let t = Rc::new(Tracked { name: "t", drops: &drops });
        let v: Vec<Rc<Tracked>> = (0..4).map(|_| t.clone()).collect();
        println!("count {} first name {}", Rc::strong_count(&t), v[0].name);
        drop(t);
        println!("after drop t count {}", Rc::strong_count(&v[0]));
    }
    println!("drops {}", drops.get());
    let x = Rc::new(black_box(5));
    let y = Rc::new(5);
    println!("eq {} ptr_eq {} into_inner {:?}", x == y, Rc::ptr_eq(&x, &y), Rc::into_inner(x));
    println!("{:?}", Rc::unwrap_or_clone(a));
}
