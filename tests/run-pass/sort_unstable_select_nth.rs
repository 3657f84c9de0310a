// sort_unstable, sort_unstable_by, select_nth_unstable, reverse sorting of large pseudo-random data (own LCG).
use std::hint::black_box;

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn main() {
    let mut rng = Lcg(black_box(2024));
    let mut v: Vec<i64> = (0..5000).map(|_| rng.next() as i64 % 10000 - 5000).collect();
    let sum_before: i64 = v.iter().sum();
    let mut copy = v.clone();
    v.sort_unstable();
    println!("sorted {} sum preserved {}", v.windows(2).all(|w| w[0] <= w[1]), v.iter().sum::<i64>() == sum_before);
    println!("min {} max {} median {}", v[0], v[v.len() - 1], v[v.len() / 2]);
    let (_, nth, _) = copy.select_nth_unstable(2500);
    println!("select_nth 2500 = {} matches {}", nth, *nth == v[2500]);
    let (lo, m, hi) = copy.select_nth_unstable_by(10, |a, b| b.cmp(a));
    println!("10th largest {} lo all >= {} hi all <= {}", m, lo.iter().all(|x| x >= m), hi.iter().all(|x| x <= m));
    let mut desc = v.clone();
    desc.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", &desc[..5]);
    let mut strs: Vec<String> = (0..50).map(|_| format!("{:x}", rng.next() % 4096)).collect();
    strs.sort_unstable();
    println!("{:?}", &strs[..8]);
    strs.sort_unstable_by_key(|s| (s.len(), s.clone()));
    println!("{:?}", &strs[..8]);
    let mut small = black_box([5u8, 3, 5, 1, 0, 255, 3]);
    small.sort_unstable();
    println!("{:?}", small);
    let mut tuples: Vec<(u8, i16)> = (0..30).map(|_| ((rng.next() % 3) as u8, (rng.next() % 100) as i16 - 50)).collect();
    tuples.sort_unstable();
    println!("{:?}", &tuples[..10]);
    let mut fl: Vec<f32> = (0..20).map(|_| (rng.next() % 1000) as f32 / 7.0).collect();
    fl.sort_unstable_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", &fl[..5]);
    copy.reverse();
    println!("{}", copy.len());
}
