//! The machine code of the helpers of `helper.rs`, by LLVM intrinsic (sorted by name, for a
//! binary search), each under the assembly it encodes. Written by `table.py`: an intrinsic not
//! here is not lowered by a helper.

use super::helper::{Encoding, Immediate};

/// The instructions of each helper, without its final `ret`.
pub(super) static HELPERS: &[(&str, &[u32])] = &[
    // crc32b w0, w0, w1
    ("llvm.aarch64.crc32b", &[0x1ac14000]),
    // crc32cb w0, w0, w1
    ("llvm.aarch64.crc32cb", &[0x1ac15000]),
    // crc32ch w0, w0, w1
    ("llvm.aarch64.crc32ch", &[0x1ac15400]),
    // crc32cw w0, w0, w1
    ("llvm.aarch64.crc32cw", &[0x1ac15800]),
    // crc32cx w0, w0, x1
    ("llvm.aarch64.crc32cx", &[0x9ac15c00]),
    // crc32h w0, w0, w1
    ("llvm.aarch64.crc32h", &[0x1ac14400]),
    // crc32w w0, w0, w1
    ("llvm.aarch64.crc32w", &[0x1ac14800]),
    // crc32x w0, w0, x1
    ("llvm.aarch64.crc32x", &[0x9ac14c00]),
    // aesd v0.16b, v1.16b
    ("llvm.aarch64.crypto.aesd", &[0x4e285820]),
    // aese v0.16b, v1.16b
    ("llvm.aarch64.crypto.aese", &[0x4e284820]),
    // aesimc v0.16b, v0.16b
    ("llvm.aarch64.crypto.aesimc", &[0x4e287800]),
    // aesmc v0.16b, v0.16b
    ("llvm.aarch64.crypto.aesmc", &[0x4e286800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxs.v16i8", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxs.v2i64", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxs.v4i32", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxs.v8i16", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxu.v16i8", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxu.v2i64", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxu.v4i32", &[0xce210800]),
    // bcax v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.bcaxu.v8i16", &[0xce210800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3s.v16i8", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3s.v2i64", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3s.v4i32", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3s.v8i16", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3u.v16i8", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3u.v2i64", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3u.v4i32", &[0xce010800]),
    // eor3 v0.16b, v0.16b, v1.16b, v2.16b
    ("llvm.aarch64.crypto.eor3u.v8i16", &[0xce010800]),
    // rax1 v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.crypto.rax1", &[0xce618c00]),
    // fmov s2, w0; sha1c q0, s2, v1.4s
    ("llvm.aarch64.crypto.sha1c", &[0x1e270002, 0x5e010040]),
    // fmov s0, w0; sha1h s0, s0; fmov w0, s0
    ("llvm.aarch64.crypto.sha1h", &[0x1e270000, 0x5e280800, 0x1e260000]),
    // fmov s2, w0; sha1m q0, s2, v1.4s
    ("llvm.aarch64.crypto.sha1m", &[0x1e270002, 0x5e012040]),
    // fmov s2, w0; sha1p q0, s2, v1.4s
    ("llvm.aarch64.crypto.sha1p", &[0x1e270002, 0x5e011040]),
    // sha1su0 v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.crypto.sha1su0", &[0x5e023020]),
    // sha1su1 v0.4s, v1.4s
    ("llvm.aarch64.crypto.sha1su1", &[0x5e281820]),
    // sha256h q0, q1, v2.4s
    ("llvm.aarch64.crypto.sha256h", &[0x5e024020]),
    // sha256h2 q0, q1, v2.4s
    ("llvm.aarch64.crypto.sha256h2", &[0x5e025020]),
    // sha256su0 v0.4s, v1.4s
    ("llvm.aarch64.crypto.sha256su0", &[0x5e282820]),
    // sha256su1 v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.crypto.sha256su1", &[0x5e026020]),
    // sha512h q0, q1, v2.2d
    ("llvm.aarch64.crypto.sha512h", &[0xce628020]),
    // sha512h2 q0, q1, v2.2d
    ("llvm.aarch64.crypto.sha512h2", &[0xce628420]),
    // sha512su0 v0.2d, v1.2d
    ("llvm.aarch64.crypto.sha512su0", &[0xcec08020]),
    // sha512su1 v0.2d, v1.2d, v2.2d
    ("llvm.aarch64.crypto.sha512su1", &[0xce628820]),
    // sm3partw1 v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.crypto.sm3partw1", &[0xce62c020]),
    // sm3partw2 v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.crypto.sm3partw2", &[0xce62c420]),
    // sm3ss1 v0.4s, v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.crypto.sm3ss1", &[0xce410800]),
    // sm4e v0.4s, v1.4s
    ("llvm.aarch64.crypto.sm4e", &[0xcec08420]),
    // sm4ekey v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.crypto.sm4ekey", &[0xce61c800]),
    // dmb sy
    ("llvm.aarch64.dmb", &[0xd5033fbf]),
    // dsb sy
    ("llvm.aarch64.dsb", &[0xd5033f9f]),
    // fjcvtzs w0, d0
    ("llvm.aarch64.fjcvtzs", &[0x1e7e0000]),
    // frint32x d0, d0
    ("llvm.aarch64.frint32x.f64", &[0x1e68c000]),
    // frint32z d0, d0
    ("llvm.aarch64.frint32z.f64", &[0x1e684000]),
    // frint64x d0, d0
    ("llvm.aarch64.frint64x.f64", &[0x1e69c000]),
    // frint64z d0, d0
    ("llvm.aarch64.frint64z.f64", &[0x1e694000]),
    // fmov d0, x0; abs d0, d0; fmov x0, d0
    ("llvm.aarch64.neon.abs.i64", &[0x9e670000, 0x5ee0b800, 0x9e660000]),
    // addp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.addp.v2i32", &[0x0ea1bc00]),
    // addp v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.addp.v4i16", &[0x0e61bc00]),
    // addp v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.addp.v8i8", &[0x0e21bc00]),
    // cls v0.16b, v0.16b
    ("llvm.aarch64.neon.cls.v16i8", &[0x4e204800]),
    // cls v0.2s, v0.2s
    ("llvm.aarch64.neon.cls.v2i32", &[0x0ea04800]),
    // cls v0.4h, v0.4h
    ("llvm.aarch64.neon.cls.v4i16", &[0x0e604800]),
    // cls v0.4s, v0.4s
    ("llvm.aarch64.neon.cls.v4i32", &[0x4ea04800]),
    // cls v0.8h, v0.8h
    ("llvm.aarch64.neon.cls.v8i16", &[0x4e604800]),
    // cls v0.8b, v0.8b
    ("llvm.aarch64.neon.cls.v8i8", &[0x0e204800]),
    // fabd d0, d0, d1
    ("llvm.aarch64.neon.fabd.v1f64", &[0x7ee1d400]),
    // fabd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fabd.v2f32", &[0x2ea1d400]),
    // fabd v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fabd.v2f64", &[0x6ee1d400]),
    // fabd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fabd.v4f32", &[0x6ea1d400]),
    // facge s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.facge.i32.f32", &[0x7e21ec00, 0x1e260000]),
    // facge d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.facge.i64.f64", &[0x7e61ec00, 0x9e660000]),
    // facge d0, d0, d1
    ("llvm.aarch64.neon.facge.v1i64.v1f64", &[0x7e61ec00]),
    // facge v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.facge.v2i32.v2f32", &[0x2e21ec00]),
    // facge v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.facge.v2i64.v2f64", &[0x6e61ec00]),
    // facge v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.facge.v4i32.v4f32", &[0x6e21ec00]),
    // facgt s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.facgt.i32.f32", &[0x7ea1ec00, 0x1e260000]),
    // facgt d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.facgt.i64.f64", &[0x7ee1ec00, 0x9e660000]),
    // facgt d0, d0, d1
    ("llvm.aarch64.neon.facgt.v1i64.v1f64", &[0x7ee1ec00]),
    // facgt v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.facgt.v2i32.v2f32", &[0x2ea1ec00]),
    // facgt v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.facgt.v2i64.v2f64", &[0x6ee1ec00]),
    // facgt v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.facgt.v4i32.v4f32", &[0x6ea1ec00]),
    // faddp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.faddp.v2f32", &[0x2e21d400]),
    // faddp s0, v0.2s
    ("llvm.aarch64.neon.faddv.f32.v2f32", &[0x7e30d800]),
    // faddp v0.4s, v0.4s, v0.4s; faddp s0, v0.2s
    ("llvm.aarch64.neon.faddv.f32.v4f32", &[0x6e20d400, 0x7e30d800]),
    // faddp d0, v0.2d
    ("llvm.aarch64.neon.faddv.f64.v2f64", &[0x7e70d800]),
    // fcvtas w0, s0
    ("llvm.aarch64.neon.fcvtas.i32.f32", &[0x1e240000]),
    // fcvtas x0, d0
    ("llvm.aarch64.neon.fcvtas.i64.f64", &[0x9e640000]),
    // fcvtas d0, d0
    ("llvm.aarch64.neon.fcvtas.v1i64.v1f64", &[0x5e61c800]),
    // fcvtas v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtas.v2i32.v2f32", &[0x0e21c800]),
    // fcvtas v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtas.v2i64.v2f64", &[0x4e61c800]),
    // fcvtas v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtas.v4i32.v4f32", &[0x4e21c800]),
    // fcvtau w0, s0
    ("llvm.aarch64.neon.fcvtau.i32.f32", &[0x1e250000]),
    // fcvtau x0, d0
    ("llvm.aarch64.neon.fcvtau.i64.f64", &[0x9e650000]),
    // fcvtau d0, d0
    ("llvm.aarch64.neon.fcvtau.v1i64.v1f64", &[0x7e61c800]),
    // fcvtau v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtau.v2i32.v2f32", &[0x2e21c800]),
    // fcvtau v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtau.v2i64.v2f64", &[0x6e61c800]),
    // fcvtau v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtau.v4i32.v4f32", &[0x6e21c800]),
    // fcvtms w0, s0
    ("llvm.aarch64.neon.fcvtms.i32.f32", &[0x1e300000]),
    // fcvtms x0, d0
    ("llvm.aarch64.neon.fcvtms.i64.f64", &[0x9e700000]),
    // fcvtms d0, d0
    ("llvm.aarch64.neon.fcvtms.v1i64.v1f64", &[0x5e61b800]),
    // fcvtms v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtms.v2i32.v2f32", &[0x0e21b800]),
    // fcvtms v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtms.v2i64.v2f64", &[0x4e61b800]),
    // fcvtms v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtms.v4i32.v4f32", &[0x4e21b800]),
    // fcvtmu w0, s0
    ("llvm.aarch64.neon.fcvtmu.i32.f32", &[0x1e310000]),
    // fcvtmu x0, d0
    ("llvm.aarch64.neon.fcvtmu.i64.f64", &[0x9e710000]),
    // fcvtmu d0, d0
    ("llvm.aarch64.neon.fcvtmu.v1i64.v1f64", &[0x7e61b800]),
    // fcvtmu v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtmu.v2i32.v2f32", &[0x2e21b800]),
    // fcvtmu v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtmu.v2i64.v2f64", &[0x6e61b800]),
    // fcvtmu v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtmu.v4i32.v4f32", &[0x6e21b800]),
    // fcvtns w0, s0
    ("llvm.aarch64.neon.fcvtns.i32.f32", &[0x1e200000]),
    // fcvtns x0, d0
    ("llvm.aarch64.neon.fcvtns.i64.f64", &[0x9e600000]),
    // fcvtns d0, d0
    ("llvm.aarch64.neon.fcvtns.v1i64.v1f64", &[0x5e61a800]),
    // fcvtns v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtns.v2i32.v2f32", &[0x0e21a800]),
    // fcvtns v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtns.v2i64.v2f64", &[0x4e61a800]),
    // fcvtns v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtns.v4i32.v4f32", &[0x4e21a800]),
    // fcvtnu w0, s0
    ("llvm.aarch64.neon.fcvtnu.i32.f32", &[0x1e210000]),
    // fcvtnu x0, d0
    ("llvm.aarch64.neon.fcvtnu.i64.f64", &[0x9e610000]),
    // fcvtnu d0, d0
    ("llvm.aarch64.neon.fcvtnu.v1i64.v1f64", &[0x7e61a800]),
    // fcvtnu v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtnu.v2i32.v2f32", &[0x2e21a800]),
    // fcvtnu v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtnu.v2i64.v2f64", &[0x6e61a800]),
    // fcvtnu v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtnu.v4i32.v4f32", &[0x6e21a800]),
    // fcvtps w0, s0
    ("llvm.aarch64.neon.fcvtps.i32.f32", &[0x1e280000]),
    // fcvtps x0, d0
    ("llvm.aarch64.neon.fcvtps.i64.f64", &[0x9e680000]),
    // fcvtps d0, d0
    ("llvm.aarch64.neon.fcvtps.v1i64.v1f64", &[0x5ee1a800]),
    // fcvtps v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtps.v2i32.v2f32", &[0x0ea1a800]),
    // fcvtps v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtps.v2i64.v2f64", &[0x4ee1a800]),
    // fcvtps v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtps.v4i32.v4f32", &[0x4ea1a800]),
    // fcvtpu w0, s0
    ("llvm.aarch64.neon.fcvtpu.i32.f32", &[0x1e290000]),
    // fcvtpu x0, d0
    ("llvm.aarch64.neon.fcvtpu.i64.f64", &[0x9e690000]),
    // fcvtpu d0, d0
    ("llvm.aarch64.neon.fcvtpu.v1i64.v1f64", &[0x7ee1a800]),
    // fcvtpu v0.2s, v0.2s
    ("llvm.aarch64.neon.fcvtpu.v2i32.v2f32", &[0x2ea1a800]),
    // fcvtpu v0.2d, v0.2d
    ("llvm.aarch64.neon.fcvtpu.v2i64.v2f64", &[0x6ee1a800]),
    // fcvtpu v0.4s, v0.4s
    ("llvm.aarch64.neon.fcvtpu.v4i32.v4f32", &[0x6ea1a800]),
    // fcvtxn v0.2s, v0.2d
    ("llvm.aarch64.neon.fcvtxn.v2f32.v2f64", &[0x2e616800]),
    // fmax d0, d0, d1
    ("llvm.aarch64.neon.fmax.v1f64", &[0x1e614800]),
    // fmax v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fmax.v2f32", &[0x0e21f400]),
    // fmax v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fmax.v2f64", &[0x4e61f400]),
    // fmax v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fmax.v4f32", &[0x4e21f400]),
    // fmaxnm d0, d0, d1
    ("llvm.aarch64.neon.fmaxnm.v1f64", &[0x1e616800]),
    // fmaxnm v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fmaxnm.v2f32", &[0x0e21c400]),
    // fmaxnm v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fmaxnm.v2f64", &[0x4e61c400]),
    // fmaxnm v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fmaxnm.v4f32", &[0x4e21c400]),
    // fmaxnmp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fmaxnmp.v2f32", &[0x2e21c400]),
    // fmaxnmp v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fmaxnmp.v2f64", &[0x6e61c400]),
    // fmaxnmp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fmaxnmp.v4f32", &[0x6e21c400]),
    // fmaxnmp s0, v0.2s
    ("llvm.aarch64.neon.fmaxnmv.f32.v2f32", &[0x7e30c800]),
    // fmaxnmv s0, v0.4s
    ("llvm.aarch64.neon.fmaxnmv.f32.v4f32", &[0x6e30c800]),
    // fmaxnmp d0, v0.2d
    ("llvm.aarch64.neon.fmaxnmv.f64.v2f64", &[0x7e70c800]),
    // fmaxp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fmaxp.v2f32", &[0x2e21f400]),
    // fmaxp v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fmaxp.v2f64", &[0x6e61f400]),
    // fmaxp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fmaxp.v4f32", &[0x6e21f400]),
    // fmaxp s0, v0.2s
    ("llvm.aarch64.neon.fmaxv.f32.v2f32", &[0x7e30f800]),
    // fmaxv s0, v0.4s
    ("llvm.aarch64.neon.fmaxv.f32.v4f32", &[0x6e30f800]),
    // fmaxp d0, v0.2d
    ("llvm.aarch64.neon.fmaxv.f64.v2f64", &[0x7e70f800]),
    // fmin d0, d0, d1
    ("llvm.aarch64.neon.fmin.v1f64", &[0x1e615800]),
    // fmin v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fmin.v2f32", &[0x0ea1f400]),
    // fmin v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fmin.v2f64", &[0x4ee1f400]),
    // fmin v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fmin.v4f32", &[0x4ea1f400]),
    // fminnm d0, d0, d1
    ("llvm.aarch64.neon.fminnm.v1f64", &[0x1e617800]),
    // fminnm v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fminnm.v2f32", &[0x0ea1c400]),
    // fminnm v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fminnm.v2f64", &[0x4ee1c400]),
    // fminnm v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fminnm.v4f32", &[0x4ea1c400]),
    // fminnmp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fminnmp.v2f32", &[0x2ea1c400]),
    // fminnmp v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fminnmp.v2f64", &[0x6ee1c400]),
    // fminnmp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fminnmp.v4f32", &[0x6ea1c400]),
    // fminnmp s0, v0.2s
    ("llvm.aarch64.neon.fminnmv.f32.v2f32", &[0x7eb0c800]),
    // fminnmv s0, v0.4s
    ("llvm.aarch64.neon.fminnmv.f32.v4f32", &[0x6eb0c800]),
    // fminnmp d0, v0.2d
    ("llvm.aarch64.neon.fminnmv.f64.v2f64", &[0x7ef0c800]),
    // fminp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fminp.v2f32", &[0x2ea1f400]),
    // fminp v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fminp.v2f64", &[0x6ee1f400]),
    // fminp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fminp.v4f32", &[0x6ea1f400]),
    // fminp s0, v0.2s
    ("llvm.aarch64.neon.fminv.f32.v2f32", &[0x7eb0f800]),
    // fminv s0, v0.4s
    ("llvm.aarch64.neon.fminv.f32.v4f32", &[0x6eb0f800]),
    // fminp d0, v0.2d
    ("llvm.aarch64.neon.fminv.f64.v2f64", &[0x7ef0f800]),
    // fmulx s0, s0, s1
    ("llvm.aarch64.neon.fmulx.f32", &[0x5e21dc00]),
    // fmulx d0, d0, d1
    ("llvm.aarch64.neon.fmulx.f64", &[0x5e61dc00]),
    // fmulx d0, d0, d1
    ("llvm.aarch64.neon.fmulx.v1f64", &[0x5e61dc00]),
    // fmulx v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.fmulx.v2f32", &[0x0e21dc00]),
    // fmulx v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.fmulx.v2f64", &[0x4e61dc00]),
    // fmulx v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.fmulx.v4f32", &[0x4e21dc00]),
    // frecpe s0, s0
    ("llvm.aarch64.neon.frecpe.f32", &[0x5ea1d800]),
    // frecpe d0, d0
    ("llvm.aarch64.neon.frecpe.f64", &[0x5ee1d800]),
    // frecpe d0, d0
    ("llvm.aarch64.neon.frecpe.v1f64", &[0x5ee1d800]),
    // frecpe v0.2s, v0.2s
    ("llvm.aarch64.neon.frecpe.v2f32", &[0x0ea1d800]),
    // frecpe v0.2d, v0.2d
    ("llvm.aarch64.neon.frecpe.v2f64", &[0x4ee1d800]),
    // frecpe v0.4s, v0.4s
    ("llvm.aarch64.neon.frecpe.v4f32", &[0x4ea1d800]),
    // frecps s0, s0, s1
    ("llvm.aarch64.neon.frecps.f32", &[0x5e21fc00]),
    // frecps d0, d0, d1
    ("llvm.aarch64.neon.frecps.f64", &[0x5e61fc00]),
    // frecps d0, d0, d1
    ("llvm.aarch64.neon.frecps.v1f64", &[0x5e61fc00]),
    // frecps v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.frecps.v2f32", &[0x0e21fc00]),
    // frecps v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.frecps.v2f64", &[0x4e61fc00]),
    // frecps v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.frecps.v4f32", &[0x4e21fc00]),
    // frecpx s0, s0
    ("llvm.aarch64.neon.frecpx.f32", &[0x5ea1f800]),
    // frecpx d0, d0
    ("llvm.aarch64.neon.frecpx.f64", &[0x5ee1f800]),
    // frint32x v0.2s, v0.2s
    ("llvm.aarch64.neon.frint32x.v2f32", &[0x2e21e800]),
    // frint32x v0.2d, v0.2d
    ("llvm.aarch64.neon.frint32x.v2f64", &[0x6e61e800]),
    // frint32x v0.4s, v0.4s
    ("llvm.aarch64.neon.frint32x.v4f32", &[0x6e21e800]),
    // frint32z v0.2s, v0.2s
    ("llvm.aarch64.neon.frint32z.v2f32", &[0x0e21e800]),
    // frint32z v0.2d, v0.2d
    ("llvm.aarch64.neon.frint32z.v2f64", &[0x4e61e800]),
    // frint32z v0.4s, v0.4s
    ("llvm.aarch64.neon.frint32z.v4f32", &[0x4e21e800]),
    // frint64x v0.2s, v0.2s
    ("llvm.aarch64.neon.frint64x.v2f32", &[0x2e21f800]),
    // frint64x v0.2d, v0.2d
    ("llvm.aarch64.neon.frint64x.v2f64", &[0x6e61f800]),
    // frint64x v0.4s, v0.4s
    ("llvm.aarch64.neon.frint64x.v4f32", &[0x6e21f800]),
    // frint64z v0.2s, v0.2s
    ("llvm.aarch64.neon.frint64z.v2f32", &[0x0e21f800]),
    // frint64z v0.2d, v0.2d
    ("llvm.aarch64.neon.frint64z.v2f64", &[0x4e61f800]),
    // frint64z v0.4s, v0.4s
    ("llvm.aarch64.neon.frint64z.v4f32", &[0x4e21f800]),
    // frsqrte s0, s0
    ("llvm.aarch64.neon.frsqrte.f32", &[0x7ea1d800]),
    // frsqrte d0, d0
    ("llvm.aarch64.neon.frsqrte.f64", &[0x7ee1d800]),
    // frsqrte d0, d0
    ("llvm.aarch64.neon.frsqrte.v1f64", &[0x7ee1d800]),
    // frsqrte v0.2s, v0.2s
    ("llvm.aarch64.neon.frsqrte.v2f32", &[0x2ea1d800]),
    // frsqrte v0.2d, v0.2d
    ("llvm.aarch64.neon.frsqrte.v2f64", &[0x6ee1d800]),
    // frsqrte v0.4s, v0.4s
    ("llvm.aarch64.neon.frsqrte.v4f32", &[0x6ea1d800]),
    // frsqrts s0, s0, s1
    ("llvm.aarch64.neon.frsqrts.f32", &[0x5ea1fc00]),
    // frsqrts d0, d0, d1
    ("llvm.aarch64.neon.frsqrts.f64", &[0x5ee1fc00]),
    // frsqrts d0, d0, d1
    ("llvm.aarch64.neon.frsqrts.v1f64", &[0x5ee1fc00]),
    // frsqrts v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.frsqrts.v2f32", &[0x0ea1fc00]),
    // frsqrts v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.frsqrts.v2f64", &[0x4ee1fc00]),
    // frsqrts v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.frsqrts.v4f32", &[0x4ea1fc00]),
    // ld2 {v0.16b, v1.16b}, [x0]
    ("llvm.aarch64.neon.ld2.v16i8.p0", &[0x4c408000]),
    // ld1 {v0.1d, v1.1d}, [x0]
    ("llvm.aarch64.neon.ld2.v1i64.p0", &[0x0c40ac00]),
    // ld2 {v0.2s, v1.2s}, [x0]
    ("llvm.aarch64.neon.ld2.v2f32.p0", &[0x0c408800]),
    // ld2 {v0.2d, v1.2d}, [x0]
    ("llvm.aarch64.neon.ld2.v2f64.p0", &[0x4c408c00]),
    // ld2 {v0.2s, v1.2s}, [x0]
    ("llvm.aarch64.neon.ld2.v2i32.p0", &[0x0c408800]),
    // ld2 {v0.2d, v1.2d}, [x0]
    ("llvm.aarch64.neon.ld2.v2i64.p0", &[0x4c408c00]),
    // ld2 {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.ld2.v4f16.p0", &[0x0c408400]),
    // ld2 {v0.4s, v1.4s}, [x0]
    ("llvm.aarch64.neon.ld2.v4f32.p0", &[0x4c408800]),
    // ld2 {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.ld2.v4i16.p0", &[0x0c408400]),
    // ld2 {v0.4s, v1.4s}, [x0]
    ("llvm.aarch64.neon.ld2.v4i32.p0", &[0x4c408800]),
    // ld2 {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.ld2.v8f16.p0", &[0x4c408400]),
    // ld2 {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.ld2.v8i16.p0", &[0x4c408400]),
    // ld2 {v0.8b, v1.8b}, [x0]
    ("llvm.aarch64.neon.ld2.v8i8.p0", &[0x0c408000]),
    // ld2r {v0.16b, v1.16b}, [x0]
    ("llvm.aarch64.neon.ld2r.v16i8.p0", &[0x4d60c000]),
    // ld2r {v0.1d, v1.1d}, [x0]
    ("llvm.aarch64.neon.ld2r.v1f64.p0", &[0x0d60cc00]),
    // ld2r {v0.1d, v1.1d}, [x0]
    ("llvm.aarch64.neon.ld2r.v1i64.p0", &[0x0d60cc00]),
    // ld2r {v0.2s, v1.2s}, [x0]
    ("llvm.aarch64.neon.ld2r.v2f32.p0", &[0x0d60c800]),
    // ld2r {v0.2d, v1.2d}, [x0]
    ("llvm.aarch64.neon.ld2r.v2f64.p0", &[0x4d60cc00]),
    // ld2r {v0.2s, v1.2s}, [x0]
    ("llvm.aarch64.neon.ld2r.v2i32.p0", &[0x0d60c800]),
    // ld2r {v0.2d, v1.2d}, [x0]
    ("llvm.aarch64.neon.ld2r.v2i64.p0", &[0x4d60cc00]),
    // ld2r {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.ld2r.v4f16.p0", &[0x0d60c400]),
    // ld2r {v0.4s, v1.4s}, [x0]
    ("llvm.aarch64.neon.ld2r.v4f32.p0", &[0x4d60c800]),
    // ld2r {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.ld2r.v4i16.p0", &[0x0d60c400]),
    // ld2r {v0.4s, v1.4s}, [x0]
    ("llvm.aarch64.neon.ld2r.v4i32.p0", &[0x4d60c800]),
    // ld2r {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.ld2r.v8f16.p0", &[0x4d60c400]),
    // ld2r {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.ld2r.v8i16.p0", &[0x4d60c400]),
    // ld2r {v0.8b, v1.8b}, [x0]
    ("llvm.aarch64.neon.ld2r.v8i8.p0", &[0x0d60c000]),
    // ld3r {v0.16b, v1.16b, v2.16b}, [x0]
    ("llvm.aarch64.neon.ld3r.v16i8.p0", &[0x4d40e000]),
    // ld3r {v0.1d, v1.1d, v2.1d}, [x0]
    ("llvm.aarch64.neon.ld3r.v1f64.p0", &[0x0d40ec00]),
    // ld3r {v0.1d, v1.1d, v2.1d}, [x0]
    ("llvm.aarch64.neon.ld3r.v1i64.p0", &[0x0d40ec00]),
    // ld3r {v0.2s, v1.2s, v2.2s}, [x0]
    ("llvm.aarch64.neon.ld3r.v2f32.p0", &[0x0d40e800]),
    // ld3r {v0.2d, v1.2d, v2.2d}, [x0]
    ("llvm.aarch64.neon.ld3r.v2f64.p0", &[0x4d40ec00]),
    // ld3r {v0.2s, v1.2s, v2.2s}, [x0]
    ("llvm.aarch64.neon.ld3r.v2i32.p0", &[0x0d40e800]),
    // ld3r {v0.2d, v1.2d, v2.2d}, [x0]
    ("llvm.aarch64.neon.ld3r.v2i64.p0", &[0x4d40ec00]),
    // ld3r {v0.4h, v1.4h, v2.4h}, [x0]
    ("llvm.aarch64.neon.ld3r.v4f16.p0", &[0x0d40e400]),
    // ld3r {v0.4s, v1.4s, v2.4s}, [x0]
    ("llvm.aarch64.neon.ld3r.v4f32.p0", &[0x4d40e800]),
    // ld3r {v0.4h, v1.4h, v2.4h}, [x0]
    ("llvm.aarch64.neon.ld3r.v4i16.p0", &[0x0d40e400]),
    // ld3r {v0.4s, v1.4s, v2.4s}, [x0]
    ("llvm.aarch64.neon.ld3r.v4i32.p0", &[0x4d40e800]),
    // ld3r {v0.8h, v1.8h, v2.8h}, [x0]
    ("llvm.aarch64.neon.ld3r.v8f16.p0", &[0x4d40e400]),
    // ld3r {v0.8h, v1.8h, v2.8h}, [x0]
    ("llvm.aarch64.neon.ld3r.v8i16.p0", &[0x4d40e400]),
    // ld3r {v0.8b, v1.8b, v2.8b}, [x0]
    ("llvm.aarch64.neon.ld3r.v8i8.p0", &[0x0d40e000]),
    // ld4r {v0.16b, v1.16b, v2.16b, v3.16b}, [x0]
    ("llvm.aarch64.neon.ld4r.v16i8.p0.p0", &[0x4d60e000]),
    // ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x0]
    ("llvm.aarch64.neon.ld4r.v1f64.p0", &[0x0d60ec00]),
    // ld4r {v0.1d, v1.1d, v2.1d, v3.1d}, [x0]
    ("llvm.aarch64.neon.ld4r.v1i64.p0.p0", &[0x0d60ec00]),
    // ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x0]
    ("llvm.aarch64.neon.ld4r.v2f32.p0.p0", &[0x0d60e800]),
    // ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x0]
    ("llvm.aarch64.neon.ld4r.v2f64.p0", &[0x4d60ec00]),
    // ld4r {v0.2s, v1.2s, v2.2s, v3.2s}, [x0]
    ("llvm.aarch64.neon.ld4r.v2i32.p0.p0", &[0x0d60e800]),
    // ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x0]
    ("llvm.aarch64.neon.ld4r.v2i64.p0", &[0x4d60ec00]),
    // ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x0]
    ("llvm.aarch64.neon.ld4r.v4f16.p0", &[0x0d60e400]),
    // ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x0]
    ("llvm.aarch64.neon.ld4r.v4f32.p0.p0", &[0x4d60e800]),
    // ld4r {v0.4h, v1.4h, v2.4h, v3.4h}, [x0]
    ("llvm.aarch64.neon.ld4r.v4i16.p0.p0", &[0x0d60e400]),
    // ld4r {v0.4s, v1.4s, v2.4s, v3.4s}, [x0]
    ("llvm.aarch64.neon.ld4r.v4i32.p0.p0", &[0x4d60e800]),
    // ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x0]
    ("llvm.aarch64.neon.ld4r.v8f16.p0", &[0x4d60e400]),
    // ld4r {v0.8h, v1.8h, v2.8h, v3.8h}, [x0]
    ("llvm.aarch64.neon.ld4r.v8i16.p0.p0", &[0x4d60e400]),
    // ld4r {v0.8b, v1.8b, v2.8b, v3.8b}, [x0]
    ("llvm.aarch64.neon.ld4r.v8i8.p0.p0", &[0x0d60e000]),
    // pmul v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.pmul.v16i8", &[0x6e219c00]),
    // pmul v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.pmul.v8i8", &[0x2e219c00]),
    // pmull v0.8h, v0.8b, v1.8b
    ("llvm.aarch64.neon.pmull.v8i16", &[0x0e21e000]),
    // fmov d0, x0; fmov d1, x1; pmull v0.1q, v0.1d, v1.1d
    ("llvm.aarch64.neon.pmull64", &[0x9e670000, 0x9e670021, 0x0ee1e000]),
    // raddhn v0.2s, v0.2d, v1.2d
    ("llvm.aarch64.neon.raddhn.v2i32", &[0x2ea14000]),
    // raddhn v0.4h, v0.4s, v1.4s
    ("llvm.aarch64.neon.raddhn.v4i16", &[0x2e614000]),
    // raddhn v0.8b, v0.8h, v1.8h
    ("llvm.aarch64.neon.raddhn.v8i8", &[0x2e214000]),
    // rsubhn v0.2s, v0.2d, v1.2d
    ("llvm.aarch64.neon.rsubhn.v2i32", &[0x2ea16000]),
    // rsubhn v0.4h, v0.4s, v1.4s
    ("llvm.aarch64.neon.rsubhn.v4i16", &[0x2e616000]),
    // rsubhn v0.8b, v0.8h, v1.8h
    ("llvm.aarch64.neon.rsubhn.v8i8", &[0x2e216000]),
    // sabd v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.sabd.v16i8", &[0x4e217400]),
    // sabd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sabd.v2i32", &[0x0ea17400]),
    // sabd v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sabd.v4i16", &[0x0e617400]),
    // sabd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sabd.v4i32", &[0x4ea17400]),
    // sabd v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sabd.v8i16", &[0x4e617400]),
    // sabd v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.sabd.v8i8", &[0x0e217400]),
    // saddlp v0.1d, v0.2s
    ("llvm.aarch64.neon.saddlp.v1i64.v2i32", &[0x0ea02800]),
    // saddlp v0.2s, v0.4h
    ("llvm.aarch64.neon.saddlp.v2i32.v4i16", &[0x0e602800]),
    // saddlp v0.2d, v0.4s
    ("llvm.aarch64.neon.saddlp.v2i64.v4i32", &[0x4ea02800]),
    // saddlp v0.4h, v0.8b
    ("llvm.aarch64.neon.saddlp.v4i16.v8i8", &[0x0e202800]),
    // saddlp v0.4s, v0.8h
    ("llvm.aarch64.neon.saddlp.v4i32.v8i16", &[0x4e602800]),
    // saddlp v0.8h, v0.16b
    ("llvm.aarch64.neon.saddlp.v8i16.v16i8", &[0x4e202800]),
    // saddlv h0, v0.16b; smov w0, v0.h[0]
    ("llvm.aarch64.neon.saddlv.i32.v16i8", &[0x4e303800, 0x0e022c00]),
    // saddlv s0, v0.4h; fmov w0, s0
    ("llvm.aarch64.neon.saddlv.i32.v4i16", &[0x0e703800, 0x1e260000]),
    // saddlv s0, v0.8h; fmov w0, s0
    ("llvm.aarch64.neon.saddlv.i32.v8i16", &[0x4e703800, 0x1e260000]),
    // saddlv h0, v0.8b; smov w0, v0.h[0]
    ("llvm.aarch64.neon.saddlv.i32.v8i8", &[0x0e303800, 0x0e022c00]),
    // saddlp v0.1d, v0.2s; fmov x0, d0
    ("llvm.aarch64.neon.saddlv.i64.v2i32", &[0x0ea02800, 0x9e660000]),
    // saddlv d0, v0.4s; fmov x0, d0
    ("llvm.aarch64.neon.saddlv.i64.v4i32", &[0x4eb03800, 0x9e660000]),
    // fmov d0, x0; sqxtn s0, d0; fmov w0, s0
    ("llvm.aarch64.neon.scalar.sqxtn.i32.i64", &[0x9e670000, 0x5ea14800, 0x1e260000]),
    // fmov d0, x0; uqxtn s0, d0; fmov w0, s0
    ("llvm.aarch64.neon.scalar.uqxtn.i32.i64", &[0x9e670000, 0x7ea14800, 0x1e260000]),
    // sdot v0.2s, v1.8b, v2.8b
    ("llvm.aarch64.neon.sdot.v2i32.v8i8", &[0x0e829420]),
    // sdot v0.4s, v1.16b, v2.16b
    ("llvm.aarch64.neon.sdot.v4i32.v16i8", &[0x4e829420]),
    // shadd v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.shadd.v16i8", &[0x4e210400]),
    // shadd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.shadd.v2i32", &[0x0ea10400]),
    // shadd v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.shadd.v4i16", &[0x0e610400]),
    // shadd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.shadd.v4i32", &[0x4ea10400]),
    // shadd v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.shadd.v8i16", &[0x4e610400]),
    // shadd v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.shadd.v8i8", &[0x0e210400]),
    // shsub v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.shsub.v16i8", &[0x4e212400]),
    // shsub v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.shsub.v2i32", &[0x0ea12400]),
    // shsub v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.shsub.v4i16", &[0x0e612400]),
    // shsub v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.shsub.v4i32", &[0x4ea12400]),
    // shsub v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.shsub.v8i16", &[0x4e612400]),
    // shsub v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.shsub.v8i8", &[0x0e212400]),
    // smaxp v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.smaxp.v16i8", &[0x4e21a400]),
    // smaxp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.smaxp.v2i32", &[0x0ea1a400]),
    // smaxp v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.smaxp.v4i16", &[0x0e61a400]),
    // smaxp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.smaxp.v4i32", &[0x4ea1a400]),
    // smaxp v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.smaxp.v8i16", &[0x4e61a400]),
    // smaxp v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.smaxp.v8i8", &[0x0e21a400]),
    // sminp v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.sminp.v16i8", &[0x4e21ac00]),
    // sminp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sminp.v2i32", &[0x0ea1ac00]),
    // sminp v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sminp.v4i16", &[0x0e61ac00]),
    // sminp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sminp.v4i32", &[0x4ea1ac00]),
    // sminp v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sminp.v8i16", &[0x4e61ac00]),
    // sminp v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.sminp.v8i8", &[0x0e21ac00]),
    // smmla v0.4s, v1.16b, v2.16b
    ("llvm.aarch64.neon.smmla.v4i32.v16i8", &[0x4e82a420]),
    // fmov s0, w0; sqabs s0, s0; fmov w0, s0
    ("llvm.aarch64.neon.sqabs.i32", &[0x1e270000, 0x5ea07800, 0x1e260000]),
    // fmov d0, x0; sqabs d0, d0; fmov x0, d0
    ("llvm.aarch64.neon.sqabs.i64", &[0x9e670000, 0x5ee07800, 0x9e660000]),
    // sqabs v0.16b, v0.16b
    ("llvm.aarch64.neon.sqabs.v16i8", &[0x4e207800]),
    // sqabs d0, d0
    ("llvm.aarch64.neon.sqabs.v1i64", &[0x5ee07800]),
    // sqabs v0.2s, v0.2s
    ("llvm.aarch64.neon.sqabs.v2i32", &[0x0ea07800]),
    // sqabs v0.2d, v0.2d
    ("llvm.aarch64.neon.sqabs.v2i64", &[0x4ee07800]),
    // sqabs v0.4h, v0.4h
    ("llvm.aarch64.neon.sqabs.v4i16", &[0x0e607800]),
    // sqabs v0.4s, v0.4s
    ("llvm.aarch64.neon.sqabs.v4i32", &[0x4ea07800]),
    // sqabs v0.8h, v0.8h
    ("llvm.aarch64.neon.sqabs.v8i16", &[0x4e607800]),
    // sqabs v0.8b, v0.8b
    ("llvm.aarch64.neon.sqabs.v8i8", &[0x0e207800]),
    // fmov s0, w0; fmov s1, w1; sqadd s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.sqadd.i32", &[0x1e270000, 0x1e270021, 0x5ea10c00, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; sqadd d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.sqadd.i64", &[0x9e670000, 0x9e670021, 0x5ee10c00, 0x9e660000]),
    // sqdmulh v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sqdmulh.v2i32", &[0x0ea1b400]),
    // sqdmulh v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sqdmulh.v4i16", &[0x0e61b400]),
    // sqdmulh v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sqdmulh.v4i32", &[0x4ea1b400]),
    // sqdmulh v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sqdmulh.v8i16", &[0x4e61b400]),
    // sqdmull v0.2d, v0.2s, v1.2s
    ("llvm.aarch64.neon.sqdmull.v2i64", &[0x0ea1d000]),
    // sqdmull v0.4s, v0.4h, v1.4h
    ("llvm.aarch64.neon.sqdmull.v4i32", &[0x0e61d000]),
    // fmov s0, w0; fmov s1, w1; sqdmull d0, s0, s1; fmov x0, d0
    ("llvm.aarch64.neon.sqdmulls.scalar", &[0x1e270000, 0x1e270021, 0x5ea1d000, 0x9e660000]),
    // sqneg v0.16b, v0.16b
    ("llvm.aarch64.neon.sqneg.v16i8", &[0x6e207800]),
    // sqneg d0, d0
    ("llvm.aarch64.neon.sqneg.v1i64", &[0x7ee07800]),
    // sqneg v0.2s, v0.2s
    ("llvm.aarch64.neon.sqneg.v2i32", &[0x2ea07800]),
    // sqneg v0.2d, v0.2d
    ("llvm.aarch64.neon.sqneg.v2i64", &[0x6ee07800]),
    // sqneg v0.4h, v0.4h
    ("llvm.aarch64.neon.sqneg.v4i16", &[0x2e607800]),
    // sqneg v0.4s, v0.4s
    ("llvm.aarch64.neon.sqneg.v4i32", &[0x6ea07800]),
    // sqneg v0.8h, v0.8h
    ("llvm.aarch64.neon.sqneg.v8i16", &[0x6e607800]),
    // sqneg v0.8b, v0.8b
    ("llvm.aarch64.neon.sqneg.v8i8", &[0x2e207800]),
    // sqrdmlah v0.2s, v1.2s, v2.2s
    ("llvm.aarch64.neon.sqrdmlah.v2i32", &[0x2e828420]),
    // sqrdmlah v0.4h, v1.4h, v2.4h
    ("llvm.aarch64.neon.sqrdmlah.v4i16", &[0x2e428420]),
    // sqrdmlah v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.neon.sqrdmlah.v4i32", &[0x6e828420]),
    // sqrdmlah v0.8h, v1.8h, v2.8h
    ("llvm.aarch64.neon.sqrdmlah.v8i16", &[0x6e428420]),
    // sqrdmlsh v0.2s, v1.2s, v2.2s
    ("llvm.aarch64.neon.sqrdmlsh.v2i32", &[0x2e828c20]),
    // sqrdmlsh v0.4h, v1.4h, v2.4h
    ("llvm.aarch64.neon.sqrdmlsh.v4i16", &[0x2e428c20]),
    // sqrdmlsh v0.4s, v1.4s, v2.4s
    ("llvm.aarch64.neon.sqrdmlsh.v4i32", &[0x6e828c20]),
    // sqrdmlsh v0.8h, v1.8h, v2.8h
    ("llvm.aarch64.neon.sqrdmlsh.v8i16", &[0x6e428c20]),
    // sqrdmulh v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sqrdmulh.v2i32", &[0x2ea1b400]),
    // sqrdmulh v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sqrdmulh.v4i16", &[0x2e61b400]),
    // sqrdmulh v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sqrdmulh.v4i32", &[0x6ea1b400]),
    // sqrdmulh v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sqrdmulh.v8i16", &[0x6e61b400]),
    // fmov s0, w0; fmov s1, w1; sqrshl s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.sqrshl.i32", &[0x1e270000, 0x1e270021, 0x5ea15c00, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; sqrshl d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.sqrshl.i64", &[0x9e670000, 0x9e670021, 0x5ee15c00, 0x9e660000]),
    // sqrshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.sqrshl.v16i8", &[0x4e215c00]),
    // sqrshl d0, d0, d1
    ("llvm.aarch64.neon.sqrshl.v1i64", &[0x5ee15c00]),
    // sqrshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sqrshl.v2i32", &[0x0ea15c00]),
    // sqrshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.sqrshl.v2i64", &[0x4ee15c00]),
    // sqrshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sqrshl.v4i16", &[0x0e615c00]),
    // sqrshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sqrshl.v4i32", &[0x4ea15c00]),
    // sqrshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sqrshl.v8i16", &[0x4e615c00]),
    // sqrshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.sqrshl.v8i8", &[0x0e215c00]),
    // fmov d0, x0; fmov d1, x1; sqshl d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.sqshl.i64", &[0x9e670000, 0x9e670021, 0x5ee14c00, 0x9e660000]),
    // sqshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.sqshl.v16i8", &[0x4e214c00]),
    // sqshl d0, d0, d1
    ("llvm.aarch64.neon.sqshl.v1i64", &[0x5ee14c00]),
    // sqshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sqshl.v2i32", &[0x0ea14c00]),
    // sqshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.sqshl.v2i64", &[0x4ee14c00]),
    // sqshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sqshl.v4i16", &[0x0e614c00]),
    // sqshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sqshl.v4i32", &[0x4ea14c00]),
    // sqshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sqshl.v8i16", &[0x4e614c00]),
    // sqshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.sqshl.v8i8", &[0x0e214c00]),
    // fmov s0, w0; fmov s1, w1; sqsub s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.sqsub.i32", &[0x1e270000, 0x1e270021, 0x5ea12c00, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; sqsub d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.sqsub.i64", &[0x9e670000, 0x9e670021, 0x5ee12c00, 0x9e660000]),
    // sqxtn v0.2s, v0.2d
    ("llvm.aarch64.neon.sqxtn.v2i32", &[0x0ea14800]),
    // sqxtn v0.4h, v0.4s
    ("llvm.aarch64.neon.sqxtn.v4i16", &[0x0e614800]),
    // sqxtn v0.8b, v0.8h
    ("llvm.aarch64.neon.sqxtn.v8i8", &[0x0e214800]),
    // sqxtun v0.2s, v0.2d
    ("llvm.aarch64.neon.sqxtun.v2i32", &[0x2ea12800]),
    // sqxtun v0.4h, v0.4s
    ("llvm.aarch64.neon.sqxtun.v4i16", &[0x2e612800]),
    // sqxtun v0.8b, v0.8h
    ("llvm.aarch64.neon.sqxtun.v8i8", &[0x2e212800]),
    // srhadd v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.srhadd.v16i8", &[0x4e211400]),
    // srhadd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.srhadd.v2i32", &[0x0ea11400]),
    // srhadd v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.srhadd.v4i16", &[0x0e611400]),
    // srhadd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.srhadd.v4i32", &[0x4ea11400]),
    // srhadd v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.srhadd.v8i16", &[0x4e611400]),
    // srhadd v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.srhadd.v8i8", &[0x0e211400]),
    // fmov d0, x0; fmov d1, x1; srshl d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.srshl.i64", &[0x9e670000, 0x9e670021, 0x5ee15400, 0x9e660000]),
    // srshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.srshl.v16i8", &[0x4e215400]),
    // srshl d0, d0, d1
    ("llvm.aarch64.neon.srshl.v1i64", &[0x5ee15400]),
    // srshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.srshl.v2i32", &[0x0ea15400]),
    // srshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.srshl.v2i64", &[0x4ee15400]),
    // srshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.srshl.v4i16", &[0x0e615400]),
    // srshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.srshl.v4i32", &[0x4ea15400]),
    // srshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.srshl.v8i16", &[0x4e615400]),
    // srshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.srshl.v8i8", &[0x0e215400]),
    // sshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.sshl.v16i8", &[0x4e214400]),
    // sshl d0, d0, d1
    ("llvm.aarch64.neon.sshl.v1i64", &[0x5ee14400]),
    // sshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.sshl.v2i32", &[0x0ea14400]),
    // sshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.sshl.v2i64", &[0x4ee14400]),
    // sshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.sshl.v4i16", &[0x0e614400]),
    // sshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.sshl.v4i32", &[0x4ea14400]),
    // sshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.sshl.v8i16", &[0x4e614400]),
    // sshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.sshl.v8i8", &[0x0e214400]),
    // st1 {v0.16b, v1.16b}, [x0]
    ("llvm.aarch64.neon.st1x2.v16i8.p0", &[0x4c00a000]),
    // st1 {v0.1d, v1.1d}, [x0]
    ("llvm.aarch64.neon.st1x2.v1f64.p0", &[0x0c00ac00]),
    // st1 {v0.1d, v1.1d}, [x0]
    ("llvm.aarch64.neon.st1x2.v1i64.p0", &[0x0c00ac00]),
    // st1 {v0.2s, v1.2s}, [x0]
    ("llvm.aarch64.neon.st1x2.v2f32.p0", &[0x0c00a800]),
    // st1 {v0.2d, v1.2d}, [x0]
    ("llvm.aarch64.neon.st1x2.v2f64.p0", &[0x4c00ac00]),
    // st1 {v0.2s, v1.2s}, [x0]
    ("llvm.aarch64.neon.st1x2.v2i32.p0", &[0x0c00a800]),
    // st1 {v0.2d, v1.2d}, [x0]
    ("llvm.aarch64.neon.st1x2.v2i64.p0", &[0x4c00ac00]),
    // st1 {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.st1x2.v4f16.p0", &[0x0c00a400]),
    // st1 {v0.4s, v1.4s}, [x0]
    ("llvm.aarch64.neon.st1x2.v4f32.p0", &[0x4c00a800]),
    // st1 {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.st1x2.v4i16.p0", &[0x0c00a400]),
    // st1 {v0.4s, v1.4s}, [x0]
    ("llvm.aarch64.neon.st1x2.v4i32.p0", &[0x4c00a800]),
    // st1 {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.st1x2.v8f16.p0", &[0x4c00a400]),
    // st1 {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.st1x2.v8i16.p0", &[0x4c00a400]),
    // st1 {v0.8b, v1.8b}, [x0]
    ("llvm.aarch64.neon.st1x2.v8i8.p0", &[0x0c00a000]),
    // st1 {v0.16b, v1.16b, v2.16b}, [x0]
    ("llvm.aarch64.neon.st1x3.v16i8.p0", &[0x4c006000]),
    // st1 {v0.1d, v1.1d, v2.1d}, [x0]
    ("llvm.aarch64.neon.st1x3.v1f64.p0", &[0x0c006c00]),
    // st1 {v0.1d, v1.1d, v2.1d}, [x0]
    ("llvm.aarch64.neon.st1x3.v1i64.p0", &[0x0c006c00]),
    // st1 {v0.2s, v1.2s, v2.2s}, [x0]
    ("llvm.aarch64.neon.st1x3.v2f32.p0", &[0x0c006800]),
    // st1 {v0.2d, v1.2d, v2.2d}, [x0]
    ("llvm.aarch64.neon.st1x3.v2f64.p0", &[0x4c006c00]),
    // st1 {v0.2s, v1.2s, v2.2s}, [x0]
    ("llvm.aarch64.neon.st1x3.v2i32.p0", &[0x0c006800]),
    // st1 {v0.2d, v1.2d, v2.2d}, [x0]
    ("llvm.aarch64.neon.st1x3.v2i64.p0", &[0x4c006c00]),
    // st1 {v0.4h, v1.4h, v2.4h}, [x0]
    ("llvm.aarch64.neon.st1x3.v4f16.p0", &[0x0c006400]),
    // st1 {v0.4s, v1.4s, v2.4s}, [x0]
    ("llvm.aarch64.neon.st1x3.v4f32.p0", &[0x4c006800]),
    // st1 {v0.4h, v1.4h, v2.4h}, [x0]
    ("llvm.aarch64.neon.st1x3.v4i16.p0", &[0x0c006400]),
    // st1 {v0.4s, v1.4s, v2.4s}, [x0]
    ("llvm.aarch64.neon.st1x3.v4i32.p0", &[0x4c006800]),
    // st1 {v0.8h, v1.8h, v2.8h}, [x0]
    ("llvm.aarch64.neon.st1x3.v8f16.p0", &[0x4c006400]),
    // st1 {v0.8h, v1.8h, v2.8h}, [x0]
    ("llvm.aarch64.neon.st1x3.v8i16.p0", &[0x4c006400]),
    // st1 {v0.8b, v1.8b, v2.8b}, [x0]
    ("llvm.aarch64.neon.st1x3.v8i8.p0", &[0x0c006000]),
    // st1 {v0.16b, v1.16b, v2.16b, v3.16b}, [x0]
    ("llvm.aarch64.neon.st1x4.v16i8.p0", &[0x4c002000]),
    // st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x0]
    ("llvm.aarch64.neon.st1x4.v1f64.p0", &[0x0c002c00]),
    // st1 {v0.1d, v1.1d, v2.1d, v3.1d}, [x0]
    ("llvm.aarch64.neon.st1x4.v1i64.p0", &[0x0c002c00]),
    // st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x0]
    ("llvm.aarch64.neon.st1x4.v2f32.p0", &[0x0c002800]),
    // st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0]
    ("llvm.aarch64.neon.st1x4.v2f64.p0", &[0x4c002c00]),
    // st1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x0]
    ("llvm.aarch64.neon.st1x4.v2i32.p0", &[0x0c002800]),
    // st1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0]
    ("llvm.aarch64.neon.st1x4.v2i64.p0", &[0x4c002c00]),
    // st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x0]
    ("llvm.aarch64.neon.st1x4.v4f16.p0", &[0x0c002400]),
    // st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x0]
    ("llvm.aarch64.neon.st1x4.v4f32.p0", &[0x4c002800]),
    // st1 {v0.4h, v1.4h, v2.4h, v3.4h}, [x0]
    ("llvm.aarch64.neon.st1x4.v4i16.p0", &[0x0c002400]),
    // st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x0]
    ("llvm.aarch64.neon.st1x4.v4i32.p0", &[0x4c002800]),
    // st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x0]
    ("llvm.aarch64.neon.st1x4.v8f16.p0", &[0x4c002400]),
    // st1 {v0.8h, v1.8h, v2.8h, v3.8h}, [x0]
    ("llvm.aarch64.neon.st1x4.v8i16.p0", &[0x4c002400]),
    // st1 {v0.8b, v1.8b, v2.8b, v3.8b}, [x0]
    ("llvm.aarch64.neon.st1x4.v8i8.p0", &[0x0c002000]),
    // st2 {v0.4h, v1.4h}, [x0]
    ("llvm.aarch64.neon.st2.v4f16.p0", &[0x0c008400]),
    // st2 {v0.8h, v1.8h}, [x0]
    ("llvm.aarch64.neon.st2.v8f16.p0", &[0x4c008400]),
    // st3 {v0.4h, v1.4h, v2.4h}, [x0]
    ("llvm.aarch64.neon.st3.v4f16.p0", &[0x0c004400]),
    // st3 {v0.8h, v1.8h, v2.8h}, [x0]
    ("llvm.aarch64.neon.st3.v8f16.p0", &[0x4c004400]),
    // st4 {v0.4h, v1.4h, v2.4h, v3.4h}, [x0]
    ("llvm.aarch64.neon.st4.v4f16.p0", &[0x0c000400]),
    // st4 {v0.8h, v1.8h, v2.8h, v3.8h}, [x0]
    ("llvm.aarch64.neon.st4.v8f16.p0", &[0x4c000400]),
    // fmov s0, w0; fmov s1, w1; suqadd s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.suqadd.i32", &[0x1e270000, 0x1e270021, 0x5ea03820, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; suqadd d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.suqadd.i64", &[0x9e670000, 0x9e670021, 0x5ee03820, 0x9e660000]),
    // suqadd v0.16b, v1.16b
    ("llvm.aarch64.neon.suqadd.v16i8", &[0x4e203820]),
    // suqadd d0, d1
    ("llvm.aarch64.neon.suqadd.v1i64", &[0x5ee03820]),
    // suqadd v0.2s, v1.2s
    ("llvm.aarch64.neon.suqadd.v2i32", &[0x0ea03820]),
    // suqadd v0.2d, v1.2d
    ("llvm.aarch64.neon.suqadd.v2i64", &[0x4ee03820]),
    // suqadd v0.4h, v1.4h
    ("llvm.aarch64.neon.suqadd.v4i16", &[0x0e603820]),
    // suqadd v0.4s, v1.4s
    ("llvm.aarch64.neon.suqadd.v4i32", &[0x4ea03820]),
    // suqadd v0.8h, v1.8h
    ("llvm.aarch64.neon.suqadd.v8i16", &[0x4e603820]),
    // suqadd v0.8b, v1.8b
    ("llvm.aarch64.neon.suqadd.v8i8", &[0x0e203820]),
    // tbl v0.16b, {v0.16b}, v1.16b
    ("llvm.aarch64.neon.tbl1.v16i8", &[0x4e010000]),
    // tbl v0.8b, {v0.16b}, v1.8b
    ("llvm.aarch64.neon.tbl1.v8i8", &[0x0e010000]),
    // tbl v0.16b, {v0.16b, v1.16b}, v2.16b
    ("llvm.aarch64.neon.tbl2.v16i8", &[0x4e022000]),
    // tbl v0.8b, {v0.16b, v1.16b}, v2.8b
    ("llvm.aarch64.neon.tbl2.v8i8", &[0x0e022000]),
    // tbl v0.16b, {v0.16b, v1.16b, v2.16b}, v3.16b
    ("llvm.aarch64.neon.tbl3.v16i8", &[0x4e034000]),
    // tbl v0.8b, {v0.16b, v1.16b, v2.16b}, v3.8b
    ("llvm.aarch64.neon.tbl3.v8i8", &[0x0e034000]),
    // tbl v0.16b, {v0.16b, v1.16b, v2.16b, v3.16b}, v4.16b
    ("llvm.aarch64.neon.tbl4.v16i8", &[0x4e046000]),
    // tbl v0.8b, {v0.16b, v1.16b, v2.16b, v3.16b}, v4.8b
    ("llvm.aarch64.neon.tbl4.v8i8", &[0x0e046000]),
    // tbx v0.16b, {v1.16b}, v2.16b
    ("llvm.aarch64.neon.tbx1.v16i8", &[0x4e021020]),
    // tbx v0.8b, {v1.16b}, v2.8b
    ("llvm.aarch64.neon.tbx1.v8i8", &[0x0e021020]),
    // tbx v0.16b, {v1.16b, v2.16b}, v3.16b
    ("llvm.aarch64.neon.tbx2.v16i8", &[0x4e033020]),
    // tbx v0.8b, {v1.16b, v2.16b}, v3.8b
    ("llvm.aarch64.neon.tbx2.v8i8", &[0x0e033020]),
    // tbx v0.16b, {v1.16b, v2.16b, v3.16b}, v4.16b
    ("llvm.aarch64.neon.tbx3.v16i8", &[0x4e045020]),
    // tbx v0.8b, {v1.16b, v2.16b, v3.16b}, v4.8b
    ("llvm.aarch64.neon.tbx3.v8i8", &[0x0e045020]),
    // tbx v0.16b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.16b
    ("llvm.aarch64.neon.tbx4.v16i8", &[0x4e057020]),
    // tbx v0.8b, {v1.16b, v2.16b, v3.16b, v4.16b}, v5.8b
    ("llvm.aarch64.neon.tbx4.v8i8", &[0x0e057020]),
    // uabd v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.uabd.v16i8", &[0x6e217400]),
    // uabd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.uabd.v2i32", &[0x2ea17400]),
    // uabd v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.uabd.v4i16", &[0x2e617400]),
    // uabd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.uabd.v4i32", &[0x6ea17400]),
    // uabd v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.uabd.v8i16", &[0x6e617400]),
    // uabd v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.uabd.v8i8", &[0x2e217400]),
    // uaddlp v0.1d, v0.2s
    ("llvm.aarch64.neon.uaddlp.v1i64.v2i32", &[0x2ea02800]),
    // uaddlp v0.2s, v0.4h
    ("llvm.aarch64.neon.uaddlp.v2i32.v4i16", &[0x2e602800]),
    // uaddlp v0.2d, v0.4s
    ("llvm.aarch64.neon.uaddlp.v2i64.v4i32", &[0x6ea02800]),
    // uaddlp v0.4h, v0.8b
    ("llvm.aarch64.neon.uaddlp.v4i16.v8i8", &[0x2e202800]),
    // uaddlp v0.4s, v0.8h
    ("llvm.aarch64.neon.uaddlp.v4i32.v8i16", &[0x6e602800]),
    // uaddlp v0.8h, v0.16b
    ("llvm.aarch64.neon.uaddlp.v8i16.v16i8", &[0x6e202800]),
    // uaddlv h0, v0.16b; umov w0, v0.h[0]
    ("llvm.aarch64.neon.uaddlv.i32.v16i8", &[0x6e303800, 0x0e023c00]),
    // uaddlv s0, v0.4h; fmov w0, s0
    ("llvm.aarch64.neon.uaddlv.i32.v4i16", &[0x2e703800, 0x1e260000]),
    // uaddlv s0, v0.8h; fmov w0, s0
    ("llvm.aarch64.neon.uaddlv.i32.v8i16", &[0x6e703800, 0x1e260000]),
    // uaddlv h0, v0.8b; umov w0, v0.h[0]
    ("llvm.aarch64.neon.uaddlv.i32.v8i8", &[0x2e303800, 0x0e023c00]),
    // uaddlp v0.1d, v0.2s; fmov x0, d0
    ("llvm.aarch64.neon.uaddlv.i64.v2i32", &[0x2ea02800, 0x9e660000]),
    // uaddlv d0, v0.4s; fmov x0, d0
    ("llvm.aarch64.neon.uaddlv.i64.v4i32", &[0x6eb03800, 0x9e660000]),
    // udot v0.2s, v1.8b, v2.8b
    ("llvm.aarch64.neon.udot.v2i32.v8i8", &[0x2e829420]),
    // udot v0.4s, v1.16b, v2.16b
    ("llvm.aarch64.neon.udot.v4i32.v16i8", &[0x6e829420]),
    // uhadd v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.uhadd.v16i8", &[0x6e210400]),
    // uhadd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.uhadd.v2i32", &[0x2ea10400]),
    // uhadd v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.uhadd.v4i16", &[0x2e610400]),
    // uhadd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.uhadd.v4i32", &[0x6ea10400]),
    // uhadd v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.uhadd.v8i16", &[0x6e610400]),
    // uhadd v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.uhadd.v8i8", &[0x2e210400]),
    // uhsub v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.uhsub.v16i8", &[0x6e212400]),
    // uhsub v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.uhsub.v2i32", &[0x2ea12400]),
    // uhsub v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.uhsub.v4i16", &[0x2e612400]),
    // uhsub v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.uhsub.v4i32", &[0x6ea12400]),
    // uhsub v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.uhsub.v8i16", &[0x6e612400]),
    // uhsub v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.uhsub.v8i8", &[0x2e212400]),
    // umaxp v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.umaxp.v16i8", &[0x6e21a400]),
    // umaxp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.umaxp.v2i32", &[0x2ea1a400]),
    // umaxp v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.umaxp.v4i16", &[0x2e61a400]),
    // umaxp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.umaxp.v4i32", &[0x6ea1a400]),
    // umaxp v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.umaxp.v8i16", &[0x6e61a400]),
    // umaxp v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.umaxp.v8i8", &[0x2e21a400]),
    // uminp v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.uminp.v16i8", &[0x6e21ac00]),
    // uminp v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.uminp.v2i32", &[0x2ea1ac00]),
    // uminp v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.uminp.v4i16", &[0x2e61ac00]),
    // uminp v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.uminp.v4i32", &[0x6ea1ac00]),
    // uminp v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.uminp.v8i16", &[0x6e61ac00]),
    // uminp v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.uminp.v8i8", &[0x2e21ac00]),
    // ummla v0.4s, v1.16b, v2.16b
    ("llvm.aarch64.neon.ummla.v4i32.v16i8", &[0x6e82a420]),
    // fmov s0, w0; fmov s1, w1; uqadd s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.uqadd.i32", &[0x1e270000, 0x1e270021, 0x7ea10c00, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; uqadd d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.uqadd.i64", &[0x9e670000, 0x9e670021, 0x7ee10c00, 0x9e660000]),
    // fmov s0, w0; fmov s1, w1; uqrshl s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.uqrshl.i32", &[0x1e270000, 0x1e270021, 0x7ea15c00, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; uqrshl d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.uqrshl.i64", &[0x9e670000, 0x9e670021, 0x7ee15c00, 0x9e660000]),
    // uqrshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.uqrshl.v16i8", &[0x6e215c00]),
    // uqrshl d0, d0, d1
    ("llvm.aarch64.neon.uqrshl.v1i64", &[0x7ee15c00]),
    // uqrshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.uqrshl.v2i32", &[0x2ea15c00]),
    // uqrshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.uqrshl.v2i64", &[0x6ee15c00]),
    // uqrshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.uqrshl.v4i16", &[0x2e615c00]),
    // uqrshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.uqrshl.v4i32", &[0x6ea15c00]),
    // uqrshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.uqrshl.v8i16", &[0x6e615c00]),
    // uqrshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.uqrshl.v8i8", &[0x2e215c00]),
    // fmov d0, x0; fmov d1, x1; uqshl d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.uqshl.i64", &[0x9e670000, 0x9e670021, 0x7ee14c00, 0x9e660000]),
    // uqshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.uqshl.v16i8", &[0x6e214c00]),
    // uqshl d0, d0, d1
    ("llvm.aarch64.neon.uqshl.v1i64", &[0x7ee14c00]),
    // uqshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.uqshl.v2i32", &[0x2ea14c00]),
    // uqshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.uqshl.v2i64", &[0x6ee14c00]),
    // uqshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.uqshl.v4i16", &[0x2e614c00]),
    // uqshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.uqshl.v4i32", &[0x6ea14c00]),
    // uqshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.uqshl.v8i16", &[0x6e614c00]),
    // uqshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.uqshl.v8i8", &[0x2e214c00]),
    // fmov s0, w0; fmov s1, w1; uqsub s0, s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.uqsub.i32", &[0x1e270000, 0x1e270021, 0x7ea12c00, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; uqsub d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.uqsub.i64", &[0x9e670000, 0x9e670021, 0x7ee12c00, 0x9e660000]),
    // uqxtn v0.2s, v0.2d
    ("llvm.aarch64.neon.uqxtn.v2i32", &[0x2ea14800]),
    // uqxtn v0.4h, v0.4s
    ("llvm.aarch64.neon.uqxtn.v4i16", &[0x2e614800]),
    // uqxtn v0.8b, v0.8h
    ("llvm.aarch64.neon.uqxtn.v8i8", &[0x2e214800]),
    // urecpe v0.2s, v0.2s
    ("llvm.aarch64.neon.urecpe.v2i32", &[0x0ea1c800]),
    // urecpe v0.4s, v0.4s
    ("llvm.aarch64.neon.urecpe.v4i32", &[0x4ea1c800]),
    // urhadd v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.urhadd.v16i8", &[0x6e211400]),
    // urhadd v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.urhadd.v2i32", &[0x2ea11400]),
    // urhadd v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.urhadd.v4i16", &[0x2e611400]),
    // urhadd v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.urhadd.v4i32", &[0x6ea11400]),
    // urhadd v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.urhadd.v8i16", &[0x6e611400]),
    // urhadd v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.urhadd.v8i8", &[0x2e211400]),
    // fmov d0, x0; fmov d1, x1; urshl d0, d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.urshl.i64", &[0x9e670000, 0x9e670021, 0x7ee15400, 0x9e660000]),
    // urshl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.urshl.v16i8", &[0x6e215400]),
    // urshl d0, d0, d1
    ("llvm.aarch64.neon.urshl.v1i64", &[0x7ee15400]),
    // urshl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.urshl.v2i32", &[0x2ea15400]),
    // urshl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.urshl.v2i64", &[0x6ee15400]),
    // urshl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.urshl.v4i16", &[0x2e615400]),
    // urshl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.urshl.v4i32", &[0x6ea15400]),
    // urshl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.urshl.v8i16", &[0x6e615400]),
    // urshl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.urshl.v8i8", &[0x2e215400]),
    // ursqrte v0.2s, v0.2s
    ("llvm.aarch64.neon.ursqrte.v2i32", &[0x2ea1c800]),
    // ursqrte v0.4s, v0.4s
    ("llvm.aarch64.neon.ursqrte.v4i32", &[0x6ea1c800]),
    // usdot v0.2s, v1.8b, v2.8b
    ("llvm.aarch64.neon.usdot.v2i32.v8i8", &[0x0e829c20]),
    // usdot v0.4s, v1.16b, v2.16b
    ("llvm.aarch64.neon.usdot.v4i32.v16i8", &[0x4e829c20]),
    // ushl v0.16b, v0.16b, v1.16b
    ("llvm.aarch64.neon.ushl.v16i8", &[0x6e214400]),
    // ushl d0, d0, d1
    ("llvm.aarch64.neon.ushl.v1i64", &[0x7ee14400]),
    // ushl v0.2s, v0.2s, v1.2s
    ("llvm.aarch64.neon.ushl.v2i32", &[0x2ea14400]),
    // ushl v0.2d, v0.2d, v1.2d
    ("llvm.aarch64.neon.ushl.v2i64", &[0x6ee14400]),
    // ushl v0.4h, v0.4h, v1.4h
    ("llvm.aarch64.neon.ushl.v4i16", &[0x2e614400]),
    // ushl v0.4s, v0.4s, v1.4s
    ("llvm.aarch64.neon.ushl.v4i32", &[0x6ea14400]),
    // ushl v0.8h, v0.8h, v1.8h
    ("llvm.aarch64.neon.ushl.v8i16", &[0x6e614400]),
    // ushl v0.8b, v0.8b, v1.8b
    ("llvm.aarch64.neon.ushl.v8i8", &[0x2e214400]),
    // usmmla v0.4s, v1.16b, v2.16b
    ("llvm.aarch64.neon.usmmla.v4i32.v16i8", &[0x4e82ac20]),
    // fmov s0, w0; fmov s1, w1; usqadd s0, s1; fmov w0, s0
    ("llvm.aarch64.neon.usqadd.i32", &[0x1e270000, 0x1e270021, 0x7ea03820, 0x1e260000]),
    // fmov d0, x0; fmov d1, x1; usqadd d0, d1; fmov x0, d0
    ("llvm.aarch64.neon.usqadd.i64", &[0x9e670000, 0x9e670021, 0x7ee03820, 0x9e660000]),
    // usqadd v0.16b, v1.16b
    ("llvm.aarch64.neon.usqadd.v16i8", &[0x6e203820]),
    // usqadd d0, d1
    ("llvm.aarch64.neon.usqadd.v1i64", &[0x7ee03820]),
    // usqadd v0.2s, v1.2s
    ("llvm.aarch64.neon.usqadd.v2i32", &[0x2ea03820]),
    // usqadd v0.2d, v1.2d
    ("llvm.aarch64.neon.usqadd.v2i64", &[0x6ee03820]),
    // usqadd v0.4h, v1.4h
    ("llvm.aarch64.neon.usqadd.v4i16", &[0x2e603820]),
    // usqadd v0.4s, v1.4s
    ("llvm.aarch64.neon.usqadd.v4i32", &[0x6ea03820]),
    // usqadd v0.8h, v1.8h
    ("llvm.aarch64.neon.usqadd.v8i16", &[0x6e603820]),
    // usqadd v0.8b, v1.8b
    ("llvm.aarch64.neon.usqadd.v8i8", &[0x2e203820]),
    // fcadd v0.2s, v0.2s, v1.2s, #270
    ("llvm.aarch64.neon.vcadd.rot270.v2f32", &[0x2e81f400]),
    // fcadd v0.2d, v0.2d, v1.2d, #270
    ("llvm.aarch64.neon.vcadd.rot270.v2f64", &[0x6ec1f400]),
    // fcadd v0.4s, v0.4s, v1.4s, #270
    ("llvm.aarch64.neon.vcadd.rot270.v4f32", &[0x6e81f400]),
    // fcadd v0.2s, v0.2s, v1.2s, #90
    ("llvm.aarch64.neon.vcadd.rot90.v2f32", &[0x2e81e400]),
    // fcadd v0.2d, v0.2d, v1.2d, #90
    ("llvm.aarch64.neon.vcadd.rot90.v2f64", &[0x6ec1e400]),
    // fcadd v0.4s, v0.4s, v1.4s, #90
    ("llvm.aarch64.neon.vcadd.rot90.v4f32", &[0x6e81e400]),
    // fcmla v0.2s, v1.2s, v2.2s, #0
    ("llvm.aarch64.neon.vcmla.rot0.v2f32", &[0x2e82c420]),
    // fcmla v0.2d, v1.2d, v2.2d, #0
    ("llvm.aarch64.neon.vcmla.rot0.v2f64", &[0x6ec2c420]),
    // fcmla v0.4s, v1.4s, v2.4s, #0
    ("llvm.aarch64.neon.vcmla.rot0.v4f32", &[0x6e82c420]),
    // fcmla v0.2s, v1.2s, v2.2s, #180
    ("llvm.aarch64.neon.vcmla.rot180.v2f32", &[0x2e82d420]),
    // fcmla v0.2d, v1.2d, v2.2d, #180
    ("llvm.aarch64.neon.vcmla.rot180.v2f64", &[0x6ec2d420]),
    // fcmla v0.4s, v1.4s, v2.4s, #180
    ("llvm.aarch64.neon.vcmla.rot180.v4f32", &[0x6e82d420]),
    // fcmla v0.2s, v1.2s, v2.2s, #270
    ("llvm.aarch64.neon.vcmla.rot270.v2f32", &[0x2e82dc20]),
    // fcmla v0.2d, v1.2d, v2.2d, #270
    ("llvm.aarch64.neon.vcmla.rot270.v2f64", &[0x6ec2dc20]),
    // fcmla v0.4s, v1.4s, v2.4s, #270
    ("llvm.aarch64.neon.vcmla.rot270.v4f32", &[0x6e82dc20]),
    // fcmla v0.2s, v1.2s, v2.2s, #90
    ("llvm.aarch64.neon.vcmla.rot90.v2f32", &[0x2e82cc20]),
    // fcmla v0.2d, v1.2d, v2.2d, #90
    ("llvm.aarch64.neon.vcmla.rot90.v2f64", &[0x6ec2cc20]),
    // fcmla v0.4s, v1.4s, v2.4s, #90
    ("llvm.aarch64.neon.vcmla.rot90.v4f32", &[0x6e82cc20]),
    // fcvtzs d0, d0
    ("llvm.fptosi.sat.v1i64.v1f64", &[0x5ee1b800]),
    // fcvtzs v0.2s, v0.2s
    ("llvm.fptosi.sat.v2i32.v2f32", &[0x0ea1b800]),
    // fcvtzs v0.2d, v0.2d
    ("llvm.fptosi.sat.v2i64.v2f64", &[0x4ee1b800]),
    // fcvtzs v0.4s, v0.4s
    ("llvm.fptosi.sat.v4i32.v4f32", &[0x4ea1b800]),
    // fcvtzu d0, d0
    ("llvm.fptoui.sat.v1i64.v1f64", &[0x7ee1b800]),
    // fcvtzu v0.2s, v0.2s
    ("llvm.fptoui.sat.v2i32.v2f32", &[0x2ea1b800]),
    // fcvtzu v0.2d, v0.2d
    ("llvm.fptoui.sat.v2i64.v2f64", &[0x6ee1b800]),
    // fcvtzu v0.4s, v0.4s
    ("llvm.fptoui.sat.v4i32.v4f32", &[0x6ea1b800]),
    // frinti d0, d0
    ("llvm.nearbyint.v1f64", &[0x1e67c000]),
    // frinti v0.2s, v0.2s
    ("llvm.nearbyint.v2f32", &[0x2ea19800]),
    // frinti v0.2d, v0.2d
    ("llvm.nearbyint.v2f64", &[0x6ee19800]),
    // frinti v0.4s, v0.4s
    ("llvm.nearbyint.v4f32", &[0x6ea19800]),
    // frintn s0, s0
    ("llvm.roundeven.f32", &[0x1e244000]),
    // frintn d0, d0
    ("llvm.roundeven.v1f64", &[0x1e644000]),
    // frintn v0.2s, v0.2s
    ("llvm.roundeven.v2f32", &[0x0e218800]),
    // frintn v0.2d, v0.2d
    ("llvm.roundeven.v2f64", &[0x4e618800]),
    // frintn v0.4s, v0.4s
    ("llvm.roundeven.v4f32", &[0x4e218800]),
];

/// The helpers of the intrinsics with an immediate operand: the instructions with the
/// immediate's bits zero, and how it is encoded (checked by `table.py` for every value).
pub(super) static IMMEDIATE_HELPERS: &[(&str, Immediate, &[u32])] = &[
    // sm3tt1a v0.4s, v1.4s, v2.s[n], n in 0..=3
    (
        "llvm.aarch64.crypto.sm3tt1a",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x3, offset: 0, negate: false },
        },
        &[0xce428020],
    ),
    // sm3tt1b v0.4s, v1.4s, v2.s[n], n in 0..=3
    (
        "llvm.aarch64.crypto.sm3tt1b",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x3, offset: 0, negate: false },
        },
        &[0xce428420],
    ),
    // sm3tt2a v0.4s, v1.4s, v2.s[n], n in 0..=3
    (
        "llvm.aarch64.crypto.sm3tt2a",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x3, offset: 0, negate: false },
        },
        &[0xce428820],
    ),
    // sm3tt2b v0.4s, v1.4s, v2.s[n], n in 0..=3
    (
        "llvm.aarch64.crypto.sm3tt2b",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x3, offset: 0, negate: false },
        },
        &[0xce428c20],
    ),
    // xar v0.2d, v0.2d, v1.2d, #n, n in 0..=63
    (
        "llvm.aarch64.crypto.xar",
        Immediate {
            arg: 2,
            low: 0,
            high: 63,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x3f, offset: 0, negate: false },
        },
        &[0xce810000],
    ),
    // ld2 {v0.b, v1.b}[n], [x0], n in 0..=15
    (
        "llvm.aarch64.neon.ld2lane.v16i8.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d600000, 0x0d600400, 0x0d600800, 0x0d600c00, 0x0d601000, 0x0d601400, 0x0d601800,
                0x0d601c00, 0x4d600000, 0x4d600400, 0x4d600800, 0x4d600c00, 0x4d601000, 0x4d601400,
                0x4d601800, 0x4d601c00,
            ]),
        },
        &[0x00000000],
    ),
    // ld2 {v0.d, v1.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.ld2lane.v1f64.p0",
        Immediate { arg: 2, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d608400]) },
        &[0x00000000],
    ),
    // ld2 {v0.d, v1.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.ld2lane.v1i64.p0",
        Immediate { arg: 2, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d608400]) },
        &[0x00000000],
    ),
    // ld2 {v0.s, v1.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld2lane.v2f32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d608000],
    ),
    // ld2 {v0.d, v1.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld2lane.v2f64.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d608400],
    ),
    // ld2 {v0.s, v1.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld2lane.v2i32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d608000],
    ),
    // ld2 {v0.d, v1.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld2lane.v2i64.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d608400],
    ),
    // ld2 {v0.h, v1.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld2lane.v4f16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d604000],
    ),
    // ld2 {v0.s, v1.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld2lane.v4f32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d608000, 0x0d609000, 0x4d608000, 0x4d609000]),
        },
        &[0x00000000],
    ),
    // ld2 {v0.h, v1.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld2lane.v4i16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d604000],
    ),
    // ld2 {v0.s, v1.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld2lane.v4i32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d608000, 0x0d609000, 0x4d608000, 0x4d609000]),
        },
        &[0x00000000],
    ),
    // ld2 {v0.h, v1.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld2lane.v8f16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d604000, 0x0d604800, 0x0d605000, 0x0d605800, 0x4d604000, 0x4d604800, 0x4d605000,
                0x4d605800,
            ]),
        },
        &[0x00000000],
    ),
    // ld2 {v0.h, v1.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld2lane.v8i16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d604000, 0x0d604800, 0x0d605000, 0x0d605800, 0x4d604000, 0x4d604800, 0x4d605000,
                0x4d605800,
            ]),
        },
        &[0x00000000],
    ),
    // ld2 {v0.b, v1.b}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld2lane.v8i8.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x7, offset: 0, negate: false },
        },
        &[0x0d600000],
    ),
    // ld3 {v0.b, v1.b, v2.b}[n], [x0], n in 0..=15
    (
        "llvm.aarch64.neon.ld3lane.v16i8.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d402000, 0x0d402400, 0x0d402800, 0x0d402c00, 0x0d403000, 0x0d403400, 0x0d403800,
                0x0d403c00, 0x4d402000, 0x4d402400, 0x4d402800, 0x4d402c00, 0x4d403000, 0x4d403400,
                0x4d403800, 0x4d403c00,
            ]),
        },
        &[0x00000000],
    ),
    // ld3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.ld3lane.v1f64.p0",
        Immediate { arg: 3, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d40a400]) },
        &[0x00000000],
    ),
    // ld3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.ld3lane.v1i64.p0",
        Immediate { arg: 3, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d40a400]) },
        &[0x00000000],
    ),
    // ld3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld3lane.v2f32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d40a000],
    ),
    // ld3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld3lane.v2f64.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d40a400],
    ),
    // ld3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld3lane.v2i32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d40a000],
    ),
    // ld3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld3lane.v2i64.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d40a400],
    ),
    // ld3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld3lane.v4f16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d406000],
    ),
    // ld3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld3lane.v4f32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d40a000, 0x0d40b000, 0x4d40a000, 0x4d40b000]),
        },
        &[0x00000000],
    ),
    // ld3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld3lane.v4i16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d406000],
    ),
    // ld3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld3lane.v4i32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d40a000, 0x0d40b000, 0x4d40a000, 0x4d40b000]),
        },
        &[0x00000000],
    ),
    // ld3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld3lane.v8f16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d406000, 0x0d406800, 0x0d407000, 0x0d407800, 0x4d406000, 0x4d406800, 0x4d407000,
                0x4d407800,
            ]),
        },
        &[0x00000000],
    ),
    // ld3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld3lane.v8i16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d406000, 0x0d406800, 0x0d407000, 0x0d407800, 0x4d406000, 0x4d406800, 0x4d407000,
                0x4d407800,
            ]),
        },
        &[0x00000000],
    ),
    // ld3 {v0.b, v1.b, v2.b}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld3lane.v8i8.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x7, offset: 0, negate: false },
        },
        &[0x0d402000],
    ),
    // ld4 {v0.b, v1.b, v2.b, v3.b}[n], [x0], n in 0..=15
    (
        "llvm.aarch64.neon.ld4lane.v16i8.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d602000, 0x0d602400, 0x0d602800, 0x0d602c00, 0x0d603000, 0x0d603400, 0x0d603800,
                0x0d603c00, 0x4d602000, 0x4d602400, 0x4d602800, 0x4d602c00, 0x4d603000, 0x4d603400,
                0x4d603800, 0x4d603c00,
            ]),
        },
        &[0x00000000],
    ),
    // ld4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.ld4lane.v1f64.p0",
        Immediate { arg: 4, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d60a400]) },
        &[0x00000000],
    ),
    // ld4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.ld4lane.v1i64.p0",
        Immediate { arg: 4, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d60a400]) },
        &[0x00000000],
    ),
    // ld4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld4lane.v2f32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d60a000],
    ),
    // ld4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld4lane.v2f64.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d60a400],
    ),
    // ld4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld4lane.v2i32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d60a000],
    ),
    // ld4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.ld4lane.v2i64.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d60a400],
    ),
    // ld4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld4lane.v4f16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d606000],
    ),
    // ld4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld4lane.v4f32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d60a000, 0x0d60b000, 0x4d60a000, 0x4d60b000]),
        },
        &[0x00000000],
    ),
    // ld4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld4lane.v4i16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d606000],
    ),
    // ld4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.ld4lane.v4i32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d60a000, 0x0d60b000, 0x4d60a000, 0x4d60b000]),
        },
        &[0x00000000],
    ),
    // ld4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld4lane.v8f16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d606000, 0x0d606800, 0x0d607000, 0x0d607800, 0x4d606000, 0x4d606800, 0x4d607000,
                0x4d607800,
            ]),
        },
        &[0x00000000],
    ),
    // ld4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld4lane.v8i16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d606000, 0x0d606800, 0x0d607000, 0x0d607800, 0x4d606000, 0x4d606800, 0x4d607000,
                0x4d607800,
            ]),
        },
        &[0x00000000],
    ),
    // ld4 {v0.b, v1.b, v2.b, v3.b}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.ld4lane.v8i8.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x7, offset: 0, negate: false },
        },
        &[0x0d602000],
    ),
    // rshrn v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.rshrn.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x0f208c00],
    ),
    // rshrn v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.rshrn.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x0f108c00],
    ),
    // rshrn v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.rshrn.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x0f088c00],
    ),
    // sqrshrn v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.sqrshrn.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x0f209c00],
    ),
    // sqrshrn v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.sqrshrn.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x0f109c00],
    ),
    // sqrshrn v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.sqrshrn.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x0f089c00],
    ),
    // sqrshrun v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.sqrshrun.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x2f208c00],
    ),
    // sqrshrun v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.sqrshrun.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x2f108c00],
    ),
    // sqrshrun v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.sqrshrun.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x2f088c00],
    ),
    // fmov d0, x0; sqshrn s0, d0, #n; fmov w0, s0, n in 1..=32
    (
        "llvm.aarch64.neon.sqshrn.i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 1,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x9e670000, 0x5f209400, 0x1e260000],
    ),
    // sqshrn v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.sqshrn.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x0f209400],
    ),
    // sqshrn v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.sqshrn.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x0f109400],
    ),
    // sqshrn v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.sqshrn.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x0f089400],
    ),
    // sqshrun v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.sqshrun.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x2f208400],
    ),
    // sqshrun v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.sqshrun.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x2f108400],
    ),
    // sqshrun v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.sqshrun.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x2f088400],
    ),
    // st2 {v0.b, v1.b}[n], [x0], n in 0..=15
    (
        "llvm.aarch64.neon.st2lane.v16i8.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d200000, 0x0d200400, 0x0d200800, 0x0d200c00, 0x0d201000, 0x0d201400, 0x0d201800,
                0x0d201c00, 0x4d200000, 0x4d200400, 0x4d200800, 0x4d200c00, 0x4d201000, 0x4d201400,
                0x4d201800, 0x4d201c00,
            ]),
        },
        &[0x00000000],
    ),
    // st2 {v0.d, v1.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.st2lane.v1f64.p0",
        Immediate { arg: 2, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d208400]) },
        &[0x00000000],
    ),
    // st2 {v0.d, v1.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.st2lane.v1i64.p0",
        Immediate { arg: 2, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d208400]) },
        &[0x00000000],
    ),
    // st2 {v0.s, v1.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st2lane.v2f32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d208000],
    ),
    // st2 {v0.d, v1.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st2lane.v2f64.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d208400],
    ),
    // st2 {v0.s, v1.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st2lane.v2i32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d208000],
    ),
    // st2 {v0.d, v1.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st2lane.v2i64.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d208400],
    ),
    // st2 {v0.h, v1.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st2lane.v4f16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d204000],
    ),
    // st2 {v0.s, v1.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st2lane.v4f32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d208000, 0x0d209000, 0x4d208000, 0x4d209000]),
        },
        &[0x00000000],
    ),
    // st2 {v0.h, v1.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st2lane.v4i16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d204000],
    ),
    // st2 {v0.s, v1.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st2lane.v4i32.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d208000, 0x0d209000, 0x4d208000, 0x4d209000]),
        },
        &[0x00000000],
    ),
    // st2 {v0.h, v1.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st2lane.v8f16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d204000, 0x0d204800, 0x0d205000, 0x0d205800, 0x4d204000, 0x4d204800, 0x4d205000,
                0x4d205800,
            ]),
        },
        &[0x00000000],
    ),
    // st2 {v0.h, v1.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st2lane.v8i16.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d204000, 0x0d204800, 0x0d205000, 0x0d205800, 0x4d204000, 0x4d204800, 0x4d205000,
                0x4d205800,
            ]),
        },
        &[0x00000000],
    ),
    // st2 {v0.b, v1.b}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st2lane.v8i8.p0",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x7, offset: 0, negate: false },
        },
        &[0x0d200000],
    ),
    // st3 {v0.b, v1.b, v2.b}[n], [x0], n in 0..=15
    (
        "llvm.aarch64.neon.st3lane.v16i8.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d002000, 0x0d002400, 0x0d002800, 0x0d002c00, 0x0d003000, 0x0d003400, 0x0d003800,
                0x0d003c00, 0x4d002000, 0x4d002400, 0x4d002800, 0x4d002c00, 0x4d003000, 0x4d003400,
                0x4d003800, 0x4d003c00,
            ]),
        },
        &[0x00000000],
    ),
    // st3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.st3lane.v1f64.p0",
        Immediate { arg: 3, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d00a400]) },
        &[0x00000000],
    ),
    // st3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.st3lane.v1i64.p0",
        Immediate { arg: 3, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d00a400]) },
        &[0x00000000],
    ),
    // st3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st3lane.v2f32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d00a000],
    ),
    // st3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st3lane.v2f64.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d00a400],
    ),
    // st3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st3lane.v2i32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d00a000],
    ),
    // st3 {v0.d, v1.d, v2.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st3lane.v2i64.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d00a400],
    ),
    // st3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st3lane.v4f16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d006000],
    ),
    // st3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st3lane.v4f32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d00a000, 0x0d00b000, 0x4d00a000, 0x4d00b000]),
        },
        &[0x00000000],
    ),
    // st3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st3lane.v4i16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d006000],
    ),
    // st3 {v0.s, v1.s, v2.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st3lane.v4i32.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d00a000, 0x0d00b000, 0x4d00a000, 0x4d00b000]),
        },
        &[0x00000000],
    ),
    // st3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st3lane.v8f16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d006000, 0x0d006800, 0x0d007000, 0x0d007800, 0x4d006000, 0x4d006800, 0x4d007000,
                0x4d007800,
            ]),
        },
        &[0x00000000],
    ),
    // st3 {v0.h, v1.h, v2.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st3lane.v8i16.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d006000, 0x0d006800, 0x0d007000, 0x0d007800, 0x4d006000, 0x4d006800, 0x4d007000,
                0x4d007800,
            ]),
        },
        &[0x00000000],
    ),
    // st3 {v0.b, v1.b, v2.b}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st3lane.v8i8.p0",
        Immediate {
            arg: 3,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x7, offset: 0, negate: false },
        },
        &[0x0d002000],
    ),
    // st4 {v0.b, v1.b, v2.b, v3.b}[n], [x0], n in 0..=15
    (
        "llvm.aarch64.neon.st4lane.v16i8.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d202000, 0x0d202400, 0x0d202800, 0x0d202c00, 0x0d203000, 0x0d203400, 0x0d203800,
                0x0d203c00, 0x4d202000, 0x4d202400, 0x4d202800, 0x4d202c00, 0x4d203000, 0x4d203400,
                0x4d203800, 0x4d203c00,
            ]),
        },
        &[0x00000000],
    ),
    // st4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.st4lane.v1f64.p0",
        Immediate { arg: 4, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d20a400]) },
        &[0x00000000],
    ),
    // st4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=0
    (
        "llvm.aarch64.neon.st4lane.v1i64.p0",
        Immediate { arg: 4, low: 0, high: 0, word: 0, encoding: Encoding::Words(&[0x0d20a400]) },
        &[0x00000000],
    ),
    // st4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st4lane.v2f32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d20a000],
    ),
    // st4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st4lane.v2f64.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d20a400],
    ),
    // st4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st4lane.v2i32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 12, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d20a000],
    ),
    // st4 {v0.d, v1.d, v2.d, v3.d}[n], [x0], n in 0..=1
    (
        "llvm.aarch64.neon.st4lane.v2i64.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 1,
            word: 0,
            encoding: Encoding::Field { shift: 30, mask: 0x1, offset: 0, negate: false },
        },
        &[0x0d20a400],
    ),
    // st4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st4lane.v4f16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d206000],
    ),
    // st4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st4lane.v4f32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d20a000, 0x0d20b000, 0x4d20a000, 0x4d20b000]),
        },
        &[0x00000000],
    ),
    // st4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st4lane.v4i16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Field { shift: 11, mask: 0x3, offset: 0, negate: false },
        },
        &[0x0d206000],
    ),
    // st4 {v0.s, v1.s, v2.s, v3.s}[n], [x0], n in 0..=3
    (
        "llvm.aarch64.neon.st4lane.v4i32.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 3,
            word: 0,
            encoding: Encoding::Words(&[0x0d20a000, 0x0d20b000, 0x4d20a000, 0x4d20b000]),
        },
        &[0x00000000],
    ),
    // st4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st4lane.v8f16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d206000, 0x0d206800, 0x0d207000, 0x0d207800, 0x4d206000, 0x4d206800, 0x4d207000,
                0x4d207800,
            ]),
        },
        &[0x00000000],
    ),
    // st4 {v0.h, v1.h, v2.h, v3.h}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st4lane.v8i16.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Words(&[
                0x0d206000, 0x0d206800, 0x0d207000, 0x0d207800, 0x4d206000, 0x4d206800, 0x4d207000,
                0x4d207800,
            ]),
        },
        &[0x00000000],
    ),
    // st4 {v0.b, v1.b, v2.b, v3.b}[n], [x0], n in 0..=7
    (
        "llvm.aarch64.neon.st4lane.v8i8.p0",
        Immediate {
            arg: 4,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x7, offset: 0, negate: false },
        },
        &[0x0d202000],
    ),
    // uqrshrn v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.uqrshrn.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x2f209c00],
    ),
    // uqrshrn v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.uqrshrn.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x2f109c00],
    ),
    // uqrshrn v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.uqrshrn.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x2f089c00],
    ),
    // fmov d0, x0; uqshrn s0, d0, #n; fmov w0, s0, n in 1..=32
    (
        "llvm.aarch64.neon.uqshrn.i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 1,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x9e670000, 0x7f209400, 0x1e260000],
    ),
    // uqshrn v0.2s, v0.2d, #n, n in 1..=32
    (
        "llvm.aarch64.neon.uqshrn.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x2f209400],
    ),
    // uqshrn v0.4h, v0.4s, #n, n in 1..=16
    (
        "llvm.aarch64.neon.uqshrn.v4i16",
        Immediate {
            arg: 1,
            low: 1,
            high: 16,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: true },
        },
        &[0x2f109400],
    ),
    // uqshrn v0.8b, v0.8h, #n, n in 1..=8
    (
        "llvm.aarch64.neon.uqshrn.v8i8",
        Immediate {
            arg: 1,
            low: 1,
            high: 8,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: true },
        },
        &[0x2f089400],
    ),
    // fcvtzs w0, s0, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfp2fxs.i32.f32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x1e188000],
    ),
    // fcvtzs x0, d0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfp2fxs.i64.f64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x9e580000],
    ),
    // fcvtzs d0, d0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfp2fxs.v1i64.v1f64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x5f40fc00],
    ),
    // fcvtzs v0.2s, v0.2s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfp2fxs.v2i32.v2f32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x0f20fc00],
    ),
    // fcvtzs v0.2d, v0.2d, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfp2fxs.v2i64.v2f64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x4f40fc00],
    ),
    // fcvtzs v0.4s, v0.4s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfp2fxs.v4i32.v4f32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x4f20fc00],
    ),
    // fcvtzu w0, s0, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfp2fxu.i32.f32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x1e198000],
    ),
    // fcvtzu x0, d0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfp2fxu.i64.f64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x9e590000],
    ),
    // fcvtzu d0, d0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfp2fxu.v1i64.v1f64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x7f40fc00],
    ),
    // fcvtzu v0.2s, v0.2s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfp2fxu.v2i32.v2f32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x2f20fc00],
    ),
    // fcvtzu v0.2d, v0.2d, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfp2fxu.v2i64.v2f64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x6f40fc00],
    ),
    // fcvtzu v0.4s, v0.4s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfp2fxu.v4i32.v4f32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x6f20fc00],
    ),
    // scvtf s0, w0, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfxs2fp.f32.i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x1e028000],
    ),
    // scvtf d0, x0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfxs2fp.f64.i64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x9e420000],
    ),
    // scvtf d0, d0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfxs2fp.v1f64.v1i64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x5f40e400],
    ),
    // scvtf v0.2s, v0.2s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfxs2fp.v2f32.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x0f20e400],
    ),
    // scvtf v0.2d, v0.2d, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfxs2fp.v2f64.v2i64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x4f40e400],
    ),
    // scvtf v0.4s, v0.4s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfxs2fp.v4f32.v4i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x4f20e400],
    ),
    // ucvtf s0, w0, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfxu2fp.f32.i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x1e038000],
    ),
    // ucvtf d0, x0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfxu2fp.f64.i64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 10, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x9e430000],
    ),
    // ucvtf d0, d0, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfxu2fp.v1f64.v1i64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x7f40e400],
    ),
    // ucvtf v0.2s, v0.2s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfxu2fp.v2f32.v2i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x2f20e400],
    ),
    // ucvtf v0.2d, v0.2d, #n, n in 1..=64
    (
        "llvm.aarch64.neon.vcvtfxu2fp.v2f64.v2i64",
        Immediate {
            arg: 1,
            low: 1,
            high: 64,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: true },
        },
        &[0x6f40e400],
    ),
    // ucvtf v0.4s, v0.4s, #n, n in 1..=32
    (
        "llvm.aarch64.neon.vcvtfxu2fp.v4f32.v4i32",
        Immediate {
            arg: 1,
            low: 1,
            high: 32,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: true },
        },
        &[0x6f20e400],
    ),
    // sli v0.16b, v1.16b, #n, n in 0..=7
    (
        "llvm.aarch64.neon.vsli.v16i8",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: false },
        },
        &[0x6f085420],
    ),
    // sli d0, d1, #n, n in 0..=63
    (
        "llvm.aarch64.neon.vsli.v1i64",
        Immediate {
            arg: 2,
            low: 0,
            high: 63,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: false },
        },
        &[0x7f405420],
    ),
    // sli v0.2s, v1.2s, #n, n in 0..=31
    (
        "llvm.aarch64.neon.vsli.v2i32",
        Immediate {
            arg: 2,
            low: 0,
            high: 31,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: false },
        },
        &[0x2f205420],
    ),
    // sli v0.2d, v1.2d, #n, n in 0..=63
    (
        "llvm.aarch64.neon.vsli.v2i64",
        Immediate {
            arg: 2,
            low: 0,
            high: 63,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x3f, offset: 0, negate: false },
        },
        &[0x6f405420],
    ),
    // sli v0.4h, v1.4h, #n, n in 0..=15
    (
        "llvm.aarch64.neon.vsli.v4i16",
        Immediate {
            arg: 2,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: false },
        },
        &[0x2f105420],
    ),
    // sli v0.4s, v1.4s, #n, n in 0..=31
    (
        "llvm.aarch64.neon.vsli.v4i32",
        Immediate {
            arg: 2,
            low: 0,
            high: 31,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x1f, offset: 0, negate: false },
        },
        &[0x6f205420],
    ),
    // sli v0.8h, v1.8h, #n, n in 0..=15
    (
        "llvm.aarch64.neon.vsli.v8i16",
        Immediate {
            arg: 2,
            low: 0,
            high: 15,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0xf, offset: 0, negate: false },
        },
        &[0x6f105420],
    ),
    // sli v0.8b, v1.8b, #n, n in 0..=7
    (
        "llvm.aarch64.neon.vsli.v8i8",
        Immediate {
            arg: 2,
            low: 0,
            high: 7,
            word: 0,
            encoding: Encoding::Field { shift: 16, mask: 0x7, offset: 0, negate: false },
        },
        &[0x2f085420],
    ),
];
