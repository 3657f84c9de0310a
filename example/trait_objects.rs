// Trait objects: &dyn Trait and Box<dyn Trait> with several implementations, dynamic calls,
// supertraits and upcasting, drop glue of boxed trait objects, methods taking self: Box<Self>,
// and size_of_val/align_of_val through vtables.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

trait Named {
    fn name(&self) -> &'static str;
}

trait Animal: Named {
    fn legs(&self) -> u32;
    fn speak(&self) -> &'static str;
    fn describe(&self) {
        let (n, s) = (self.name(), self.speak());
        unsafe {
            printf(c"%.*s with %u legs says %.*s\n".as_ptr(), n.len() as i32, n.as_ptr(), self.legs(),
                s.len() as i32, s.as_ptr());
        }
    }
    fn into_legs(self: Box<Self>) -> u32;
}

struct Dog {
    id: u8,
}
struct Bird {
    wingspan_cm: u64,
    id: u8,
}
struct Snake;

impl Named for Dog {
    fn name(&self) -> &'static str {
        "dog"
    }
}
impl Named for Bird {
    fn name(&self) -> &'static str {
        "bird"
    }
}
impl Named for Snake {
    fn name(&self) -> &'static str {
        "snake"
    }
}

impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
    fn speak(&self) -> &'static str {
        "woof"
    }
    fn into_legs(self: Box<Self>) -> u32 {
        self.legs() + self.id as u32 * 100
    }
}
impl Animal for Bird {
    fn legs(&self) -> u32 {
        2
    }
    fn speak(&self) -> &'static str {
        if self.wingspan_cm > 100 { "SCREECH" } else { "tweet" }
    }
    fn into_legs(self: Box<Self>) -> u32 {
        self.legs() + self.id as u32 * 100
    }
}
impl Animal for Snake {
    fn legs(&self) -> u32 {
        0
    }
    fn speak(&self) -> &'static str {
        "hiss"
    }
    fn into_legs(self: Box<Self>) -> u32 {
        0
    }
}

impl Drop for Dog {
    fn drop(&mut self) {
        unsafe { printf(c"drop dog %u\n".as_ptr(), self.id as u32); }
    }
}
impl Drop for Bird {
    fn drop(&mut self) {
        unsafe { printf(c"drop bird %u\n".as_ptr(), self.id as u32); }
    }
}

fn total_legs(zoo: &[Box<dyn Animal>]) -> u32 {
    let mut n = 0;
    for i in 0..zoo.len() {
        n += zoo[i].legs();
    }
    n
}

fn print_name(n: &dyn Named) {
    let s = n.name();
    unsafe { printf(c"named: %.*s\n".as_ptr(), s.len() as i32, s.as_ptr()); }
}

fn main() {
    let d = Dog { id: 1 };
    let r: &dyn Animal = &d;
    r.describe();
    print_name(r); // upcast &dyn Animal -> &dyn Named
    {
        let zoo: [Box<dyn Animal>; 4] = [
            Box::new(Dog { id: 2 }),
            Box::new(Bird { wingspan_cm: black_box(30), id: 3 }),
            Box::new(Snake),
            Box::new(Bird { wingspan_cm: 200, id: 4 }),
        ];
        for i in 0..zoo.len() {
            zoo[i].describe();
        }
        unsafe { printf(c"total legs %u, live allocations %zd\n".as_ptr(), total_legs(&zoo), LIVE_ALLOCATIONS); }
        print_line("dropping zoo");
    }
    unsafe { printf(c"live allocations after zoo %zd\n".as_ptr(), LIVE_ALLOCATIONS); }

    let boxed: Box<dyn Animal> = Box::new(Dog { id: 5 });
    unsafe { printf(c"into_legs: %u\n".as_ptr(), boxed.into_legs()); }
    let boxed_bird: Box<dyn Animal> = Box::new(Bird { wingspan_cm: 1, id: 6 });
    unsafe { printf(c"into_legs: %u\n".as_ptr(), boxed_bird.into_legs()); }

    // Sizes and alignments read from the vtable.
    let b = Bird { wingspan_cm: 5, id: 7 };
    let objs: [&dyn Named; 3] = [&d, &b, &Snake];
    for i in 0..objs.len() {
        unsafe { printf(c"size_of_val %zu align_of_val %zu\n".as_ptr(), size_of_val(objs[i]), align_of_val(objs[i])); }
    }
    let boxed_snake: Box<dyn Named> = Box::new(Snake);
    unsafe {
        printf(c"boxed ZST: size %zu, name len %zu, size_of Box<dyn> %zu\n".as_ptr(), size_of_val(&*boxed_snake),
            boxed_snake.name().len(), size_of::<Box<dyn Named>>());
        printf(c"live allocations %zd\n".as_ptr(), LIVE_ALLOCATIONS);
    }
    print_line("end of main");
}
