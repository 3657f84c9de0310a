// Arbitrary-precision unsigned integers in Vec<u32> limbs: multiply by small, add, compare; 100!, 2^500, fib(500).
use std::hint::black_box;

#[derive(Clone, PartialEq, Debug)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big { let mut b = Big(vec![v as u32, (v >> 32) as u32]); b.trim(); b }
    fn trim(&mut self) { while self.0.len() > 1 && *self.0.last().unwrap() == 0 { self.0.pop(); } }
    fn mul_small(&self, m: u32) -> Big {
        let mut carry = 0u64;
        let mut out = Vec::with_capacity(self.0.len() + 1);
        for &l in &self.0 {
            let p = l as u64 * m as u64 + carry;
            out.push(p as u32);
            carry = p >> 32;
        }
        if carry > 0 { out.push(carry as u32); }
        let mut b = Big(out);
        b.trim();
        b
    }
    fn add(&self, o: &Big) -> Big {
        let n = self.0.len().max(o.0.len());
        let mut out = Vec::with_capacity(n + 1);
        let mut carry = 0u64;
        for i in 0..n {
            let s = *self.0.get(i).unwrap_or(&0) as u64 + *o.0.get(i).unwrap_or(&0) as u64 + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        if carry > 0 { out.push(carry as u32); }
        Big(out)
    }
    fn divmod_small(&self, d: u32) -> (Big, u32) {
        let mut rem = 0u64;
        let mut out = vec![0u32; self.0.len()];
        for i in (0..self.0.len()).rev() {
            let cur = (rem << 32) | self.0[i] as u64;
            out[i] = (cur / d as u64) as u32;
            rem = cur % d as u64;
        }
        let mut b = Big(out);
        b.trim();
        (b, rem as u32)
    }
    fn is_zero(&self) -> bool { self.0.iter().all(|&l| l == 0) }
    fn to_decimal(&self) -> String {
        if self.is_zero() { return "0".into(); }
        let mut parts = Vec::new();
        let mut cur = self.clone();
        while !cur.is_zero() {
            let (q, r) = cur.divmod_small(1_000_000_000);
            parts.push(r);
            cur = q;
        }
        let mut s = parts.last().unwrap().to_string();
        for p in parts.iter().rev().skip(1) { s.push_str(&format!("{:09}", p)); }
        s
    }
}

fn main() {
    let mut f = Big::from_u64(1);
    for i in 1..=black_box(100u32) { f = f.mul_small(i); }
    let s = f.to_decimal();
    println!("100! has {} digits: {}...{}", s.len(), &s[..20], &s[s.len() - 30..]);
    println!("digit sum {}", s.bytes().map(|b| (b - b'0') as u32).sum::<u32>());
    let mut p = Big::from_u64(1);
    for _ in 0..500 { p = p.mul_small(2); }
    println!("2^500 = {}", p.to_decimal());
    let (mut a, mut b) = (Big::from_u64(0), Big::from_u64(1));
    for _ in 0..500 { let c = a.add(&b); a = b; b = c; }
    println!("fib(500) = {}", a.to_decimal());
    let x = Big::from_u64(black_box(u64::MAX));
    println!("{} {}", x.to_decimal(), x.add(&Big::from_u64(1)).to_decimal());
    let small: u128 = (1..=30u128).product();
    let mut big30 = Big::from_u64(1);
    for i in 1..=30 { big30 = big30.mul_small(i); }
    println!("30! agrees with u128: {}", big30.to_decimal() == small.to_string());
}
