//! The entries of a function's MIR source scopes under its subprogram: a
//! `DW_TAG_lexical_block` for a scope with variables, and a `DW_TAG_inlined_subroutine` for
//! the outermost scope of a body MIR inlining put into the function (with the call's file and
//! line, and an abstract subprogram naming the callee), so that debuggers and backtraces show
//! inlined calls as frames. Each covers the code of its scope and of the scopes inside it.

use cranelift_codegen::CompiledCode;
use cranelift_codegen::ir::{Function, SourceLoc};
use gimli::write::Address;
use rustc_data_structures::fx::FxHashMap;
use rustc_middle::mir;
use rustc_middle::ty::{Instance, Ty, TyCtxt};

use super::entries::{EntryId, Value};
use super::{FunctionDebugInfo, NameCaches, SourcePosition, UnitDebugInfo};

/// A call MIR inlining replaced by the callee's body: the callee's abstract subprogram and
/// where the call was.
#[derive(Copy, Clone)]
pub(crate) struct InlinedCall {
    origin: EntryId,
    call: SourcePosition,
}

/// The parent of the outermost scope.
pub(super) const NO_SCOPE: u32 = u32::MAX;

impl UnitDebugInfo {
    /// Records in `debug` the calls inlined into `mir` (by the outermost scope of each inlined
    /// body) whose bodies left code in `func`, the function lowered, if there are any, with
    /// the scopes' parents. Naming a callee's abstract subprogram
    /// (its symbol name most of all) is the costly part, and many inlined bodies leave no code
    /// (conversions, accessors, wrappers whose work is done by what they call).
    /// `monomorphize` makes a callee's instance, generic in the function's parameters, the
    /// one called.
    pub(crate) fn record_inlined_calls<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        debug: &mut FunctionDebugInfo,
        mir: &mir::Body<'tcx>,
        func: &Function,
        names: &mut NameCaches<'tcx>,
        monomorphize: impl Fn(Instance<'tcx>) -> Instance<'tcx>,
    ) {
        if !mir.source_scopes.iter().any(|scope| scope.inlined.is_some()) {
            return;
        }
        debug.record_scope_parents(mir);
        let has_code = debug.scopes_with_code(func);
        let mut inlined = Vec::with_capacity(mir.source_scopes.len());
        for (scope, data) in mir.source_scopes.iter_enumerated() {
            let Some((callee, call_span)) = data.inlined.filter(|_| has_code[scope.as_usize()])
            else {
                inlined.push(None);
                continue;
            };
            let callee = monomorphize(callee);
            let origin = match names.inlined_origins.get(&callee) {
                Some(&origin) => origin,
                None => {
                    let origin = self.abstract_subprogram(tcx, callee, &mut names.type_names);
                    names.inlined_origins.insert(callee, origin);
                    origin
                }
            };
            let call = self.position(tcx, call_span, mir.span);
            inlined.push(Some(InlinedCall { origin, call }));
        }
        debug.inlined = inlined;
    }

    /// A subprogram without code that inlined calls of `callee` refer to for its name.
    fn abstract_subprogram<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        callee: Instance<'tcx>,
        type_names: &mut FxHashMap<Ty<'tcx>, String>,
    ) -> EntryId {
        let span = tcx.def_span(callee.def_id());
        let function = self.function(tcx, callee, span, type_names);
        let name = self.strings.add(function.name);
        let linkage_name = self.strings.add(function.linkage_name);
        let entry = self.entries.add(function.namespace, gimli::DW_TAG_subprogram);
        let mut subprogram = self.entries.get_mut(entry);
        subprogram.set(gimli::DW_AT_name, Value::String(name));
        subprogram.set(gimli::DW_AT_linkage_name, Value::String(linkage_name));
        function.declaration.declare(&mut subprogram);
        subprogram.set(gimli::DW_AT_inline, Value::Data1(gimli::DW_INL_inlined.0));
        entry
    }

    /// The entry each MIR scope's variables go under: the lexical block of the scope if it has
    /// variables (other than parameters) and is not the outermost, the inlined subroutine if
    /// the scope is the outermost of an inlined body, otherwise the entry of its nearest such
    /// ancestor, or the subprogram; `None` for a scope with variables but no code.
    pub(super) fn scope_entries(
        &mut self,
        subprogram: EntryId,
        debug: &FunctionDebugInfo,
        code: &CompiledCode,
        base_srcloc: SourceLoc,
        address: Address,
    ) -> Vec<Option<EntryId>> {
        let scopes = debug.scope_parents.len();
        let mut has_block = vec![false; scopes];
        // Variables are described only on a frame they can be located on.
        let has_frame = self.frame_register.is_some() && code.buffer.frame_layout().is_some();
        for variable in debug.variables.iter().map(|placed| &placed.variable) {
            if has_frame && variable.argument_index.is_none() && variable.scope != 0 {
                has_block[variable.scope as usize] = true;
            }
        }
        let inlined = |scope: usize| debug.inlined.get(scope).copied().flatten();
        for (scope, has_block) in has_block.iter_mut().enumerate() {
            *has_block |= inlined(scope).is_some();
        }
        let mut ranges: Vec<Vec<(u32, u32)>> = vec![Vec::new(); scopes];
        if has_block.contains(&true) {
            for srcloc in code.buffer.get_srclocs_sorted() {
                let loc = if srcloc.loc.is_rel() {
                    srcloc.loc.relocate(base_srcloc)
                } else {
                    srcloc.loc.as_abs()
                };
                let Some(&scope) = debug.scopes.get(loc.bits() as usize) else { continue };
                let Some(scope_ranges) = ranges.get_mut(scope as usize) else { continue };
                match scope_ranges.last_mut() {
                    Some(last) if last.1 == srcloc.start => last.1 = srcloc.end,
                    _ => scope_ranges.push((srcloc.start, srcloc.end)),
                }
            }
            // Parents come before their children in MIR: going backwards, each scope has all
            // of its descendants' code when it is reached.
            for scope in (1..scopes).rev() {
                let mut own = std::mem::take(&mut ranges[scope]);
                merge_ranges(&mut own);
                let parent = debug.scope_parents[scope];
                if let Some(parent_ranges) = ranges.get_mut(parent as usize) {
                    parent_ranges.extend_from_slice(&own);
                }
                ranges[scope] = own;
            }
        }

        let mut entries = vec![subprogram; scopes];
        for scope in 1..scopes {
            let parent = debug.scope_parents[scope] as usize;
            let enclosing = entries.get(parent).copied().unwrap_or(subprogram);
            entries[scope] = enclosing;
            if !has_block[scope] || ranges[scope].is_empty() {
                continue;
            }
            let entry = match inlined(scope) {
                Some(call) => {
                    let entry = self.entries.add(enclosing, gimli::DW_TAG_inlined_subroutine);
                    let mut inlined = self.entries.get_mut(entry);
                    inlined.set(gimli::DW_AT_abstract_origin, Value::Entry(call.origin));
                    let file = Value::File(call.call.file);
                    inlined.set(gimli::DW_AT_call_file, file);
                    inlined.set(gimli::DW_AT_call_line, Value::Udata(call.call.line.into()));
                    let column = Value::Udata(call.call.column.into());
                    inlined.set(gimli::DW_AT_call_column, column);
                    entry
                }
                None => self.entries.add(enclosing, gimli::DW_TAG_lexical_block),
            };
            let at = |offset: u32| match address {
                Address::Symbol { symbol, addend } => {
                    Address::Symbol { symbol, addend: addend + i64::from(offset) }
                }
                Address::Constant(base) => Address::Constant(base + u64::from(offset)),
            };
            if let [(start, end)] = ranges[scope][..] {
                let mut block = self.entries.get_mut(entry);
                block.set(gimli::DW_AT_low_pc, Value::Address(at(start)));
                block.set(gimli::DW_AT_high_pc, Value::Udata(u64::from(end - start)));
            } else {
                let list =
                    ranges[scope].iter().map(|&(start, end)| (at(start), u64::from(end - start)));
                let list = self.entries.range_list(list);
                self.entries.get_mut(entry).set(gimli::DW_AT_ranges, list);
            }
            entries[scope] = entry;
        }
        // The variables of a scope without code cannot be seen anywhere.
        entries
            .into_iter()
            .enumerate()
            .map(|(scope, entry)| (!has_block[scope] || !ranges[scope].is_empty()).then_some(entry))
            .collect()
    }
}

impl FunctionDebugInfo {
    /// Records the parent of each of `mir`'s scopes, once.
    pub(super) fn record_scope_parents(&mut self, mir: &mir::Body<'_>) {
        if self.scope_parents.is_empty() {
            self.scope_parents = mir
                .source_scopes
                .iter()
                .map(|scope| scope.parent_scope.map_or(NO_SCOPE, |parent| parent.as_u32()))
                .collect();
        }
    }

    /// Whether each MIR scope, or a scope inside it, has an instruction in `func`, the
    /// function lowered.
    fn scopes_with_code(&self, func: &Function) -> Vec<bool> {
        let mut has_code = vec![false; self.scope_parents.len()];
        let base = func.params.base_srcloc();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                let position = func.srclocs[inst].expand(base).bits() as usize;
                if let Some(&scope) = self.scopes.get(position)
                    && let Some(has_code) = has_code.get_mut(scope as usize)
                {
                    *has_code = true;
                }
            }
        }
        // Parents come before their children in MIR (see `scope_entries`).
        for scope in (1..has_code.len()).rev() {
            let parent = self.scope_parents[scope] as usize;
            if has_code[scope] && parent < scope {
                has_code[parent] = true;
            }
        }
        has_code
    }
}

/// Sorts `ranges` and joins those that touch or overlap.
fn merge_ranges(ranges: &mut Vec<(u32, u32)>) {
    ranges.sort_unstable();
    ranges.dedup_by(|next, kept| {
        let joins = next.0 <= kept.1;
        if joins {
            kept.1 = kept.1.max(next.1);
        }
        joins
    });
}
