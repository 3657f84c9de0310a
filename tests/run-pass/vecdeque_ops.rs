// VecDeque: push/pop at both ends, rotation, make_contiguous, indexing across the wrap point, drain, as a BFS queue.
use std::collections::VecDeque;
use std::hint::black_box;

fn main() {
    let mut d: VecDeque<i32> = VecDeque::with_capacity(4);
    for i in 0..black_box(5) {
        if i % 2 == 0 { d.push_back(i) } else { d.push_front(i) }
    }
    println!("{:?} front {:?} back {:?}", d, d.front(), d.back());
    println!("pop_front {:?} pop_back {:?}", d.pop_front(), d.pop_back());
    d.extend([10, 11, 12]);
    d.rotate_left(2);
    println!("{:?} [1]={} get(9)={:?}", d, d[1], d.get(9));
    d.rotate_right(3);
    println!("{:?}", d);
    let (a, b) = d.as_slices();
    println!("slices total {}", a.len() + b.len());
    d.make_contiguous().sort();
    println!("sorted {:?}", d);
    let drained: Vec<i32> = d.drain(1..3).collect();
    println!("drained {:?} rest {:?}", drained, d);
    d.retain(|&x| x != 11);
    println!("{:?} contains 12 {}", d, d.contains(&12));
    let mut window: VecDeque<u32> = VecDeque::new();
    let mut sums = Vec::new();
    for x in 1..=10u32 {
        window.push_back(x * x);
        if window.len() > 3 {
            window.pop_front();
        }
        sums.push(window.iter().sum::<u32>());
    }
    println!("window sums {:?}", sums);
    // BFS on a small grid graph
    let w = 6;
    let h = 4;
    let walls = black_box([(1, 0), (1, 1), (1, 2), (3, 1), (3, 2), (3, 3), (4, 1)]);
    let mut dist = vec![vec![-1i32; w]; h];
    let mut q = VecDeque::new();
    dist[0][0] = 0;
    q.push_back((0usize, 0usize));
    while let Some((x, y)) = q.pop_front() {
        for (dx, dy) in [(1i32, 0i32), (-1, 0), (0, 1), (0, -1)] {
            let nx = x as i32 + dx;
            let ny = y as i32 + dy;
            if nx < 0 || ny < 0 || nx >= w as i32 || ny >= h as i32 { continue; }
            let (nx, ny) = (nx as usize, ny as usize);
            if walls.contains(&(nx, ny)) || dist[ny][nx] >= 0 { continue; }
            dist[ny][nx] = dist[y][x] + 1;
            q.push_back((nx, ny));
        }
    }
    for row in &dist {
        println!("{}", row.iter().map(|d| format!("{:3}", d)).collect::<String>());
    }
    let v: Vec<i32> = VecDeque::from(vec![3, 2, 1]).into_iter().rev().collect();
    println!("{:?}", v);
}
