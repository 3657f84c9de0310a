//! Decides where MIR locals live: which must be in memory (their address is taken or they
//! are indexed; all other scalar and scalar-pair locals become Cranelift SSA variables), and
//! which need no storage at all (nothing reads them).

use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{MutatingUseContext, NonMutatingUseContext, PlaceContext, Visitor};
use rustc_middle::mir::{self, Local, Location, PlaceElem, StatementKind};

struct AddressTakenVisitor {
    needs_memory: IndexVec<Local, bool>,
}

impl<'tcx> Visitor<'tcx> for AddressTakenVisitor {
    fn visit_place(
        &mut self,
        place: &mir::Place<'tcx>,
        context: PlaceContext,
        _location: Location,
    ) {
        // Only projections applied to the local itself matter; after a deref they act on memory
        // the local points to.
        let indexes_own_memory =
            place.projection.iter().take_while(|elem| !matches!(elem, PlaceElem::Deref)).any(
                |elem| {
                    matches!(
                        elem,
                        PlaceElem::Index(_)
                            | PlaceElem::ConstantIndex { .. }
                            | PlaceElem::Subslice { .. }
                    )
                },
            );
        let borrows_own_memory = !place.projection.iter().any(|elem| elem == PlaceElem::Deref)
            && matches!(
                context,
                PlaceContext::NonMutatingUse(
                    NonMutatingUseContext::SharedBorrow
                        | NonMutatingUseContext::FakeBorrow
                        | NonMutatingUseContext::RawBorrow
                ) | PlaceContext::MutatingUse(
                    MutatingUseContext::Borrow
                        | MutatingUseContext::RawBorrow
                        // Drop glue takes a pointer to the dropped value.
                        | MutatingUseContext::Drop
                )
            );
        if indexes_own_memory || borrows_own_memory {
            self.needs_memory[place.local] = true;
        }
    }
}

/// For every local, whether it must be given a stack slot.
pub(crate) fn locals_needing_memory(mir: &mir::Body<'_>) -> IndexVec<Local, bool> {
    let mut visitor =
        AddressTakenVisitor { needs_memory: IndexVec::from_elem(false, &mir.local_decls) };
    visitor.visit_body(mir);
    visitor.needs_memory
}

/// Marks the locals that code which is kept reads, or writes by other means than an assignment
/// (a call's destination, an asm output, drop glue): those keep their storage. An assignment
/// to a place in a local nothing reads is left out, its operands unread by it.
struct ReadLocals {
    read: DenseBitSet<Local>,
    changed: bool,
    skipped_assignment: bool,
}

impl ReadLocals {
    fn mark(&mut self, local: Local) {
        self.changed |= self.read.insert(local);
    }
}

impl<'tcx> Visitor<'tcx> for ReadLocals {
    fn visit_statement(&mut self, statement: &mir::Statement<'tcx>, location: Location) {
        let StatementKind::Assign(assign) = &statement.kind else {
            return self.super_statement(statement, location);
        };
        let (place, rvalue) = &**assign;
        if place.is_indirect() {
            // Writes memory the local points to: reads the pointer.
            self.mark(place.local);
        } else if !self.read.contains(place.local) {
            self.skipped_assignment = true;
            return;
        }
        for elem in place.projection {
            if let PlaceElem::Index(index) = elem {
                self.mark(index);
            }
        }
        self.visit_rvalue(rvalue, location);
    }

    fn visit_local(&mut self, local: Local, context: PlaceContext, _location: Location) {
        // Storage markers and debug info (`VarDebugInfo`) neither read nor write.
        if !matches!(context, PlaceContext::NonUse(_)) {
            self.mark(local);
        }
    }
}

/// The locals that no kept code reads and that only assignments write. Their assignments are
/// left out (`FunctionCx::is_dead_store`) and they get no storage: a temporary or variable
/// that optimized MIR still keeps but never uses, such as the copies of a large value in
/// `let _unused: [u8; 1 << 20] = unsafe { mem::zeroed() };`, costs no stack. `kept` are
/// locals that must keep their storage anyway (described variables).
pub(crate) fn unread_locals(
    mir: &mir::Body<'_>,
    kept: impl IntoIterator<Item = Local>,
) -> DenseBitSet<Local> {
    let mut visitor = ReadLocals {
        read: DenseBitSet::new_empty(mir.local_decls.len()),
        changed: false,
        skipped_assignment: false,
    };
    // The caller writes the arguments; returning reads the return place.
    visitor.read.insert(mir::RETURN_PLACE);
    for local in mir.args_iter().chain(kept) {
        visitor.read.insert(local);
    }
    loop {
        visitor.changed = false;
        visitor.skipped_assignment = false;
        visitor.visit_body(mir);
        // A pass that left nothing out saw every read; otherwise a local found read in this
        // pass may make an assignment left out earlier in it kept, and its operands read.
        if !visitor.skipped_assignment || !visitor.changed {
            break;
        }
    }
    let mut unread = DenseBitSet::new_empty(mir.local_decls.len());
    for local in mir.local_decls.indices().filter(|&local| !visitor.read.contains(local)) {
        unread.insert(local);
    }
    unread
}
