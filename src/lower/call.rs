//! Call and drop terminators: which callee a MIR `Call` reaches (an intrinsic, an LLVM
//! intrinsic, a virtual method, a function or a function pointer) and the drop glue a `Drop`
//! runs. The call itself follows the callee's `FnAbi` (`abi::lower_fn_call`).

use cranelift_codegen::ir::{InstBuilder, Value};
use rustc_abi::ExternAbi;
use rustc_lint_defs::builtin::TAIL_CALL_TRACK_CALLER;
use rustc_middle::mir::{self, BasicBlock};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::vtable::COMMON_VTABLE_ENTRIES_DROPINPLACE;
use rustc_middle::ty::{self, Instance, InstanceKind, ShimKind, Ty};
use rustc_span::Spanned;
use smallvec::SmallVec;

use super::FunctionCx;
use super::unwind::LandingPad;
use super::value::{CPlace, CValue};
use crate::abi::{CallArg, Callee, TailCallee, lower_fn_call};

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
                    let values = crate::intrinsics::lower_llvm_intrinsic_args(fx, args);
                    let dest = fx.lower_place(destination);
                    crate::intrinsics::lower_llvm_intrinsic(fx, name, &values, dest, source_info);
                    fx.continue_at(target);
                    return;
                }
                InstanceKind::Shim(ShimKind::DropGlue(_, None)) => {
                    // Dropping a type without drop glue does nothing.
                    fx.continue_at(target);
                    return;
                }
                _ => Some(instance),
            }
        }
        ty::FnPtr(..) => None,
        _ => unreachable!("call of non-function type {fn_ty}"),
    };

    // The ABI, variadicness and parameter count do not depend on generic arguments or bound
    // regions: the declared signature has them without instantiating or normalizing it.
    let declared_sig = match *fn_ty.kind() {
        ty::FnDef(def_id, _) => tcx.fn_sig(def_id).skip_binder().skip_binder(),
        _ => fn_ty.fn_sig(tcx).skip_binder(),
    };
    let mut call_args: SmallVec<[CallArg<'tcx>; 8]> = SmallVec::new();
    let untuple_last = declared_sig.abi() == ExternAbi::RustCall && !args.is_empty();
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

    // The types of a C-variadic call's extra arguments (interned only for such calls).
    let extra_args = if declared_sig.c_variadic() {
        let types: SmallVec<[Ty<'tcx>; 4]> = args[declared_sig.inputs().len()..]
            .iter()
            .map(|arg| fx.monomorphize(arg.node.ty(fx.mir, tcx)))
            .collect();
        tcx.mk_type_list(&types)
    } else {
        ty::List::empty()
    };

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

    fx.continue_at(target);
}

/// Lowers a MIR `TailCall` terminator (`become`): which callee it reaches, as for a call; the
/// jump itself is `abi::lower_tail_call`'s.
pub(crate) fn lower_tail_call<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    source_info: mir::SourceInfo,
    func: &mir::Operand<'tcx>,
    args: &[Spanned<mir::Operand<'tcx>>],
) {
    let tcx = fx.tcx;
    let fn_ty = fx.monomorphize(func.ty(fx.mir, tcx));
    let mut values: SmallVec<[CValue<'tcx>; 8]> =
        args.iter().map(|arg| fx.lower_operand(&arg.node)).collect();
    let typing_env = ty::TypingEnv::fully_monomorphized();
    let (callee, fn_abi) = match *fn_ty.kind() {
        ty::FnDef(def_id, generic_args) => {
            let generic_args = generic_args.no_bound_vars().expect("monomorphic callee");
            let mut instance =
                Instance::expect_resolve(tcx, typing_env, def_id, generic_args, source_info.span);
            match instance.def {
                InstanceKind::Intrinsic(_) | InstanceKind::LlvmIntrinsic(_) => {
                    fx.unsupported("guaranteed tail calls (`become`) of intrinsics");
                    return;
                }
                InstanceKind::Shim(ShimKind::DropGlue(_, None)) => {
                    // Dropping a type without drop glue does nothing, and returns `()`.
                    crate::abi::lower_return(fx);
                    return;
                }
                _ => {}
            }
            if instance.def.requires_caller_location(tcx) {
                // A tail call cannot pass the caller's location: as LLVM's backend does, it
                // calls the function through the shim its function pointers point to.
                if let Some(hir_id) = source_info.scope.lint_root(&fx.mir.source_scopes) {
                    let span = source_info.span;
                    tcx.emit_node_lint(
                        TAIL_CALL_TRACK_CALLER,
                        hir_id,
                        rustc_errors::DiagDecorator(|diag| {
                            diag.primary_message(
                                "tail calling a function marked with `#[track_caller]` has no \
                                 special effect",
                            )
                            .span(span);
                        }),
                    );
                }
                instance = Instance::resolve_for_fn_ptr(tcx, typing_env, def_id, generic_args)
                    .expect("a function with a body resolves for a function pointer");
            }
            let fn_abi = fx.fn_abi_of_instance(instance, ty::List::empty());
            match instance.def {
                InstanceKind::Virtual(_, index) => {
                    let (fn_ptr, receiver) =
                        virtual_fn_ptr(fx, values[0], index, fn_abi.args[0].layout);
                    values[0] = receiver;
                    (TailCallee::Pointer(fn_ptr), fn_abi)
                }
                _ => (TailCallee::Direct(instance), fn_abi),
            }
        }
        ty::FnPtr(..) => {
            let fn_ptr = fx.lower_operand(func).load_scalar(fx);
            (TailCallee::Pointer(fn_ptr), fx.fn_abi_of_fn_ptr(fn_ty.fn_sig(tcx), ty::List::empty()))
        }
        _ => unreachable!("tail call of non-function type {fn_ty}"),
    };
    crate::abi::lower_tail_call(fx, callee, fn_abi, &values);
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
    (fx.vtable_entry(vtable, index), CValue::by_val(data, self_layout))
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
                // `drop_in_place::<dyn Trait>` is the vtable's drop entry.
                let (data, vtable) = place.to_ptr_maybe_unsized();
                let vtable = vtable.expect("dyn place without vtable");
                let virtual_drop = Instance {
                    def: InstanceKind::Virtual(
                        drop_instance.def_id(),
                        COMMON_VTABLE_ENTRIES_DROPINPLACE,
                    ),
                    args: drop_instance.args,
                };
                let fn_abi = fx.fn_abi_of_instance(virtual_drop, ty::List::empty());
                let data = data.addr(fx);
                let fn_ptr = fx.vtable_drop_in_place(vtable);
                // Types without drop glue have a null entry.
                let call_block = fx.bcx.create_block();
                let target_block = fx.branch_target(target);
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
                // The null check branches to `target` too.
                fx.jump(target);
                return;
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
    fx.continue_at(Some(target));
}
