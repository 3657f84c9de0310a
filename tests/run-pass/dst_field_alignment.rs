// Unsized struct tails whose alignment is only known at run time (`dyn` in a struct that is
// itself nested, and in over-aligned structs), and negative integers cast
// to pointers.
use std::fmt::Debug;

struct Wrapper<T: ?Sized> {
    tag: u8,
    inner: Inner<T>,
}

struct Inner<T: ?Sized> {
    small: u16,
    value: T,
}

#[repr(align(32))]
struct Aligned<T: ?Sized> {
    tag: u8,
    value: T,
}

fn show(label: &str, value: &dyn Debug, size: usize, align: usize) {
    println!("{label}: {value:?} size {size} align {align}");
}

fn main() {
    let wrapped: &Wrapper<dyn Debug> = &Wrapper { tag: 1, inner: Inner { small: 2, value: 7u64 } };
    show("wrapped", &wrapped.inner.value, std::mem::size_of_val(wrapped), std::mem::align_of_val(wrapped));
    println!("tags {} {}", wrapped.tag, wrapped.inner.small);

    let aligned: &Aligned<dyn Debug> = &Aligned { tag: 4, value: [1u16, 2, 3] };
    show("aligned", &aligned.value, std::mem::size_of_val(aligned), std::mem::align_of_val(aligned));
    println!("aligned tag {}", aligned.tag);

    let boxed: Box<Wrapper<dyn Debug>> = Box::new(Wrapper { tag: 5, inner: Inner { small: 6, value: "text" } });
    show("boxed", &boxed.inner.value, std::mem::size_of_val(&*boxed), std::mem::align_of_val(&*boxed));

    for n in [-1i32, -4096, 7] {
        let p = std::hint::black_box(n) as isize as *const u8;
        let q = std::hint::black_box(n as i64) as *const u8;
        println!("{n} as pointer: {:#x} {:#x}", p as usize, q as usize);
    }
    let small = std::hint::black_box(-2i8);
    println!("i8 -2 as pointer: {:#x}", small as *const () as usize);
}
