// Borrowing a RefCell mutably while a shared borrow is alive panics: "already borrowed".
use std::cell::RefCell;
use std::hint::black_box;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let r1 = cell.borrow();
        let r2 = cell.borrow();
        println!("two shared borrows: {} {}", r1.len(), r2[0]);
        println!("try_borrow_mut while shared: {}", cell.try_borrow_mut().is_err());
    }
    cell.borrow_mut().push(4);
    println!("after push: {:?}", cell.borrow());
    let guard = cell.borrow();
    println!("holding shared borrow of len {}", guard.len());
    if black_box(true) {
        cell.borrow_mut().push(5);
    }
    println!("unreachable {:?}", guard);
}
