// References to zero-sized constants have no storage behind them: their address is the
// smallest one their alignment allows (1 for `()`, 4 for a 4-aligned unit struct), offsets
// from it included, as LLVM's backend gives them. Code relies on this through the standard
// library: an empty `Vec`'s pointer equals an empty slice constant's. A static of zero size
// still has an address of its own.

#[repr(align(4))]
struct Aligned4;

#[repr(align(64))]
struct Aligned64;

static ZERO_SIZED_STATIC: Aligned4 = Aligned4;

const UNIT_PLUS_TWO: *const () = (&() as *const ()).wrapping_byte_add(2);
const ALIGNED_MINUS_ONE: *const () = (&Aligned4 as *const _ as *const ()).wrapping_byte_add(usize::MAX);
const EMPTY_ARRAY: &[u64; 0] = &[];

// A constant holding such a reference: the pointer is written into data, not code.
static TABLE: [&[u16]; 2] = [&[], &[7]];

fn main() {
    let unit: &'static () = &();
    let aligned: &'static Aligned4 = &Aligned4;
    let wide: &'static Aligned64 = &Aligned64;
    println!("() at {}", unit as *const () as usize);
    println!("align(4) unit struct at {}", aligned as *const Aligned4 as usize);
    println!("align(64) unit struct at {}", wide as *const Aligned64 as usize);
    println!("() + 2 at {}", UNIT_PLUS_TWO.addr());
    println!("align(4) - 1 at {}", ALIGNED_MINUS_ONE.addr());
    println!("empty [u64; 0] at {}", EMPTY_ARRAY.as_ptr().addr());
    println!("empty slice in a static at {}", TABLE[0].as_ptr().addr());
    println!("non-empty slice in a static: {:?}", TABLE[1]);
    let empty: Vec<i32> = Vec::new();
    println!(
        "empty Vec's pointer equals an empty slice's: {}",
        empty.as_ptr() == <&[i32]>::default().as_ptr()
    );
    let static_address = &ZERO_SIZED_STATIC as *const Aligned4 as usize;
    println!("zero-sized static has its own address: {}", static_address != 4);
    println!("and it is aligned: {}", static_address % 4 == 0);
}
