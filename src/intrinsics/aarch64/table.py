#!/usr/bin/env python3
"""Writes table.rs beside it: for each link name of stdarch's AArch64 intrinsics that a helper
lowers, the helper's instructions (registers as helper.rs describes them), assembled by GNU as.

    python3 src/intrinsics/aarch64/table.py \
        $(rustc +nightly-2026-10-15 --print sysroot)/lib/rustlib/src/rust/library/stdarch/crates/core_arch/src

It needs `aarch64-linux-gnu-as` and `aarch64-linux-gnu-objcopy` (Debian's binutils-aarch64-linux-gnu)."""
import re, subprocess, sys, tempfile, os

ARR = {'v16i8': '16b', 'v8i8': '8b', 'v8i16': '8h', 'v4i16': '4h', 'v4i32': '4s', 'v2i32': '2s',
       'v2i64': '2d', 'v4f32': '4s', 'v2f32': '2s', 'v2f64': '2d'}
SCAL = {'v1i64': 'd', 'v1f64': 'd', 'i32': 's', 'f32': 's', 'i64': 'd', 'f64': 'd'}
GPR = {'i32': 'w', 'i64': 'x'}
# Half-precision vectors: only moved to and from memory, which needs no f16 arithmetic.
F16 = {'v4f16': '4h', 'v8f16': '8h'}
HALF = {'8b': '8h', '4h': '4s', '2s': '2d'}  # narrow result -> its wide source
LONG = {'8h': '8b', '4s': '4h', '2d': '2s'}  # long result -> its narrow sources

BIN = 'fabd fmax fmaxnm fmin fminnm fmulx frecps frsqrts sabd uabd shadd shsub uhadd uhsub srhadd urhadd sqdmulh sqrdmulh sqrshl sqshl srshl sshl uqrshl uqshl urshl ushl sqadd sqsub uqadd uqsub pmul addp smaxp sminp umaxp uminp faddp fmaxp fminp fmaxnmp fminnmp'.split()
ACC = 'suqadd usqadd'.split()
UN = 'cls sqabs sqneg frecpe frsqrte frecpx frint32x frint32z frint64x frint64z urecpe ursqrte abs'.split()
CMP = 'facge facgt'.split()
FCVT = 'fcvtas fcvtau fcvtms fcvtmu fcvtns fcvtnu fcvtps fcvtpu'.split()
NARROW2 = 'raddhn rsubhn'.split()
NARROW1 = 'sqxtn sqxtun uqxtn'.split()
RDM = 'sqrdmlah sqrdmlsh'.split()

def vreg(i, t):
    return f'{t}{i}' if t in 'bhsdq' else f'v{i}.{t}'

def scalar_binary(op, ty):
    r = SCAL[ty]
    if ty in GPR:  # integer scalars arrive and leave in general registers
        g = GPR[ty]
        return [f'fmov {r}0, {g}0', f'fmov {r}1, {g}1', f'{op} {r}0, {r}0, {r}1', f'fmov {g}0, {r}0']
    return [f'{op} {r}0, {r}0, {r}1']

def scalar_unary(op, ty):
    r = SCAL[ty]
    if ty in GPR:
        g = GPR[ty]
        return [f'fmov {r}0, {g}0', f'{op} {r}0, {r}0', f'fmov {g}0, {r}0']
    return [f'{op} {r}0, {r}0']

def helper(name):
    n = name[len('llvm.aarch64.'):] if name.startswith('llvm.aarch64.') else name
    parts = n.split('.')
    if parts[0] in ('crc32b', 'crc32h', 'crc32w', 'crc32cb', 'crc32ch', 'crc32cw'):
        return [f'{parts[0]} w0, w0, w1']
    if parts[0] in ('crc32x', 'crc32cx'):
        return [f'{parts[0]} w0, w0, x1']
    if parts[0] in ('dmb', 'dsb'):  # the full-system barrier: at least as strong as any asked for
        return [f'{parts[0]} sy']
    if parts[0] == 'fjcvtzs':
        return ['fjcvtzs w0, d0']
    if parts[0] in ('frint32x', 'frint32z', 'frint64x', 'frint64z'):
        return [f'{parts[0]} d0, d0']
    if parts[0] == 'crypto':
        op = parts[1]
        fixed = {
            'aese': ['aese v0.16b, v1.16b'], 'aesd': ['aesd v0.16b, v1.16b'],
            'aesmc': ['aesmc v0.16b, v0.16b'], 'aesimc': ['aesimc v0.16b, v0.16b'],
            'sha1c': ['fmov s2, w0', 'sha1c q0, s2, v1.4s'],
            'sha1m': ['fmov s2, w0', 'sha1m q0, s2, v1.4s'],
            'sha1p': ['fmov s2, w0', 'sha1p q0, s2, v1.4s'],
            'sha1h': ['fmov s0, w0', 'sha1h s0, s0', 'fmov w0, s0'],
            'sha1su0': ['sha1su0 v0.4s, v1.4s, v2.4s'], 'sha1su1': ['sha1su1 v0.4s, v1.4s'],
            'sha256h': ['sha256h q0, q1, v2.4s'], 'sha256h2': ['sha256h2 q0, q1, v2.4s'],
            'sha256su0': ['sha256su0 v0.4s, v1.4s'], 'sha256su1': ['sha256su1 v0.4s, v1.4s, v2.4s'],
            'sha512h': ['sha512h q0, q1, v2.2d'], 'sha512h2': ['sha512h2 q0, q1, v2.2d'],
            'sha512su0': ['sha512su0 v0.2d, v1.2d'], 'sha512su1': ['sha512su1 v0.2d, v1.2d, v2.2d'],
            'rax1': ['rax1 v0.2d, v0.2d, v1.2d'],
            'sm3partw1': ['sm3partw1 v0.4s, v1.4s, v2.4s'], 'sm3partw2': ['sm3partw2 v0.4s, v1.4s, v2.4s'],
            'sm3ss1': ['sm3ss1 v0.4s, v0.4s, v1.4s, v2.4s'],
            'sm4e': ['sm4e v0.4s, v1.4s'], 'sm4ekey': ['sm4ekey v0.4s, v0.4s, v1.4s'],
        }
        if op in fixed:
            return fixed[op]
        if op in ('bcaxs', 'bcaxu', 'eor3s', 'eor3u'):
            return [f'{op[:-1]} v0.16b, v0.16b, v1.16b, v2.16b']
        return None
    if parts[0] == 'llvm':
        return None
    if parts[0] != 'neon':
        return None
    op, tys = parts[1], parts[2:]
    if op in BIN and len(tys) == 1:
        t = tys[0]
        if t in ARR:
            a = ARR[t]
            return [f'{op} v0.{a}, v0.{a}, v1.{a}']
        if t in SCAL and not op.endswith('p'):
            return scalar_binary(op, t)
        return None
    if op in ACC and len(tys) == 1:
        t = tys[0]
        if t in ARR:
            a = ARR[t]
            return [f'{op} v0.{a}, v1.{a}']
        r = SCAL[t]
        if t in GPR:
            g = GPR[t]
            return [f'fmov {r}0, {g}0', f'fmov {r}1, {g}1', f'{op} {r}0, {r}1', f'fmov {g}0, {r}0']
        return [f'{op} {r}0, {r}1']
    if op in UN and len(tys) == 1:
        t = tys[0]
        if t in ARR:
            a = ARR[t]
            return [f'{op} v0.{a}, v0.{a}']
        return scalar_unary(op, t)
    if op in CMP and len(tys) == 2:
        rt, at = tys
        if at in ARR:
            a = ARR[at]
            return [f'{op} v0.{a}, v0.{a}, v1.{a}']
        r = SCAL[at]
        if rt in GPR:
            return [f'{op} {r}0, {r}0, {r}1', f'fmov {GPR[rt]}0, {r}0']
        return [f'{op} {r}0, {r}0, {r}1']
    if op in FCVT and len(tys) == 2:
        rt, at = tys
        if at in ARR:
            a = ARR[at]
            return [f'{op} v0.{a}, v0.{a}']
        if rt in GPR:
            return [f'{op} {GPR[rt]}0, {SCAL[at]}0']
        return [f'{op} d0, d0']
    if op in NARROW2 and len(tys) == 1:
        a = ARR[tys[0]]
        return [f'{op} v0.{a}, v0.{HALF[a]}, v1.{HALF[a]}']
    if op in NARROW1 and len(tys) == 1:
        a = ARR[tys[0]]
        return [f'{op} v0.{a}, v0.{HALF[a]}']
    if op == 'fcvtxn' and tys == ['v2f32', 'v2f64']:
        return ['fcvtxn v0.2s, v0.2d']
    if op == 'scalar' and tys[0] in ('sqxtn', 'uqxtn') and tys[1:] == ['i32', 'i64']:
        return ['fmov d0, x0', f'{tys[0]} s0, d0', 'fmov w0, s0']
    if op == 'sqdmull' and len(tys) == 1:
        a = ARR[tys[0]]
        return [f'sqdmull v0.{a}, v0.{LONG[a]}, v1.{LONG[a]}']
    if op == 'sqdmulls' and tys == ['scalar']:
        return ['fmov s0, w0', 'fmov s1, w1', 'sqdmull d0, s0, s1', 'fmov x0, d0']
    if op == 'pmull' and tys == ['v8i16']:
        return ['pmull v0.8h, v0.8b, v1.8b']
    if op == 'pmull64' and not tys:
        return ['fmov d0, x0', 'fmov d1, x1', 'pmull v0.1q, v0.1d, v1.1d']
    if op in ('saddlp', 'uaddlp') and len(tys) == 2:
        r, s = tys
        src = ARR[s]
        dst = {'16b': '8h', '8b': '4h', '8h': '4s', '4h': '2s', '4s': '2d', '2s': '1d'}[src]
        return [f'{op} v0.{dst}, v0.{src}']
    if op in ('saddlv', 'uaddlv') and len(tys) == 2:
        r, s = tys
        src = ARR[s]
        move = 'smov' if op == 'saddlv' else 'umov'
        if src in ('16b', '8b'):
            return [f'{op} h0, v0.{src}', f'{move} w0, v0.h[0]']
        if src in ('8h', '4h'):
            return [f'{op} s0, v0.{src}', 'fmov w0, s0']
        if src == '4s':
            return [f'{op} d0, v0.4s', 'fmov x0, d0']
        if src == '2s':  # across-lanes long adds have no 2-lane form: one pairwise add
            return [f'{op[:-1]}p v0.1d, v0.2s', 'fmov x0, d0']
    if op in ('faddv', 'fmaxv', 'fminv', 'fmaxnmv', 'fminnmv') and len(tys) == 2:
        r, s = tys
        src = ARR[s]
        pair = op[:-1] + 'p'
        if src == '4s' and op != 'faddv':
            return [f'{op} s0, v0.4s']
        if src == '4s':  # as LLVM: (a0 + a1) + (a2 + a3)
            return ['faddp v0.4s, v0.4s, v0.4s', 'faddp s0, v0.2s']
        if src == '2s':
            return [f'{pair} s0, v0.2s']
        if src == '2d':
            return [f'{pair} d0, v0.2d']
    if op in ('sdot', 'udot', 'usdot') and len(tys) == 2:
        d, s = ARR[tys[0]], ARR[tys[1]]
        return [f'{op} v0.{d}, v1.{s}, v2.{s}']
    if op in ('smmla', 'ummla', 'usmmla') and tys == ['v4i32', 'v16i8']:
        return [f'{op} v0.4s, v1.16b, v2.16b']
    if op in RDM and len(tys) == 1:
        a = ARR[tys[0]]
        return [f'{op} v0.{a}, v1.{a}, v2.{a}']
    if op in ('vcmla', 'vcadd') and len(tys) == 2:
        a, rot = ARR[tys[1]], tys[0][3:]
        if op == 'vcmla':
            return [f'fcmla v0.{a}, v1.{a}, v2.{a}, #{rot}']
        return [f'fcadd v0.{a}, v0.{a}, v1.{a}, #{rot}']
    m = re.fullmatch(r'(ld[2-4]r?|st[2-4]|st1x[2-4])', op)
    if m and len(tys) >= 2 and set(tys[1:]) == {'p0'}:
        count = int(op[4]) if op.startswith('st1x') else int(op[2])
        t = tys[0]
        a = {**ARR, **F16}.get(t, '1d' if t in ('v1i64', 'v1f64') else None)
        mnemonic = 'st1' if op.startswith('st1x') else op
        if a == '1d' and op in ('ld2', 'ld3', 'ld4', 'st2', 'st3', 'st4'):
            mnemonic = 'ld1'  # one lane per register: nothing to deinterleave
        regs = ', '.join(f'v{i}.{a}' for i in range(count))
        return [f'{mnemonic} {{{regs}}}, [x0]']
    m = re.fullmatch(r'(tbl|tbx)([1-4])', op)
    if m and len(tys) == 1:
        kind, count = m.group(1), int(m.group(2))
        a = ARR[tys[0]]
        first = 1 if kind == 'tbx' else 0
        regs = ', '.join(f'v{first + i}.16b' for i in range(count))
        return [f'{kind} v0.{a}, {{{regs}}}, v{first + count}.{a}']
    return None

ESIZE = {'8b': 8, '4h': 16, '2s': 32}
NARROW_SHIFT = 'rshrn sqrshrn sqrshrun sqshrn sqshrun uqrshrn uqshrn'.split()
FIXED = {'vcvtfxs2fp': 'scvtf', 'vcvtfxu2fp': 'ucvtf', 'vcvtfp2fxs': 'fcvtzs', 'vcvtfp2fxu': 'fcvtzu'}


def immediate(name):
    """For an intrinsic with an immediate operand: (its argument index, its least and greatest
    values, the helper's instructions for a value)."""
    if not name.startswith('llvm.aarch64.'):
        return None
    parts = name[len('llvm.aarch64.'):].split('.')
    if parts[:2] == ['crypto', 'xar']:
        return 2, 0, 63, lambda n: [f'xar v0.2d, v0.2d, v1.2d, #{n}']
    if parts[0] == 'crypto' and parts[1] in ('sm3tt1a', 'sm3tt1b', 'sm3tt2a', 'sm3tt2b'):
        return 3, 0, 3, lambda n: [f'{parts[1]} v0.4s, v1.4s, v2.s[{n}]']
    if parts[0] != 'neon':
        return None
    op, tys = parts[1], parts[2:]
    if op in NARROW_SHIFT and len(tys) == 1 and tys[0] in ARR:
        a = ARR[tys[0]]
        return 1, 1, ESIZE[a], lambda n: [f'{op} v0.{a}, v0.{HALF[a]}, #{n}']
    if op in ('sqshrn', 'uqshrn') and tys == ['i32']:
        return 1, 1, 32, lambda n: ['fmov d0, x0', f'{op} s0, d0, #{n}', 'fmov w0, s0']
    if op == 'vsli' and len(tys) == 1:
        t = tys[0]
        if t in ARR:
            a = ARR[t]
            bits = int(re.search(r'i(\d+)', t).group(1))
            return 2, 0, bits - 1, lambda n: [f'sli v0.{a}, v1.{a}, #{n}']
        return 2, 0, 63, lambda n: [f'sli d0, d1, #{n}']
    m = re.fullmatch(r'(ld|st)([2-4])lane', op)
    if m and len(tys) == 2 and tys[1] == 'p0':
        t = tys[0]
        lanes = int(re.match(r'v(\d+)', t).group(1))
        element = {8: 'b', 16: 'h', 32: 's', 64: 'd'}[int(re.search(r'[if](\d+)$', t).group(1))]
        count = int(m.group(2))
        regs = ', '.join(f'v{i}.{element}' for i in range(count))
        return count, 0, lanes - 1, lambda n: [f'{op[:3]} {{{regs}}}[{n}], [x0]']
    if op in FIXED and len(tys) == 2:
        rt, at = tys
        m = FIXED[op]
        bits = 64 if '64' in at else 32
        if at in ARR:
            a = ARR[at]
            return 1, 1, bits, lambda n: [f'{m} v0.{a}, v0.{a}, #{n}']
        if at in ('v1i64', 'v1f64'):
            return 1, 1, 64, lambda n: [f'{m} d0, d0, #{n}']
        # Scalars: integers in general registers, floats in SIMD ones.
        gpr, simd = ('w', 's') if bits == 32 else ('x', 'd')
        if m in ('scvtf', 'ucvtf'):
            return 1, 1, bits, lambda n: [f'{m} {simd}0, {gpr}0, #{n}']
        return 1, 1, bits, lambda n: [f'{m} {gpr}0, {simd}0, #{n}']
    return None


def generic(name):
    m = re.fullmatch(r'llvm\.(fptosi|fptoui)\.sat\.(\w+)\.(\w+)', name)
    if m:
        op = 'fcvtzs' if m.group(1) == 'fptosi' else 'fcvtzu'
        t = m.group(3)
        return [f'{op} v0.{ARR[t]}, v0.{ARR[t]}'] if t in ARR else [f'{op} d0, d0']
    m = re.fullmatch(r'llvm\.(nearbyint|roundeven)\.(\w+)', name)
    if m:
        op = 'frinti' if m.group(1) == 'nearbyint' else 'frintn'
        t = m.group(2)
        return [f'{op} v0.{ARR[t]}, v0.{ARR[t]}'] if t in ARR else [f'{op} {SCAL[t]}0, {SCAL[t]}0']
    return None

# The link names of stdarch's AArch64 intrinsics, from the toolchain's library sources.
names = []
for directory in ('aarch64', 'arm_shared'):
    for root, _, files in os.walk(os.path.join(sys.argv[1], directory)):
        for file in files:
            if file.endswith('.rs'):
                names += re.findall(r'link_name = "(llvm\.[^"]+)"', open(os.path.join(root, file)).read())

entries = []
immediates = []
for name in sorted(set(names)):
    if 'bf16' in name or ('f16' in name and not re.search(r'\.(ld|st)[1-4]', name)):
        continue
    imm = immediate(name)
    if imm:
        immediates.append((name, imm))
        continue
    h = generic(name) if name.startswith('llvm.') and not name.startswith('llvm.aarch64.') else helper(name)
    if h:
        entries.append((name, h))


def assemble(lines):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'a.s')
        with open(src, 'w') as f:
            f.write('\n'.join(lines) + '\n')
        obj = os.path.join(d, 'a.o')
        subprocess.run(['aarch64-linux-gnu-as', '-march=armv8.6-a+sha3+sm4+i8mm+crc+aes+sha2+crypto+rdm+dotprod', '-o', obj, src], check=True)
        binf = os.path.join(d, 'a.bin')
        subprocess.run(['aarch64-linux-gnu-objcopy', '-O', 'binary', '-j', '.text', obj, binf], check=True)
        data = open(binf, 'rb').read()
    words = [int.from_bytes(data[i:i + 4], 'little') for i in range(0, len(data), 4)]
    assert len(words) == len(lines)
    return words


words = iter(assemble([ins for _, h in entries for ins in h]))
out = [(name, h, [next(words) for _ in h]) for name, h in entries]

# Each immediate is a bit field of one instruction: find the field (position, width, and the
# value it holds as `offset + n` or `offset - n`) and check it against every value assembled.
imm_out = []
for name, (arg, low, high, make) in immediates:
    variants = [make(n) for n in range(low, high + 1)]
    words = iter(assemble([ins for v in variants for ins in v]))
    encoded = [[next(words) for _ in v] for v in variants]
    first = encoded[0]
    varying = [i for i in range(len(first)) if any(e[i] != first[i] for e in encoded)]
    assert len(varying) <= 1, name
    index = varying[0] if varying else 0
    bits = 0
    for e in encoded:
        bits |= e[index] ^ first[index]
    found = None
    if bits:
        shift = (bits & -bits).bit_length() - 1
        mask = (1 << (bits.bit_length() - shift)) - 1
        for negate in (False, True):
            offset = (((first[index] >> shift) & mask) + (low if negate else -low)) & mask
            base = first[index] & ~(mask << shift)
            def encode(n):
                return base | ((((offset - n) if negate else (offset + n)) & mask) << shift)
            if all(encode(n) == e[index] for n, e in zip(range(low, high + 1), encoded)):
                found = f'Encoding::Field {{ shift: {shift}, mask: {mask:#x}, offset: {offset}, negate: {"true" if negate else "false"} }}'
                template = list(first)
                template[index] = base
                break
    if not found:
        # Not one field (a lane index is spread over several): the instruction for each value.
        found = f'Encoding::Words(&[{", ".join(f"0x{e[index]:08x}" for e in encoded)}])'
        template = list(first)
        template[index] = 0
    imm_out.append((name, arg, low, high, index, found, make('n'), template))

HEADER = """//! The machine code of the helpers of `helper.rs`, by LLVM intrinsic (sorted by name, for a
//! binary search), each under the assembly it encodes. Written by `table.py`: an intrinsic not
//! here is not lowered by a helper.

use super::helper::{Encoding, Immediate};

/// The instructions of each helper, without its final `ret`.
pub(super) static HELPERS: &[(&str, &[u32])] = &[
"""
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'table.rs'), 'w') as f:
    f.write(HEADER)
    for name, h, ws in out:
        f.write(f'    // {"; ".join(h)}\n')
        f.write(f'    ("{name}", &[{", ".join(f"0x{w:08x}" for w in ws)}]),\n')
    f.write('];\n\n')
    f.write('/// The helpers of the intrinsics with an immediate operand: the instructions with the\n')
    f.write('/// immediate\'s bits zero, and how it is encoded (checked by `table.py` for every value).\n')
    f.write('pub(super) static IMMEDIATE_HELPERS: &[(&str, Immediate, &[u32])] = &[\n')
    for name, arg, low, high, index, encoding, asm, template in imm_out:
        f.write(f'    // {"; ".join(asm)}, n in {low}..={high}\n')
        f.write(f'    (\n        "{name}",\n')
        f.write(f'        Immediate {{ arg: {arg}, low: {low}, high: {high}, word: {index}, encoding: {encoding} }},\n')
        f.write(f'        &[{", ".join(f"0x{w:08x}" for w in template)}],\n    ),\n')
    f.write('];\n')
