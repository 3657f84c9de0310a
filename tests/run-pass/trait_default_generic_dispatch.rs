// Default trait methods, overriding, blanket impls, static vs dynamic dispatch of the same trait.
use std::fmt::Display;
use std::hint::black_box;

trait Describe {
    fn tag(&self) -> String;
    fn describe(&self) -> String { format!("[{}]", self.tag()) }
    fn twice(&self) -> String { format!("{}{}", self.describe(), self.describe()) }
}

trait Loud { fn loud(&self) -> String; }
impl<T: Display> Loud for T {
    fn loud(&self) -> String { self.to_string().to_uppercase() + "!" }
}

struct Plain(i32);
struct Fancy(&'static str);
impl Describe for Plain { fn tag(&self) -> String { self.0.to_string() } }
impl Describe for Fancy {
    fn tag(&self) -> String { self.0.to_string() }
    fn describe(&self) -> String { format!("<<{}>>", self.tag()) }
}
impl Describe for i32 { fn tag(&self) -> String { format!("int{}", self) } }
impl<T: Describe> Describe for Vec<T> {
    fn tag(&self) -> String { self.iter().map(|x| x.tag()).collect::<Vec<_>>().join(",") }
}
impl<T: Describe, U: Describe> Describe for (T, U) {
    fn tag(&self) -> String { format!("{}&{}", self.0.tag(), self.1.tag()) }
}

fn static_dispatch<T: Describe>(x: &T) -> String { x.twice() }
fn dynamic_dispatch(x: &dyn Describe) -> String { x.twice() }

fn main() {
    let p = Plain(black_box(4));
    let f = Fancy("f");
    println!("{} {}", static_dispatch(&p), dynamic_dispatch(&p));
    println!("{} {}", static_dispatch(&f), dynamic_dispatch(&f));
    println!("{}", static_dispatch(&black_box(9)));
    println!("{}", vec![Plain(1), Plain(2)].describe());
    println!("{}", (Plain(3), Fancy("z")).describe());
    println!("{}", (vec![1, 2], 3).twice());
    println!("{} {} {}", "hello".loud(), 42.loud(), 2.5.loud());
    let objs: Vec<&dyn Describe> = vec![&p, &f, &7];
    println!("{:?}", objs.iter().map(|o| o.describe()).collect::<Vec<_>>());
}
