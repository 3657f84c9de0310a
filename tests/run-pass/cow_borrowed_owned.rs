// Cow<str> and Cow<[T]>: borrowing when possible, cloning on write, to_mut, into_owned, is_borrowed-like checks.
use std::borrow::Cow;
use std::hint::black_box;

fn normalize(s: &str) -> Cow<'_, str> {
    if s.contains(char::is_uppercase) || s.contains(' ') {
        Cow::Owned(s.to_lowercase().replace(' ', "_"))
    } else {
        Cow::Borrowed(s)
    }
}

fn clamp_all(v: &[i32], lo: i32, hi: i32) -> Cow<'_, [i32]> {
    if v.iter().all(|&x| x >= lo && x <= hi) {
        Cow::Borrowed(v)
    } else {
        Cow::Owned(v.iter().map(|&x| x.clamp(lo, hi)).collect())
    }
}

fn kind<T: ?Sized + ToOwned>(c: &Cow<'_, T>) -> &'static str {
    match c { Cow::Borrowed(_) => "borrowed", Cow::Owned(_) => "owned" }
}

fn main() {
    for s in black_box(["already_fine", "Has Upper", "two words", ""]) {
        let n = normalize(s);
        println!("{:?} -> {:?} ({})", s, n, kind(&n));
    }
    let data = black_box([1, 5, 9]);
    let c1 = clamp_all(&data, 0, 10);
    let c2 = clamp_all(&data, 2, 8);
    println!("{:?} {} | {:?} {}", c1, kind(&c1), c2, kind(&c2));
    let mut c = Cow::Borrowed("base");
    println!("{}", kind(&c));
    c.to_mut().push_str("-edited");
    println!("{} {}", c, kind(&c));
    let owned: String = c.into_owned();
    println!("{}", owned);
    let lossy = String::from_utf8_lossy(black_box(b"ok \xff bytes"));
    println!("{:?} {}", lossy, kind(&lossy));
    let lossy2 = String::from_utf8_lossy(black_box(b"all valid"));
    println!("{:?} {}", lossy2, kind(&lossy2));
    let mut v: Cow<[u8]> = Cow::Borrowed(&[1, 2, 3]);
    v.to_mut().push(4);
    println!("{:?} {}", v, kind(&v));
    let joined: Cow<str> = Cow::from("a") + "b" + "c";
    println!("{}", joined);
    let list: Vec<Cow<str>> = vec!["x".into(), String::from("y").into()];
    println!("{:?}", list.iter().map(|c| kind(c)).collect::<Vec<_>>());
}
