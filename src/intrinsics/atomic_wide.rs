//! 128-bit atomics, which Cranelift's backends lack (x86-64's has a compare-and-swap only where
//! the whole unit is built with `cmpxchg16b`). Every operation is built on one compare-and-swap
//! helper of machine code (AArch64: an `ldaxp`/`stlxp` loop, as LLVM emits without LSE; s390x:
//! `cdsg`; x86-64: `lock cmpxchg16b`, which only `core::arch::x86_64::cmpxchg16b` reaches, its
//! caller having checked that the CPU has it: the target has no 128-bit atomic types), defined in
//! each codegen unit that uses it: loads swap zero for zero, stores and read-modify-write
//! operations loop until their swap sees the value they computed from. Each is sequentially
//! consistent, enough for every ordering. The helper takes the address and two 16-byte slots
//! (expected, replacement) and leaves the value it found in the first, so that neither the
//! halves' registers nor the target's byte order concern the lowering.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, Signature, Value, types};
use cranelift_module::{FuncOrDataId, Linkage, Module};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_span::{Symbol, sym};
use rustc_target::spec::Arch;

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, bitcast_to};

/// The helper of AArch64: `x0` the address, `x1` the expected value's slot (the found value's
/// on return), `x2` the replacement's. The exclusive pair is closed by a store in both outcomes,
/// which is what makes the load of the pair atomic.
const AARCH64_CAS: [u32; 13] = [
    0xa940_1424, // ldp x4, x5, [x1]
    0xa940_1c46, // ldp x6, x7, [x2]
    0xc87f_a408, // 1: ldaxp x8, x9, [x0]
    0xeb04_011f, // cmp x8, x4
    0xfa45_0120, // ccmp x9, x5, #0, eq
    0x5400_0081, // b.ne 2f
    0xc82a_9c06, // stlxp w10, x6, x7, [x0]
    0x35ff_ff6a, // cbnz w10, 1b
    0x1400_0003, // b 3f
    0xc82a_a408, // 2: stlxp w10, x8, x9, [x0]
    0x35ff_ff0a, // cbnz w10, 1b
    0xa900_2428, // 3: stp x8, x9, [x1]
    0xd65f_03c0, // ret
];

/// The helper of s390x, with the same arguments in `r2`, `r3`, `r4`: `cdsg` compares the pair
/// r0:r1 with the quadword and stores r4:r5 if equal, else loads the quadword into r0:r1.
const S390X_CAS: &[u8] = &[
    0xeb, 0x01, 0x30, 0x00, 0x00, 0x04, // lmg %r0, %r1, 0(%r3)
    0xeb, 0x45, 0x40, 0x00, 0x00, 0x04, // lmg %r4, %r5, 0(%r4)
    0xeb, 0x04, 0x20, 0x00, 0x00, 0x3e, // cdsg %r0, %r4, 0(%r2)
    0xeb, 0x01, 0x30, 0x00, 0x00, 0x24, // stmg %r0, %r1, 0(%r3)
    0x07, 0xfe, // br %r14
];

/// The helper of x86-64, with the same arguments in `rdi`, `rsi`, `rdx`: `cmpxchg16b` compares
/// rdx:rax with the quadword and stores rcx:rbx if equal, else loads the quadword into rdx:rax.
const X86_64_CAS: &[u8] = &[
    0x53, // push rbx
    0x49, 0x89, 0xd0, // mov r8, rdx
    0x48, 0x8b, 0x06, // mov rax, [rsi]
    0x48, 0x8b, 0x56, 0x08, // mov rdx, [rsi+8]
    0x49, 0x8b, 0x18, // mov rbx, [r8]
    0x49, 0x8b, 0x48, 0x08, // mov rcx, [r8+8]
    0xf0, 0x48, 0x0f, 0xc7, 0x0f, // lock cmpxchg16b [rdi]
    0x48, 0x89, 0x06, // mov [rsi], rax
    0x48, 0x89, 0x56, 0x08, // mov [rsi+8], rdx
    0x5b, // pop rbx
    0xc3, // ret
];

/// Lowers the atomic intrinsic `name` when its values are 128 bits wide on a target that needs
/// the helper; false otherwise, emitting nothing.
pub(super) fn lower_wide_atomic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: Symbol,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    if !matches!(fx.tcx.sess.target.arch, Arch::AArch64 | Arch::S390x | Arch::X86_64) {
        return false;
    }
    let operation = match name {
        sym::atomic_load => Operation::Load,
        sym::atomic_cxchg | sym::atomic_cxchgweak => Operation::CompareExchange,
        sym::atomic_store | sym::atomic_xchg => Operation::Update(|_, _, operand| operand),
        sym::atomic_xadd => Operation::Update(|fx, old, operand| fx.bcx.ins().iadd(old, operand)),
        sym::atomic_xsub => Operation::Update(|fx, old, operand| fx.bcx.ins().isub(old, operand)),
        sym::atomic_and => Operation::Update(|fx, old, operand| fx.bcx.ins().band(old, operand)),
        sym::atomic_or => Operation::Update(|fx, old, operand| fx.bcx.ins().bor(old, operand)),
        sym::atomic_xor => Operation::Update(|fx, old, operand| fx.bcx.ins().bxor(old, operand)),
        sym::atomic_nand => Operation::Update(|fx, old, operand| {
            let and = fx.bcx.ins().band(old, operand);
            fx.bcx.ins().bnot(and)
        }),
        sym::atomic_max => Operation::Update(|fx, old, operand| fx.bcx.ins().smax(old, operand)),
        sym::atomic_min => Operation::Update(|fx, old, operand| fx.bcx.ins().smin(old, operand)),
        sym::atomic_umax => Operation::Update(|fx, old, operand| fx.bcx.ins().umax(old, operand)),
        sym::atomic_umin => Operation::Update(|fx, old, operand| fx.bcx.ins().umin(old, operand)),
        _ => return false,
    };
    // The value's size: the second argument's, or for loads the result's.
    let size = args.get(1).map_or(dest.layout.size, |value| value.layout.size);
    if size.bytes() != 16 {
        return false;
    }
    let helper = WideCas::new(fx);
    let addr = args[0].load_scalar(fx);
    match operation {
        Operation::Load => {
            let zero = zero(fx);
            let found = helper.swap(fx, addr, zero, zero);
            let value = from_wide(fx, found, dest.layout);
            dest.write_cvalue(fx, CValue::by_val(value, dest.layout));
        }
        Operation::CompareExchange => {
            let expected = wide_operand(fx, args[1]);
            let replacement = wide_operand(fx, args[2]);
            let found = helper.swap(fx, addr, expected, replacement);
            let success = fx.bcx.ins().icmp(IntCC::Equal, found, expected);
            let value = from_wide(fx, found, args[1].layout);
            dest.write_cvalue(fx, CValue::by_val_pair(value, success, dest.layout));
        }
        Operation::Update(combine) => {
            let operand = wide_operand(fx, args[1]);
            // The loop's guess of the current value starts at zero and becomes what each
            // failed swap found.
            let retry = fx.bcx.create_block();
            let done = fx.bcx.create_block();
            let guess = fx.bcx.append_block_param(retry, types::I128);
            let old = fx.bcx.append_block_param(done, types::I128);
            let zero = zero(fx);
            fx.bcx.ins().jump(retry, &[zero.into()]);
            fx.bcx.switch_to_block(retry);
            let replacement = combine(fx, guess, operand);
            let found = helper.swap(fx, addr, guess, replacement);
            let swapped = fx.bcx.ins().icmp(IntCC::Equal, found, guess);
            fx.bcx.ins().brif(swapped, done, &[found.into()], retry, &[found.into()]);
            fx.bcx.seal_block(retry);
            fx.bcx.seal_block(done);
            fx.bcx.switch_to_block(done);
            if name != sym::atomic_store {
                let value = from_wide(fx, old, dest.layout);
                dest.write_cvalue(fx, CValue::by_val(value, dest.layout));
            }
        }
    }
    true
}

/// What an atomic intrinsic does with the value in memory.
enum Operation {
    Load,
    CompareExchange,
    /// Replaces the value by what the function makes of it and the operand (loads and stores
    /// of the whole value included), returning the old one.
    Update(fn(&mut FunctionCx<'_, '_, '_>, Value, Value) -> Value),
}

fn zero(fx: &mut FunctionCx<'_, '_, '_>) -> Value {
    let zero = fx.bcx.ins().iconst(types::I64, 0);
    fx.bcx.ins().uextend(types::I128, zero)
}

/// `value`, 128 bits, as the type of `layout` (`f128` is moved as its bits).
fn from_wide<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    value: Value,
    layout: TyAndLayout<'tcx>,
) -> Value {
    match fx.register_types(layout) {
        Some((ty, _)) if ty.is_float() => bitcast_to(fx, value, ty),
        _ => value,
    }
}

/// A 128-bit value as an integer (`f128` moves through as its bits).
fn wide_operand<'tcx>(fx: &mut FunctionCx<'_, '_, 'tcx>, operand: CValue<'tcx>) -> Value {
    let value = operand.load_scalar(fx);
    if fx.bcx.func.dfg.value_type(value) == types::I128 {
        value
    } else {
        bitcast_to(fx, value, types::I128)
    }
}

/// The unit's compare-and-swap helper and the two slots a function passes it.
struct WideCas {
    func_ref: cranelift_codegen::ir::FuncRef,
    expected: cranelift_codegen::ir::StackSlot,
    replacement: cranelift_codegen::ir::StackSlot,
}

impl WideCas {
    fn new(fx: &mut FunctionCx<'_, '_, '_>) -> WideCas {
        const SYMBOL: &str = "__cranelift_atomic_cas_128";
        let func_id = match fx.cx.module.get_name(SYMBOL) {
            Some(FuncOrDataId::Func(id)) => id,
            _ => {
                let mut sig = Signature::new(fx.cx.default_call_conv);
                sig.params.extend([AbiParam::new(types::I64); 3]);
                // A local symbol: each unit has its own copy.
                let id = match fx.cx.module.declare_function(SYMBOL, Linkage::Local, &sig) {
                    Ok(id) => id,
                    Err(err) => fx
                        .tcx
                        .dcx()
                        .span_fatal(fx.span, format!("cannot declare `{SYMBOL}`: {err}")),
                };
                let code = match fx.tcx.sess.target.arch {
                    Arch::AArch64 => {
                        AARCH64_CAS.iter().flat_map(|word| word.to_le_bytes()).collect()
                    }
                    Arch::S390x => S390X_CAS.to_vec(),
                    _ => X86_64_CAS.to_vec(),
                };
                if let Err(err) = fx.cx.module.define_function_bytes(id, 8, &code, &[]) {
                    fx.tcx.dcx().span_fatal(fx.span, format!("cannot define `{SYMBOL}`: {err}"));
                }
                id
            }
        };
        let func_ref = fx.func_ref_for_id(func_id);
        let expected = fx.create_stack_slot(16, 16);
        let replacement = fx.create_stack_slot(16, 16);
        WideCas { func_ref, expected, replacement }
    }

    /// Swaps `replacement` in at `addr` if `expected` is there; returns the value found.
    fn swap(
        &self,
        fx: &mut FunctionCx<'_, '_, '_>,
        addr: Value,
        expected: Value,
        replacement: Value,
    ) -> Value {
        let flags = MemFlagsData::trusted();
        let expected_addr = fx.bcx.ins().stack_addr(types::I64, self.expected, 0);
        let replacement_addr = fx.bcx.ins().stack_addr(types::I64, self.replacement, 0);
        fx.bcx.ins().store(flags, expected, expected_addr, 0);
        fx.bcx.ins().store(flags, replacement, replacement_addr, 0);
        fx.bcx.ins().call(self.func_ref, &[addr, expected_addr, replacement_addr]);
        fx.bcx.ins().load(types::I128, flags, expected_addr, 0)
    }
}
