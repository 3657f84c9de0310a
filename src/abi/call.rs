//! Calls, drops and returns: MIR `Call`/`Drop`/`Return` terminators lowered through `FnAbi`.

use cranelift_codegen::ir::{InstBuilder, SigRef, Value, types};
use rustc_abi::ExternAbi;
use rustc_middle::mir::{self, BasicBlock};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Instance, InstanceKind, ShimKind, Ty};
use rustc_span::Spanned;
use rustc_target::callconv::{ArgAbi, FnAbi, IndirectMode, PassMode};
use smallvec::SmallVec;

use super::{cast_spill_size, cast_target_regs, clif_signature};
use crate::lower::FunctionCx;
use crate::lower::unwind::{CallTarget, LandingPad};
use crate::lower::value::{CPlace, CValue, Pointer};

/// An argument about to be passed, and whether the caller gives up its memory (a move of a
/// local), which lets indirect arguments be passed without a copy.
#[derive(Copy, Clone)]
pub(crate) struct CallArg<'tcx> {
    pub(crate) value: CValue<'tcx>,
    pub(crate) is_owned: bool,
}

impl<'tcx> CallArg<'tcx> {
    pub(crate) fn copied(value: CValue<'tcx>) -> Self {
        CallArg { value, is_owned: false }
    }
}

/// How the callee is reached.
pub(crate) enum Callee<'tcx> {
    Direct(Instance<'tcx>),
    Pointer(Value),
}

/// Copies a value into a fresh stack slot of at least `size` bytes so that whole registers can
/// be loaded from it.
fn spill_padded<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    value: CValue<'tcx>,
    size: u64,
) -> Pointer {
    let layout = value.layout;
    let slot = fx.create_stack_slot(size.max(layout.size.bytes()), layout.align.abi.bytes().max(8));
    let place = CPlace::for_ptr(Pointer::stack_slot(slot), layout);
    place.write_cvalue(fx, value);
    Pointer::stack_slot(slot)
}

/// Splits one argument into the Cranelift values its pass mode asks for.
fn push_arg_values<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    arg_abi: &ArgAbi<'tcx, Ty<'tcx>>,
    arg: CallArg<'tcx>,
    out: &mut SmallVec<[Value; 8]>,
) {
    match &arg_abi.mode {
        PassMode::Ignore => {}
        PassMode::Direct(_) => {
            let value = arg.value.transmute(fx, arg_abi.layout).load_scalar(fx);
            out.push(value);
        }
        PassMode::Pair(..) => {
            let (a, b) = arg.value.load_scalar_pair(fx);
            out.push(a);
            out.push(b);
        }
        PassMode::Cast { pad_i32_count, cast } => {
            for _ in 0..*pad_i32_count {
                out.push(fx.bcx.ins().iconst(types::I32, 0));
            }
            let regs = cast_target_regs(cast);
            let ptr = spill_padded(fx, arg.value, cast_spill_size(&regs));
            for (ty, offset) in regs {
                out.push(ptr.offset(fx, offset).load(
                    fx,
                    ty,
                    cranelift_codegen::ir::MemFlagsData::trusted(),
                ));
            }
        }
        PassMode::Indirect { mode: IndirectMode::OnStack, .. } => {
            // Cranelift copies whole eightbytes onto the stack, so the source must have them.
            let size = u64::from(super::on_stack_size(arg_abi));
            out.push(spill_padded(fx, arg.value, size).addr(fx));
        }
        PassMode::Indirect { .. } => {
            let addr = match arg.value.try_to_ptr() {
                Some((ptr, None)) if arg.is_owned => ptr.addr(fx),
                _ => {
                    let place = CPlace::new_stack_slot(fx, arg.value.layout);
                    place.write_cvalue(fx, arg.value);
                    place.to_ptr().addr(fx)
                }
            };
            out.push(addr);
        }
        PassMode::IndirectUnsized { .. } => match arg.value.try_to_ptr() {
            // An unsized value is always a moved place; the callee takes it over.
            Some((ptr, Some(meta))) => {
                out.push(ptr.addr(fx));
                out.push(meta);
            }
            _ => unreachable!("unsized argument not in memory"),
        },
    }
}

/// Emits a call with `fn_abi` and writes its result to `dest`.
pub(crate) fn lower_fn_call<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    callee: Callee<'tcx>,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
    args: &[CallArg<'tcx>],
    dest: CPlace<'tcx>,
    landing: Option<LandingPad>,
) {
    if let Err(what) = super::check_fn_abi(fn_abi, fx.cx.default_call_conv) {
        fx.unsupported(&what);
        return;
    }
    let mut values: SmallVec<[Value; 8]> = SmallVec::new();

    let indirect_return = match fn_abi.ret.mode {
        PassMode::Indirect { .. } => {
            let ret_place = match dest.try_to_sized_ptr() {
                Some(ptr) => CPlace::for_ptr(ptr, fn_abi.ret.layout),
                None => CPlace::new_stack_slot(fx, fn_abi.ret.layout),
            };
            values.push(ret_place.to_ptr().addr(fx));
            Some(ret_place)
        }
        _ => None,
    };

    assert_eq!(fn_abi.args.len(), args.len(), "argument count mismatch");
    for (arg_abi, arg) in fn_abi.args.iter().zip(args) {
        push_arg_values(fx, arg_abi, *arg, &mut values);
    }

    let results = match callee {
        Callee::Direct(instance) if !fn_abi.c_variadic => {
            let func_ref = fx.func_ref(instance);
            fx.emit_call(CallTarget::Direct(func_ref), &values, landing)
        }
        Callee::Direct(instance) => {
            // A variadic callee is declared with its fixed parameters; each call site passes its
            // own extra arguments, so it is called through its address with the call's signature.
            // The `%al` trampoline has no unwind info, so these calls get no landing pad.
            let func_ref = fx.func_ref(instance);
            let addr = fx.bcx.ins().func_addr(fx.pointer_type, func_ref);
            let sig = clif_signature(fx.tcx, fx.cx.default_call_conv, fn_abi);
            match super::variadic::sysv_trampoline(fx, &sig) {
                Some(trampoline) => {
                    let mut sig = sig;
                    sig.params.push(cranelift_codegen::ir::AbiParam::new(fx.pointer_type));
                    values.push(addr);
                    let sig_ref = fx.bcx.import_signature(sig);
                    let trampoline = fx.func_ref_for_id(trampoline);
                    let trampoline_addr = fx.bcx.ins().func_addr(fx.pointer_type, trampoline);
                    fx.emit_call(CallTarget::Indirect(sig_ref, trampoline_addr), &values, None)
                }
                None => {
                    let sig_ref = fx.bcx.import_signature(sig);
                    fx.emit_call(CallTarget::Indirect(sig_ref, addr), &values, landing)
                }
            }
        }
        Callee::Pointer(addr) => {
            let sig_ref = call_signature(fx, fn_abi);
            fx.emit_call(CallTarget::Indirect(sig_ref, addr), &values, landing)
        }
    };

    if let Some(ret_place) = indirect_return {
        if dest.try_to_sized_ptr().is_none() {
            let value = ret_place.to_cvalue(fx);
            dest.write_cvalue(fx, value);
        }
        return;
    }
    let ret_layout = fn_abi.ret.layout;
    match &fn_abi.ret.mode {
        PassMode::Ignore => {}
        PassMode::Direct(_) => dest.write_cvalue(fx, CValue::by_val(results[0], ret_layout)),
        PassMode::Pair(..) => {
            dest.write_cvalue(fx, CValue::by_val_pair(results[0], results[1], ret_layout))
        }
        PassMode::Cast { cast, .. } => {
            let regs = cast_target_regs(cast);
            let slot = fx.create_stack_slot(
                cast_spill_size(&regs).max(ret_layout.size.bytes()),
                ret_layout.align.abi.bytes().max(8),
            );
            for ((_, offset), value) in regs.iter().zip(results) {
                fx.bcx.ins().stack_store(fx.pointer_type, value, slot, offset.bytes() as i32);
            }
            dest.write_cvalue(fx, CValue::by_ref(Pointer::stack_slot(slot), ret_layout));
        }
        PassMode::Indirect { .. } | PassMode::IndirectUnsized { .. } => unreachable!(),
    }
}

fn call_signature<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
) -> SigRef {
    let sig = clif_signature(fx.tcx, fx.cx.default_call_conv, fn_abi);
    fx.bcx.import_signature(sig)
}

/// Lowers a MIR `Call` terminator.
pub(crate) fn lower_call<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    source_info: mir::SourceInfo,
    func: &mir::Operand<'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
    destination: mir::Place<'tcx>,
    target: Option<BasicBlock>,
    landing: Option<LandingPad>,
) {
    let tcx = fx.tcx;
    let fn_ty = fx.monomorphize(func.ty(fx.mir, tcx));
    let fn_sig = tcx.normalize_erasing_late_bound_regions(
        ty::TypingEnv::fully_monomorphized(),
        fn_ty.fn_sig(tcx),
    );

    let instance = match *fn_ty.kind() {
        ty::FnDef(def_id, generic_args) => {
            let instance = Instance::expect_resolve(
                tcx,
                ty::TypingEnv::fully_monomorphized(),
                def_id,
                generic_args.no_bound_vars().expect("monomorphic callee"),
                source_info.span,
            );
            match instance.def {
                InstanceKind::Intrinsic(_) => {
                    crate::intrinsics::lower_intrinsic_call(
                        fx,
                        instance,
                        args,
                        destination,
                        target,
                        source_info,
                        landing,
                    );
                    return;
                }
                InstanceKind::LlvmIntrinsic(def_id) => {
                    let name =
                        tcx.codegen_fn_attrs(def_id).symbol_name.unwrap_or(tcx.item_name(def_id));
                    let values: SmallVec<[CValue<'tcx>; 4]> =
                        args.iter().map(|arg| fx.lower_operand(&arg.node)).collect();
                    let dest = fx.lower_place(destination);
                    if !crate::intrinsics::lower_llvm_intrinsic(fx, name.as_str(), &values, dest) {
                        fx.unsupported(&format!("the LLVM intrinsic `{name}`"));
                        return;
                    }
                    match target {
                        Some(target) => fx.jump(target),
                        None => {
                            fx.bcx.ins().trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
                        }
                    }
                    return;
                }
                InstanceKind::Shim(ShimKind::DropGlue(_, None)) => {
                    // Dropping a type without drop glue does nothing.
                    if let Some(target) = target {
                        let block = fx.block_map[target];
                        fx.bcx.ins().jump(block, &[]);
                    }
                    return;
                }
                _ => Some(instance),
            }
        }
        ty::FnPtr(..) => None,
        _ => unreachable!("call of non-function type {fn_ty}"),
    };

    let mut call_args: SmallVec<[CallArg<'tcx>; 8]> = SmallVec::new();
    let untuple_last = fn_sig.abi() == ExternAbi::RustCall && !args.is_empty();
    for (i, arg) in args.iter().enumerate() {
        let value = fx.lower_operand(&arg.node);
        // A moved local can be handed to the callee in place, unless the call also writes its
        // result there.
        let is_owned = match &arg.node {
            mir::Operand::Move(place) => !place.is_indirect() && place.local != destination.local,
            _ => false,
        };
        if untuple_last && i == args.len() - 1 {
            for field in 0..value.layout.fields.count() {
                let field_value = value.value_field(fx, field.into());
                call_args.push(CallArg { value: field_value, is_owned });
            }
        } else {
            call_args.push(CallArg { value, is_owned });
        }
    }

    let extra_args: SmallVec<[Ty<'tcx>; 4]> = if fn_sig.c_variadic() {
        args[fn_sig.inputs().len()..]
            .iter()
            .map(|arg| fx.monomorphize(arg.node.ty(fx.mir, tcx)))
            .collect()
    } else {
        SmallVec::new()
    };
    let extra_args = tcx.mk_type_list(&extra_args);

    let dest = fx.lower_place(destination);
    match instance {
        Some(instance) => {
            let fn_abi = fx.fn_abi_of_instance(instance, extra_args);
            if instance.def.requires_caller_location(tcx) {
                call_args.push(CallArg::copied(fx.caller_location(source_info)));
            }
            if let InstanceKind::Virtual(_, index) = instance.def {
                let (fn_ptr, receiver) =
                    virtual_fn_ptr(fx, call_args[0].value, index, fn_abi.args[0].layout);
                call_args[0] = CallArg::copied(receiver);
                lower_fn_call(fx, Callee::Pointer(fn_ptr), fn_abi, &call_args, dest, landing);
            } else {
                lower_fn_call(fx, Callee::Direct(instance), fn_abi, &call_args, dest, landing);
            }
        }
        None => {
            let fn_ptr = fx.lower_operand(func).load_scalar(fx);
            let fn_abi = fx.fn_abi_of_fn_ptr(fn_ty.fn_sig(tcx), extra_args);
            lower_fn_call(fx, Callee::Pointer(fn_ptr), fn_abi, &call_args, dest, landing);
        }
    }

    match target {
        Some(target) => {
            let block = fx.block_map[target];
            fx.bcx.ins().jump(block, &[]);
        }
        None => {
            fx.bcx.ins().trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
        }
    }
}

/// Loads the method at vtable slot `index` for a `dyn` receiver and returns it with the
/// receiver's data pointer, which is what the method receives as `self`.
fn virtual_fn_ptr<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    receiver: CValue<'tcx>,
    index: usize,
    self_layout: TyAndLayout<'tcx>,
) -> (Value, CValue<'tcx>) {
    let (data, vtable) = match receiver.try_to_ptr() {
        // An unsized `self` taken by value (`Box<dyn FnOnce()>` calls) is its own place.
        Some((ptr, Some(vtable))) => (ptr.addr(fx), vtable),
        _ => receiver.load_scalar_pair(fx),
    };
    let offset = (index as i64 * i64::from(fx.pointer_type.bytes())) as i32;
    let fn_ptr = fx.bcx.ins().load(fx.pointer_type, crate::lower::vtable_flags(), vtable, offset);
    (fn_ptr, CValue::by_val(data, self_layout))
}

/// Lowers a MIR `Drop` terminator.
pub(crate) fn lower_drop<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    place: mir::Place<'tcx>,
    target: BasicBlock,
    landing: Option<LandingPad>,
) {
    let tcx = fx.tcx;
    let place = fx.lower_place(place);
    let ty = place.layout.ty;
    let drop_instance = Instance::resolve_drop_glue(tcx, ty);
    if !matches!(drop_instance.def, InstanceKind::Shim(ShimKind::DropGlue(_, None))) {
        let unit = fx.layout_of(tcx.types.unit);
        let dest = CPlace::new_stack_slot(fx, unit);
        match ty.kind() {
            ty::Dynamic(..) => {
                // `drop_in_place::<dyn Trait>` is the vtable's first method.
                let (data, vtable) = place.to_ptr_maybe_unsized();
                let vtable = vtable.expect("dyn place without vtable");
                let virtual_drop = Instance {
                    def: InstanceKind::Virtual(drop_instance.def_id(), 0),
                    args: drop_instance.args,
                };
                let fn_abi = fx.fn_abi_of_instance(virtual_drop, ty::List::empty());
                let data = data.addr(fx);
                let fn_ptr =
                    fx.bcx.ins().load(fx.pointer_type, crate::lower::vtable_flags(), vtable, 0);
                // Types without drop glue have a null entry.
                let call_block = fx.bcx.create_block();
                let target_block = fx.block_map[target];
                fx.bcx.ins().brif(fn_ptr, call_block, &[], target_block, &[]);
                fx.bcx.switch_to_block(call_block);
                let arg = CValue::by_val(data, fn_abi.args[0].layout);
                lower_fn_call(
                    fx,
                    Callee::Pointer(fn_ptr),
                    fn_abi,
                    &[CallArg::copied(arg)],
                    dest,
                    landing,
                );
            }
            _ => {
                let fn_abi = fx.fn_abi_of_instance(drop_instance, ty::List::empty());
                let ptr_ty = Ty::new_mut_ptr(tcx, ty);
                let arg = place.place_ref(fx, fx.layout_of(ptr_ty));
                lower_fn_call(
                    fx,
                    Callee::Direct(drop_instance),
                    fn_abi,
                    &[CallArg::copied(arg)],
                    dest,
                    landing,
                );
            }
        }
    }
    let block = fx.block_map[target];
    fx.bcx.ins().jump(block, &[]);
}

/// Lowers a MIR `Return` terminator.
pub(crate) fn lower_return(fx: &mut FunctionCx<'_, '_, '_>) {
    let ret = &fx.fn_abi.ret;
    let value = fx.local_map[mir::RETURN_PLACE].to_cvalue(fx);
    match &ret.mode {
        PassMode::Ignore | PassMode::Indirect { .. } | PassMode::IndirectUnsized { .. } => {
            fx.bcx.ins().return_(&[]);
        }
        PassMode::Direct(_) => {
            let value = value.load_scalar(fx);
            fx.bcx.ins().return_(&[value]);
        }
        PassMode::Pair(..) => {
            let (a, b) = value.load_scalar_pair(fx);
            fx.bcx.ins().return_(&[a, b]);
        }
        PassMode::Cast { cast, .. } => {
            let regs = cast_target_regs(cast);
            let ptr = spill_padded(fx, value, cast_spill_size(&regs));
            let values: SmallVec<[Value; 4]> = regs
                .into_iter()
                .map(|(ty, offset)| {
                    ptr.offset(fx, offset).load(
                        fx,
                        ty,
                        cranelift_codegen::ir::MemFlagsData::trusted(),
                    )
                })
                .collect();
            fx.bcx.ins().return_(&values);
        }
    }
}
