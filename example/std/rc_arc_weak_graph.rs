// Shared ownership: an observer pattern with Rc<RefCell<_>> subjects and Weak observer links (dropped
// observers are pruned), a parent/child tree with Weak back-pointers, and an Arc/Weak cache shared by threads.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex, Weak as SyncWeak};
use std::thread;

struct Observer {
    name: String,
    seen: RefCell<Vec<i32>>,
}

struct Subject {
    observers: Vec<Weak<Observer>>,
}

impl Subject {
    fn notify(&mut self, v: i32) -> usize {
        self.observers.retain(|w| w.strong_count() > 0);
        for o in self.observers.iter().filter_map(Weak::upgrade) {
            o.seen.borrow_mut().push(v);
        }
        self.observers.len()
    }
}

struct Dir {
    name: String,
    parent: RefCell<Weak<Dir>>,
    children: RefCell<Vec<Rc<Dir>>>,
}

impl Dir {
    fn new(name: &str) -> Rc<Dir> {
        Rc::new(Dir { name: name.into(), parent: RefCell::new(Weak::new()), children: RefCell::new(Vec::new()) })
    }
    fn add(self: &Rc<Self>, child: Rc<Dir>) -> Rc<Dir> {
        *child.parent.borrow_mut() = Rc::downgrade(self);
        self.children.borrow_mut().push(child.clone());
        child
    }
    fn path(&self) -> String {
        match self.parent.borrow().upgrade() {
            Some(p) => format!("{}/{}", p.path(), self.name),
            None => self.name.clone(),
        }
    }
    fn count(&self) -> usize {
        1 + self.children.borrow().iter().map(|c| c.count()).sum::<usize>()
    }
}

impl Drop for Dir {
    fn drop(&mut self) {
        println!("dropping dir {}", self.name);
    }
}

fn main() {
    let a = Rc::new(Observer { name: "a".into(), seen: RefCell::new(vec![]) });
    let b = Rc::new(Observer { name: "b".into(), seen: RefCell::new(vec![]) });
    let mut subject = Subject { observers: vec![Rc::downgrade(&a), Rc::downgrade(&b)] };
    println!("notified {}", subject.notify(1));
    {
        let c = Rc::new(Observer { name: "c".into(), seen: RefCell::new(vec![]) });
        subject.observers.push(Rc::downgrade(&c));
        println!("notified {}", subject.notify(2));
        println!("c saw {:?}", c.seen.borrow());
    }
    drop(b);
    println!("notified {}", subject.notify(3));
    println!("{} saw {:?}, strong {} weak {}", a.name, a.seen.borrow(), Rc::strong_count(&a), Rc::weak_count(&a));

    let leaf;
    {
        let root = Dir::new("root");
        let usr = root.add(Dir::new("usr"));
        let bin = usr.add(Dir::new("bin"));
        root.add(Dir::new("etc"));
        leaf = bin.add(Dir::new("tool"));
        println!("{} (tree has {} dirs)", leaf.path(), root.count());
        println!("usr strong {} weak {}", Rc::strong_count(&usr), Rc::weak_count(&usr));
    }
    println!("after root dropped: leaf path {}", leaf.path());

    let cache: Arc<Mutex<BTreeMap<u32, Arc<String>>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let watchers: Vec<SyncWeak<String>>;
    {
        let handles: Vec<_> = (0..4u32)
            .map(|i| {
                let cache = cache.clone();
                thread::spawn(move || {
                    let v = Arc::new(format!("value-{}", i * i));
                    cache.lock().unwrap().insert(i, v.clone());
                    Arc::downgrade(&v)
                })
            })
            .collect();
        watchers = handles.into_iter().map(|h| h.join().unwrap()).collect();
    }
    println!("alive while cached: {:?}", watchers.iter().map(|w| w.upgrade().is_some()).collect::<Vec<_>>());
    cache.lock().unwrap().retain(|k, _| k % 2 == 0);
    println!("alive after evicting odd keys: {:?}", watchers.iter().map(|w| w.upgrade().map(|s| s.to_string())).collect::<Vec<_>>());
    println!("cache strong count {}", Arc::strong_count(&cache));
}
