// BTreeSet: ordered set algebra, ranges, first/last, split_off, is_subset, iteration over strings and tuples.
use std::collections::BTreeSet;
use std::hint::black_box;

fn main() {
    let a: BTreeSet<u32> = (0..30).filter(|x| x % 3 == 0).collect();
    let b: BTreeSet<u32> = (0..30).filter(|x| x % 5 == 0).collect();
    println!("a {:?}", a);
    println!("b {:?}", b);
    println!("a|b {:?}", a.union(&b).collect::<Vec<_>>());
    println!("a&b {:?}", a.intersection(&b).collect::<Vec<_>>());
    println!("a-b {:?}", a.difference(&b).collect::<Vec<_>>());
    println!("a^b {:?}", a.symmetric_difference(&b).collect::<Vec<_>>());
    println!("range {:?}", a.range(7..20).collect::<Vec<_>>());
    println!("first {:?} last {:?}", a.first(), a.last());
    let mut c = a.clone();
    let upper = c.split_off(&15);
    println!("{:?} {:?}", c, upper);
    println!("{} {}", c.is_subset(&a), upper.is_superset(&BTreeSet::from([18, 27])));
    let words: BTreeSet<&str> = black_box("pear apple fig apple banana fig cherry").split(' ').collect();
    println!("{:?}", words);
    let mut pts: BTreeSet<(i32, i32)> = BTreeSet::new();
    for i in -2..=2 {
        pts.insert((i * i, i));
    }
    println!("{:?}", pts);
    while let Some(p) = pts.pop_last() {
        print!("{:?} ", p);
        if pts.len() == 2 { break; }
    }
    println!();
    let mut dedup_sorted: Vec<i64> = BTreeSet::from_iter(black_box(vec![5i64, -3, 5, 9, -3, 0])).into_iter().collect();
    dedup_sorted.reverse();
    println!("{:?}", dedup_sorted);
    println!("{}", a.contains(&9) && !a.contains(&10));
}
