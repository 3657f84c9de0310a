// LinkedList from std plus a hand-written Box-based singly linked list (push, reverse, iterate, drop).
use std::collections::LinkedList;
use std::hint::black_box;

#[derive(Debug)]
enum List { Cons(i32, Box<List>), Nil }
use List::{Cons, Nil};

impl List {
    fn from_slice(xs: &[i32]) -> List {
        xs.iter().rev().fold(Nil, |acc, &x| Cons(x, Box::new(acc)))
    }
    fn sum(&self) -> i32 {
        let mut s = 0;
        let mut cur = self;
        while let Cons(v, next) = cur {
            s += v;
            cur = next;
        }
        s
    }
    fn reverse(self) -> List {
        let mut out = Nil;
        let mut cur = self;
        while let Cons(v, next) = cur {
            out = Cons(v, Box::new(out));
            cur = *next;
        }
        out
    }
    fn to_vec(&self) -> Vec<i32> {
        let mut v = Vec::new();
        let mut cur = self;
        while let Cons(x, next) = cur {
            v.push(*x);
            cur = next;
        }
        v
    }
}

fn main() {
    let mut ll: LinkedList<String> = LinkedList::new();
    for w in black_box(["b", "c", "d"]) {
        ll.push_back(w.to_string());
    }
    ll.push_front("a".into());
    println!("{:?} len {}", ll, ll.len());
    println!("{:?} {:?}", ll.pop_front(), ll.pop_back());
    let mut other: LinkedList<String> = ["x", "y"].iter().map(|s| s.to_string()).collect();
    ll.append(&mut other);
    println!("{:?} other {:?}", ll, other);
    let tail = ll.split_off(2);
    println!("{:?} {:?}", ll, tail);
    println!("contains y {}", tail.contains(&"y".to_string()));
    let l = List::from_slice(&black_box([1, 2, 3, 4, 5]));
    println!("{:?}", l);
    println!("sum {}", l.sum());
    let r = l.reverse();
    println!("{:?}", r.to_vec());
    let long = List::from_slice(&(0..5000).collect::<Vec<_>>());
    println!("long sum {}", long.sum());
    let long = long.reverse();
    println!("{:?}", &long.to_vec()[..3]);
    // iterative drop to avoid deep recursion
    let mut cur = long;
    let mut n = 0;
    while let Cons(_, next) = cur {
        cur = *next;
        n += 1;
    }
    println!("dropped {}", n);
}
