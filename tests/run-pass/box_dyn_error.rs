// Box<dyn Error>: custom error types, From conversions via ?, source() chains, downcasting errors.
use std::error::Error;
use std::fmt;
use std::hint::black_box;
use std::num::ParseIntError;

#[derive(Debug)]
enum ConfigError { Missing(String), BadValue { key: String, source: ParseIntError }, OutOfRange(i64) }

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Missing(k) => write!(f, "missing key {}", k),
            ConfigError::BadValue { key, .. } => write!(f, "bad value for {}", key),
            ConfigError::OutOfRange(v) => write!(f, "{} out of range", v),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::BadValue { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn lookup<'a>(cfg: &'a [(&str, &str)], key: &str) -> Result<&'a str, ConfigError> {
    cfg.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).ok_or_else(|| ConfigError::Missing(key.to_string()))
}

fn get_num(cfg: &[(&str, &str)], key: &str) -> Result<i64, ConfigError> {
    let raw = lookup(cfg, key)?;
    let v: i64 = raw.parse().map_err(|e| ConfigError::BadValue { key: key.to_string(), source: e })?;
    if !(0..=1000).contains(&v) {
        return Err(ConfigError::OutOfRange(v));
    }
    Ok(v)
}

fn total(cfg: &[(&str, &str)], keys: &[&str]) -> Result<i64, Box<dyn Error>> {
    let mut t = 0;
    for k in keys {
        t += get_num(cfg, k)?;
    }
    if t == 0 {
        return Err("total is zero".into());
    }
    let extra: u8 = "12".parse()?;
    Ok(t + extra as i64)
}

fn report(r: Result<i64, Box<dyn Error>>) {
    match r {
        Ok(v) => println!("ok {}", v),
        Err(e) => {
            print!("error: {}", e);
            let mut src = e.source();
            while let Some(s) = src {
                print!(" <- caused by: {}", s);
                src = s.source();
            }
            println!();
            if let Some(ce) = e.downcast_ref::<ConfigError>() {
                println!("  (config error variant: {:?})", std::mem::discriminant(ce) == std::mem::discriminant(&ConfigError::OutOfRange(0)));
            } else {
                println!("  (other error: {:?})", e.to_string());
            }
        }
    }
}

fn main() {
    let cfg = black_box([("a", "10"), ("b", "x7"), ("c", "5000"), ("d", "0"), ("e", "32")]);
    report(total(&cfg, &["a", "e"]));
    report(total(&cfg, &["a", "b"]));
    report(total(&cfg, &["c"]));
    report(total(&cfg, &["zz"]));
    report(total(&cfg, &["d"]));
    let e: Box<dyn Error + Send + Sync> = From::from(String::from("owned message"));
    println!("{} / {:?}", e, e.to_string());
}
