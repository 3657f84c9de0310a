// Operator overloading on user types: Add/Sub/Mul/Neg/Not, the compound assignment traits,
// Index/IndexMut, PartialEq/PartialOrd, Deref/DerefMut and Shl/BitAnd with non-Self operands.
#![feature(no_core)]
#![no_core]

extern crate mini_core;
use mini_core::*;

struct V2 {
    x: i64,
    y: i64,
}

impl Copy for V2 {}
impl Clone for V2 {
    fn clone(&self) -> V2 { *self }
}

impl Add for V2 {
    type Output = V2;
    fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } }
}
impl Sub for V2 {
    type Output = V2;
    fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } }
}
impl Mul<i64> for V2 {
    type Output = V2;
    fn mul(self, k: i64) -> V2 { V2 { x: self.x * k, y: self.y * k } }
}
impl Mul for V2 {
    type Output = i64; // dot product
    fn mul(self, o: V2) -> i64 { self.x * o.x + self.y * o.y }
}
impl Neg for V2 {
    type Output = V2;
    fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } }
}
impl AddAssign for V2 {
    fn add_assign(&mut self, o: V2) {
        self.x += o.x;
        self.y += o.y;
    }
}
impl PartialEq for V2 {
    fn eq(&self, o: &V2) -> bool { self.x == o.x && self.y == o.y }
}
impl PartialOrd for V2 {
    fn partial_cmp(&self, o: &V2) -> Option<Ordering> {
        (self.x * self.x + self.y * self.y).partial_cmp(&(o.x * o.x + o.y * o.y))
    }
}

struct Bits(u16);

impl Not for Bits {
    type Output = Bits;
    fn not(self) -> Bits { Bits(!self.0) }
}
impl Shl<u8> for Bits {
    type Output = Bits;
    fn shl(self, n: u8) -> Bits { Bits(self.0 << n) }
}
impl BitAnd<u16> for Bits {
    type Output = Bits;
    fn bitand(self, m: u16) -> Bits { Bits(self.0 & m) }
}
impl BitOrAssign<Bits> for Bits {
    fn bitor_assign(&mut self, o: Bits) {
        self.0 |= o.0;
    }
}

struct Matrix {
    cells: [i32; 6],
    cols: usize,
}

impl Index<(usize, usize)> for Matrix {
    type Output = i32;
    fn index(&self, (r, c): (usize, usize)) -> &i32 { &self.cells[r * self.cols + c] }
}
impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i32 {
        &mut self.cells[r * self.cols + c]
    }
}

struct Counted {
    value: u32,
    reads: u32,
}

impl Deref for Counted {
    type Target = u32;
    fn deref(&self) -> &u32 { &self.value }
}
impl DerefMut for Counted {
    fn deref_mut(&mut self) -> &mut u32 {
        self.reads += 1;
        &mut self.value
    }
}

fn show(label: &CStr, v: V2) {
    unsafe { printf(c"%s = (%ld, %ld)\n".as_ptr(), label.as_ptr(), v.x, v.y); }
}

fn main() {
    let a = V2 { x: black_box(3), y: 4 };
    let b = V2 { x: -1, y: 2 };
    show(c"a + b", a + b);
    show(c"a - b", a - b);
    show(c"a * 3", a * 3);
    show(c"-a", -a);
    let mut c = a;
    c += b;
    c += V2 { x: 10, y: 10 };
    show(c"c", c);
    unsafe {
        printf(c"a . b = %ld, a == a %d, a == b %d, a != b %d, a > b %d, b <= a %d\n".as_ptr(), a * b, (a == a) as i32,
            (a == b) as i32, (a != b) as i32, (a > b) as i32, (b <= a) as i32);
    }
    let mut flags = Bits(black_box(0b1010));
    flags |= Bits(1) << 8;
    let masked = !Bits(flags.0) & 0x00ff;
    unsafe { printf(c"flags %04x masked %04x\n".as_ptr(), flags.0 as u32, masked.0 as u32); }

    let mut m = Matrix { cells: [0; 6], cols: 3 };
    for r in 0..2 {
        for c in 0..3 {
            m[(r, c)] = (r * 10 + c) as i32;
        }
    }
    m[(1, 2)] *= -1;
    unsafe { printf(c"matrix: %d %d %d / %d %d %d\n".as_ptr(), m[(0, 0)], m[(0, 1)], m[(0, 2)], m[(1, 0)], m[(1, 1)], m[(1, 2)]); }

    let mut counted = Counted { value: 5, reads: 0 };
    *counted += 1;
    *counted *= 7;
    let plain: u32 = *counted + 1;
    unsafe { printf(c"counted value %u, mutable derefs %u, plain %u\n".as_ptr(), counted.value, counted.reads, plain); }
}
