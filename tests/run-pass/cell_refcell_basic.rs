// Cell (get/set/replace/take/swap/update) and RefCell (borrow/borrow_mut/try_borrow/replace_with) in shared structures.
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::hint::black_box;
use std::rc::Rc;

struct Counter { hits: Cell<u32>, log: RefCell<Vec<String>> }

impl Counter {
    fn hit(&self, what: &str) {
        self.hits.set(self.hits.get() + 1);
        self.log.borrow_mut().push(format!("{}#{}", what, self.hits.get()));
    }
}

fn main() {
    let c = Cell::new(black_box(5));
    c.set(c.get() * 2);
    let old = c.replace(100);
    println!("old {} now {}", old, c.get());
    let t = Cell::new(String::from("taken"));
    println!("take {:?} left {:?}", t.take(), t.take());
    let a = Cell::new(1);
    let b = Cell::new(2);
    a.swap(&b);
    println!("swap {} {}", a.get(), b.get());
    let counter = Counter { hits: Cell::new(0), log: RefCell::new(vec![]) };
    let r1 = &counter;
    let r2 = &counter;
    r1.hit("x");
    r2.hit("y");
    r1.hit("z");
    println!("{} {:?}", counter.hits.get(), counter.log.borrow());
    let rc = RefCell::new(vec![1, 2, 3]);
    {
        let b1 = rc.borrow();
        println!("try_borrow_mut while shared: {}", rc.try_borrow_mut().is_err());
        println!("try_borrow while shared: {}", rc.try_borrow().is_ok());
        println!("len {}", b1.len());
    }
    rc.borrow_mut().push(4);
    let old = rc.replace_with(|v| v.iter().map(|x| x * 10).collect());
    println!("old {:?} new {:?}", old, rc.borrow());
    let shared = Rc::new(RefCell::new(BTreeMap::new()));
    let writers: Vec<Rc<RefCell<BTreeMap<String, i32>>>> = (0..3).map(|_| shared.clone()).collect();
    for (i, w) in writers.iter().enumerate() {
        w.borrow_mut().insert(format!("k{}", i), i as i32 * i as i32);
    }
    println!("{:?}", shared.borrow());
    let cells: Vec<Cell<u8>> = (0..5).map(Cell::new).collect();
    for w in cells.windows(2) {
        w[1].set(w[1].get() + w[0].get());
    }
    println!("{:?}", cells.iter().map(Cell::get).collect::<Vec<_>>());
    let mut arr = black_box([1, 2, 3]);
    let slice_cell: &Cell<[i32]> = Cell::from_mut(&mut arr[..]);
    let parts = slice_cell.as_slice_of_cells();
    parts[0].set(parts[2].get() * 7);
    println!("{:?}", parts.iter().map(|c| c.get()).collect::<Vec<_>>());
    println!("into_inner {:?}", rc.into_inner());
}
