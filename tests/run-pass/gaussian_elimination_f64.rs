// Gaussian elimination with partial pivoting on f64 matrices; solutions and residuals printed with limited precision.
use std::hint::black_box;

fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Option<Vec<f64>> {
    let n = b.len();
    for col in 0..n {
        let piv = (col..n).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[piv][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, piv);
        b.swap(col, piv);
        for r in col + 1..n {
            let f = a[r][col] / a[col][col];
            for c in col..n {
                a[r][c] -= f * a[col][c];
            }
            b[r] -= f * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for r in (0..n).rev() {
        let s: f64 = (r + 1..n).map(|c| a[r][c] * x[c]).sum();
        x[r] = (b[r] - s) / a[r][r];
    }
    Some(x)
}

fn main() {
    let a = black_box(vec![vec![2.0, 1.0, -1.0], vec![-3.0, -1.0, 2.0], vec![-2.0, 1.0, 2.0]]);
    let b = black_box(vec![8.0, -11.0, -3.0]);
    let x = solve(a.clone(), b.clone()).unwrap();
    println!("x = {:?}", x.iter().map(|v| format!("{:.9}", v)).collect::<Vec<_>>());
    let n = 6;
    let hilbert: Vec<Vec<f64>> = (0..n).map(|i| (0..n).map(|j| 1.0 / (i + j + 1) as f64).collect()).collect();
    let ones = vec![1.0; n];
    let rhs: Vec<f64> = hilbert.iter().map(|row| row.iter().zip(&ones).map(|(a, b)| a * b).sum()).collect();
    let hx = solve(hilbert.clone(), rhs.clone()).unwrap();
    println!("hilbert solution {:?}", hx.iter().map(|v| format!("{:.4}", v)).collect::<Vec<_>>());
    let resid: f64 = hilbert.iter().zip(&rhs).map(|(row, r)| (row.iter().zip(&hx).map(|(a, x)| a * x).sum::<f64>() - r).abs()).fold(0.0, f64::max);
    println!("max residual < 1e-9: {}", resid < 1e-9);
    let singular = vec![vec![1.0, 2.0], vec![2.0, 4.0]];
    println!("singular: {:?}", solve(singular, vec![1.0, 2.0]));
    let size = 20;
    let m: Vec<Vec<f64>> = (0..size).map(|i| (0..size).map(|j| if i == j { 10.0 + i as f64 } else { ((i * 7 + j * 3) % 5) as f64 - 2.0 }).collect()).collect();
    let want: Vec<f64> = (0..size).map(|i| i as f64 - 9.5).collect();
    let rhs: Vec<f64> = m.iter().map(|row| row.iter().zip(&want).map(|(a, b)| a * b).sum()).collect();
    let got = solve(m, rhs).unwrap();
    let err = got.iter().zip(&want).map(|(a, b)| (a - b).abs()).fold(0.0, f64::max);
    println!("20x20 max error < 1e-10: {} first {:.6} last {:.6}", err < 1e-10, got[0], got[size - 1]);
}
