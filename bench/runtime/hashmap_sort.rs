//! Runtime benchmark: integer hashing and sorting. Counts 2 million pseudo-random keys in a
//! `HashMap`, sorts the distinct keys and a vector of records by two fields, and prints a
//! checksum of the results (the same for every correct compiler).

use std::collections::HashMap;

const KEYS: usize = 2_000_000;
/// Keys are drawn from this many values, so that most of them repeat.
const KEY_RANGE: u64 = 400_000;
const RECORDS: usize = 600_000;

/// xorshift64*: deterministic, and cheap next to the work it feeds.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

#[derive(Clone, Copy)]
struct Record {
    group: u32,
    score: i64,
    id: u64,
}

/// Folds `value` into `checksum` so that the order of the values matters.
fn mix(checksum: u64, value: u64) -> u64 {
    (checksum ^ value).wrapping_mul(0x0000_0100_0000_01b3).rotate_left(5)
}

fn main() {
    let mut random = Random(0x9e37_79b9_7f4a_7c15);
    let mut counts: HashMap<u64, u32> = HashMap::new();
    for _ in 0..KEYS {
        *counts.entry(random.next() % KEY_RANGE).or_insert(0) += 1;
    }
    // The map's iteration order is random (its hasher is seeded): sort before folding.
    let mut by_count: Vec<(u32, u64)> = counts.iter().map(|(&key, &count)| (count, key)).collect();
    by_count.sort_unstable_by(|a, b| b.cmp(a));
    let mut checksum = by_count.len() as u64;
    for &(count, key) in &by_count {
        checksum = mix(checksum, key * 64 + u64::from(count));
    }

    let mut records: Vec<Record> = (0..RECORDS)
        .map(|_| {
            let bits = random.next();
            Record {
                group: (bits % 97) as u32,
                score: (bits >> 20) as i64 % 10_000 - 5_000,
                id: bits,
            }
        })
        .collect();
    records.sort_by(|a, b| a.group.cmp(&b.group).then(b.score.cmp(&a.score)).then(a.id.cmp(&b.id)));
    for record in records.iter().step_by(7) {
        checksum = mix(checksum, record.id ^ record.score as u64 ^ u64::from(record.group));
    }
    // Removing about half of the keys exercises deletion and probing past tombstones.
    counts.retain(|key, _| key % 2 == 0);
    let survivors: u64 = (0..KEY_RANGE).filter(|key| counts.contains_key(key)).sum();
    checksum = mix(checksum, survivors);
    println!("hashmap_sort checksum {checksum:016x}");
}
