// Trait object upcasting: &dyn Sub -> &dyn Super, Box<dyn Sub> -> Box<dyn Super>, and to dyn Any.
use std::any::Any;
use std::hint::black_box;

trait Base { fn id(&self) -> u32; fn base_name(&self) -> &'static str { "base" } }
trait Mid: Base { fn mid(&self) -> String; }
trait Top: Mid + Any { fn top(&self) -> i32; }

struct Thing(u32);
impl Base for Thing { fn id(&self) -> u32 { self.0 } fn base_name(&self) -> &'static str { "thing" } }
impl Mid for Thing { fn mid(&self) -> String { format!("mid-{}", self.0) } }
impl Top for Thing { fn top(&self) -> i32 { -(self.0 as i32) } }

struct Other;
impl Base for Other { fn id(&self) -> u32 { 999 } }
impl Mid for Other { fn mid(&self) -> String { "other".into() } }
impl Top for Other { fn top(&self) -> i32 { 0 } }

fn use_base(b: &dyn Base) -> String { format!("{}:{}", b.base_name(), b.id()) }
fn use_mid(m: &dyn Mid) -> String { format!("{} / {}", m.mid(), use_base(m)) }

fn main() {
    let items: Vec<Box<dyn Top>> = vec![Box::new(Thing(black_box(7))), Box::new(Other), Box::new(Thing(3))];
    for t in &items {
        let m: &dyn Mid = t.as_ref();
        let b: &dyn Base = m;
        println!("top {} | {} | {}", t.top(), use_mid(m), use_base(b));
        let any: &dyn Any = t.as_ref();
        match any.downcast_ref::<Thing>() {
            Some(th) => println!("  is Thing({})", th.0),
            None => println!("  not a Thing"),
        }
    }
    let boxed: Box<dyn Top> = Box::new(Thing(black_box(11)));
    let as_mid: Box<dyn Mid> = boxed;
    println!("{}", as_mid.mid());
    let as_base: Box<dyn Base> = as_mid;
    println!("{}", as_base.id());
    let rc: std::rc::Rc<dyn Top> = std::rc::Rc::new(Thing(5));
    let rc_base: std::rc::Rc<dyn Base> = rc.clone();
    println!("{} {} strong={}", rc.top(), rc_base.id(), std::rc::Rc::strong_count(&rc));
}
