//! Calls through `FnAbi`: the arguments of a call split into Cranelift values by their pass
//! modes, the call (`variadic.rs` for C-variadic callees), its results written to the
//! destination, and the `Return` terminator.

use cranelift_codegen::ir::{InstBuilder, SigRef, Value, types};
use rustc_abi::{CanonAbi, X86Call};
use rustc_middle::mir::{self};
use rustc_middle::ty::{Instance, Ty};
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
pub(super) fn push_arg_values<'tcx>(
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
    if let Err(what) =
        super::check_fn_abi(fn_abi, fx.cx.default_call_conv, &fx.tcx.sess.target.arch)
    {
        fx.unsupported(&what);
        return;
    }
    if landing.is_some() && fn_abi.can_unwind && fn_abi.conv == CanonAbi::X86(X86Call::Win64) {
        // Cranelift has no landing pads for calls in Windows' convention.
        fx.unsupported("calls of `win64-unwind` functions from code with cleanups");
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
    let stacked = super::stacked_aggregates(fx.tcx, fx.cx.default_call_conv, fn_abi);
    for (index, (arg_abi, arg)) in fn_abi.args.iter().zip(args).enumerate() {
        match stacked.as_ref().and_then(|stacked| stacked[index]) {
            Some(aggregate) => aggregate.push_values(fx, arg.value, &mut values),
            None => push_arg_values(fx, arg_abi, *arg, &mut values),
        }
    }

    let results = match callee {
        Callee::Direct(instance) if !fn_abi.c_variadic => {
            let func_ref = fx.func_ref(instance);
            fx.emit_call(CallTarget::Direct(func_ref), &values, landing)
        }
        Callee::Direct(instance) => {
            // A variadic callee is declared with its fixed parameters; each call site passes its
            // own extra arguments, so it is called through its address with the call's signature.
            let func_ref = fx.func_ref(instance);
            let addr = fx.bcx.ins().func_addr(fx.pointer_type, func_ref);
            super::variadic::lower_variadic_call(fx, fn_abi, addr, &mut values, landing)
        }
        Callee::Pointer(addr) if fn_abi.c_variadic => {
            super::variadic::lower_variadic_call(fx, fn_abi, addr, &mut values, landing)
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
        PassMode::Indirect { .. } | PassMode::IndirectUnsized { .. } => {
            unreachable!("indirect results are written in place and returned from above")
        }
    }
}

fn call_signature<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
) -> SigRef {
    let sig = clif_signature(fx.tcx, fx.cx.default_call_conv, fn_abi);
    fx.bcx.import_signature(sig)
}

/// Lowers a MIR `Return` terminator.
pub(crate) fn lower_return(fx: &mut FunctionCx<'_, '_, '_>) {
    let ret = &fx.fn_abi.ret;
    let value = fx.local_map[mir::RETURN_PLACE].to_cvalue(fx);
    fx.check_stack_canary();
    let values: SmallVec<[Value; 4]> = match &ret.mode {
        PassMode::Ignore | PassMode::Indirect { .. } | PassMode::IndirectUnsized { .. } => {
            SmallVec::new()
        }
        PassMode::Direct(_) => smallvec::smallvec![value.load_scalar(fx)],
        PassMode::Pair(..) => {
            let (a, b) = value.load_scalar_pair(fx);
            smallvec::smallvec![a, b]
        }
        PassMode::Cast { cast, .. } => {
            let regs = cast_target_regs(cast);
            let ptr = spill_padded(fx, value, cast_spill_size(&regs));
            regs.into_iter()
                .map(|(ty, offset)| {
                    ptr.offset(fx, offset).load(
                        fx,
                        ty,
                        cranelift_codegen::ir::MemFlagsData::trusted(),
                    )
                })
                .collect()
        }
    };
    super::huge_frame::lower_return_values(fx, &values);
}
