// Control flow: labeled break/continue, loop with break value, labeled block break, while with complex conditions.
use std::hint::black_box;

fn main() {
    let grid = black_box([[1, 2, 3, 4], [5, 6, -7, 8], [9, 10, 11, 12]]);
    let mut found = None;
    'outer: for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v < 0 {
                found = Some((r, c, v));
                break 'outer;
            }
        }
    }
    println!("first negative {:?}", found);
    let mut skipped = Vec::new();
    'rows: for row in &grid {
        for &v in row {
            if v % 5 == 0 {
                skipped.push(v);
                continue 'rows;
            }
        }
        skipped.push(0);
    }
    println!("{:?}", skipped);
    let mut n = black_box(27u64);
    let steps = loop {
        if n == 1 { break 0; }
        let mut count = 0;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            count += 1;
        }
        break count;
    };
    println!("collatz 27 steps {}", steps);
    let classify = |x: i32| -> &'static str {
        'blk: {
            if x < 0 { break 'blk "negative"; }
            if x == 0 { break 'blk "zero"; }
            if x % 2 == 0 { break 'blk "even"; }
            "odd"
        }
    };
    println!("{:?}", black_box([-3, 0, 4, 7]).map(classify));
    let mut a = 0u32;
    let mut b = 100u32;
    while a < b && (b - a) % 7 != 0 {
        a += 3;
        b -= 1;
    }
    println!("a {} b {}", a, b);
    let mut count = 0;
    let r = 'search: loop {
        for i in 0.. {
            count += 1;
            if i * i > black_box(200) { break 'search i; }
        }
    };
    println!("{} after {} iterations", r, count);
    let mut total = 0;
    for i in (0..50).rev() {
        if i % 3 == 0 { continue; }
        if total > 300 { break; }
        total += i;
    }
    println!("total {}", total);
}
