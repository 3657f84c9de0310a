// Format specs: width, fill, alignment (<, >, ^), sign, zero-padding, runtime width/precision args, for ints, strs, chars.
use std::hint::black_box;

fn main() {
    let s = black_box("abc");
    let n = black_box(42i32);
    let neg = black_box(-42i64);
    println!("[{:8}] [{:<8}] [{:>8}] [{:^8}] [{:^9}]", s, s, s, s, s);
    println!("[{:*<8}] [{:->8}] [{:_^8}] [{:.>3}] [{:.2}]", s, s, s, s, s);
    println!("[{:8}] [{:<8}] [{:^8}] [{:08}] [{:+08}] [{:+}]", n, n, n, n, n, n);
    println!("[{:8}] [{:08}] [{:<08}] [{:^+9}]", neg, neg, neg, neg);
    println!("[{:#>6}] [{:0>6}] [{:é^7}]", n, n, n);
    for w in 0..6 {
        println!("w={w} [{s:>w$}] [{s:<w$}|] [{:^width$.prec$}]", 3.14159, width = w + 4, prec = w % 3);
    }
    let c = black_box('x');
    println!("[{:5}] [{:>5}] [{:^5}] [{:?}] [{:>5?}]", c, c, c, c, c);
    println!("[{:5}] [{:>5}] [{:<5?}]", true, false, true);
    let unicode = black_box("日本");
    println!("[{:6}] [{:>6}] [{:^6}]", unicode, unicode, unicode);
    let table = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 3.999)];
    println!("{:<12}|{:>5}|{:>8}", "name", "qty", "price");
    println!("{:-<12}+{:->5}+{:->8}", "", "", "");
    for (name, q, p) in table {
        println!("{:<12}|{:>5}|{:>8.2}", name, q, p);
    }
    println!("[{:>1$}] [{:>2$}]", 7, 4, 6);
    println!("{0} {1} {0} {name} {name:>5}", "a", "b", name = "nm");
    let width = black_box(10);
    println!("[{n:>width$}] [{n:^width$x}] [{n:<#width$b}]");
}
