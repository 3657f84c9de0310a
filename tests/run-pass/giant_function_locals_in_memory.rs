// A function whose locals times basic blocks pass `MAX_SSA_LOCALS_TIMES_BLOCKS`
// (src/lower/analyze.rs) keeps every local in a stack slot instead of a Cranelift SSA
// variable: cranelift-frontend's tables of each variable over the blocks would take a lot of
// memory in such a function (cranelift-codegen's generated matchers). `giant` repeats one step
// 1024 times, thousands of blocks and locals (rustc's peak memory for this file: 1.82 GB before
// the limit, 288 MB with it; LLVM 285 MB); `looped` runs the same step in a loop, with its
// locals in SSA variables. Both must agree, and give what LLVM's build gives.
use std::hint::black_box;

macro_rules! step {
    ($s:ident, $t:ident, $i:expr) => {
        let k = black_box($i as u64);
        let v = if ($s ^ k) & 1 == 0 { $s.wrapping_mul(3) ^ k } else { ($s >> 1) ^ k };
        $t = $t.wrapping_add(v);
        $s = v;
    };
}

macro_rules! steps4 {
    ($s:ident, $t:ident, $i:expr) => {
        step!($s, $t, 4 * $i);
        step!($s, $t, 4 * $i + 1);
        step!($s, $t, 4 * $i + 2);
        step!($s, $t, 4 * $i + 3);
    };
}

macro_rules! steps16 {
    ($s:ident, $t:ident, $i:expr) => {
        steps4!($s, $t, 4 * $i);
        steps4!($s, $t, 4 * $i + 1);
        steps4!($s, $t, 4 * $i + 2);
        steps4!($s, $t, 4 * $i + 3);
    };
}

macro_rules! steps64 {
    ($s:ident, $t:ident, $i:expr) => {
        steps16!($s, $t, 4 * $i);
        steps16!($s, $t, 4 * $i + 1);
        steps16!($s, $t, 4 * $i + 2);
        steps16!($s, $t, 4 * $i + 3);
    };
}

macro_rules! steps256 {
    ($s:ident, $t:ident, $i:expr) => {
        steps64!($s, $t, 4 * $i);
        steps64!($s, $t, 4 * $i + 1);
        steps64!($s, $t, 4 * $i + 2);
        steps64!($s, $t, 4 * $i + 3);
    };
}

macro_rules! steps1024 {
    ($s:ident, $t:ident, $i:expr) => {
        steps256!($s, $t, 4 * $i);
        steps256!($s, $t, 4 * $i + 1);
        steps256!($s, $t, 4 * $i + 2);
        steps256!($s, $t, 4 * $i + 3);
    };
}

#[inline(never)]
fn giant(seed: u64) -> (u64, u64) {
    let mut s = seed;
    let mut t = 0u64;
    steps1024!(s, t, 0);
    (s, t)
}

#[inline(never)]
fn looped(seed: u64) -> (u64, u64) {
    let mut s = seed;
    let mut t = 0u64;
    for i in 0..1024u64 {
        step!(s, t, i);
    }
    (s, t)
}

fn main() {
    for seed in [0, 1, 0x9e37_79b9_7f4a_7c15, u64::MAX] {
        let (giant, looped) = (giant(black_box(seed)), looped(black_box(seed)));
        println!("{seed:#x}: {giant:x?}");
        assert_eq!(giant, looped);
    }
}
