//! Functions whose locals do not fit in a Cranelift frame (at most 1 GiB): their largest locals
//! live in a region of the stack that an assembly helper reserves before calling the body.
//!
//! Such a function `f` has two parts. Its own symbol is a wrapper that stores its parameters in
//! a block of its frame and calls the helper with the region's size and alignment, the body and
//! the block. The helper moves the stack pointer below the region, touching every page on the
//! way down as LLVM's stack probes do (a region larger than the free stack meets the guard page
//! and is reported as a stack overflow), calls the body with the block and the region, and
//! restores the stack pointer. The body, `<f>.huge_frame`, is `f` lowered as usual but for its
//! parameters, which it loads from the block, its results, which it stores there, and the
//! locals placed in the region. The helper has call frame information, so panics unwind
//! through it.

use cranelift_codegen::ir::{
    AbiParam, Function, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Type,
    Value,
};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};
use rustc_data_structures::fx::FxHashMap;
use rustc_middle::mir::Local;
use rustc_middle::ty::Instance;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_span::Span;
use rustc_target::spec::Arch;
use smallvec::SmallVec;

use crate::lower::value::Pointer;
use crate::lower::{FunctionCx, ModuleCx};
use crate::lowered::LoweredFunction;

/// Locals of a function up to this size in all stay in its Cranelift frame, which also holds
/// spills, copies of arguments and outgoing arguments, within Cranelift's limit of 1 GiB.
const FRAME_LOCALS_LIMIT: u64 = 256 << 20;

/// Where the body of a function split as the module describes finds what its wrapper passes.
pub(crate) struct HugeFrame {
    /// The function's own signature, whose parameters and results the block holds.
    sig: Signature,
    /// The offset of each local placed in the region.
    region_offsets: FxHashMap<Local, u64>,
    region_size: u64,
    region_align: u64,
    /// The body's parameters: the block and the region (set by the prologue).
    block: Option<Value>,
    region: Option<Value>,
}

impl HugeFrame {
    /// The split of a function whose variables and temporaries have `layouts`, when their
    /// sizes together exceed `FRAME_LOCALS_LIMIT`: the largest go to the region until the
    /// others fit.
    pub(crate) fn plan(sig: &Signature, layouts: &[(Local, TyAndLayout<'_>)]) -> Option<Self> {
        let size_of = |layout: &TyAndLayout<'_>| {
            if layout.is_sized() { layout.size.bytes() + layout.align.abi.bytes() - 1 } else { 0 }
        };
        let mut in_frame: u64 = layouts.iter().map(|(_, layout)| size_of(layout)).sum();
        if in_frame <= FRAME_LOCALS_LIMIT {
            return None;
        }
        let mut by_size: Vec<&(Local, TyAndLayout<'_>)> = layouts.iter().collect();
        by_size.sort_by_key(|(_, layout)| std::cmp::Reverse(size_of(layout)));
        let mut region_offsets = FxHashMap::default();
        let (mut region_size, mut region_align): (u64, u64) = (0, 16);
        for (local, layout) in by_size {
            if in_frame <= FRAME_LOCALS_LIMIT {
                break;
            }
            in_frame -= size_of(layout);
            let align = layout.align.abi.bytes();
            let offset = region_size.next_multiple_of(align);
            region_offsets.insert(*local, offset);
            region_size = offset + layout.size.bytes();
            region_align = region_align.max(align);
        }
        Some(HugeFrame {
            sig: sig.clone(),
            region_offsets,
            region_size: region_size.next_multiple_of(16),
            region_align,
            block: None,
            region: None,
        })
    }

    /// The body's signature: the block and the region, no results.
    pub(crate) fn body_signature(&self, pointer_type: Type) -> Signature {
        let mut sig = Signature::new(self.sig.call_conv);
        sig.params = vec![AbiParam::new(pointer_type); 2];
        sig
    }
}

/// The offsets in the block of the values of `params` and then of `returns`, and its size.
fn block_layout(sig: &Signature) -> (SmallVec<[u32; 8]>, SmallVec<[u32; 2]>, u32) {
    let mut size: u32 = 0;
    let mut place = |param: &AbiParam| {
        let bytes = param.value_type.bytes();
        let offset = size.next_multiple_of(bytes.clamp(1, 16));
        size = offset + bytes;
        offset
    };
    let params = sig.params.iter().map(&mut place).collect();
    let returns = sig.returns.iter().map(&mut place).collect();
    (params, returns, size.next_multiple_of(16))
}

/// The body's view of the function's parameters, loaded from the block, given the body's own
/// parameters `[block, region]`; remembers those for the locals and results.
pub(crate) fn body_params(fx: &mut FunctionCx<'_, '_, '_>, body_params: &[Value]) -> Vec<Value> {
    let &[block, region] = body_params else { unreachable!("the body takes the block and region") };
    let frame = fx.huge_frame.as_mut().expect("a split function");
    frame.block = Some(block);
    frame.region = Some(region);
    let (offsets, _, _) = block_layout(&frame.sig);
    let types: SmallVec<[Type; 8]> = frame.sig.params.iter().map(|p| p.value_type).collect();
    let flags = MemFlagsData::trusted();
    types
        .into_iter()
        .zip(offsets)
        .map(|(ty, offset)| fx.bcx.ins().load(ty, flags, block, offset as i32))
        .collect()
}

/// Where `local` lives when the function's region holds it.
#[inline]
pub(crate) fn region_place(fx: &mut FunctionCx<'_, '_, '_>, local: Local) -> Option<Pointer> {
    let frame = fx.huge_frame.as_ref()?;
    let offset = *frame.region_offsets.get(&local)?;
    let region = frame.region.expect("set by the prologue");
    Some(Pointer::new(fx.bcx.ins().iadd_imm_s(region, offset as i64)))
}

/// Whether `local` lives in the function's region.
#[inline]
pub(crate) fn in_region(fx: &FunctionCx<'_, '_, '_>, local: Local) -> bool {
    fx.huge_frame.as_ref().is_some_and(|frame| frame.region_offsets.contains_key(&local))
}

/// Returns `values` from the function: from the body of a split one, through the block.
pub(crate) fn lower_return_values(fx: &mut FunctionCx<'_, '_, '_>, values: &[Value]) {
    if let Some(frame) = &fx.huge_frame {
        let block = frame.block.expect("set by the prologue");
        let (_, offsets, _) = block_layout(&frame.sig);
        for (&value, offset) in values.iter().zip(offsets) {
            fx.bcx.ins().store(MemFlagsData::trusted(), value, block, offset as i32);
        }
        fx.bcx.ins().return_(&[]);
    } else {
        fx.bcx.ins().return_(values);
    }
}

/// Declares the body of the split function `instance` (local to this unit) and defines
/// `func_id`, its symbol, as the wrapper calling it through the helper; returns the body's id.
pub(crate) fn define_wrapper<'tcx>(
    cx: &mut ModuleCx<'tcx>,
    instance: Instance<'tcx>,
    frame: &HugeFrame,
    func_id: FuncId,
    span: Span,
) -> FuncId {
    let tcx = cx.tcx;
    let pointer_type = cx.module.target_config().pointer_type();
    let body_name = format!("{}.huge_frame", tcx.symbol_name(instance).name);
    let body_sig = frame.body_signature(pointer_type);
    let body_id = super::declare_or_fail(cx, &body_name, Linkage::Local, &body_sig, span);
    let mut helper_sig = Signature::new(cx.default_call_conv);
    helper_sig.params = vec![AbiParam::new(pointer_type); 4];
    let helper_symbol = cx.asm_helper("huge_frame", || helper_text(&tcx.sess.target.arch));
    let helper_id = super::declare_or_fail(cx, &helper_symbol, Linkage::Import, &helper_sig, span);

    let (debug, srcloc) = super::wrapper_debug(cx, instance, span);
    let mut func =
        Function::with_name_signature(ModuleCx::user_func_name(func_id), frame.sig.clone());
    let mut builder_ctx = FunctionBuilderContext::new();
    let mut bcx = FunctionBuilder::new(&mut func, &mut builder_ctx);
    let entry = bcx.create_block();
    bcx.append_block_params_for_function_params(entry);
    bcx.switch_to_block(entry);
    if let Some(srcloc) = srcloc {
        bcx.set_srcloc(srcloc);
    }
    let (param_offsets, return_offsets, block_size) = block_layout(&frame.sig);
    let block =
        bcx.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, block_size, 4));
    let params: SmallVec<[Value; 8]> = bcx.block_params(entry).iter().copied().collect();
    for (param, offset) in params.into_iter().zip(param_offsets) {
        bcx.ins().stack_store(pointer_type, param, block, offset as i32);
    }
    let size = bcx.ins().iconst(pointer_type, frame.region_size as i64);
    let align = bcx.ins().iconst(pointer_type, frame.region_align as i64);
    let body_ref = cx.module.declare_func_in_func(body_id, bcx.func);
    let body = bcx.ins().func_addr(pointer_type, body_ref);
    let block_addr = bcx.ins().stack_addr(pointer_type, block, 0);
    let helper_ref = cx.module.declare_func_in_func(helper_id, bcx.func);
    bcx.ins().call(helper_ref, &[size, align, body, block_addr]);
    let results: SmallVec<[Value; 2]> = frame
        .sig
        .returns
        .iter()
        .zip(return_offsets)
        .map(|(ret, offset)| {
            bcx.ins().stack_load(pointer_type, ret.value_type, block, offset as i32)
        })
        .collect();
    bcx.ins().return_(&results);
    bcx.seal_all_blocks();
    bcx.finalize(cx.module.isa().frontend_config());

    let attrs = tcx.codegen_instance_attrs(instance.def);
    let align = attrs.alignment.map(|align| align.bytes());
    let isa = cx.function_isa(&attrs.target_features);
    cx.functions.push(LoweredFunction { id: func_id, func, debug, align, isa });
    body_id
}

/// The helper's assembly for `arch` (x86-64 in Intel syntax), in the default C convention:
/// `(size, align, body, block)`. It probes each 4 KiB page from the stack pointer down to the
/// region's aligned start, calls `body(block, region)` with the stack pointer there, and keeps
/// a frame pointer whose call frame information describes the frame throughout.
fn helper_text(arch: &Arch) -> String {
    match arch {
        Arch::X86_64 => "\
.cfi_startproc
push rbp
.cfi_def_cfa_offset 16
.cfi_offset rbp, -16
mov rbp, rsp
.cfi_def_cfa_register rbp
mov rax, rsp
sub rax, rdi
neg rsi
and rax, rsi
2:
sub rsp, 4096
cmp rsp, rax
jb 3f
or qword ptr [rsp], 0
jmp 2b
3:
mov rsp, rax
or qword ptr [rsp], 0
mov rdi, rcx
mov rsi, rax
call rdx
mov rsp, rbp
.cfi_def_cfa_register rsp
pop rbp
.cfi_def_cfa_offset 8
ret
.cfi_endproc"
            .to_owned(),
        Arch::AArch64 => "\
.cfi_startproc
stp x29, x30, [sp, #-16]!
.cfi_def_cfa_offset 16
.cfi_offset x29, -16
.cfi_offset x30, -8
mov x29, sp
.cfi_def_cfa_register x29
mov x9, sp
sub x9, x9, x0
neg x1, x1
and x9, x9, x1
2:
sub sp, sp, #4096
cmp sp, x9
b.lo 3f
str xzr, [sp]
b 2b
3:
mov sp, x9
str xzr, [sp]
mov x0, x3
mov x1, x9
blr x2
mov sp, x29
.cfi_def_cfa_register sp
ldp x29, x30, [sp], #16
.cfi_def_cfa_offset 0
.cfi_restore x29
.cfi_restore x30
ret
.cfi_endproc"
            .to_owned(),
        Arch::RiscV64 => "\
.cfi_startproc
addi sp, sp, -16
.cfi_def_cfa_offset 16
sd ra, 8(sp)
sd s0, 0(sp)
.cfi_offset ra, -8
.cfi_offset s0, -16
addi s0, sp, 16
.cfi_def_cfa s0, 0
sub t0, sp, a0
neg a1, a1
and t0, t0, a1
li t1, 4096
2:
sub sp, sp, t1
bltu sp, t0, 3f
sd zero, 0(sp)
j 2b
3:
mv sp, t0
sd zero, 0(sp)
mv a0, a3
mv a1, t0
jalr a2
addi sp, s0, -16
.cfi_def_cfa sp, 16
ld ra, 8(sp)
ld s0, 0(sp)
.cfi_restore ra
.cfi_restore s0
addi sp, sp, 16
.cfi_def_cfa_offset 0
ret
.cfi_endproc"
            .to_owned(),
        // The body's 160-byte register save area, which a caller provides, lies below the
        // region.
        Arch::S390x => "\
.cfi_startproc
stmg %r11, %r15, 88(%r15)
.cfi_offset %r11, -72
.cfi_offset %r14, -48
.cfi_offset %r15, -40
lgr %r11, %r15
.cfi_def_cfa_register %r11
lgr %r1, %r15
sgr %r1, %r2
lcgr %r3, %r3
ngr %r1, %r3
lgr %r0, %r1
aghi %r0, -160
2:
aghi %r15, -4096
clgr %r15, %r0
jl 3f
stg %r0, 0(%r15)
j 2b
3:
lgr %r15, %r0
stg %r0, 0(%r15)
lgr %r2, %r5
lgr %r3, %r1
basr %r14, %r4
lmg %r11, %r15, 88(%r11)
.cfi_restore %r11
.cfi_restore %r14
.cfi_restore %r15
.cfi_def_cfa %r15, 160
br %r14
.cfi_endproc"
            .to_owned(),
        other => unreachable!("no Cranelift target `{other}` has huge frames checked"),
    }
}
