// Option combinators: map, and_then, filter, or, xor, zip, take, replace, get_or_insert_with, ok_or, as_deref, unwrap_or_else.
use std::hint::black_box;

fn lookup(id: u32) -> Option<&'static str> {
    match id {
        1 => Some("alice"),
        2 => Some("bob"),
        4 => Some(""),
        _ => None,
    }
}

fn main() {
    for id in black_box([1u32, 2, 3, 4]) {
        let name = lookup(id);
        println!("{} {:?} len {:?} upper {:?} nonempty {:?} or {:?}", id, name, name.map(str::len), name.map(|s| s.to_uppercase()),
            name.filter(|s| !s.is_empty()), name.or(Some("anon")));
    }
    let a = black_box(Some(3));
    let b: Option<i32> = black_box(None);
    println!("{:?} {:?} {:?} {:?}", a.xor(b), a.xor(Some(1)), a.zip(Some('c')), a.zip(b));
    println!("{:?} {:?}", a.and_then(|x| x.checked_sub(5)), a.and_then(|x| if x > 2 { Some(x * 10) } else { None }));
    let mut slot: Option<String> = None;
    slot.get_or_insert_with(|| "init".into()).push_str("+1");
    slot.get_or_insert_with(|| "never".into()).push_str("+2");
    println!("{:?}", slot);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let mut x = Some(5);
    let old = x.replace(6);
    println!("{:?} {:?}", old, x);
    let owned: Option<String> = Some("deref".to_string());
    let r: Option<&str> = owned.as_deref();
    println!("{:?}", r);
    println!("{:?} {:?}", b.ok_or("missing"), a.ok_or_else(|| "x".to_string()));
    println!("{} {} {}", b.unwrap_or(-1), b.unwrap_or_else(|| 99), b.unwrap_or_default());
    println!("{} {}", a.map_or(0, |v| v * 2), b.map_or_else(|| -5, |v| v));
    println!("{} {}", a.is_some_and(|v| v > 2), b.is_none_or(|v| v > 100));
    let mut m = Some(10);
    if let Some(v) = m.as_mut() { *v += 1; }
    println!("{:?} {:?}", m, m.iter().next());
    let words = black_box(vec!["3", "x", "5"]);
    let first_num = words.iter().find_map(|w| w.parse::<i32>().ok());
    println!("{:?}", first_num);
    let nested: Option<Option<u8>> = Some(Some(1));
    println!("{:?} {:?}", nested.flatten(), Some(Ok::<i32, ()>(3)).transpose());
    println!("{:?}", Some(4).take_if(|v| *v % 2 == 0));
    println!("{:?}", a.inspect(|v| println!("inspecting {}", v)).map(|v| v + 1));
}
