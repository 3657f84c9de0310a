// AArch64 AES, SHA-1, SHA-256, SHA-512, SHA-3 (EOR3, BCAX, RAX1) and CRC32 intrinsics and
// PMULL (the llvm.aarch64.crypto.* and llvm.aarch64.crc32* intrinsics; one machine instruction
// each): chained rounds over fixed inputs, so every bit of every result feeds the printed digest,
// and single steps on all-zero and all-ones inputs. Other targets only print a line.
#[cfg(not(target_arch = "aarch64"))]
fn main() {
    println!("not aarch64");
}

#[cfg(target_arch = "aarch64")]
fn main() {
    use std::arch::is_aarch64_feature_detected as detected;
    println!(
        "aes {} sha2 {} sha3 {} crc {}",
        detected!("aes"),
        detected!("sha2"),
        detected!("sha3"),
        detected!("crc")
    );
    // SAFETY: each runs only where the features it enables are present.
    unsafe {
        if detected!("aes") {
            imp::aes();
        }
        if detected!("sha2") {
            imp::sha();
        }
        if detected!("sha3") {
            imp::sha3();
        }
        if detected!("crc") {
            imp::crc();
        }
    }
}

#[cfg(target_arch = "aarch64")]
#[allow(unsafe_op_in_unsafe_fn)]
mod imp {
    use std::arch::aarch64::*;
    use std::hint::black_box;
    use std::mem::transmute;

    fn hex<T: Copy>(value: T) -> String {
        let bytes =
            unsafe { std::slice::from_raw_parts(&value as *const T as *const u8, size_of::<T>()) };
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn pattern(seed: u8) -> [u8; 16] {
        std::array::from_fn(|i| (i as u8).wrapping_mul(37).wrapping_add(seed) ^ 0x5a)
    }

    #[target_feature(enable = "aes")]
    pub unsafe fn aes() {
        let inputs = [[0u8; 16], [0xff; 16], pattern(1), pattern(200)];
        for data in inputs {
            for key in inputs {
                let (d, k) = black_box((vld1q_u8(data.as_ptr()), vld1q_u8(key.as_ptr())));
                println!(
                    "aese {} aesd {} aesmc {} aesimc {}",
                    hex(vaeseq_u8(d, k)),
                    hex(vaesdq_u8(d, k)),
                    hex(vaesmcq_u8(d)),
                    hex(vaesimcq_u8(d))
                );
            }
        }
        // Ten full rounds each way.
        let mut state = vld1q_u8(pattern(3).as_ptr());
        let key = vld1q_u8(pattern(4).as_ptr());
        for _ in 0..10 {
            state = vaesmcq_u8(vaeseq_u8(state, key));
        }
        println!("encrypted {}", hex(state));
        for _ in 0..10 {
            state = vaesdq_u8(vaesimcq_u8(state), key);
        }
        println!("decrypted {}", hex(state));
        let (a, b) = black_box((0x8000_0000_0000_0001u64, u64::MAX));
        println!("pmull64 {} {}", hex(vmull_p64(a, b)), hex(vmull_p64(b, b)));
        let (a, b): (poly8x8_t, poly8x8_t) = black_box((
            transmute([0xffu8, 1, 2, 0x80, 0x55, 0xaa, 0, 7]),
            transmute([0xffu8, 0xff, 3, 0x80, 0xaa, 0x55, 9, 7]),
        ));
        println!("pmull8 {} pmul {}", hex(vmull_p8(a, b)), hex(vmul_p8(a, b)));
    }

    #[target_feature(enable = "sha2")]
    pub unsafe fn sha() {
        let mut abcd: uint32x4_t = transmute(pattern(5));
        let mut efgh: uint32x4_t = transmute(pattern(6));
        let mut w0: uint32x4_t = transmute(pattern(7));
        let mut w1: uint32x4_t = transmute(pattern(8));
        let mut w2: uint32x4_t = transmute([0xffu8; 16]);
        let mut w3: uint32x4_t = transmute([0u8; 16]);
        let mut e = 0xdead_beefu32;
        for round in 0..16 {
            let wk = vaddq_u32(w0, vdupq_n_u32(0x5a82_7999 ^ round));
            let e_next = vsha1h_u32(vgetq_lane_u32::<0>(abcd));
            abcd = match round % 3 {
                0 => vsha1cq_u32(abcd, e, wk),
                1 => vsha1pq_u32(abcd, e, wk),
                _ => vsha1mq_u32(abcd, e, wk),
            };
            e = e_next;
            let next = vsha1su1q_u32(vsha1su0q_u32(w0, w1, w2), w3);
            (w0, w1, w2, w3) = (w1, w2, w3, next);
        }
        println!("sha1 {} e {e:08x} w {}", hex(abcd), hex(w3));
        for round in 0..16 {
            let wk = vaddq_u32(w0, vdupq_n_u32(0x428a_2f98u32.wrapping_mul(round + 1)));
            let previous = abcd;
            abcd = vsha256hq_u32(abcd, efgh, wk);
            efgh = vsha256h2q_u32(efgh, previous, wk);
            let next = vsha256su1q_u32(vsha256su0q_u32(w0, w1), w2, w3);
            (w0, w1, w2, w3) = (w1, w2, w3, next);
        }
        println!("sha256 {} {} w {}", hex(abcd), hex(efgh), hex(w3));
    }

    #[target_feature(enable = "sha3")]
    pub unsafe fn sha3() {
        let mut a: uint64x2_t = transmute(pattern(9));
        let mut b: uint64x2_t = transmute(pattern(10));
        let c: uint64x2_t = transmute([0xffu8; 16]);
        let mut w: uint64x2_t = transmute(pattern(11));
        for _ in 0..8 {
            let h = vsha512hq_u64(a, b, w);
            let h2 = vsha512h2q_u64(b, a, h);
            w = vsha512su1q_u64(vsha512su0q_u64(w, a), b, h2);
            (a, b) = (h, h2);
        }
        println!("sha512 {} {} w {}", hex(a), hex(b), hex(w));
        let (x, y): (uint8x16_t, uint8x16_t) = (transmute(pattern(12)), transmute(pattern(13)));
        let z: uint8x16_t = transmute(c);
        println!(
            "eor3 {} bcax {} {} rax1 {} {}",
            hex(veor3q_u8(x, y, z)),
            hex(vbcaxq_u8(x, y, z)),
            hex(vbcaxq_s32(transmute(x), transmute(z), transmute(y))),
            hex(vrax1q_u64(a, b)),
            hex(vrax1q_u64(c, w))
        );
    }

    #[target_feature(enable = "crc")]
    pub unsafe fn crc() {
        let text = b"The quick brown fox jumps over the lazy dog";
        let (mut crc, mut crcc) = (!0u32, !0u32);
        for &byte in text {
            crc = __crc32b(crc, byte);
            crcc = __crc32cb(crcc, byte);
        }
        println!("crc32 bytes {:08x} crc32c bytes {:08x}", !crc, !crcc);
        let (mut crc, mut crcc) = (!0u32, !0u32);
        for chunk in text.chunks_exact(8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap());
            crc = __crc32d(crc, word);
            crcc = __crc32cd(crcc, word);
        }
        println!("crc32 words {:08x} crc32c words {:08x}", !crc, !crcc);
        for (crc, data) in
            [(0u32, 0u32), (u32::MAX, u32::MAX), (0x1234_5678, 0x8000_0001), (u32::MAX, 0)]
        {
            let (crc, data) = black_box((crc, data));
            println!(
                "{crc:08x} {data:08x}: h {:08x} w {:08x} ch {:08x} cw {:08x} d {:08x} cd {:08x}",
                __crc32h(crc, data as u16),
                __crc32w(crc, data),
                __crc32ch(crc, data as u16),
                __crc32cw(crc, data),
                __crc32d(crc, u64::from(data) << 32 | 0xff),
                __crc32cd(crc, u64::from(data) * 3)
            );
        }
    }
}
