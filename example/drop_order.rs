// Drop: reverse declaration order of locals, field order inside structs/tuples/arrays,
// values moved away are not dropped twice, conditional moves (drop flags), drops in loops,
// temporaries, shadowing, assignment dropping the old value, and explicit drop().
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        unsafe { printf(c"  drop %.*s\n".as_ptr(), self.name.len() as i32, self.name.as_ptr()); }
    }
}

fn noisy(name: &'static str) -> Noisy {
    Noisy { name }
}

#[allow(dead_code)] // the fields only exist to be dropped
struct Pair {
    first: Noisy,
    second: Noisy,
}

#[allow(dead_code)]
struct WithDrop {
    inner: Noisy,
    id: u32,
}

impl Drop for WithDrop {
    fn drop(&mut self) {
        unsafe { printf(c"  drop WithDrop %u (before its fields)\n".as_ptr(), self.id); }
    }
}

fn take(n: Noisy) {
    unsafe { printf(c"  took %.*s\n".as_ptr(), n.name.len() as i32, n.name.as_ptr()); }
}

fn pass_through(n: Noisy) -> Noisy {
    n
}

fn section(title: &str) {
    print_line(title);
}

fn main() {
    section("locals:");
    {
        let _a = noisy("a");
        let _b = noisy("b");
        let _c = noisy("c");
    }
    section("struct fields and tuple:");
    {
        let _p = Pair { first: noisy("p.first"), second: noisy("p.second") };
        let _t = (noisy("t.0"), noisy("t.1"));
        let _w = WithDrop { inner: noisy("w.inner"), id: 7 };
    }
    section("array:");
    {
        let _arr = [noisy("arr[0]"), noisy("arr[1]"), noisy("arr[2]")];
    }
    section("moves:");
    {
        let x = noisy("x");
        let y = noisy("y");
        take(x);
        let z = pass_through(y);
        print_line("  after moves");
        let _keep = z;
    }
    section("conditional move:");
    for round in 0..2 {
        let c = noisy(if round == 0 { "cond0" } else { "cond1" });
        if black_box(round) == 1 {
            take(c);
        }
        unsafe { printf(c"  end of round %d\n".as_ptr(), round); }
    }
    section("loop:");
    let mut i = 0;
    while i < 3 {
        let _tmp = noisy(match i { 0 => "loop0", 1 => "loop1", _ => "loop2" });
        i += 1;
        if i == 2 {
            continue;
        }
        print_line("  loop body end");
    }
    section("assignment and shadowing:");
    {
        let mut v = noisy("first value");
        unsafe { printf(c"  v is %.*s\n".as_ptr(), v.name.len() as i32, v.name.as_ptr()); }
        v = noisy("second value");
        let v = v;
        let _v2 = noisy("shadowing value");
        let _ = &v;
    }
    section("temporaries:");
    {
        let len = noisy("temporary").name.len();
        unsafe { printf(c"  temporary name len %zu\n".as_ptr(), len); }
        let _ = noisy("ignored with _");
        print_line("  after let _");
    }
    section("explicit drop and Box:");
    {
        let a = noisy("explicit");
        let b = Box::new(noisy("boxed"));
        drop(a);
        let c = Box::new(Pair { first: noisy("boxed pair.first"), second: noisy("boxed pair.second") });
        drop(b);
        unsafe { printf(c"  live allocations %zd\n".as_ptr(), LIVE_ALLOCATIONS); }
        let _ = c;
    }
    section("option:");
    {
        let mut o = Some(noisy("in option"));
        let taken = o.take();
        o = Some(noisy("replacement"));
        let _ = (&o, &taken);
    }
    unsafe { printf(c"done, live allocations %zd\n".as_ptr(), LIVE_ALLOCATIONS); }
}
