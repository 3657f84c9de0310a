// Fixed-point money arithmetic on i128 (1e-12 units): compound interest, amortization schedule, rounding
// half-to-even, formatting with thousands separators, hex/binary dumps of i128/u128, and overflow checks.
use std::fmt;

const SCALE: i128 = 1_000_000_000_000; // 12 decimal places

#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
struct Fixed(i128);

impl Fixed {
    fn from_int(v: i64) -> Fixed { Fixed(v as i128 * SCALE) }
    fn from_ratio(n: i64, d: i64) -> Fixed { Fixed(n as i128 * SCALE / d as i128) }
    fn mul(self, o: Fixed) -> Fixed { Fixed(self.0 * o.0 / SCALE) }
    fn div(self, o: Fixed) -> Fixed { Fixed(self.0 * SCALE / o.0) }
    fn add(self, o: Fixed) -> Fixed { Fixed(self.0 + o.0) }
    fn sub(self, o: Fixed) -> Fixed { Fixed(self.0 - o.0) }
    fn pow(self, mut e: u32) -> Fixed {
        let mut base = self;
        let mut acc = Fixed::from_int(1);
        while e > 0 {
            if e & 1 == 1 { acc = acc.mul(base); }
            base = base.mul(base);
            e >>= 1;
        }
        acc
    }
    /// round to `places` decimals, ties to even
    fn round(self, places: u32) -> Fixed {
        let unit = SCALE / 10i128.pow(places);
        let q = self.0.div_euclid(unit);
        let r = self.0.rem_euclid(unit);
        let half = unit / 2;
        let q = if r > half || (r == half && q % 2 != 0) { q + 1 } else { q };
        Fixed(q * unit)
    }
}

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let places = f.precision().unwrap_or(2) as u32;
        let r = self.round(places);
        let neg = r.0 < 0;
        let abs = r.0.unsigned_abs();
        let int = abs / SCALE as u128;
        let frac = (abs % SCALE as u128) / 10u128.pow(12 - places);
        let digits = int.to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 { grouped.push(','); }
            grouped.push(ch);
        }
        let s = if places > 0 {
            format!("{}{}.{:0width$}", if neg { "-" } else { "" }, grouped, frac, width = places as usize)
        } else {
            format!("{}{}", if neg { "-" } else { "" }, grouped)
        };
        // precision selects decimal places above, so pad by hand instead of f.pad (which would truncate)
        match (f.width(), f.align()) {
            (Some(w), Some(fmt::Alignment::Left)) => write!(f, "{:<w$}", s),
            (Some(w), Some(fmt::Alignment::Center)) => write!(f, "{:^w$}", s),
            (Some(w), _) => write!(f, "{:>w$}", s),
            (None, _) => f.write_str(&s),
        }
    }
}

fn main() {
    let principal = Fixed::from_int(250_000);
    let annual = Fixed::from_ratio(45, 1000); // 4.5%
    for years in [1u32, 5, 10, 30] {
        let grown = principal.mul(annual.add(Fixed::from_int(1)).pow(years));
        println!("after {:>2} years: {:>20}", years, grown);
    }
    let monthly_rate = annual.div(Fixed::from_int(12));
    let n = 360;
    let factor = monthly_rate.add(Fixed::from_int(1)).pow(n);
    let payment = principal.mul(monthly_rate).mul(factor).div(factor.sub(Fixed::from_int(1)));
    println!("monthly payment {:.4} (rounded {})", payment, payment);
    let mut balance = principal;
    let mut total_interest = Fixed(0);
    for month in 1..=n {
        let interest = balance.mul(monthly_rate);
        total_interest = total_interest.add(interest);
        balance = balance.add(interest).sub(payment);
        if month <= 3 || month % 60 == 0 {
            println!("month {:>3}: interest {:>10} balance {:>14}", month, interest, balance);
        }
    }
    println!("total interest {:>16} final balance {:.6}", total_interest, balance);
    for v in [Fixed::from_ratio(125, 100), Fixed::from_ratio(135, 100), Fixed::from_ratio(-125, 100), Fixed::from_ratio(-135, 100)] {
        println!("{:?} -> 1dp {:.1} 0dp {:.0}", v.0, v, v);
    }
    let big = Fixed(i128::MAX / 7);
    println!("big {:.3}", big);
    println!("hex {:#x} bin-ones {} i128::MIN {:#x}", big.0, big.0.count_ones(), i128::MIN);
    println!("u128 {:o}", u128::MAX >> 3);
    println!("checked mul overflow: {:?}", principal.0.checked_mul(i128::MAX / 1000));
    println!("{:>30}|{:<30}|", Fixed::from_int(-1_234_567), Fixed::from_ratio(1, 3));
}
