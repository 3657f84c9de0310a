// Mutex in a static, OnceLock/LazyLock for lazily-initialized globals, and a static registry used from threads.
use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::{LazyLock, Mutex, OnceLock, RwLock};
use std::thread;

static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());
static CONFIG: OnceLock<BTreeMap<&'static str, u32>> = OnceLock::new();
static SQUARES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    LOG.lock().unwrap().push("init squares".into());
    (0..20).map(|x| x * x).collect()
});
static REGISTRY: RwLock<BTreeMap<u32, String>> = RwLock::new(BTreeMap::new());

fn config() -> &'static BTreeMap<&'static str, u32> {
    CONFIG.get_or_init(|| {
        LOG.lock().unwrap().push("init config".into());
        BTreeMap::from([("threads", 4), ("depth", 3)])
    })
}

fn main() {
    LOG.lock().unwrap().push("start".into());
    println!("threads {}", config()["threads"]);
    println!("depth {}", config()["depth"]);
    println!("sq[7] {} sq[19] {}", SQUARES[black_box(7)], SQUARES[19]);
    println!("sum {}", SQUARES.iter().sum::<u64>());
    let n = config()["threads"];
    let hs: Vec<_> = (0..n).map(|i| thread::spawn(move || {
        REGISTRY.write().unwrap().insert(i, format!("worker-{}", i));
        let s = SQUARES[i as usize + 1];
        LOG.lock().unwrap().push(format!("worker {} saw {}", i, s));
    })).collect();
    for h in hs { h.join().unwrap(); }
    println!("registry {:?}", *REGISTRY.read().unwrap());
    let mut log = LOG.lock().unwrap().clone();
    let head: Vec<String> = log.drain(..3).collect();
    log.sort();
    println!("head {:?}", head);
    println!("rest sorted {:?}", log);
    println!("set again fails: {:?}", CONFIG.set(BTreeMap::new()).is_err());
    let once: OnceLock<String> = OnceLock::new();
    println!("{:?} {:?} {:?}", once.get(), once.get_or_init(|| "x".repeat(3)), once.get());
}
