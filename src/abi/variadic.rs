//! C-variadic functions: calls, and definitions with their `va_list`.
//!
//! Calls, through the callee's address with the call's signature (the fixed and the extra
//! arguments). On x86-64 System V, `%al` must hold an upper bound of the number of vector
//! registers carrying arguments: Cranelift cannot set `%al`, so calls that pass floating-point
//! values go through a trampoline that sets it and jumps to the callee, whose address travels in
//! the next free integer argument register, or on the stack. Windows x64 (`win64`) wants the
//! variadic floating-point arguments in integer registers.
//!
//! Definitions (`unsafe extern "C" fn f(x: i32, mut args: ...)`), for the `va_list` of x86-64
//! System V, of AAPCS64 (AArch64 outside Apple's and Windows' targets) and of s390x: the variadic
//! arguments are in the argument registers the fixed ones left free, then on the stack after
//! the fixed ones. Cranelift has no access to either, so the function's signature gets one more
//! parameter for each free argument register (integer ones, then vector ones), which the
//! prologue stores into the register save area `va_list` describes, and the stack arguments
//! are found from the frame pointer (Cranelift keeps one). `va_start` is the `VaList` argument
//! the MIR has after the fixed ones; `va_arg` reads the next argument through it (`va_copy` and
//! `va_end` are library code: a copy, and nothing).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    AbiParam, ArgumentPurpose, Block, BlockArg, InstBuilder, MemFlagsData, Signature, Type, Value,
    types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{FuncId, Linkage, Module};
use rustc_abi::{BackendRepr, CanonAbi, Float, Integer, Primitive};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{Ty, TyCtxt};
use rustc_target::callconv::{FnAbi, PassMode};
use rustc_target::spec::{Arch, Os};
use smallvec::SmallVec;

use crate::lower::FunctionCx;
use crate::lower::unwind::{CallTarget, LandingPad};
use crate::lower::value::{CPlace, CValue, Pointer};

/// Integer argument registers of System V, in order.
const INT_ARG_REGS: [&str; 6] = ["rdi", "rsi", "rdx", "rcx", "r8", "r9"];

/// Where the trampoline finds the callee's address: the next free integer argument register,
/// or, when the arguments take them all, the stack slot after the last stack argument.
enum TargetSlot {
    Register(&'static str),
    Stack { offset: u32 },
}

/// Where an extra pointer argument appended to `sig` lands under System V.
fn appended_pointer_slot(sig: &Signature) -> TargetSlot {
    let mut int_regs = 0;
    let mut float_regs = 0;
    let mut stack = 0u32;
    for param in &sig.params {
        match param.purpose {
            ArgumentPurpose::StructArgument(size) => {
                stack = stack.next_multiple_of(8) + size.next_multiple_of(8)
            }
            _ if param.value_type.is_float() || param.value_type.is_vector() => {
                if float_regs < 8 {
                    float_regs += 1;
                } else {
                    let size = param.value_type.bytes().max(8);
                    stack = stack.next_multiple_of(size) + size;
                }
            }
            _ if param.value_type == types::I128 => {
                if int_regs + 2 <= INT_ARG_REGS.len() {
                    int_regs += 2;
                } else {
                    stack = stack.next_multiple_of(16) + 16;
                }
            }
            _ => {
                if int_regs < INT_ARG_REGS.len() {
                    int_regs += 1;
                } else {
                    stack += 8;
                }
            }
        }
    }
    match INT_ARG_REGS.get(int_regs) {
        Some(reg) => TargetSlot::Register(reg),
        None => TargetSlot::Stack { offset: stack },
    }
}

/// Calls the C-variadic function at `address` with `fn_abi` (the call's own, its extra
/// arguments included) and the arguments `values`, and returns its results.
pub(super) fn lower_variadic_call<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
    address: Value,
    values: &mut SmallVec<[Value; 8]>,
    landing: Option<LandingPad>,
) -> SmallVec<[Value; 2]> {
    let mut sig = super::clif_signature(fx.tcx, fx.cx.default_call_conv, fn_abi);
    if sig.call_conv == CallConv::WindowsFastcall || fx.tcx.sess.target.arch == Arch::RiscV64 {
        // Windows x64 wants a variadic floating-point argument in its integer register too,
        // from where the callee's `va_arg` reads it, and RISC-V passes variadic arguments by
        // the integer convention alone: passing it as an integer puts it there.
        let ret = usize::from(matches!(fn_abi.ret.mode, PassMode::Indirect { .. }));
        let fixed: usize = fn_abi.args[..fn_abi.fixed_count as usize]
            .iter()
            .map(|arg| super::arg_params(fx.pointer_type, arg, false).len())
            .sum();
        for index in ret + fixed..values.len() {
            if sig.params[index].value_type == types::F64 {
                sig.params[index] = AbiParam::new(types::I64);
                values[index] =
                    fx.bcx.ins().bitcast(types::I64, MemFlagsData::new(), values[index]);
            }
        }
    }
    match sysv_trampoline(fx, &sig) {
        Some(trampoline) => {
            // The trampoline has no unwind info: these calls get no landing pad.
            sig.params.push(AbiParam::new(fx.pointer_type));
            values.push(address);
            let sig_ref = fx.bcx.import_signature(sig);
            let trampoline = fx.func_ref_for_id(trampoline);
            let trampoline_addr = fx.bcx.ins().func_addr(fx.pointer_type, trampoline);
            fx.emit_call(CallTarget::Indirect(sig_ref, trampoline_addr), values, None)
        }
        None => {
            let sig_ref = fx.bcx.import_signature(sig);
            fx.emit_call(CallTarget::Indirect(sig_ref, address), values, landing)
        }
    }
}

/// The trampoline to call a variadic function with signature `sig` through, if one is needed
/// (floating-point or vector arguments). The call passes the callee's address as an extra last
/// argument, which the callee never reads (it is past the variadic arguments).
fn sysv_trampoline(fx: &mut FunctionCx<'_, '_, '_>, sig: &Signature) -> Option<FuncId> {
    if fx.tcx.sess.target.arch != Arch::X86_64 || sig.call_conv != CallConv::SystemV {
        return None;
    }
    let uses_vector_regs = sig.params.iter().any(|param| {
        !matches!(param.purpose, ArgumentPurpose::StructArgument(_))
            && (param.value_type.is_float() || param.value_type.is_vector())
    });
    if !uses_vector_regs {
        // Without vector arguments any `%al` works.
        return None;
    }
    let (name, body) = match appended_pointer_slot(sig) {
        TargetSlot::Register(reg) => {
            (format!("vararg_call_{reg}"), format!("mov r11, {reg}\nmov eax, 8\njmp r11"))
        }
        // Above the stack arguments is the return address.
        TargetSlot::Stack { offset } => (
            format!("vararg_call_stack{offset}"),
            format!("mov r11, qword ptr [rsp + {}]\nmov eax, 8\njmp r11", offset + 8),
        ),
    };
    let symbol = fx.cx.asm_helper(&name, || body);
    // The trampoline is only ever called indirectly; the declaration just names the symbol.
    let mut declared = Signature::new(fx.cx.default_call_conv);
    declared.params.push(AbiParam::new(fx.pointer_type));
    fx.cx.module.declare_function(&symbol, Linkage::Import, &declared).ok()
}

/// The `va_list` layouts of the targets whose C-variadic definitions the backend supports.
#[derive(Copy, Clone, PartialEq)]
enum VaListAbi {
    /// `{ gp_offset: i32, fp_offset: i32, overflow_arg_area, reg_save_area }`, the save area
    /// holding `rdi`..`r9` (48 bytes), then `xmm0`..`xmm7` (16 bytes each).
    SysV64,
    /// `{ stack, gr_top, vr_top, gr_offs: i32, vr_offs: i32 }`, the offsets negative from the
    /// top of the save areas of `x0`..`x7` and `v0`..`v7` (16 bytes each) while registers
    /// remain.
    Aapcs64,
    /// s390x: `{ gpr: i64, fpr: i64, overflow_arg_area, reg_save_area }`, the counts of the
    /// argument registers used (`r2`..`r6`, `f0`, `f2`, `f4`, `f6`), the save area being the
    /// caller's 160 bytes at the stack pointer of the function's entry (`r2` at 16, `f0` at 128),
    /// where Cranelift's back chain points.
    S390x,
}

impl VaListAbi {
    fn of(tcx: TyCtxt<'_>) -> Option<Self> {
        let target = &tcx.sess.target;
        if target.is_like_windows || target.os == Os::Uefi {
            return None;
        }
        match target.arch {
            Arch::X86_64 => Some(VaListAbi::SysV64),
            Arch::AArch64 if !target.is_like_darwin => Some(VaListAbi::Aapcs64),
            Arch::S390x => Some(VaListAbi::S390x),
            _ => None,
        }
    }

    /// The argument registers of each class: integer, vector.
    fn arg_regs(self) -> (u32, u32) {
        match self {
            VaListAbi::SysV64 => (6, 8),
            VaListAbi::Aapcs64 => (8, 8),
            VaListAbi::S390x => (5, 4),
        }
    }

    /// The Cranelift type of a parameter holding a free floating-point or vector register.
    fn vector_param(self) -> Type {
        match self {
            VaListAbi::SysV64 | VaListAbi::Aapcs64 => types::I8X16,
            VaListAbi::S390x => types::F64,
        }
    }

    /// The size of `va_list` (`VaList`).
    fn size(self) -> u64 {
        match self {
            VaListAbi::SysV64 => 24,
            VaListAbi::Aapcs64 | VaListAbi::S390x => 32,
        }
    }

    /// Where the integer and the vector registers are in the register save area, and its size.
    fn save_area(self) -> (i32, i32, u32) {
        match self {
            VaListAbi::SysV64 => (0, 48, 176),
            VaListAbi::Aapcs64 => (0, 64, 192),
            VaListAbi::S390x => (16, 128, 160),
        }
    }
}

/// The argument registers the fixed parameters of a signature take, and the stack bytes, as
/// Cranelift assigns them.
struct FixedArgs {
    int_regs: u32,
    vector_regs: u32,
    stack_bytes: u32,
}

fn fixed_args(abi: VaListAbi, params: &[AbiParam]) -> FixedArgs {
    let (int_max, vector_max) = abi.arg_regs();
    let mut used = FixedArgs { int_regs: 0, vector_regs: 0, stack_bytes: 0 };
    let on_stack = |used: &mut FixedArgs, size: u32| {
        used.stack_bytes = used.stack_bytes.next_multiple_of(size) + size;
    };
    for param in params {
        let ty = param.value_type;
        match param.purpose {
            ArgumentPurpose::StructArgument(size) => {
                used.stack_bytes += size;
                continue;
            }
            // AAPCS64 passes the result's address in `x8`, outside the argument registers.
            ArgumentPurpose::StructReturn if abi == VaListAbi::Aapcs64 => continue,
            _ => {}
        }
        if ty.is_float() || ty.is_vector() {
            if used.vector_regs < vector_max {
                used.vector_regs += 1;
            } else {
                on_stack(&mut used, ty.bytes().max(8));
            }
        } else if ty.bits() > 64 {
            // Two registers, or the stack: Cranelift's x86-64 gives up the remaining register
            // either way, AAPCS64 starts the pair at an even register.
            let fits = used.int_regs + 2 <= int_max;
            match abi {
                VaListAbi::SysV64 => used.int_regs += 2,
                VaListAbi::Aapcs64 if fits => used.int_regs = used.int_regs.next_multiple_of(2) + 2,
                VaListAbi::Aapcs64 => {}
                // Cranelift passes a 128-bit value by reference on s390x: one register.
                VaListAbi::S390x if used.int_regs < int_max => {
                    used.int_regs += 1;
                    continue;
                }
                VaListAbi::S390x => {
                    on_stack(&mut used, 8);
                    continue;
                }
            }
            if !fits {
                on_stack(&mut used, 16);
            }
        } else if used.int_regs < int_max {
            used.int_regs += 1;
        } else {
            on_stack(&mut used, 8);
        }
    }
    used.int_regs = used.int_regs.min(int_max);
    used
}

/// Whether the backend can define C-variadic functions with `fn_abi`; `Err` says what it
/// cannot. (rustc only accepts C-variadic definitions in the C convention.)
pub(crate) fn check_definition(tcx: TyCtxt<'_>, fn_abi: &FnAbi<'_, Ty<'_>>) -> Result<(), String> {
    match VaListAbi::of(tcx) {
        Some(_) if fn_abi.conv == CanonAbi::C => Ok(()),
        Some(_) => Err(format!(
            "C-variadic function definitions (`...` parameters) with the `{}` calling convention",
            fn_abi.conv
        )),
        None => Err(format!(
            "C-variadic function definitions (`...` parameters) on `{}`",
            tcx.sess.target.llvm_target
        )),
    }
}

/// Adds to the signature `sig` of a C-variadic definition (checked by `check_definition`) a
/// parameter for each argument register its fixed parameters leave free: integer ones, then
/// vector ones, which Cranelift then assigns to exactly those registers.
pub(crate) fn add_register_params(tcx: TyCtxt<'_>, sig: &mut Signature) {
    let Some(abi) = VaListAbi::of(tcx) else { return };
    let used = fixed_args(abi, &sig.params);
    let (int_max, vector_max) = abi.arg_regs();
    let ints = (used.int_regs..int_max).map(|_| AbiParam::new(types::I64));
    let vectors = (used.vector_regs..vector_max).map(|_| AbiParam::new(abi.vector_param()));
    sig.params.extend(ints.chain(vectors));
}

/// `va_start`: the `VaList` of a C-variadic definition, given the parameters that
/// `add_register_params` added, the rest of the function's.
pub(crate) fn va_start<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    layout: TyAndLayout<'tcx>,
    register_params: &[Value],
) -> CPlace<'tcx> {
    let list = CPlace::new_stack_slot(fx, layout);
    let Some(abi) = VaListAbi::of(fx.tcx).filter(|abi| abi.size() == layout.size.bytes()) else {
        fx.unsupported("a `VaList` of another layout than the target's `va_list`");
        return list;
    };
    let params = &fx.bcx.func.signature.params;
    let used = fixed_args(abi, &params[..params.len() - register_params.len()]);
    let (int_at, vector_at, save_size) = abi.save_area();
    let frame = fx.bcx.ins().get_frame_pointer(fx.pointer_type);
    // s390x's save area is the caller's, at the stack pointer of the entry (the back chain);
    // the others' is a slot of the function's own.
    let save_area = match abi {
        VaListAbi::S390x => frame,
        VaListAbi::SysV64 | VaListAbi::Aapcs64 => {
            let slot = fx.create_stack_slot(u64::from(save_size), 16);
            fx.bcx.ins().stack_addr(fx.pointer_type, slot, 0)
        }
    };
    let vector_size = abi.vector_param().bytes() as i32;
    let (ints, vectors) = register_params.split_at((abi.arg_regs().0 - used.int_regs) as usize);
    for (index, &value) in ints.iter().enumerate() {
        let offset = int_at + 8 * (used.int_regs as i32 + index as i32);
        fx.bcx.ins().store(MemFlagsData::trusted(), value, save_area, offset);
    }
    for (index, &value) in vectors.iter().enumerate() {
        let offset = vector_at + vector_size * (used.vector_regs as i32 + index as i32);
        fx.bcx.ins().store(MemFlagsData::trusted(), value, save_area, offset);
    }
    // The stack arguments start above the saved frame pointer and the return address (x86-64)
    // or link register (AArch64), above the register save area (s390x), the first of them
    // after the fixed ones.
    let above_frame = match abi {
        VaListAbi::SysV64 | VaListAbi::Aapcs64 => 16,
        VaListAbi::S390x => 160,
    };
    let stack_args = fx.bcx.ins().iadd_imm_s(frame, above_frame + i64::from(used.stack_bytes));
    let base = list.to_ptr();
    let store = |fx: &mut FunctionCx<'_, '_, 'tcx>, offset: i64, value: Value| {
        base.offset_i64(fx, offset).store(fx, value, MemFlagsData::trusted());
    };
    let (int_regs, vector_regs) = (used.int_regs as i64, used.vector_regs as i64);
    match abi {
        VaListAbi::SysV64 => {
            let gp_offset = fx.bcx.ins().iconst(types::I32, 8 * int_regs);
            let fp_offset = fx.bcx.ins().iconst(types::I32, 48 + 16 * vector_regs);
            store(fx, 0, gp_offset);
            store(fx, 4, fp_offset);
            store(fx, 8, stack_args);
            store(fx, 16, save_area);
        }
        VaListAbi::Aapcs64 => {
            let (int_max, vector_max) = abi.arg_regs();
            let gr_top = fx.bcx.ins().iadd_imm_s(save_area, i64::from(vector_at));
            let vr_top = fx.bcx.ins().iadd_imm_s(save_area, i64::from(save_size));
            let gr_offs = fx.bcx.ins().iconst(types::I32, -8 * (i64::from(int_max) - int_regs));
            let vr_offs =
                fx.bcx.ins().iconst(types::I32, -16 * (i64::from(vector_max) - vector_regs));
            store(fx, 0, stack_args);
            store(fx, 8, gr_top);
            store(fx, 16, vr_top);
            store(fx, 24, gr_offs);
            store(fx, 28, vr_offs);
        }
        VaListAbi::S390x => {
            let gpr = fx.bcx.ins().iconst(types::I64, int_regs);
            let fpr = fx.bcx.ins().iconst(types::I64, vector_regs);
            store(fx, 0, gpr);
            store(fx, 8, fpr);
            store(fx, 16, stack_args);
            store(fx, 24, save_area);
        }
    }
    list
}

/// The intrinsic `va_arg`: the next argument of the `va_list` at `list`, of type `layout`
/// (a `VaArgSafe` type: an integer, a pointer, `f64` or `f128`).
pub(crate) fn lower_va_arg<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    list: Value,
    layout: TyAndLayout<'tcx>,
) -> CValue<'tcx> {
    let abi = VaListAbi::of(fx.tcx);
    let class = match layout.backend_repr {
        BackendRepr::Scalar(scalar) => match scalar.primitive() {
            Primitive::Int(Integer::I128, _) => Some(RegClass::IntPair),
            Primitive::Int(..) | Primitive::Pointer(_) => Some(RegClass::Int),
            Primitive::Float(Float::F64 | Float::F128) => Some(RegClass::Vector),
            Primitive::Float(_) => None,
        },
        _ => None,
    };
    let (Some(abi), Some(class)) = (abi, class) else {
        fx.unsupported(&format!("the intrinsic `va_arg` of `{}` on this target", layout.ty));
        return CValue::by_ref(Pointer::dangling(layout.align.abi), layout);
    };
    let size = layout.size.bytes();
    // s390x passes what is larger than 8 bytes by reference: the slot holds its address.
    let by_reference = abi == VaListAbi::S390x && size > 8;
    let slot_size = if by_reference { 8 } else { size };
    let done = fx.bcx.create_block();
    let slot = fx.bcx.append_block_param(done, fx.pointer_type);
    let on_stack = fx.bcx.create_block();
    match abi {
        VaListAbi::SysV64 => sysv64_from_registers(fx, list, class, done, on_stack),
        VaListAbi::Aapcs64 => aapcs64_from_registers(fx, list, class, done, on_stack),
        VaListAbi::S390x => {
            let class = if by_reference { RegClass::Int } else { class };
            s390x_from_registers(fx, list, class, done, on_stack)
        }
    }

    // The stack: each argument in whole eightbytes, 16-byte ones aligned to 16.
    fx.bcx.switch_to_block(on_stack);
    let stack_field = match abi {
        VaListAbi::SysV64 => 8,
        VaListAbi::Aapcs64 => 0,
        VaListAbi::S390x => 16,
    };
    let flags = MemFlagsData::trusted();
    let mut next = fx.bcx.ins().load(fx.pointer_type, flags, list, stack_field);
    if slot_size == 16 {
        next = fx.bcx.ins().iadd_imm_s(next, 15);
        next = fx.bcx.ins().band_imm_s(next, -16);
    }
    let after = fx.bcx.ins().iadd_imm_s(next, slot_size.next_multiple_of(8) as i64);
    fx.bcx.ins().store(flags, after, list, stack_field);
    fx.bcx.ins().jump(done, &[BlockArg::Value(next)]);

    fx.bcx.switch_to_block(done);
    let address = if by_reference {
        fx.bcx.ins().load(fx.pointer_type, flags, slot, 0)
    } else if fx.tcx.data_layout.endian == rustc_abi::Endian::Big && size < 8 {
        // A narrower value is in the low-order end of its big-endian eightbyte.
        fx.bcx.ins().iadd_imm_s(slot, (8 - size) as i64)
    } else {
        slot
    };
    CValue::by_ref(Pointer::new(address), layout)
}

/// Where an argument is when it is in registers.
#[derive(Copy, Clone, PartialEq)]
enum RegClass {
    Int,
    /// Two integer registers (a 128-bit integer).
    IntPair,
    Vector,
}

/// x86-64: the argument is in the save area while `gp_offset` (or `fp_offset`) leaves room.
fn sysv64_from_registers(
    fx: &mut FunctionCx<'_, '_, '_>,
    list: Value,
    class: RegClass,
    done: Block,
    on_stack: Block,
) {
    let (field, size, end) = match class {
        RegClass::Int => (0, 8, 48),
        RegClass::IntPair => (0, 16, 48),
        RegClass::Vector => (4, 16, 176),
    };
    let flags = MemFlagsData::trusted();
    let offset = fx.bcx.ins().load(types::I32, flags, list, field);
    let fits = fx.bcx.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, offset, end - size);
    let in_registers = fx.bcx.create_block();
    fx.bcx.ins().brif(fits, in_registers, &[], on_stack, &[]);
    fx.bcx.switch_to_block(in_registers);
    let next = fx.bcx.ins().iadd_imm_s(offset, size);
    fx.bcx.ins().store(flags, next, list, field);
    let save_area = fx.bcx.ins().load(fx.pointer_type, flags, list, 16);
    jump_to_offset(fx, save_area, offset, false, done);
}

/// AArch64: the argument is below `gr_top` (or `vr_top`) while `gr_offs` (`vr_offs`), moved past
/// it, stays at most 0; once it is not, the registers are used up for good.
fn aapcs64_from_registers(
    fx: &mut FunctionCx<'_, '_, '_>,
    list: Value,
    class: RegClass,
    done: Block,
    on_stack: Block,
) {
    let (offset_field, top_field, size) = match class {
        RegClass::Int => (24, 8, 8),
        RegClass::IntPair => (24, 8, 16),
        RegClass::Vector => (28, 16, 16),
    };
    let flags = MemFlagsData::trusted();
    let mut offset = fx.bcx.ins().load(types::I32, flags, list, offset_field);
    let used_up = fx.bcx.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, offset, 0);
    let maybe = fx.bcx.create_block();
    fx.bcx.ins().brif(used_up, on_stack, &[], maybe, &[]);
    fx.bcx.switch_to_block(maybe);
    if class == RegClass::IntPair {
        // A pair starts at an even register.
        offset = fx.bcx.ins().iadd_imm_s(offset, 15);
        offset = fx.bcx.ins().band_imm_s(offset, -16);
    }
    let next = fx.bcx.ins().iadd_imm_s(offset, size);
    fx.bcx.ins().store(flags, next, list, offset_field);
    let past_end = fx.bcx.ins().icmp_imm_s(IntCC::SignedGreaterThan, next, 0);
    let in_registers = fx.bcx.create_block();
    fx.bcx.ins().brif(past_end, on_stack, &[], in_registers, &[]);
    fx.bcx.switch_to_block(in_registers);
    let top = fx.bcx.ins().load(fx.pointer_type, flags, list, top_field);
    jump_to_offset(fx, top, offset, true, done);
}

/// s390x: the argument is in the register save area while the count of its class's registers
/// used (`gpr`, `fpr`) is below the number of argument registers.
fn s390x_from_registers(
    fx: &mut FunctionCx<'_, '_, '_>,
    list: Value,
    class: RegClass,
    done: Block,
    on_stack: Block,
) {
    let (count_field, registers, save_offset) = match class {
        RegClass::Int | RegClass::IntPair => (0, 5, 16),
        RegClass::Vector => (8, 4, 128),
    };
    let flags = MemFlagsData::trusted();
    let count = fx.bcx.ins().load(types::I64, flags, list, count_field);
    let fits = fx.bcx.ins().icmp_imm_u(IntCC::UnsignedLessThan, count, registers);
    let in_registers = fx.bcx.create_block();
    fx.bcx.ins().brif(fits, in_registers, &[], on_stack, &[]);
    fx.bcx.switch_to_block(in_registers);
    let next = fx.bcx.ins().iadd_imm_s(count, 1);
    fx.bcx.ins().store(flags, next, list, count_field);
    let save_area = fx.bcx.ins().load(fx.pointer_type, flags, list, 24);
    let offset = fx.bcx.ins().ishl_imm_s(count, 3);
    let offset = fx.bcx.ins().iadd_imm_s(offset, save_offset);
    let address = fx.bcx.ins().iadd(save_area, offset);
    fx.bcx.ins().jump(done, &[BlockArg::Value(address)]);
}

/// Jumps to `done` with `base + offset`, the 32-bit `offset` extended (`signed` or not).
fn jump_to_offset(
    fx: &mut FunctionCx<'_, '_, '_>,
    base: Value,
    offset: Value,
    signed: bool,
    done: Block,
) {
    let ty: Type = fx.pointer_type;
    let offset =
        if signed { fx.bcx.ins().sextend(ty, offset) } else { fx.bcx.ins().uextend(ty, offset) };
    let address = fx.bcx.ins().iadd(base, offset);
    fx.bcx.ins().jump(done, &[BlockArg::Value(address)]);
}
