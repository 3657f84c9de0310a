// A const-generic matrix type with multiplication, transpose and identity, instantiated at several sizes.
use std::hint::black_box;
use std::ops::Mul;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Mat<const R: usize, const C: usize>([[i64; C]; R]);

impl<const R: usize, const C: usize> Mat<R, C> {
    fn transpose(&self) -> Mat<C, R> {
        let mut out = [[0; R]; C];
        for i in 0..R {
            for j in 0..C {
                out[j][i] = self.0[i][j];
            }
        }
        Mat(out)
    }
}

impl<const N: usize> Mat<N, N> {
    fn identity() -> Self {
        let mut m = [[0; N]; N];
        for i in 0..N {
            m[i][i] = 1;
        }
        Mat(m)
    }
    fn trace(&self) -> i64 { (0..N).map(|i| self.0[i][i]).sum() }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Mat<K, C>> for Mat<R, K> {
    type Output = Mat<R, C>;
    fn mul(self, o: Mat<K, C>) -> Mat<R, C> {
        let mut out = [[0; C]; R];
        for i in 0..R {
            for j in 0..C {
                for k in 0..K {
                    out[i][j] += self.0[i][k] * o.0[k][j];
                }
            }
        }
        Mat(out)
    }
}

fn pow<const N: usize>(m: Mat<N, N>, mut e: u32) -> Mat<N, N> {
    let mut base = m;
    let mut acc = Mat::<N, N>::identity();
    while e > 0 {
        if e & 1 == 1 { acc = acc * base; }
        e >>= 1;
        if e > 0 { base = base * base; }
    }
    acc
}

fn main() {
    let a = Mat(black_box([[1, 2, 3], [4, 5, 6]]));
    let b = a.transpose();
    println!("{:?}", b);
    let ab = a * b;
    let ba = b * a;
    println!("{:?} trace {}", ab, ab.trace());
    println!("{:?} trace {}", ba, ba.trace());
    let fib = Mat(black_box([[1, 1], [1, 0]]));
    for n in [1u32, 10, 50, 90] {
        println!("fib({}) = {}", n, pow(fib, n).0[0][1]);
    }
    let big = Mat::<8, 8>(core::array::from_fn(|i| core::array::from_fn(|j| ((i * 8 + j) % 5) as i64 - 2)));
    let p = pow(big, 3);
    println!("{:?}", p.0[0]);
    println!("{}", p.trace());
    println!("{}", Mat::<4, 4>::identity() == pow(Mat::<4, 4>::identity(), 7));
}
