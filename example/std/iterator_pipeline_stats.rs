// Sensor-data analysis written as iterator pipelines: generating readings with a deterministic PRNG,
// windows/chunks for smoothing, grouping with fold, percentiles via sorting, zips for correlation,
// and peekable for run detection.
use std::collections::BTreeMap;

struct Rng(u64);
impl Rng {
    fn next_f64(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[derive(Debug, Clone, Copy)]
struct Reading {
    sensor: u8,
    minute: u32,
    temp: f64,
    humidity: f64,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let idx = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[idx]
}

fn main() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let readings: Vec<Reading> = (0..240u32)
        .map(|i| {
            let sensor = (i % 3) as u8;
            let minute = i / 3;
            let base = 20.0 + sensor as f64 * 1.5 + (minute as f64 / 10.0).sin() * 3.0;
            let temp = base + (rng.next_f64() - 0.5);
            let humidity = 60.0 - (temp - 20.0) * 2.0 + (rng.next_f64() - 0.5) * 4.0;
            Reading { sensor, minute, temp, humidity }
        })
        .collect();
    println!("{} readings from {} sensors", readings.len(), readings.iter().map(|r| r.sensor).max().unwrap() + 1);
    let by_sensor: BTreeMap<u8, Vec<Reading>> = readings.iter().fold(BTreeMap::new(), |mut m, r| {
        m.entry(r.sensor).or_insert_with(Vec::new).push(*r);
        m
    });
    for (s, rs) in &by_sensor {
        let mut temps: Vec<f64> = rs.iter().map(|r| r.temp).collect();
        let mean = temps.iter().sum::<f64>() / temps.len() as f64;
        temps.sort_by(f64::total_cmp);
        println!(
            "sensor {}: n={} mean={:.3} min={:.3} p50={:.3} p90={:.3} max={:.3}",
            s, rs.len(), mean, temps[0], percentile(&temps, 0.5), percentile(&temps, 0.9), temps[temps.len() - 1]
        );
    }
    let s0: Vec<f64> = by_sensor[&0].iter().map(|r| r.temp).collect();
    let smooth: Vec<f64> = s0.windows(5).map(|w| w.iter().sum::<f64>() / 5.0).collect();
    println!("smoothed (every 10th): {:?}", smooth.iter().step_by(10).map(|v| format!("{:.2}", v)).collect::<Vec<_>>());
    let hourly: Vec<(usize, f64)> = s0.chunks(20).enumerate().map(|(i, c)| (i, c.iter().cloned().fold(f64::MIN, f64::max))).collect();
    println!("per-block max: {:?}", hourly.iter().map(|(i, m)| format!("{}:{:.2}", i, m)).collect::<Vec<_>>());
    let (tx, hy): (Vec<f64>, Vec<f64>) = readings.iter().map(|r| (r.temp, r.humidity)).unzip();
    let n = tx.len() as f64;
    let (mx, my) = (tx.iter().sum::<f64>() / n, hy.iter().sum::<f64>() / n);
    let cov: f64 = tx.iter().zip(&hy).map(|(x, y)| (x - mx) * (y - my)).sum::<f64>() / n;
    let sx = (tx.iter().map(|x| (x - mx).powi(2)).sum::<f64>() / n).sqrt();
    let sy = (hy.iter().map(|y| (y - my).powi(2)).sum::<f64>() / n).sqrt();
    println!("temp/humidity correlation {:.4}", cov / (sx * sy));
    let mut it = s0.windows(2).map(|w| w[1] > w[0]).peekable();
    let mut runs = Vec::new();
    while let Some(up) = it.next() {
        let mut len = 1;
        while it.next_if_eq(&up).is_some() {
            len += 1;
        }
        runs.push((if up { '+' } else { '-' }, len));
    }
    let longest = runs.iter().max_by_key(|r| r.1).unwrap();
    println!("{} runs, longest {:?}", runs.len(), longest);
    let hot_minutes: Vec<u32> = readings.iter().filter(|r| r.temp > 24.0).map(|r| r.minute).collect::<std::collections::BTreeSet<_>>().into_iter().take(10).collect();
    println!("first minutes with a reading over 24.0: {:?}", hot_minutes);
    let scan: Vec<f64> = s0.iter().scan(0.0, |ema, &t| { *ema = if *ema == 0.0 { t } else { 0.8 * *ema + 0.2 * t }; Some(*ema) }).collect();
    println!("ema last {:.4}", scan.last().unwrap());
    let total_int: i64 = readings.iter().map(|r| (r.temp * 1000.0) as i64).sum();
    println!("sum of milli-degrees {}", total_int);
}
