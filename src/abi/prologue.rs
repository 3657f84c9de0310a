//! The function entry: turns Cranelift parameters into MIR locals and gives every local its
//! home (an SSA variable or a stack slot).

use cranelift_codegen::ir::{InstBuilder, StackSlot, Type, Value};
use rustc_abi::BackendRepr;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::{self, Local};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, Ty};
use rustc_session::config::OptLevel;
use rustc_target::callconv::{ArgAbi, PassMode};
use smallvec::SmallVec;

use super::{cast_spill_size, cast_target_regs};
use crate::debuginfo::{VariableHome, VariableValue};
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, Pointer, PointerBase, scalar_type, simd_register_type};

/// Where a local that is not an incoming indirect argument lives. A `shadowed` local (a
/// variable the debug info describes without optimizations) that fits in registers lives there
/// all the same, and every value it is given is also stored to a stack slot of its own, where
/// its debug location finds it.
fn local_place<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    layout: TyAndLayout<'tcx>,
    needs_memory: bool,
    shadowed: bool,
) -> CPlace<'tcx> {
    if layout.is_unsized() {
        fx.unsupported("unsized locals");
        // A stand-in with the right layout keeps the rest of the function lowerable, so that
        // further problems are reported too.
        let meta = fx.bcx.ins().iconst(fx.pointer_type, 0);
        return CPlace::for_ptr_with_meta(Pointer::dangling(layout.align.abi), meta, layout);
    }
    if !needs_memory && let Some(place) = register_place(fx, layout) {
        if shadowed && !layout.is_zst() {
            shadow_in_slot(fx, place);
        }
        return place;
    }
    CPlace::new_stack_slot(fx, layout)
}

/// Gives the variables of `place`, in registers, a stack slot that their values are also
/// stored to. The debugger only reads the slot, so an alignment beyond the frame's is not
/// needed.
fn shadow_in_slot(fx: &mut FunctionCx<'_, '_, '_>, place: CPlace<'_>) {
    let layout = place.layout;
    let align = layout.align.abi.bytes().min(fx.cx.frame_align);
    let slot = fx.create_stack_slot(layout.size.bytes(), align);
    let (a, b) = place.vars().expect("a place in registers");
    fx.shadow_var(a, slot, 0);
    if let Some(b) = b {
        let BackendRepr::ScalarPair { b_offset, .. } = layout.backend_repr else {
            unreachable!("a pair of variables for {:?}", layout.ty)
        };
        fx.shadow_var(b, slot, b_offset.bytes() as i32);
    }
}

/// The SSA variables of a local of `layout` that need not live in memory, when its value fits
/// in registers.
fn register_place<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    layout: TyAndLayout<'tcx>,
) -> Option<CPlace<'tcx>> {
    let types = register_types(fx, layout)?;
    Some(match types {
        (a, None) => CPlace::var(fx.declare_var(a), layout),
        (a, Some(b)) => CPlace::var_pair(fx.declare_var(a), fx.declare_var(b), layout),
    })
}

/// The types of the SSA variables `register_place` gives a local of `layout`.
fn register_types(
    fx: &FunctionCx<'_, '_, '_>,
    layout: TyAndLayout<'_>,
) -> Option<(Type, Option<Type>)> {
    match layout.backend_repr {
        BackendRepr::Scalar(scalar) => Some((scalar_type(fx.pointer_type, scalar), None)),
        BackendRepr::ScalarPair { a, b, .. } => {
            Some((scalar_type(fx.pointer_type, a), Some(scalar_type(fx.pointer_type, b))))
        }
        _ => simd_register_type(layout, fx.tcx.data_layout.endian).map(|ty| (ty, None)),
    }
}

/// The places of the function's variables and temporaries, in order, and those of them whose
/// slot holds other locals at other times. When optimizing, those in stack slots share slots
/// where their storage never overlaps (see `slot_sharing.rs`).
fn vars_and_temps_places<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    layouts: Vec<(Local, TyAndLayout<'tcx>)>,
    needs_memory: &IndexVec<Local, bool>,
    shadowed: &DenseBitSet<Local>,
) -> (Vec<CPlace<'tcx>>, DenseBitSet<Local>) {
    let mir = fx.mir;
    let shared = (fx.tcx.sess.opts.optimize != OptLevel::No).then(|| {
        let frame_align = fx.cx.frame_align;
        let candidates = layouts
            .iter()
            .filter(|&&(local, layout)| {
                !fx.unread_locals.contains(local)
                    && !super::huge_frame::in_region(fx, local)
                    && layout.is_sized()
                    && !layout.is_zst()
                    && layout.align.abi.bytes() <= frame_align
                    && (needs_memory[local] || register_types(fx, layout).is_none())
            })
            .map(|&(local, layout)| (local, layout.size.bytes(), layout.align.abi.bytes()))
            .collect();
        crate::lower::slot_sharing::share_slots(fx.tcx, mir, candidates)
    });
    let mut group_slots: Vec<Option<StackSlot>> =
        vec![None; shared.as_ref().map_or(0, |shared| shared.groups.len())];
    let sharing = shared.as_ref().map_or_else(
        || DenseBitSet::new_empty(mir.local_decls.len()),
        crate::lower::slot_sharing::SharedSlots::sharing,
    );
    let places = layouts
        .into_iter()
        .map(|(local, layout)| {
            let group = shared.as_ref().and_then(|shared| Some((shared, shared.group_of[local]?)));
            match group {
                Some((shared, group)) => {
                    let slot = *group_slots[group as usize].get_or_insert_with(|| {
                        let (size, align) = shared.groups[group as usize];
                        fx.create_stack_slot(size, align)
                    });
                    CPlace::for_ptr(Pointer::stack_slot(slot), layout)
                }
                // Never accessed: nothing reads it and its assignments are left out.
                None if fx.unread_locals.contains(local) => {
                    CPlace::for_ptr(Pointer::dangling(layout.align.abi), layout)
                }
                None => match super::huge_frame::region_place(fx, local) {
                    Some(ptr) => CPlace::for_ptr(ptr, layout),
                    None => local_place(fx, layout, needs_memory[local], shadowed.contains(local)),
                },
            }
        })
        .collect();
    (places, sharing)
}

/// Reassembles one argument from its Cranelift parameters. `params` are those of the signature
/// `clif_signature` made from the same `FnAbi`, as many per pass mode as are taken here, so
/// they do not run out.
pub(crate) fn arg_value<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    arg: &ArgAbi<'tcx, Ty<'tcx>>,
    params: &mut impl Iterator<Item = Value>,
) -> CValue<'tcx> {
    let layout = arg.layout;
    match &arg.mode {
        PassMode::Ignore => CValue::zst(layout),
        PassMode::Direct(_) => CValue::by_val(params.next().unwrap(), layout),
        PassMode::Pair(..) => {
            let a = params.next().unwrap();
            let b = params.next().unwrap();
            CValue::by_val_pair(a, b, layout)
        }
        PassMode::Cast { pad_i32_count, cast } => {
            for _ in 0..*pad_i32_count {
                params.next();
            }
            let regs = cast_target_regs(cast);
            let spill_size = cast_spill_size(&regs).max(layout.size.bytes());
            let slot = fx.create_stack_slot(spill_size, layout.align.abi.bytes().max(8));
            for (_, offset) in regs {
                let value = params.next().unwrap();
                fx.bcx.ins().stack_store(fx.pointer_type, value, slot, offset.bytes() as i32);
            }
            CValue::by_ref(Pointer::stack_slot(slot), layout)
        }
        PassMode::Indirect { .. } => CValue::by_ref(Pointer::new(params.next().unwrap()), layout),
        PassMode::IndirectUnsized { .. } => {
            let addr = params.next().unwrap();
            let meta = params.next().unwrap();
            CValue::by_ref_unsized(Pointer::new(addr), meta, layout)
        }
    }
}

/// The layouts of the function's variables and temporaries, in order.
pub(crate) fn vars_and_temps_layouts<'tcx>(
    fx: &FunctionCx<'_, '_, 'tcx>,
) -> Vec<(Local, TyAndLayout<'tcx>)> {
    let mir = fx.mir;
    mir.vars_and_temps_iter()
        .map(|local| (local, fx.layout_of(fx.monomorphize(mir.local_decls[local].ty))))
        .collect()
}

/// Lowers the function's entry; `layouts` are its `vars_and_temps_layouts`.
pub(crate) fn lower_prologue<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    layouts: Vec<(Local, TyAndLayout<'tcx>)>,
) {
    let entry = fx.bcx.create_block();
    fx.bcx.append_block_params_for_function_params(entry);
    fx.bcx.switch_to_block(entry);
    let mut params = fx.bcx.block_params(entry).to_vec();
    if fx.huge_frame.is_some() {
        params = super::huge_frame::body_params(fx, &params);
    }
    let mut params = params.into_iter();
    let needs_memory = crate::lower::analyze::locals_needing_memory(fx.mir);
    let fn_abi = fx.fn_abi;
    let mir = fx.mir;
    // Without optimizations, described variables have a stack slot for their whole function,
    // where their debug locations find them: their own, or one their values are also stored to
    // (`shadowed`), as LLVM's unoptimized code keeps them.
    let keeps_in_memory = fx.cx.debug.as_ref().is_some_and(|unit| unit.keeps_variables_in_memory());
    let variables = match (&fx.debug, &mut fx.cx.debug) {
        (Some(_), Some(unit)) => {
            let (tcx, instance) = (fx.tcx, fx.instance);
            unit.user_variables(tcx, &mut fx.cx.debug_types, mir, mir.span, |ty| {
                instance.instantiate_mir_and_normalize_erasing_regions(
                    tcx,
                    ty::TypingEnv::fully_monomorphized(),
                    ty::EarlyBinder::bind(tcx, ty),
                )
            })
        }
        _ => Vec::new(),
    };
    let mut shadowed = DenseBitSet::new_empty(mir.local_decls.len());
    for variable in variables.iter().filter(|_| keeps_in_memory) {
        if let VariableValue::Local(local) = variable.value {
            shadowed.insert(local);
        }
    }
    // Optimized MIR keeps locals nothing reads (a variable it never uses, described as
    // optimized out, and the copies that made its value); unoptimized MIR has next to none,
    // not worth another pass over the body (0.9 % of the backend's instructions).
    fx.unread_locals = if fx.tcx.sess.opts.optimize == OptLevel::No {
        DenseBitSet::new_empty(mir.local_decls.len())
    } else {
        let mut unread = crate::lower::analyze::unread_locals(mir);
        if let Some(zero) = crate::lower::zero_fill::zero_filled_locals(fx.tcx, mir, &layouts) {
            unread.union(&zero.without_storage);
            fx.zero_filled = zero.locals;
        }
        unread
    };

    let return_layout = fn_abi.ret.layout;
    let return_place = match fn_abi.ret.mode {
        PassMode::Indirect { .. } => {
            CPlace::for_ptr(Pointer::new(params.next().unwrap()), return_layout)
        }
        _ => local_place(
            fx,
            return_layout,
            needs_memory[mir::RETURN_PLACE],
            shadowed.contains(mir::RETURN_PLACE),
        ),
    };
    fx.local_map.push(return_place);

    // `fn_abi.args` has an entry per MIR argument (per field of a spread argument), then one
    // for the caller location if there is one: the `next()`s below always find theirs.
    let mut abi_args = fn_abi.args.iter().enumerate();
    let stacked = super::stacked_aggregates(fx.tcx, fx.cx.default_call_conv, fn_abi);
    let mut next_value = |fx: &mut FunctionCx<'_, '_, 'tcx>,
                          params: &mut std::vec::IntoIter<Value>| {
        let (index, arg) = abi_args.next().unwrap();
        let value = match stacked.as_ref().and_then(|stacked| stacked[index]) {
            Some(aggregate) => aggregate.read(fx, params, arg.layout),
            None => arg_value(fx, arg, params),
        };
        (arg, value)
    };
    for local in mir.args_iter() {
        let layout = fx.layout_of(fx.monomorphize(mir.local_decls[local].ty));
        let place = if fn_abi.c_variadic && local.as_usize() == fn_abi.args.len() + 1 {
            // The `...` list, after the fixed arguments: the rest of the parameters are the
            // argument registers those left free (see `variadic.rs`).
            let register_params: SmallVec<[Value; 16]> = params.by_ref().collect();
            super::variadic::va_start(fx, layout, &register_params)
        } else if Some(local) == mir.spread_arg {
            // "rust-call" functions receive the fields of their last tuple argument separately.
            let place = local_place(fx, layout, needs_memory[local], shadowed.contains(local));
            for field in 0..layout.fields.count() {
                let (_, value) = next_value(fx, &mut params);
                place.place_field(fx, field.into()).write_cvalue(fx, value);
            }
            place
        } else {
            let (arg, value) = next_value(fx, &mut params);
            match (&arg.mode, value.try_to_ptr()) {
                // The caller passed a copy the callee owns: use it in place.
                (PassMode::Indirect { .. }, Some((ptr, None))) => CPlace::for_ptr(ptr, layout),
                (PassMode::IndirectUnsized { .. }, Some((ptr, Some(meta)))) => {
                    CPlace::for_ptr_with_meta(ptr, meta, layout)
                }
                _ => {
                    let place =
                        local_place(fx, layout, needs_memory[local], shadowed.contains(local));
                    place.write_cvalue(fx, value);
                    place
                }
            }
        };
        assert_eq!(fx.local_map.next_index(), local);
        fx.local_map.push(place);
    }

    if fx.instance.def.requires_caller_location(fx.tcx) {
        let (_, location) = next_value(fx, &mut params);
        fx.caller_location = Some(location);
    }

    let (places, sharing) = vars_and_temps_places(fx, layouts, &needs_memory, &shadowed);
    for place in places {
        let _: Local = fx.local_map.push(place);
    }

    for variable in variables {
        let place = match variable.value {
            // Another local's value may be in its slot while the variable's scope runs.
            VariableValue::Local(local)
                if sharing.contains(local) || fx.unread_locals.contains(local) =>
            {
                None
            }
            VariableValue::Local(local) => Some(fx.local_map[local]),
            VariableValue::Const(constant) if keeps_in_memory => {
                let value = crate::lower::constant::lower_constant(fx, constant);
                let place = CPlace::new_stack_slot(fx, value.layout);
                place.write_cvalue(fx, value);
                Some(place)
            }
            VariableValue::Const(_) => None,
        };
        let home = place.and_then(|place| variable_home(fx, place));
        if let Some(debug) = &mut fx.debug {
            debug.add_variable(mir, variable, home.unwrap_or(VariableHome::OptimizedOut));
        }
    }

    fx.continue_at(Some(mir::START_BLOCK));
}

/// Where the debug info finds a variable living at `place` over the whole function.
fn variable_home<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    place: CPlace<'tcx>,
) -> Option<VariableHome> {
    let (base, offset) = place.memory_home(fx)?;
    Some(match base {
        PointerBase::Stack(slot) => VariableHome::Slot(slot, offset),
        PointerBase::Addr(address) => {
            // An address in a register may not stay there: a slot keeps it.
            let address = match offset {
                0 => address,
                _ => fx.bcx.ins().iadd_imm_s(address, i64::from(offset)),
            };
            let bytes = u64::from(fx.pointer_type.bytes());
            let slot = fx.create_stack_slot(bytes, bytes);
            fx.bcx.ins().stack_store(fx.pointer_type, address, slot, 0);
            VariableHome::Indirect(slot)
        }
        PointerBase::Dangling(_) => VariableHome::ZeroSized,
    })
}
