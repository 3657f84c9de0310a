//! Guaranteed tail calls (`become`, MIR's `TailCall`) as Cranelift's `return_call`, which only
//! jumps between functions of Cranelift's `tail` calling convention.
//!
//! A function's own symbol must keep its ABI's convention: other crates (LLVM's too), function
//! pointers and vtables call it. So a function `f` that makes tail calls (unless it is itself
//! `extern "tail"`, whose symbol is in the `tail` convention anyway) has two entries: its body,
//! compiled in the `tail` convention under the symbol `<f>.tail`, and its own symbol, a wrapper
//! calling that. A tail call then jumps to the callee's `.tail` entry, so that a chain of tail
//! calls between such functions runs in one frame. A callee that makes no tail calls has no
//! `.tail` entry of its own; a shim of that name calling it stands in: it costs one frame for
//! the whole chain, which ends there. The shim is local to a unit that defines the callee, and
//! weak elsewhere: the callee's real `.tail` entry, strong, takes its place at link time when the
//! callee makes tail calls but this unit cannot know it (it is compiled elsewhere).
//!
//! A tail call through a function pointer (or a vtable) cannot know the pointee's `.tail`
//! entry: it jumps to a shim that calls the pointer, which is a correct call but keeps that
//! shim's frame (a function pointer of `extern "tail"` type is jumped to directly).

use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, Signature, SourceLoc, Value};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};
use rustc_abi::{CanonAbi, ExternAbi};
use rustc_middle::mir::{self, Body, TerminatorKind};
use rustc_middle::mono::MonoItem;
use rustc_middle::ty::{self, Instance, InstanceKind, Ty, TyCtxt};
use rustc_span::Span;
use rustc_target::callconv::{FnAbi, IndirectMode, PassMode};
use smallvec::SmallVec;

use super::call::push_arg_values;
use super::{CallArg, clif_signature, declare_or_fail, tail_signature, wrapper_debug};
use crate::lower::value::{CPlace, CValue, Pointer};
use crate::lower::{FunctionCx, ModuleCx};
use crate::lowered::LoweredFunction;

/// Whether `mir` makes a guaranteed tail call.
pub(crate) fn has_tail_calls(mir: &Body<'_>) -> bool {
    mir.basic_blocks
        .iter()
        .any(|block| matches!(block.terminator().kind, TerminatorKind::TailCall { .. }))
}

/// Whether `instance` has a `.tail` entry of its own, its body in the `tail` convention: it is
/// a function making tail calls, and not `extern "tail"` (whose symbol is that entry).
fn has_tail_entry<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>) -> bool {
    let InstanceKind::Item(def_id) = instance.def else { return false };
    if tcx.is_foreign_item(def_id)
        || !tcx.is_mir_available(def_id)
        || crate::lower::global_asm::is_naked(tcx, instance)
    {
        return false;
    }
    // Only functions make tail calls (closures may not), so only then is there a signature.
    has_tail_calls(tcx.instance_mir(instance.def))
        && tcx.fn_sig(def_id).skip_binder().abi() != ExternAbi::RustTail
}

fn tail_symbol<'tcx>(tcx: TyCtxt<'tcx>, instance: Instance<'tcx>) -> String {
    format!("{}.tail", tcx.symbol_name(instance).name)
}

fn fn_abi_of<'tcx>(
    tcx: TyCtxt<'tcx>,
    instance: Instance<'tcx>,
    span: Span,
) -> &'tcx FnAbi<'tcx, Ty<'tcx>> {
    tcx.fn_abi_of_instance(
        ty::TypingEnv::fully_monomorphized().as_query_input((instance, ty::List::empty())),
    )
    .unwrap_or_else(|err| tcx.dcx().span_fatal(span, format!("{err:?}")))
}

/// Declares the `.tail` entry of `instance`, defined in this unit with `linkage`, if it has one.
pub(crate) fn declare_tail_entry<'tcx>(
    cx: &mut ModuleCx<'tcx>,
    instance: Instance<'tcx>,
    linkage: Linkage,
    span: Span,
) {
    if !has_tail_entry(cx.tcx, instance) {
        return;
    }
    let sig = tail_signature(cx.tcx, fn_abi_of(cx.tcx, instance, span));
    let id = declare_or_fail(cx, &tail_symbol(cx.tcx, instance), linkage, &sig, span);
    cx.tail_entries.insert(instance, id);
}

/// The `.tail` entry that a tail call of `instance` jumps to: its own, or a shim calling it
/// (see the module's documentation).
fn callee_entry<'tcx>(cx: &mut ModuleCx<'tcx>, instance: Instance<'tcx>, span: Span) -> FuncId {
    if let Some(&id) = cx.tail_entries.get(&instance) {
        return id;
    }
    let tcx = cx.tcx;
    let sig = tail_signature(tcx, fn_abi_of(tcx, instance, span));
    let name = tail_symbol(tcx, instance);
    let defined_here = cx.cgu.is_some_and(|cgu| cgu.items().contains_key(&MonoItem::Fn(instance)));
    // A function of this crate is compiled by this backend in one of the crate's units, with
    // its entry when it has one. Of another crate's functions (generic ones shared from it
    // too), only a shim is certain: LLVM may have compiled that crate.
    let id = if !defined_here && instance.def_id().is_local() && has_tail_entry(tcx, instance) {
        declare_or_fail(cx, &name, Linkage::Import, &sig, span)
    } else {
        let linkage = if defined_here { Linkage::Local } else { Linkage::Preemptible };
        let id = declare_or_fail(cx, &name, linkage, &sig, span);
        let target = cx.declare_fn(instance, Linkage::Import, span);
        let func = forwarder(cx, id, sig, Forward::Direct(target), None);
        cx.functions.push(LoweredFunction::plain(id, func));
        id
    };
    cx.tail_entries.insert(instance, id);
    id
}

/// The shim through which a tail call reaches a function pointer with `fn_abi`: it takes the
/// call's arguments and then the pointer, and calls the pointer.
fn pointer_shim<'tcx>(
    cx: &mut ModuleCx<'tcx>,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
    span: Span,
) -> FuncId {
    let tcx = cx.tcx;
    let mut sig = tail_signature(tcx, fn_abi);
    let pointer_type = cx.module.target_config().pointer_type();
    sig.params.push(AbiParam::new(pointer_type));
    if let Some(&id) = cx.pointer_tail_shims.get(&sig) {
        return id;
    }
    let callee_sig = clif_signature(tcx, cx.default_call_conv, fn_abi);
    let name = format!("__cranelift_tail_via_pointer.{}", cx.pointer_tail_shims.len());
    let id = declare_or_fail(cx, &name, Linkage::Local, &sig, span);
    cx.pointer_tail_shims.insert(sig.clone(), id);
    let func = forwarder(cx, id, sig, Forward::LastParam(callee_sig), None);
    cx.functions.push(LoweredFunction::plain(id, func));
    id
}

/// Whom a forwarding function calls.
enum Forward {
    /// The function `FuncId`, with the forwarder's parameters.
    Direct(FuncId),
    /// The address in the forwarder's last parameter, with the others, with this signature.
    LastParam(Signature),
}

/// The function `id`, with `sig`, that calls `to` with its parameters and returns its results,
/// its instructions at the source position `srcloc` if any.
fn forwarder(
    cx: &mut ModuleCx<'_>,
    id: FuncId,
    sig: Signature,
    to: Forward,
    srcloc: Option<SourceLoc>,
) -> Function {
    let mut func = Function::with_name_signature(ModuleCx::user_func_name(id), sig);
    let mut builder_ctx = FunctionBuilderContext::new();
    let mut bcx = FunctionBuilder::new(&mut func, &mut builder_ctx);
    let block = bcx.create_block();
    bcx.append_block_params_for_function_params(block);
    bcx.switch_to_block(block);
    if let Some(srcloc) = srcloc {
        bcx.set_srcloc(srcloc);
    }
    let params: SmallVec<[Value; 8]> = bcx.block_params(block).iter().copied().collect();
    let call = match to {
        Forward::Direct(target) => {
            let func_ref = cx.module.declare_func_in_func(target, bcx.func);
            bcx.ins().call(func_ref, &params)
        }
        Forward::LastParam(callee_sig) => {
            let (&address, args) = params.split_last().expect("the address is a parameter");
            let sig_ref = bcx.import_signature(callee_sig);
            bcx.ins().call_indirect(sig_ref, address, args)
        }
    };
    let results: SmallVec<[Value; 2]> = bcx.inst_results(call).iter().copied().collect();
    bcx.ins().return_(&results);
    bcx.seal_all_blocks();
    bcx.finalize(cx.module.isa().frontend_config());
    func
}

/// Defines `func_id`, the symbol of a function whose body is its `.tail` entry `tail_id`, as
/// the wrapper calling that entry. It has debug info at the function's declaration, so that
/// backtraces through it name the function.
pub(crate) fn define_wrapper<'tcx>(
    cx: &mut ModuleCx<'tcx>,
    instance: Instance<'tcx>,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
    func_id: FuncId,
    tail_id: FuncId,
    span: Span,
) {
    let tcx = cx.tcx;
    let (debug, srcloc) = wrapper_debug(cx, instance, span);
    let sig = clif_signature(tcx, cx.default_call_conv, fn_abi);
    let func = forwarder(cx, func_id, sig, Forward::Direct(tail_id), srcloc);
    let attrs = tcx.codegen_instance_attrs(instance.def);
    let align = attrs.alignment.map(|align| align.bytes());
    let isa = cx.function_isa(&attrs.target_features);
    cx.functions.push(LoweredFunction { id: func_id, func, debug, align, isa });
}

/// How a tail call reaches its callee.
pub(crate) enum TailCallee<'tcx> {
    Direct(Instance<'tcx>),
    Pointer(Value),
}

/// Emits the guaranteed tail call of `callee` with `fn_abi` and `args`, from a function in the
/// `tail` convention (a `.tail` entry, or an `extern "tail"` function).
pub(crate) fn lower_tail_call<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    callee: TailCallee<'tcx>,
    fn_abi: &'tcx FnAbi<'tcx, Ty<'tcx>>,
    args: &[CValue<'tcx>],
) {
    if let Err(what) =
        super::check_fn_abi(fn_abi, fx.cx.default_call_conv, &fx.tcx.sess.target.arch)
    {
        fx.unsupported(&what);
        return;
    }
    let mut values: SmallVec<[Value; 8]> = SmallVec::new();
    if let PassMode::Indirect { .. } = fn_abi.ret.mode {
        // The caller's caller provided the result's memory: the callee writes it there.
        let Some(ret) = incoming_indirect(fx, mir::RETURN_PLACE, &fx.fn_abi.ret.mode) else {
            fx.unsupported(
                "a guaranteed tail call of a function returning in memory from one that does not",
            );
            return;
        };
        values.push(ret.addr(fx));
    }
    // Values passed by pointer must outlive this frame: as rustc specifies, they are moved into
    // the caller's own arguments of the same place, which its caller owns. Copies of all of them
    // are taken first, since an argument may be read from another one's place.
    let mut moves: SmallVec<[(CPlace<'tcx>, Pointer); 2]> = SmallVec::new();
    assert_eq!(fn_abi.args.len(), args.len(), "argument count mismatch");
    for (index, (arg_abi, &arg)) in fn_abi.args.iter().zip(args).enumerate() {
        match &arg_abi.mode {
            PassMode::Indirect { mode: IndirectMode::Pointer, .. } => {
                let local = mir::Local::from_usize(index + 1);
                let caller_mode = fx.fn_abi.args.get(index).map(|caller_arg| &caller_arg.mode);
                let destination = caller_mode
                    .filter(|_| fx.fn_abi.args[index].layout.size >= arg.layout.size)
                    .and_then(|mode| incoming_indirect(fx, local, mode));
                let Some(destination) = destination else {
                    fx.unsupported(
                        "a guaranteed tail call passing an argument by pointer where the caller \
                         takes none of at least its size",
                    );
                    return;
                };
                let copy = CPlace::new_stack_slot(fx, arg.layout);
                copy.write_cvalue(fx, arg);
                moves.push((copy, destination));
                values.push(destination.addr(fx));
            }
            _ => push_arg_values(fx, arg_abi, CallArg::copied(arg), &mut values),
        }
    }
    for (copy, destination) in moves {
        let value = copy.to_cvalue(fx);
        CPlace::for_ptr(destination, copy.layout).write_cvalue(fx, value);
    }

    fx.check_stack_canary();
    let is_tail_abi = fn_abi.conv == CanonAbi::RustTail;
    let span = fx.span;
    match callee {
        TailCallee::Direct(instance) => {
            let func_ref = if is_tail_abi {
                fx.func_ref(instance)
            } else {
                let entry = callee_entry(fx.cx, instance, span);
                fx.func_ref_for_id(entry)
            };
            fx.bcx.ins().return_call(func_ref, &values);
        }
        TailCallee::Pointer(address) if is_tail_abi => {
            let sig = clif_signature(fx.tcx, fx.cx.default_call_conv, fn_abi);
            let sig = fx.bcx.import_signature(sig);
            fx.bcx.ins().return_call_indirect(sig, address, &values);
        }
        TailCallee::Pointer(address) => {
            let shim = pointer_shim(fx.cx, fn_abi, span);
            let func_ref = fx.func_ref_for_id(shim);
            values.push(address);
            fx.bcx.ins().return_call(func_ref, &values);
        }
    }
}

/// The memory of the caller's argument (or return place) `local` when the caller received it
/// by pointer (`mode`), which its own caller owns.
fn incoming_indirect(
    fx: &FunctionCx<'_, '_, '_>,
    local: mir::Local,
    mode: &PassMode,
) -> Option<Pointer> {
    match mode {
        PassMode::Indirect { mode: IndirectMode::Pointer, .. } => {
            fx.local_map[local].try_to_sized_ptr()
        }
        _ => None,
    }
}
