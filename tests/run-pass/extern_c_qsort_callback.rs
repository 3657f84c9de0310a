// libc qsort with extern "C" comparator callbacks called from C: ints, floats, structs, and reverse order.
use std::ffi::c_void;
use std::hint::black_box;

unsafe extern "C" {
    fn qsort(base: *mut c_void, nmemb: usize, size: usize, compar: extern "C" fn(*const c_void, *const c_void) -> i32);
}

extern "C" fn cmp_i32(a: *const c_void, b: *const c_void) -> i32 {
    let (a, b) = unsafe { (*(a as *const i32), *(b as *const i32)) };
    (a > b) as i32 - (a < b) as i32
}

extern "C" fn cmp_i32_rev(a: *const c_void, b: *const c_void) -> i32 { -cmp_i32(a, b) }

extern "C" fn cmp_f64(a: *const c_void, b: *const c_void) -> i32 {
    let (a, b) = unsafe { (*(a as *const f64), *(b as *const f64)) };
    a.total_cmp(&b) as i32
}

#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct Rec { key: u16, name: [u8; 6] }

extern "C" fn cmp_rec(a: *const c_void, b: *const c_void) -> i32 {
    let (a, b) = unsafe { (&*(a as *const Rec), &*(b as *const Rec)) };
    match a.key.cmp(&b.key) {
        std::cmp::Ordering::Equal => a.name.cmp(&b.name) as i32,
        o => o as i32,
    }
}

fn sort_with<T>(v: &mut [T], f: extern "C" fn(*const c_void, *const c_void) -> i32) {
    unsafe { qsort(v.as_mut_ptr() as *mut c_void, v.len(), std::mem::size_of::<T>(), f) }
}

fn main() {
    let mut seed = black_box(42u32);
    let mut v: Vec<i32> = (0..40).map(|_| { seed = seed.wrapping_mul(1103515245).wrapping_add(12345); (seed >> 16) as i32 % 1000 - 500 }).collect();
    sort_with(&mut v, cmp_i32);
    println!("{:?}", v);
    println!("sorted {}", v.windows(2).all(|w| w[0] <= w[1]));
    sort_with(&mut v, cmp_i32_rev);
    println!("{:?}", &v[..10]);
    let mut f = black_box(vec![3.5f64, -1.0, 0.0, -0.0, 1e10, -1e-10, 2.25]);
    sort_with(&mut f, cmp_f64);
    println!("{:?}", f);
    let mut recs: Vec<Rec> = [(3, "carol"), (1, "bob"), (3, "alice"), (2, "dave"), (1, "aaron")].iter().map(|&(k, n)| {
        let mut name = [0u8; 6];
        name[..n.len()].copy_from_slice(n.as_bytes());
        Rec { key: k, name }
    }).collect();
    sort_with(&mut recs, cmp_rec);
    for r in &recs {
        println!("{} {}", r.key, std::str::from_utf8(&r.name).unwrap().trim_end_matches('\0'));
    }
    let mut empty: Vec<i32> = vec![];
    sort_with(&mut empty, cmp_i32);
    println!("{:?}", empty);
}
