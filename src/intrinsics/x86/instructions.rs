//! x86 intrinsics that are one instruction Cranelift has no equivalent for, as assembly
//! helpers in the unit's module-level assembly (System V: vector operands in `xmm0`..,
//! integers in `rdi`, `rsi`, .., results in `xmm0` or `rax` and `rdx`), one helper per
//! instruction and immediate: AES (and VAES), carry-less multiplication, SHA, CRC-32, the
//! SSE4.2 string comparisons, approximate reciprocals (whose precision is the CPU's),
//! conversions and roundings in MXCSR's rounding mode, per-lane variable shifts, F16C's
//! conversion to half precision, PDEP/PEXT, GFNI, SSE4A's bit fields, the AVX-VNNI dot
//! products, random numbers, time stamps, MXCSR, fences, cache flushes and the state saving
//! instructions.

use cranelift_codegen::ir::{InstBuilder, Type, Value, types};
use rustc_abi::FieldIdx;
use smallvec::SmallVec;

use super::{chunks_as, has_feature, immediate, join_low_halves};
use crate::intrinsics::llvm::call_asm_helper;
use crate::intrinsics::vector::{CHUNK_BYTES, ChunkValues, store_chunks};
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

pub(super) fn lower<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    if let Some((helper, instruction)) = chunk_instruction(name) {
        asm_per_chunk(fx, helper, || format!("{instruction}\nret"), args, dest);
        return true;
    }
    if let Some((instruction, returns)) = fixed_instruction(name) {
        let operands = operands(fx, args);
        let results =
            call_asm_helper(fx, name, || format!("{instruction}\nret"), &operands, returns);
        write_results(fx, &results, dest);
        return true;
    }
    match name {
        // Zeroing the vector registers is invisible to the program: Cranelift keeps no values
        // in them across this call's helper boundary anyway.
        "avx.vzeroall" => {}
        "sse2.mfence" => {
            fx.bcx.ins().fence();
        }
        "avx.cvt.pd2dq.256" => {
            let halves =
                per_source_chunk(fx, "cvtpd2dq", || "cvtpd2dq xmm0, xmm0\nret".into(), args[0]);
            let result = join_low_halves(fx, halves[0], halves[1]);
            store_chunks(fx, dest, &[result]);
        }
        "vcvtps2ph.128" | "vcvtps2ph.256" => {
            let Some(rounding) = immediate(fx, args[1]) else { return false };
            // Bit 2 takes MXCSR's rounding mode, whatever bits 0-1 say.
            let rounding = if rounding & 4 != 0 { 4 } else { rounding & 3 };
            let helper = format!("vcvtps2ph_{rounding}");
            let body = || format!("vcvtps2ph xmm0, xmm0, {rounding}\nret");
            let mut halves = per_source_chunk(fx, &helper, body, args[0]);
            if halves.len() == 2 {
                halves = smallvec::smallvec![join_low_halves(fx, halves[0], halves[1])];
            }
            store_chunks(fx, dest, &halves);
        }
        // VPCLMULQDQ's 256-bit form multiplies in each 128-bit lane with the same selector.
        "pclmulqdq" | "pclmulqdq.256" => {
            // Only bits 0 and 4 choose the quadwords.
            let Some(selector) = immediate(fx, args[2]) else { return false };
            let selector = selector & 0x11;
            let helper = format!("pclmulqdq_{selector}");
            let body = || format!("pclmulqdq xmm0, xmm1, {selector}\nret");
            asm_per_chunk(fx, &helper, body, &args[..2], dest);
        }
        "aesni.aeskeygenassist" => {
            let Some(constant) = immediate(fx, args[1]) else { return false };
            let helper = format!("aeskeygenassist_{constant}");
            let body = || format!("aeskeygenassist xmm0, xmm0, {constant}\nret");
            asm_per_chunk(fx, &helper, body, &args[..1], dest);
        }
        "sha1rnds4" => {
            let Some(function) = immediate(fx, args[2]) else { return false };
            let function = function & 3;
            let helper = format!("sha1rnds4_{function}");
            let body = || format!("sha1rnds4 xmm0, xmm1, {function}\nret");
            asm_per_chunk(fx, &helper, body, &args[..2], dest);
        }
        "vgf2p8affineqb.128"
        | "vgf2p8affineqb.256"
        | "vgf2p8affineinvqb.128"
        | "vgf2p8affineinvqb.256" => {
            let Some(constant) = immediate(fx, args[2]) else { return false };
            let instruction =
                if name.contains("inv") { "gf2p8affineinvqb" } else { "gf2p8affineqb" };
            let helper = format!("{instruction}_{constant}");
            let body = || format!("{instruction} xmm0, xmm1, {constant}\nret");
            asm_per_chunk(fx, &helper, body, &args[..2], dest);
        }
        // SSE4A's field extraction and insertion by immediates: the length, then the index.
        "sse4a.extrqi" | "sse4a.insertqi" => {
            let fields = args.len() - 2;
            let (Some(length), Some(index)) =
                (immediate(fx, args[fields]), immediate(fx, args[fields + 1]))
            else {
                return false;
            };
            let (instruction, operands) =
                if fields == 1 { ("extrq", "xmm0") } else { ("insertq", "xmm0, xmm1") };
            let helper = format!("{instruction}_{length}_{index}");
            let body = || format!("{instruction} {operands}, {length}, {index}\nret");
            asm_per_chunk(fx, &helper, body, &args[..fields], dest);
        }
        "avx512.vpdpbusd.128"
        | "avx512.vpdpbusd.256"
        | "avx512.vpdpbusds.128"
        | "avx512.vpdpbusds.256"
        | "avx512.vpdpwssd.128"
        | "avx512.vpdpwssd.256"
        | "avx512.vpdpwssds.128"
        | "avx512.vpdpwssds.256" => {
            // The 128- and 256-bit dot products are AVX-VNNI's (VEX-encoded, which the
            // assembler only picks when told) in the `_avx_` functions and AVX512-VNNI's
            // (EVEX) in the others, which run only where AVX-512 is detected.
            let instruction = &name["avx512.".len()..name.len() - ".128".len()];
            let vex = has_feature(fx, "avxvnni");
            let helper = format!("{instruction}_{}", if vex { "vex" } else { "evex" });
            let prefix = if vex { "{vex} " } else { "" };
            let body = || format!("{prefix}{instruction} xmm0, xmm1, xmm2\nret");
            asm_per_chunk(fx, &helper, body, args, dest);
        }
        _ => return string_compare(fx, name, args, dest),
    }
    true
}

/// The instructions on 128-bit vectors without immediates: the helper's name and its body
/// (operands in `xmm0`, `xmm1`, `xmm2`, the result in `xmm0`). The 256-bit intrinsics of the
/// same instruction run it on each 128-bit half, which is what the 256-bit form does.
fn chunk_instruction(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "sse.rcp.ps" | "avx.rcp.ps.256" => ("rcpps", "rcpps xmm0, xmm0"),
        "sse.rcp.ss" => ("rcpss", "rcpss xmm0, xmm0"),
        "sse.rsqrt.ps" | "avx.rsqrt.ps.256" => ("rsqrtps", "rsqrtps xmm0, xmm0"),
        "sse.rsqrt.ss" => ("rsqrtss", "rsqrtss xmm0, xmm0"),
        "sse2.cvtps2dq" | "avx.cvt.ps2dq.256" => ("cvtps2dq", "cvtps2dq xmm0, xmm0"),
        "sse2.cvtpd2dq" => ("cvtpd2dq", "cvtpd2dq xmm0, xmm0"),
        "avx2.psllv.d" | "avx2.psllv.d.256" => ("vpsllvd", "vpsllvd xmm0, xmm0, xmm1"),
        "avx2.psllv.q" | "avx2.psllv.q.256" => ("vpsllvq", "vpsllvq xmm0, xmm0, xmm1"),
        "avx2.psrlv.d" | "avx2.psrlv.d.256" => ("vpsrlvd", "vpsrlvd xmm0, xmm0, xmm1"),
        "avx2.psrlv.q" | "avx2.psrlv.q.256" => ("vpsrlvq", "vpsrlvq xmm0, xmm0, xmm1"),
        "avx2.psrav.d" | "avx2.psrav.d.256" => ("vpsravd", "vpsravd xmm0, xmm0, xmm1"),
        // VAES's 256-bit forms do the same on each 128-bit lane.
        "aesni.aesenc" | "aesni.aesenc.256" => ("aesenc", "aesenc xmm0, xmm1"),
        "aesni.aesenclast" | "aesni.aesenclast.256" => ("aesenclast", "aesenclast xmm0, xmm1"),
        "aesni.aesdec" | "aesni.aesdec.256" => ("aesdec", "aesdec xmm0, xmm1"),
        "aesni.aesdeclast" | "aesni.aesdeclast.256" => ("aesdeclast", "aesdeclast xmm0, xmm1"),
        "aesni.aesimc" => ("aesimc", "aesimc xmm0, xmm0"),
        "sha1msg1" => ("sha1msg1", "sha1msg1 xmm0, xmm1"),
        "sha1msg2" => ("sha1msg2", "sha1msg2 xmm0, xmm1"),
        "sha1nexte" => ("sha1nexte", "sha1nexte xmm0, xmm1"),
        "sha256msg1" => ("sha256msg1", "sha256msg1 xmm0, xmm1"),
        "sha256msg2" => ("sha256msg2", "sha256msg2 xmm0, xmm1"),
        "vgf2p8mulb.128" | "vgf2p8mulb.256" => ("gf2p8mulb", "gf2p8mulb xmm0, xmm1"),
        // The field's length and index are in the second operand's bits 0-5 and 8-13.
        "sse4a.extrq" => ("extrq", "extrq xmm0, xmm1"),
        "sse4a.insertq" => ("insertq", "insertq xmm0, xmm1"),
        // The round constants' operand is `xmm0` itself.
        "sha256rnds2" => (
            "sha256rnds2",
            "movdqa xmm3, xmm0\nmovdqa xmm0, xmm2\nsha256rnds2 xmm3, xmm1\nmovdqa xmm0, xmm3",
        ),
        _ => return None,
    })
}

/// The other instructions without immediates: the helper's body and its results' types
/// (scalar and pointer operands in `rdi`, `rsi`, `rdx`, vectors in `xmm0`..).
fn fixed_instruction(name: &str) -> Option<(&'static str, &'static [Type])> {
    use types::{I16, I32, I64};
    Some(match name {
        "sse42.crc32.32.8" => ("mov eax, edi\ncrc32 eax, sil", &[I32]),
        "sse42.crc32.32.16" => ("mov eax, edi\ncrc32 eax, si", &[I32]),
        "sse42.crc32.32.32" => ("mov eax, edi\ncrc32 eax, esi", &[I32]),
        "sse42.crc32.64.64" => ("mov rax, rdi\ncrc32 rax, rsi", &[I64]),
        "sse.cvtss2si" => ("cvtss2si eax, xmm0", &[I32]),
        "sse.cvtss2si64" => ("cvtss2si rax, xmm0", &[I64]),
        "sse.cvttss2si" => ("cvttss2si eax, xmm0", &[I32]),
        "sse.cvttss2si64" => ("cvttss2si rax, xmm0", &[I64]),
        "sse2.cvtsd2si" => ("cvtsd2si eax, xmm0", &[I32]),
        "sse2.cvtsd2si64" => ("cvtsd2si rax, xmm0", &[I64]),
        "sse2.cvttsd2si" => ("cvttsd2si eax, xmm0", &[I32]),
        "sse2.cvttsd2si64" => ("cvttsd2si rax, xmm0", &[I64]),
        "bmi.pdep.32" => ("pdep eax, edi, esi", &[I32]),
        "bmi.pdep.64" => ("pdep rax, rdi, rsi", &[I64]),
        "bmi.pext.32" => ("pext eax, edi, esi", &[I32]),
        "bmi.pext.64" => ("pext rax, rdi, rsi", &[I64]),
        // The value (zero on failure) and whether it is random.
        "rdrand.16" => ("xor edx, edx\nrdrand ax\nsetc dl", &[I16, I32]),
        "rdrand.32" => ("xor edx, edx\nrdrand eax\nsetc dl", &[I32, I32]),
        "rdrand.64" => ("xor edx, edx\nrdrand rax\nsetc dl", &[I64, I32]),
        "rdseed.16" => ("xor edx, edx\nrdseed ax\nsetc dl", &[I16, I32]),
        "rdseed.32" => ("xor edx, edx\nrdseed eax\nsetc dl", &[I32, I32]),
        "rdseed.64" => ("xor edx, edx\nrdseed rax\nsetc dl", &[I64, I32]),
        "rdtsc" => ("rdtsc\nshl rdx, 32\nor rax, rdx", &[I64]),
        "rdtscp" => ("rdtscp\nshl rdx, 32\nor rax, rdx\nmov edx, ecx", &[I64, I32]),
        "sse.stmxcsr" => ("stmxcsr dword ptr [rdi]", &[]),
        "sse.ldmxcsr" => ("ldmxcsr dword ptr [rdi]", &[]),
        "sse.sfence" => ("sfence", &[]),
        "sse2.lfence" => ("lfence", &[]),
        "sse2.clflush" => ("clflush byte ptr [rdi]", &[]),
        "clflushopt" => ("clflushopt byte ptr [rdi]", &[]),
        // `maskmovdqu` stores to the address in `rdi`, the third operand.
        "sse2.maskmov.dqu" => ("maskmovdqu xmm0, xmm1", &[]),
        // The state masks come as (pointer, high half, low half), for `edx:eax`.
        "xsave" => ("mov eax, edx\nmov edx, esi\nxsave [rdi]", &[]),
        "xsave64" => ("mov eax, edx\nmov edx, esi\nxsave64 [rdi]", &[]),
        "xsaveopt" => ("mov eax, edx\nmov edx, esi\nxsaveopt [rdi]", &[]),
        "xsaveopt64" => ("mov eax, edx\nmov edx, esi\nxsaveopt64 [rdi]", &[]),
        "xsavec" => ("mov eax, edx\nmov edx, esi\nxsavec [rdi]", &[]),
        "xsavec64" => ("mov eax, edx\nmov edx, esi\nxsavec64 [rdi]", &[]),
        "xsaves" => ("mov eax, edx\nmov edx, esi\nxsaves [rdi]", &[]),
        "xsaves64" => ("mov eax, edx\nmov edx, esi\nxsaves64 [rdi]", &[]),
        "xrstor" => ("mov eax, edx\nmov edx, esi\nxrstor [rdi]", &[]),
        "xrstor64" => ("mov eax, edx\nmov edx, esi\nxrstor64 [rdi]", &[]),
        "xrstors" => ("mov eax, edx\nmov edx, esi\nxrstors [rdi]", &[]),
        "xrstors64" => ("mov eax, edx\nmov edx, esi\nxrstors64 [rdi]", &[]),
        "xsetbv" => ("mov ecx, edi\nmov eax, edx\nmov edx, esi\nxsetbv", &[]),
        "fxsave" => ("fxsave [rdi]", &[]),
        "fxsave64" => ("fxsave64 [rdi]", &[]),
        "fxrstor" => ("fxrstor [rdi]", &[]),
        "fxrstor64" => ("fxrstor64 [rdi]", &[]),
        _ => return None,
    })
}

/// The operands of a helper: SIMD values as one 128-bit vector, scalars as they are.
fn operands<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    args: &[CValue<'tcx>],
) -> SmallVec<[Value; 4]> {
    args.iter()
        .map(|&arg| {
            if arg.layout.ty.is_simd() {
                chunks_as(fx, arg, types::I8X16)[0]
            } else {
                arg.load_scalar(fx)
            }
        })
        .collect()
}

/// Writes a helper's results to `dest`: nothing, a scalar or vector, or a pair's two fields.
fn write_results<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, results: &[Value], dest: CPlace<'tcx>) {
    match *results {
        [] => {}
        [result] => dest.write_cvalue(fx, CValue::by_val(result, dest.layout)),
        _ => {
            for (i, &result) in results.iter().enumerate() {
                let field = dest.place_field(fx, FieldIdx::from_usize(i));
                field.write_cvalue(fx, CValue::by_val(result, field.layout));
            }
        }
    }
}

/// Calls the helper `helper` (made by `body`) for every 128-bit chunk of `dest`, with the
/// chunks of `args` as its vector operands, and writes the results to `dest`.
pub(super) fn asm_per_chunk<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    helper: &str,
    body: impl Fn() -> String,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) {
    let loaded: SmallVec<[ChunkValues; 3]> =
        args.iter().map(|&arg| chunks_as(fx, arg, types::I8X16)).collect();
    let results: ChunkValues = (0..dest.layout.size.bytes() / CHUNK_BYTES)
        .map(|chunk| {
            let operands: SmallVec<[Value; 3]> =
                loaded.iter().map(|chunks| chunks[chunk as usize]).collect();
            call_asm_helper(fx, helper, &body, &operands, &[types::I8X16])[0]
        })
        .collect();
    store_chunks(fx, dest, &results);
}

/// Calls the helper `helper` (made by `body`) on every 128-bit chunk of `source`; returns the
/// results.
fn per_source_chunk<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    helper: &str,
    body: impl Fn() -> String,
    source: CValue<'tcx>,
) -> ChunkValues {
    let chunks = chunks_as(fx, source, types::I8X16);
    chunks
        .into_iter()
        .map(|chunk| call_asm_helper(fx, helper, &body, &[chunk], &[types::I8X16])[0])
        .collect()
}

/// The SSE4.2 string comparisons `pcmp{e,i}str{i,m}` and their flag forms (`...stri{a,c,o,s,z}`),
/// one helper per form and immediate. The explicit-length forms take the lengths in `eax`
/// and `edx`; the index form returns `ecx`, the mask form `xmm0`, the flag forms the flag.
fn string_compare<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    let Some(form) = name.strip_prefix("sse42.pcmp").and_then(|form| form.strip_suffix("128"))
    else {
        return false;
    };
    let (explicit, result) = match form.split_once("str") {
        Some(("e", result)) => (true, result),
        Some(("i", result)) => (false, result),
        _ => return false,
    };
    let (instruction, read_result, returns) = match result {
        "m" => ("m", "", types::I8X16),
        "i" => ("i", "mov eax, ecx", types::I32),
        "ia" => ("i", "seta al\nmovzx eax, al", types::I32),
        "ic" => ("i", "setc al\nmovzx eax, al", types::I32),
        "io" => ("i", "seto al\nmovzx eax, al", types::I32),
        "is" => ("i", "sets al\nmovzx eax, al", types::I32),
        "iz" => ("i", "setz al\nmovzx eax, al", types::I32),
        _ => return false,
    };
    let Some(control) = immediate(fx, args[args.len() - 1]) else { return false };
    let control = control & 0x7f;
    let operands = operands(fx, &args[..args.len() - 1]);
    let helper = format!("pcmp{form}_{control}");
    let body = || {
        let lengths = if explicit { "mov eax, edi\nmov edx, esi\n" } else { "" };
        let kind = if explicit { 'e' } else { 'i' };
        format!("{lengths}pcmp{kind}str{instruction} xmm0, xmm1, {control}\n{read_result}\nret")
    };
    let result = call_asm_helper(fx, &helper, body, &operands, &[returns])[0];
    if returns.is_vector() {
        store_chunks(fx, dest, &[result]);
    } else {
        dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
    }
    true
}
