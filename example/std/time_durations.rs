// Time without absolute timestamps: Duration construction, arithmetic (checked/saturating), conversions and
// Debug formatting, Instant monotonicity and elapsed-vs-sleep comparisons (printed only as booleans),
// SystemTime relative to UNIX_EPOCH (only sanity-checked), and a rate limiter simulated on virtual time.
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

struct TokenBucket {
    capacity: u32,
    tokens: f64,
    per_sec: f64,
    last: Duration,
}

impl TokenBucket {
    fn allow(&mut self, now: Duration) -> bool {
        let dt = now.saturating_sub(self.last).as_secs_f64();
        self.last = now;
        self.tokens = (self.tokens + dt * self.per_sec).min(self.capacity as f64);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

fn main() {
    let a = Duration::from_millis(1500);
    let b = Duration::new(2, 250_000_000);
    let c = Duration::from_micros(999_999);
    let d = Duration::from_secs_f64(0.125);
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
    println!("a+b={:?} b-a={:?} a*3={:?} b/4={:?}", a + b, b - a, a * 3, b / 4);
    println!("a.checked_sub(b)={:?} saturating={:?}", a.checked_sub(b), a.saturating_sub(b));
    println!("secs={} millis={} micros={} nanos={} subsec_ms={}", b.as_secs(), b.as_millis(), b.as_micros(), b.as_nanos(), b.subsec_millis());
    println!("as_secs_f64={} as_secs_f32={}", b.as_secs_f64(), c.as_secs_f32());
    println!("mul_f64={:?} div_f64={:?} div_duration={}", a.mul_f64(1.5), a.div_f64(4.0), b.div_duration_f64(a));
    println!("MAX checked_add {:?} ZERO is_zero {}", Duration::MAX.checked_add(Duration::from_nanos(1)), Duration::ZERO.is_zero());
    let mut total = Duration::ZERO;
    for ms in [5u64, 17, 250, 1000, 3] {
        total += Duration::from_millis(ms);
    }
    println!("total {:?} ({} ms)", total, total.as_millis());
    let laps: Vec<Duration> = (1..=4).map(|i| Duration::from_millis(i * 333)).collect();
    let sum: Duration = laps.iter().sum();
    println!("laps {:?} sum {:?} max {:?}", laps, sum, laps.iter().max().unwrap());
    println!("{:.3?} {:>12?} {:?}", Duration::from_nanos(1_234_567), Duration::from_millis(42), Duration::from_nanos(7));

    let start = Instant::now();
    let t1 = Instant::now();
    thread::sleep(Duration::from_millis(20));
    let t2 = Instant::now();
    println!("monotonic: {}", t2 >= t1 && t1 >= start);
    println!("slept at least 20ms: {}", t2.duration_since(t1) >= Duration::from_millis(20));
    println!("elapsed >= inner: {}", start.elapsed() >= t2 - t1);
    println!("checked_duration_since reversed is none: {}", t1.checked_duration_since(t2).is_none() || t1 == t2);
    println!("instant arithmetic: {}", (t1 + Duration::from_secs(1)) - t1 == Duration::from_secs(1));
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap();
    println!("system time after 2020: {}", since_epoch > Duration::from_secs(1_577_836_800));

    let mut bucket = TokenBucket { capacity: 3, tokens: 3.0, per_sec: 2.0, last: Duration::ZERO };
    let mut line = String::new();
    for step in 0..20u64 {
        let now = Duration::from_millis(step * 150);
        line.push(if bucket.allow(now) { '+' } else { '.' });
    }
    println!("rate limiter decisions: {}", line);
}
