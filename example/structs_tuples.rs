// Structs, tuple structs, unit structs, tuples, nested aggregates, field mutation through
// references, struct update syntax and destructuring.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct Point {
    x: i32,
    y: i32,
}

impl Copy for Point {}
impl Clone for Point {
    fn clone(&self) -> Point {
        *self
    }
}

impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }
    fn manhattan(&self, other: &Point) -> i32 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (if dx < 0 { -dx } else { dx }) + if dy < 0 { -dy } else { dy }
    }
    fn translate(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }
}

struct Rect {
    top_left: Point,
    bottom_right: Point,
    color: (u8, u8, u8),
    label: &'static str,
}

impl Rect {
    fn area(&self) -> i64 {
        (self.bottom_right.x - self.top_left.x) as i64 * (self.bottom_right.y - self.top_left.y) as i64
    }
}

struct Meters(f64);
struct Pair(u16, i64);
struct Unit;

struct Header {
    version: u8,
    flags: u16,
    length: u32,
    checksum: u64,
    enabled: bool,
}

fn swap_tuple(t: (i8, u32, char)) -> (char, u32, i8) {
    (t.2, t.1, t.0)
}

fn nested() -> ((u8, (u16, u32)), [i16; 2]) {
    ((1, (2, 3)), [-4, -5])
}

fn print_rect(r: &Rect) {
    unsafe {
        printf(c"%.*s: (%d,%d)-(%d,%d) rgb(%u,%u,%u) area %ld\n".as_ptr(), r.label.len() as i32, r.label.as_ptr(),
            r.top_left.x, r.top_left.y, r.bottom_right.x, r.bottom_right.y, r.color.0 as u32,
            r.color.1 as u32, r.color.2 as u32, r.area());
    }
}

fn main() {
    let mut p = Point::new(black_box(3), -4);
    let q = Point { x: 10, ..p };
    unsafe { printf(c"p=(%d,%d) q=(%d,%d) dist=%d\n".as_ptr(), p.x, p.y, q.x, q.y, p.manhattan(&q)); }
    p.translate(5, 5);
    let p_copy = p;
    p.x = 100;
    unsafe { printf(c"after translate: p=(%d,%d) copy=(%d,%d)\n".as_ptr(), p.x, p.y, p_copy.x, p_copy.y); }

    let mut r = Rect { top_left: Point::new(0, 0), bottom_right: Point::new(black_box(20), 10), color: (255, 128, 0), label: "first" };
    print_rect(&r);
    r.bottom_right.translate(5, 5);
    r.color.1 = 7;
    r.label = "second";
    print_rect(&r);
    let Rect { top_left: Point { x: tx, .. }, color: (red, _, blue), .. } = r;
    unsafe { printf(c"destructured: %d %u %u\n".as_ptr(), tx, red as u32, blue as u32); }

    let m = Meters(black_box(2.5));
    let pr = Pair(black_box(65535), -1);
    let _u = Unit;
    unsafe {
        printf(c"tuple structs: %d %u %ld, unit size %zu\n".as_ptr(), (m.0 * 10.0) as i32, pr.0 as u32, pr.1,
            size_of::<Unit>());
    }
    let h = Header { version: 2, flags: 0x8001, length: black_box(4096), checksum: 0xdead_beef_cafe_f00d, enabled: true };
    let h2 = Header { enabled: false, version: h.version + 1, ..h };
    unsafe {
        printf(c"header: v%u flags %04x len %u sum %016lx %d / v%u %d\n".as_ptr(), h.version as u32, h.flags as u32,
            h.length, h.checksum, h.enabled as i32, h2.version as u32, h2.enabled as i32);
    }

    let t = swap_tuple((black_box(-7), 77, 'z'));
    unsafe { printf(c"swapped: %c %u %d\n".as_ptr(), t.0 as u32, t.1, t.2 as i32); }
    let ((a, (b, c)), arr) = nested();
    unsafe { printf(c"nested: %u %u %u %d %d\n".as_ptr(), a as u32, b as u32, c, arr[0] as i32, arr[1] as i32); }

    let mut pts = (Point::new(1, 2), Point::new(3, 4));
    {
        let (ref mut first, ref second) = pts;
        first.translate(second.x, second.y);
    }
    let (ax, ay) = (pts.0.x, pts.0.y);
    unsafe { printf(c"pts.0 = (%d, %d)\n".as_ptr(), ax, ay); }
    // Tuples of different shapes.
    let empty = ();
    let single = (black_box(5u8),);
    let wide = (1u8, 2u16, 3u32, 4u64, 5i8, 6i16, 7i32, 8i64);
    unsafe {
        printf(c"sizes: () %zu, (u8,) %zu, wide %zu, Rect %zu, Header %zu\n".as_ptr(), size_of_val(&empty),
            size_of_val(&single), size_of_val(&wide), size_of::<Rect>(), size_of::<Header>());
        printf(c"wide sum: %ld\n".as_ptr(), wide.0 as i64 + wide.1 as i64 + wide.2 as i64 + wide.3 as i64
            + wide.4 as i64 + wide.5 as i64 + wide.6 as i64 + wide.7 + single.0 as i64);
    }
}
