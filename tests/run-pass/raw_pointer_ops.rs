// Raw pointers: offset/add/sub, read/write, copy/copy_nonoverlapping, slice::from_raw_parts, NonNull, addr-free comparisons.
use std::hint::black_box;
use std::ptr::{self, NonNull};

fn main() {
    let mut arr = black_box([10i32, 20, 30, 40, 50]);
    let p = arr.as_mut_ptr();
    unsafe {
        println!("{} {} {}", *p, *p.add(2), *p.add(4).sub(1));
        *p.add(1) += 5;
        p.add(3).write(p.read() * 100);
        println!("{:?}", arr);
        let end = p.add(arr.len());
        println!("offset_from {}", end.offset_from(p));
        ptr::copy(p, p.add(1), 3);
        println!("after overlapping copy {:?}", arr);
        let mut dst = [0i32; 3];
        ptr::copy_nonoverlapping(arr.as_ptr().add(2), dst.as_mut_ptr(), 3);
        println!("dst {:?}", dst);
        let s = std::slice::from_raw_parts(arr.as_ptr().add(1), 3);
        println!("slice {:?}", s);
        let sm = std::slice::from_raw_parts_mut(p, 2);
        sm[1] = -1;
        println!("{:?}", arr);
        ptr::write_bytes(dst.as_mut_ptr(), 0xff, 2);
        println!("write_bytes {:?}", dst);
    }
    let mut x = black_box(7u64);
    let nn = NonNull::from(&mut x);
    unsafe { *nn.as_ptr() *= 6; }
    println!("{} dangling_is_aligned {}", x, NonNull::<u64>::dangling().as_ptr() as usize % 8 == 0);
    let null: *const u8 = ptr::null();
    println!("null {} nonnull {}", null.is_null(), black_box(&x as *const u64).is_null());
    let r1 = &arr[1] as *const i32;
    let r2 = &arr[3] as *const i32;
    println!("r1<r2 {} eq {}", r1 < r2, ptr::eq(r1, unsafe { r2.sub(2) }));
    let bytes = black_box([1u8, 0, 0, 0, 2, 0, 0, 0]);
    let words = unsafe { (bytes.as_ptr() as *const u32).read_unaligned() };
    println!("read_unaligned {}", words);
    let boxed = Box::new(String::from("raw box"));
    let raw = Box::into_raw(boxed);
    unsafe { (*raw).push('!'); }
    let back = unsafe { Box::from_raw(raw) };
    println!("{}", back);
    let v = vec![1u16, 2, 3];
    let mut v = std::mem::ManuallyDrop::new(v);
    let (ptr, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    let rebuilt = unsafe { Vec::from_raw_parts(ptr, len, cap) };
    println!("{:?}", rebuilt);
    let tuple = (1u8, 2u32);
    let fp = ptr::addr_of!(tuple.1);
    println!("{}", unsafe { fp.read() });
}
