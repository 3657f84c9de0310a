// Rc<RefCell<Node>> tree with Weak parent links: upgrade, weak_count, breaking cycles, drops observed.
use std::cell::RefCell;
use std::hint::black_box;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) { println!("drop node {}", self.name); }
}

fn node(name: &str) -> Rc<Node> {
    Rc::new(Node { name: name.to_string(), parent: RefCell::new(Weak::new()), children: RefCell::new(vec![]) })
}

fn add_child(p: &Rc<Node>, c: Rc<Node>) {
    *c.parent.borrow_mut() = Rc::downgrade(p);
    p.children.borrow_mut().push(c);
}

fn path(n: &Rc<Node>) -> String {
    match n.parent.borrow().upgrade() {
        Some(p) => format!("{}/{}", path(&p), n.name),
        None => n.name.clone(),
    }
}

fn depth_sum(n: &Rc<Node>, d: usize) -> usize {
    d + n.children.borrow().iter().map(|c| depth_sum(c, d + 1)).sum::<usize>()
}

fn main() {
    let leaf;
    {
        let root = node(black_box("root"));
        let a = node("a");
        let b = node("b");
        leaf = node("leaf");
        add_child(&root, a.clone());
        add_child(&root, b.clone());
        add_child(&a, leaf.clone());
        add_child(&b, node("b1"));
        println!("path {}", path(&leaf));
        println!("root strong {} weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
        println!("a strong {} weak {}", Rc::strong_count(&a), Rc::weak_count(&a));
        println!("depth sum {}", depth_sum(&root, 0));
        let names: Vec<String> = root.children.borrow().iter().map(|c| c.name.clone()).collect();
        println!("children {:?}", names);
        println!("end of scope");
    }
    println!("leaf parent alive: {}", leaf.parent.borrow().upgrade().is_some());
    println!("leaf path {}", path(&leaf));
    let w: Weak<i32> = Weak::new();
    println!("empty weak upgrade {:?}", w.upgrade());
    let strong = Rc::new(black_box(42));
    let weak = Rc::downgrade(&strong);
    println!("upgrade {:?} strong {} weak {}", weak.upgrade().map(|r| *r), weak.strong_count(), weak.weak_count());
    drop(strong);
    println!("after drop upgrade {:?} strong {}", weak.upgrade(), weak.strong_count());
}
