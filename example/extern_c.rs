// The C ABI: calls into libc (strlen, memcmp, memcpy, memset, snprintf, atoi, qsort),
// callbacks from C into Rust (`extern "C" fn` comparators given to qsort), `extern "C"`
// functions defined in Rust and called directly or through function pointers, and
// passing/returning small and large structs by value with the C ABI.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::libc::{atoi, memcmp, memcpy, memset, qsort, snprintf, strlen};
use mini_core::*;

static mut COMPARISONS: u32 = 0;

extern "C" fn cmp_i32(a: *const u8, b: *const u8) -> i32 {
    unsafe {
        COMPARISONS += 1;
        let x = *(a as *const i32);
        let y = *(b as *const i32);
        if x < y { -1 } else if x > y { 1 } else { 0 }
    }
}

#[repr(C)]
struct Person {
    age: u32,
    name: *const i8,
}

extern "C" fn cmp_person_desc(a: *const u8, b: *const u8) -> i32 {
    unsafe {
        let pa = &*(a as *const Person);
        let pb = &*(b as *const Person);
        pb.age as i32 - pa.age as i32
    }
}

#[repr(C)]
struct Vec3 {
    x: i32,
    y: i32,
    z: i32,
}

#[repr(C)]
struct Wide {
    a: u64,
    b: u64,
    c: u64,
    d: u8,
}

extern "C" fn cross(a: Vec3, b: Vec3) -> Vec3 {
    Vec3 { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x }
}

extern "C" fn widen(w: Wide, extra: u8, f: f64) -> Wide {
    Wide { a: w.a + extra as u64, b: w.b * 2, c: w.c ^ 0xff, d: w.d.wrapping_add((f * 2.0) as u8) }
}

extern "C" fn mix(a: u8, b: i16, c: u32, d: i64, e: f32, f: f64, g: bool) -> f64 {
    a as f64 + b as f64 + c as f64 + d as f64 + e as f64 * 10.0 + f * 100.0 + if g { 1000.0 } else { 0.0 }
}

trait WrappingAddU8 {
    fn wrapping_add(self, o: u8) -> u8;
}
impl WrappingAddU8 for u8 {
    fn wrapping_add(self, o: u8) -> u8 {
        mini_core::intrinsics::wrapping_add(self, o)
    }
}

fn main() {
    unsafe {
        let s = c"hello from C strings";
        printf(c"strlen = %zu\n".as_ptr(), strlen(s.as_ptr()));
        let a = b"abcdef";
        let b = b"abcxef";
        printf(c"memcmp: %d %d %d\n".as_ptr(), (memcmp(a.as_ptr(), b.as_ptr(), 6) < 0) as i32,
            memcmp(a.as_ptr(), b.as_ptr(), 3), (memcmp(b.as_ptr(), a.as_ptr(), 6) > 0) as i32);
        let mut buf = [0u8; 32];
        memset(buf.as_mut_ptr(), b'-' as i32, 10);
        memcpy(buf.as_mut_ptr().add(2), b"copied".as_ptr(), 6);
        printf(c"buffer: %s\n".as_ptr(), buf.as_ptr());
        let mut out = [0i8; 64];
        let n = snprintf(out.as_mut_ptr(), out.len(), c"%d-%s-%lx".as_ptr(), -12, c"fmt".as_ptr(), 0xabcdefu64);
        printf(c"snprintf wrote %d: %s, atoi(\"-345x\") = %d\n".as_ptr(), n, out.as_ptr(), atoi(c"-345x".as_ptr()));

        let mut nums = [42i32, -7, 19, 0, 1000, -300, 5, 5, 88];
        qsort(nums.as_mut_ptr() as *mut u8, nums.len(), size_of::<i32>(), cmp_i32);
        printf(c"sorted:".as_ptr());
        for i in 0..nums.len() {
            printf(c" %d".as_ptr(), nums[i]);
        }
        let comparisons = COMPARISONS;
        printf(c"\ncomparator was called: %d\n".as_ptr(), (comparisons > 0) as i32);

        let mut people = [
            Person { age: 31, name: c"ann".as_ptr() },
            Person { age: 70, name: c"bob".as_ptr() },
            Person { age: 5, name: c"cid".as_ptr() },
            Person { age: 44, name: c"dee".as_ptr() },
        ];
        let cmp: extern "C" fn(*const u8, *const u8) -> i32 = cmp_person_desc;
        qsort(people.as_mut_ptr() as *mut u8, people.len(), size_of::<Person>(), cmp);
        for i in 0..people.len() {
            printf(c"%s(%u) ".as_ptr(), people[i].name, people[i].age);
        }
        print_line("");

        let v = cross(Vec3 { x: 1, y: 2, z: 3 }, Vec3 { x: black_box(4), y: 5, z: 6 });
        printf(c"cross = (%d, %d, %d)\n".as_ptr(), v.x, v.y, v.z);
        let fp: extern "C" fn(Wide, u8, f64) -> Wide = widen;
        let w = fp(Wide { a: 1, b: 2, c: 3, d: 250 }, black_box(9), 4.5);
        printf(c"widen = %lu %lu %lu %u\n".as_ptr(), w.a, w.b, w.c, w.d as u32);
        let m = mix(1, -2, 3, -4, 0.5, 0.25, true);
        printf(c"mix = %ld\n".as_ptr(), m as i64);
        let mix_ptr: extern "C" fn(u8, i16, u32, i64, f32, f64, bool) -> f64 = mix;
        printf(c"mix via pointer = %ld\n".as_ptr(), mix_ptr(200, 300, 400, 500, black_box(1.5), 2.0, false) as i64);
    }
}
