// Const generics: array-length generic functions, structs parameterized by N, const expressions in bounds.
use std::hint::black_box;

fn sum_arr<const N: usize>(a: [i32; N]) -> i32 { a.iter().sum() }

fn reverse<T: Copy + Default, const N: usize>(a: [T; N]) -> [T; N] {
    let mut out = [T::default(); N];
    for i in 0..N {
        out[i] = a[N - 1 - i];
    }
    out
}

#[derive(Debug)]
struct RingBuf<const N: usize> { data: [u8; N], head: usize, len: usize }

impl<const N: usize> RingBuf<N> {
    fn new() -> Self { RingBuf { data: [0; N], head: 0, len: 0 } }
    fn push(&mut self, v: u8) {
        let idx = (self.head + self.len) % N;
        self.data[idx] = v;
        if self.len < N { self.len += 1 } else { self.head = (self.head + 1) % N }
    }
    fn to_vec(&self) -> Vec<u8> { (0..self.len).map(|i| self.data[(self.head + i) % N]).collect() }
}

fn first_k<const K: usize>(xs: &[u32]) -> [u32; K] {
    let mut out = [0; K];
    out.copy_from_slice(&xs[..K]);
    out
}

struct Check<const B: bool>;
trait Describe { fn d() -> &'static str; }
impl Describe for Check<true> { fn d() -> &'static str { "yes" } }
impl Describe for Check<false> { fn d() -> &'static str { "no" } }

fn main() {
    println!("{} {} {}", sum_arr(black_box([1, 2, 3])), sum_arr([10; 7]), sum_arr::<0>([]));
    println!("{:?} {:?}", reverse(black_box([1u8, 2, 3, 4, 5])), reverse(['a', 'b']));
    let mut r = RingBuf::<4>::new();
    for i in 0..black_box(7u8) {
        r.push(i * 10);
        println!("push {} -> {:?}", i * 10, r.to_vec());
    }
    println!("{:?}", r);
    let v: Vec<u32> = (100..110).collect();
    let a3: [u32; 3] = first_k(&v);
    let a5 = first_k::<5>(&v);
    println!("{:?} {:?}", a3, a5);
    println!("{} {}", Check::<true>::d(), Check::<{ 1 > 2 }>::d());
    let m: [[u8; 3]; 2] = black_box([[1, 2, 3], [4, 5, 6]]);
    let t: Vec<[u8; 2]> = (0..3).map(|c| [m[0][c], m[1][c]]).collect();
    println!("{:?}", t);
    let arrs = [[0u16; 2]; 3].map(|mut a| { a[1] = 9; a });
    println!("{:?}", arrs);
}
