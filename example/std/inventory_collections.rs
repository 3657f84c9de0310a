// Warehouse inventory simulation exercising std collections: BTreeMap for the catalogue, HashMap for stock
// levels (printed sorted), VecDeque as an order queue, BinaryHeap for restock priorities, BTreeSet for
// categories, and Vec sorting/dedup for the final report.
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap, HashMap, VecDeque};

#[derive(Debug, Clone)]
struct Item {
    name: &'static str,
    category: &'static str,
    price_cents: u64,
    reorder_level: u32,
}

#[derive(Debug)]
struct Order {
    id: u32,
    lines: Vec<(u32, u32)>, // (sku, qty)
}

fn catalogue() -> BTreeMap<u32, Item> {
    let raw = [
        (101, "bolt", "hardware", 25, 50),
        (102, "nut", "hardware", 10, 80),
        (103, "washer", "hardware", 5, 100),
        (201, "cable", "electrical", 450, 10),
        (202, "switch", "electrical", 1299, 5),
        (301, "glue", "chemicals", 799, 8),
        (302, "solvent", "chemicals", 1550, 4),
    ];
    raw.iter()
        .map(|&(sku, name, category, price_cents, reorder_level)| (sku, Item { name, category, price_cents, reorder_level }))
        .collect()
}

fn money(cents: u64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let cat = catalogue();
    let mut stock: HashMap<u32, u32> = cat.keys().map(|&sku| (sku, 0)).collect();
    for (sku, qty) in [(101, 120), (102, 200), (103, 90), (201, 12), (202, 6), (301, 20), (302, 3)] {
        *stock.get_mut(&sku).unwrap() += qty;
    }
    let mut queue: VecDeque<Order> = VecDeque::new();
    let mut next_id = 1;
    let mut seed = 17u32;
    for _ in 0..12 {
        let mut lines = Vec::new();
        for _ in 0..3 {
            seed = seed.wrapping_mul(1103515245).wrapping_add(12345);
            let skus: Vec<u32> = cat.keys().copied().collect();
            let sku = skus[(seed >> 16) as usize % skus.len()];
            let qty = (seed >> 8) % 15 + 1;
            lines.push((sku, qty));
        }
        lines.sort();
        lines.dedup_by_key(|l| l.0);
        queue.push_back(Order { id: next_id, lines });
        next_id += 1;
    }
    let mut revenue = 0u64;
    let mut backorders: VecDeque<Order> = VecDeque::new();
    let mut sold: BTreeMap<&str, u32> = BTreeMap::new();
    while let Some(order) = queue.pop_front() {
        let ok = order.lines.iter().all(|(sku, qty)| stock[sku] >= *qty);
        if ok {
            let mut total = 0;
            for (sku, qty) in &order.lines {
                *stock.get_mut(sku).unwrap() -= qty;
                let item = &cat[sku];
                total += item.price_cents * *qty as u64;
                *sold.entry(item.name).or_default() += qty;
            }
            revenue += total;
            println!("order {:2}: shipped {} lines, {:>9}", order.id, order.lines.len(), money(total));
        } else {
            println!("order {:2}: backordered {:?}", order.id, order.lines);
            backorders.push_back(order);
        }
    }
    println!("revenue {}", money(revenue));
    println!("backorders: {:?}", backorders.iter().map(|o| o.id).collect::<Vec<_>>());
    let mut restock: BinaryHeap<(Reverse<u32>, u32)> = BinaryHeap::new();
    for (sku, item) in &cat {
        let have = stock[sku];
        if have < item.reorder_level {
            restock.push((Reverse(have * 100 / item.reorder_level.max(1)), *sku));
        }
    }
    println!("restock priority (lowest fill ratio first):");
    while let Some((Reverse(pct), sku)) = restock.pop() {
        println!("  {:>4} {:<8} at {:>3}% of reorder level", sku, cat[&sku].name, pct);
    }
    let categories: BTreeSet<&str> = cat.values().map(|i| i.category).collect();
    for c in &categories {
        let value: u64 = cat.iter().filter(|(_, i)| i.category == *c).map(|(sku, i)| i.price_cents * stock[sku] as u64).sum();
        println!("category {:<11} stock value {:>10}", c, money(value));
    }
    let mut levels: Vec<(u32, u32)> = stock.into_iter().collect();
    levels.sort();
    println!("final stock {:?}", levels);
    let mut best: Vec<(&str, u32)> = sold.into_iter().collect();
    best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("best sellers {:?}", &best[..best.len().min(3)]);
}
