// std::any::Any: downcast_ref, downcast_mut, Box<dyn Any>::downcast, type_name, TypeId comparisons.
use std::any::{Any, TypeId, type_name};
use std::hint::black_box;

#[derive(Debug)]
struct Custom { v: Vec<u8> }

fn describe(x: &dyn Any) -> String {
    if let Some(i) = x.downcast_ref::<i32>() {
        format!("i32 {}", i)
    } else if let Some(s) = x.downcast_ref::<String>() {
        format!("String {:?}", s)
    } else if let Some(s) = x.downcast_ref::<&str>() {
        format!("&str {:?}", s)
    } else if let Some(c) = x.downcast_ref::<Custom>() {
        format!("Custom {:?}", c)
    } else if x.is::<f64>() {
        "some f64".to_string()
    } else {
        "unknown".to_string()
    }
}

fn name_of<T: ?Sized>(_: &T) -> &'static str { type_name::<T>() }

fn main() {
    let mut items: Vec<Box<dyn Any>> = vec![
        Box::new(black_box(42i32)),
        Box::new(String::from("owned")),
        Box::new("borrowed"),
        Box::new(Custom { v: vec![1, 2] }),
        Box::new(2.5f64),
        Box::new(7u8),
    ];
    for it in &items {
        println!("{}", describe(it.as_ref()));
    }
    for it in items.iter_mut() {
        if let Some(i) = it.downcast_mut::<i32>() {
            *i *= 2;
        }
        if let Some(c) = it.downcast_mut::<Custom>() {
            c.v.push(3);
        }
    }
    println!("{} | {}", describe(items[0].as_ref()), describe(items[3].as_ref()));
    let b = items.remove(1);
    match b.downcast::<String>() {
        Ok(s) => println!("got string of len {}", s.len()),
        Err(_) => println!("not a string"),
    }
    let b2 = items.remove(0);
    match b2.downcast::<String>() {
        Ok(_) => println!("unexpected"),
        Err(orig) => println!("still any, is i32: {}", orig.is::<i32>()),
    }
    println!("{} {}", TypeId::of::<u32>() == TypeId::of::<u32>(), TypeId::of::<u32>() == TypeId::of::<i32>());
    println!("{} {} {}", name_of(&1u16), type_name::<Option<String>>(), name_of("x"));
}
