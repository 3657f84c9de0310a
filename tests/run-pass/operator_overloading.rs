// Operator overloading: Add/Sub/Mul/Neg/Index/IndexMut/AddAssign/Not/BitAnd/Shl/PartialOrd on custom types.
use std::hint::black_box;
use std::ops::*;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct V2 { x: f64, y: f64 }

impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }
impl Sub for V2 { type Output = V2; fn sub(self, o: V2) -> V2 { V2 { x: self.x - o.x, y: self.y - o.y } } }
impl Mul<f64> for V2 { type Output = V2; fn mul(self, k: f64) -> V2 { V2 { x: self.x * k, y: self.y * k } } }
impl Mul<V2> for f64 { type Output = V2; fn mul(self, v: V2) -> V2 { v * self } }
impl Neg for V2 { type Output = V2; fn neg(self) -> V2 { V2 { x: -self.x, y: -self.y } } }
impl AddAssign for V2 { fn add_assign(&mut self, o: V2) { self.x += o.x; self.y += o.y; } }

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bits(u16);
impl Not for Bits { type Output = Bits; fn not(self) -> Bits { Bits(!self.0) } }
impl BitAnd for Bits { type Output = Bits; fn bitand(self, o: Bits) -> Bits { Bits(self.0 & o.0) } }
impl BitOr for Bits { type Output = Bits; fn bitor(self, o: Bits) -> Bits { Bits(self.0 | o.0) } }
impl BitXorAssign for Bits { fn bitxor_assign(&mut self, o: Bits) { self.0 ^= o.0; } }
impl Shl<u32> for Bits { type Output = Bits; fn shl(self, n: u32) -> Bits { Bits(self.0.rotate_left(n)) } }

struct Grid { w: usize, cells: Vec<char> }
impl Index<(usize, usize)> for Grid { type Output = char; fn index(&self, (r, c): (usize, usize)) -> &char { &self.cells[r * self.w + c] } }
impl IndexMut<(usize, usize)> for Grid { fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char { &mut self.cells[r * self.w + c] } }

fn main() {
    let a = V2 { x: black_box(1.0), y: 2.0 };
    let b = V2 { x: 0.5, y: black_box(-4.0) };
    println!("{:?} {:?} {:?} {:?} {:?}", a + b, a - b, a * 3.0, 2.0 * b, -a);
    let mut c = a;
    c += b;
    c += b;
    println!("{:?} {} {}", c, a < b, a.partial_cmp(&c).is_some());
    let f = Bits(black_box(0b1010_0000_1111_0001));
    let mut g = !f & Bits(0xff00) | Bits(1);
    println!("{:#018b} {:#018b}", f.0, g.0);
    g ^= Bits(0xffff);
    println!("{:#018b} {:#018b}", g.0, (f << 4).0);
    let mut grid = Grid { w: 3, cells: vec!['.'; 9] };
    for i in 0..3 {
        grid[(i, i)] = '#';
        grid[(i, 2 - i)] = 'x';
    }
    for r in 0..3 {
        println!("{}", (0..3).map(|c| grid[(r, c)]).collect::<String>());
    }
}
