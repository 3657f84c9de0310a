//! User variables and parameters (`DW_TAG_variable`, `DW_TAG_formal_parameter`) from MIR's
//! `var_debug_info`, at `-Cdebuginfo=2`. Without optimizations each has a stack slot for the
//! whole function, its local's own or one every value of its local in registers is also stored
//! to (see `abi::prologue`), so a frame-relative location is right wherever
//! the function has set up its frame; the slots' offsets are known once Cranelift has laid out
//! the frame, and come from the compiled code (cached code included: the frame layout is part
//! of what the function cache stores). Optimized, only the variables whose locals are in memory
//! anyway, in a slot no other local shares (see `slot_sharing.rs`), get a location; a value in
//! registers may move or die at any instruction, and a shared slot holds other values at times,
//! so the others are described without one, which debuggers show as optimized out.

use cranelift_codegen::CompiledCode;
use cranelift_codegen::ir::StackSlot;
use cranelift_module::DataId;
use gimli::write::Address;
use rustc_abi::{BackendRepr, Variants};
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::def::DefKind;
use rustc_middle::mir;
use rustc_middle::ty::layout::{LayoutCx, LayoutOf};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt};
use rustc_span::def_id::DefId;
use rustc_span::{Span, Symbol};

use super::entries::{EntryId, Expression, Value};
use super::reloc_writer::data_symbol;
use super::strings::StringId;
use super::types::TypeCache;
use super::{FunctionDebugInfo, SourcePosition, UnitDebugInfo};

/// Where a variable's value is, for its whole function.
#[derive(Copy, Clone)]
pub(crate) enum VariableHome {
    /// At `offset` in a stack slot.
    Slot(StackSlot, i32),
    /// At the address a pointer-sized stack slot holds (arguments passed by reference, locals
    /// realigned at run time).
    Indirect(StackSlot),
    /// Nowhere: a zero-sized value, which any address shows.
    ZeroSized,
    /// In registers, or folded into the code, where no location stays right.
    OptimizedOut,
}

/// A variable whose type is described, before its home is known.
pub(crate) struct UserVariable<'a, 'tcx> {
    pub(crate) value: VariableValue<'a, 'tcx>,
    info: VariableInfo,
}

/// What a variable is in MIR.
pub(crate) enum VariableValue<'a, 'tcx> {
    /// A whole local.
    Local(mir::Local),
    /// A constant (MIR replaces locals only ever given a constant by the constant), which the
    /// function stores in a slot of its own at its entry, as LLVM's backend does.
    Const(&'a mir::ConstOperand<'tcx>),
}

/// A step from a local to a variable inside the memory it points to or holds.
#[derive(Copy, Clone)]
enum Step {
    /// Load the pointer at the address.
    Deref,
    /// Add this many bytes (to reach a field).
    Offset(u64),
}

/// What the DWARF says of a variable but its location.
pub(super) struct VariableInfo {
    name: StringId,
    ty: EntryId,
    /// From the local's address to the variable's: empty for a whole local; a closure's
    /// captured variables, for one, are reached through the closure (`(*(*_1).0)`).
    steps: Vec<Step>,
    declaration: SourcePosition,
    /// The position among the function's parameters (from 1), for parameters.
    pub(super) argument_index: Option<u16>,
    /// The MIR source scope the variable is visible in.
    pub(super) scope: u32,
}

/// A variable with its home.
pub(crate) struct PlacedVariable {
    pub(super) variable: VariableInfo,
    home: VariableHome,
}

impl UnitDebugInfo {
    /// The variables of `mir` this unit can describe: those that are a local, a place reached
    /// from one through fields and dereferences (not split into fragments), or a constant, of
    /// a described type, declared in the function itself (not in a body inlined into it). A
    /// name given twice in one scope leaves out both, since the debugger could not tell them
    /// apart.
    pub(crate) fn user_variables<'a, 'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        types: &mut TypeCache<'tcx>,
        mir: &'a mir::Body<'tcx>,
        fn_span: Span,
        monomorphize: impl Fn(Ty<'tcx>) -> Ty<'tcx>,
    ) -> Vec<UserVariable<'a, 'tcx>> {
        let mut variables = Vec::new();
        if !self.describes_variables() {
            return variables;
        }
        let mut uses_of_name = FxHashMap::<(Symbol, mir::SourceScope), u32>::default();
        for info in &mir.var_debug_info {
            *uses_of_name.entry((info.name, info.source_info.scope)).or_default() += 1;
        }
        for info in &mir.var_debug_info {
            let (value, ty, steps) = match &info.value {
                mir::VarDebugInfoContents::Place(place) => {
                    let local_ty = monomorphize(mir.local_decls[place.local].ty);
                    let Some((ty, steps)) = steps_into(tcx, local_ty, place, &monomorphize) else {
                        continue;
                    };
                    (VariableValue::Local(place.local), ty, steps)
                }
                mir::VarDebugInfoContents::Const(constant) => {
                    (VariableValue::Const(constant), monomorphize(constant.const_.ty()), Vec::new())
                }
            };
            let scope = &mir.source_scopes[info.source_info.scope];
            if info.composite.is_some()
                || scope.inlined.is_some()
                || scope.inlined_parent_scope.is_some()
                || uses_of_name[&(info.name, info.source_info.scope)] > 1
            {
                continue;
            }
            let Some(ty) = self.type_entry(tcx, types, ty) else { continue };
            let declaration = self.position(tcx, info.source_info.span, fn_span);
            let name = self.strings.add(info.name.as_str());
            variables.push(UserVariable {
                value,
                info: VariableInfo {
                    name,
                    ty,
                    steps,
                    declaration,
                    argument_index: info.argument_index,
                    scope: info.source_info.scope.as_u32(),
                },
            });
        }
        variables
    }
}

impl UnitDebugInfo {
    /// The static `def_id`, defined at the data object `data`, as a variable of its namespace,
    /// as LLVM writes it (gdb finds it by its name or its path). Thread-local statics, whose
    /// address depends on the thread, and the nested statics of const evaluation (parts of
    /// another static's value, without a type of their own) are left out.
    pub(crate) fn static_variable<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        types: &mut TypeCache<'tcx>,
        def_id: DefId,
        data: DataId,
    ) {
        if tcx.is_thread_local_static(def_id)
            || matches!(tcx.def_kind(def_id), DefKind::Static { nested: true, .. })
        {
            return;
        }
        let ty = tcx.type_of(def_id).instantiate_identity();
        let typing_env = ty::TypingEnv::fully_monomorphized();
        let Ok(ty) = tcx.try_normalize_erasing_regions(typing_env, ty) else { return };
        let Some(ty) = self.type_entry(tcx, types, ty) else { return };
        let namespace = self.parent_namespace(tcx, def_id);
        let span = tcx.def_span(def_id);
        let declaration = self.position(tcx, span, span);
        let name = self.strings.add(tcx.item_name(def_id).as_str());
        let linkage_name = self.strings.add(tcx.symbol_name(Instance::mono(tcx, def_id)).name);
        let location = Value::AddressOf(Address::Symbol { symbol: data_symbol(data), addend: 0 });
        let entry = self.entries.add(namespace, gimli::DW_TAG_variable);
        let mut entry = self.entries.get_mut(entry);
        entry.set(gimli::DW_AT_name, Value::String(name));
        entry.set(gimli::DW_AT_type, Value::Entry(ty));
        declaration.declare(&mut entry);
        entry.set(gimli::DW_AT_linkage_name, Value::String(linkage_name));
        entry.set(gimli::DW_AT_location, location);
    }
}

impl FunctionDebugInfo {
    /// Adds a variable of `mir`, the function's body.
    pub(crate) fn add_variable(
        &mut self,
        mir: &mir::Body<'_>,
        variable: UserVariable<'_, '_>,
        home: VariableHome,
    ) {
        self.record_scope_parents(mir);
        self.variables.push(PlacedVariable { variable: variable.info, home });
    }
}

impl UnitDebugInfo {
    /// The variables of the compiled function `code`, under its subprogram `subprogram`:
    /// parameters first, in their order, then each other variable in the entry of its MIR
    /// scope (`scope_entries`: a `DW_TAG_lexical_block` whose code ranges are those of the
    /// instructions lowered from that scope and the scopes inside it).
    pub(super) fn add_variables(
        &mut self,
        subprogram: EntryId,
        debug: &FunctionDebugInfo,
        code: &CompiledCode,
        scope_entries: &[Option<EntryId>],
    ) {
        let (Some(frame), Some(register)) = (code.buffer.frame_layout(), self.frame_register)
        else {
            return;
        };
        let mut frame_base = Expression::default();
        frame_base.op_reg(register);
        let frame_base = self.entries.expression(&frame_base);
        self.entries.get_mut(subprogram).set(gimli::DW_AT_frame_base, frame_base);
        // Slot offsets count from the bottom of the frame; the frame base is the frame
        // pointer, above them.
        let fp = i64::from(frame.frame_to_fp_offset);
        let slot_offset = |slot: StackSlot| i64::from(frame.stackslots[slot].offset) - fp;

        let mut parameters: Vec<&PlacedVariable> = debug
            .variables
            .iter()
            .filter(|placed| placed.variable.argument_index.is_some())
            .collect();
        parameters.sort_by_key(|placed| placed.variable.argument_index);
        let others =
            debug.variables.iter().filter(|placed| placed.variable.argument_index.is_none());
        for placed in parameters.into_iter().chain(others) {
            let variable = &placed.variable;
            let mut location = Expression::default();
            match placed.home {
                VariableHome::Slot(slot, offset) => {
                    location.op_fbreg(slot_offset(slot) + i64::from(offset))
                }
                VariableHome::Indirect(slot) => {
                    location.op_fbreg(slot_offset(slot));
                    location.op_deref();
                }
                // A zero-sized value holds no pointer to follow.
                VariableHome::ZeroSized if !variable.steps.is_empty() => continue,
                VariableHome::ZeroSized => location.op_fbreg(0),
                VariableHome::OptimizedOut => {}
            }
            let has_location = !matches!(placed.home, VariableHome::OptimizedOut);
            for step in variable.steps.iter().filter(|_| has_location) {
                match *step {
                    Step::Deref => location.op_deref(),
                    Step::Offset(0) => {}
                    Step::Offset(bytes) => location.op_plus_uconst(bytes),
                }
            }
            let (tag, parent) = match variable.argument_index {
                Some(_) => (gimli::DW_TAG_formal_parameter, subprogram),
                None => match scope_entries[variable.scope as usize] {
                    Some(block) => (gimli::DW_TAG_variable, block),
                    None => continue,
                },
            };
            let location = has_location.then(|| self.entries.expression(&location));
            let entry = self.entries.add(parent, tag);
            let mut entry = self.entries.get_mut(entry);
            entry.set(gimli::DW_AT_name, Value::String(variable.name));
            entry.set(gimli::DW_AT_type, Value::Entry(variable.ty));
            variable.declaration.declare(&mut entry);
            if let Some(location) = location {
                entry.set(gimli::DW_AT_location, location);
            }
        }
    }
}

/// The type of `place` (of a local of type `local_ty`) and the steps from the local's address
/// to its own, or `None` for a projection other than fields and dereferences of thin pointers.
fn steps_into<'tcx>(
    tcx: TyCtxt<'tcx>,
    local_ty: Ty<'tcx>,
    place: &mir::Place<'tcx>,
    monomorphize: impl Fn(Ty<'tcx>) -> Ty<'tcx>,
) -> Option<(Ty<'tcx>, Vec<Step>)> {
    let cx = LayoutCx::new(tcx, ty::TypingEnv::fully_monomorphized());
    let mut ty = local_ty;
    let mut steps = Vec::with_capacity(place.projection.len());
    for elem in place.projection {
        match elem {
            mir::PlaceElem::Deref => {
                let pointee = ty.builtin_deref(true)?;
                if !matches!(cx.layout_of(ty).ok()?.backend_repr, BackendRepr::Scalar(_)) {
                    return None;
                }
                steps.push(Step::Deref);
                ty = pointee;
            }
            mir::PlaceElem::Field(field, field_ty) => {
                let layout = cx.layout_of(ty).ok()?;
                if !matches!(layout.variants, Variants::Single { .. }) {
                    return None;
                }
                steps.push(Step::Offset(layout.fields.offset(field.as_usize()).bytes()));
                ty = monomorphize(field_ty);
            }
            _ => return None,
        }
    }
    Some((ty, steps))
}
