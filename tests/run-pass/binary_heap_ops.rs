// BinaryHeap: max-heap order, Reverse for min-heap, peek/pop/into_sorted_vec, Dijkstra on a small graph.
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::hint::black_box;

fn main() {
    let mut h = BinaryHeap::new();
    for x in black_box([5, 1, 8, 3, 9, 2, 8]) {
        h.push(x);
    }
    println!("peek {:?} len {}", h.peek(), h.len());
    let mut out = Vec::new();
    while let Some(x) = h.pop() {
        out.push(x);
    }
    println!("{:?}", out);
    let mut minh: BinaryHeap<Reverse<(u32, &str)>> = BinaryHeap::new();
    for (p, name) in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")] {
        minh.push(Reverse((p, name)));
    }
    while let Some(Reverse((p, n))) = minh.pop() {
        print!("{}:{} ", p, n);
    }
    println!();
    let heap: BinaryHeap<i32> = (0..10).map(|i| (i * 37) % 11).collect();
    println!("{:?}", heap.into_sorted_vec());
    // Dijkstra
    let edges: [(usize, usize, u32); 9] = black_box([(0, 1, 4), (0, 2, 1), (2, 1, 2), (1, 3, 1), (2, 3, 5), (3, 4, 3), (4, 5, 1), (2, 5, 12), (1, 5, 9)]);
    let n = 6;
    let mut adj = vec![Vec::new(); n];
    for &(a, b, w) in &edges {
        adj[a].push((b, w));
        adj[b].push((a, w));
    }
    let mut dist = vec![u32::MAX; n];
    let mut prev = vec![usize::MAX; n];
    let mut pq = BinaryHeap::new();
    dist[0] = 0;
    pq.push(Reverse((0u32, 0usize)));
    while let Some(Reverse((d, u))) = pq.pop() {
        if d > dist[u] { continue; }
        for &(v, w) in &adj[u] {
            if d + w < dist[v] {
                dist[v] = d + w;
                prev[v] = u;
                pq.push(Reverse((dist[v], v)));
            }
        }
    }
    println!("dist {:?}", dist);
    let mut path = vec![5];
    while *path.last().unwrap() != 0 {
        path.push(prev[*path.last().unwrap()]);
    }
    path.reverse();
    println!("path {:?}", path);
    let mut top3: BinaryHeap<Reverse<u64>> = BinaryHeap::new();
    for x in (1..100u64).map(|i| (i * 7919) % 1009) {
        top3.push(Reverse(x));
        if top3.len() > 3 { top3.pop(); }
    }
    let mut t: Vec<u64> = top3.into_iter().map(|Reverse(x)| x).collect();
    t.sort();
    println!("top3 {:?}", t);
}
