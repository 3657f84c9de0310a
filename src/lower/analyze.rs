//! Decides which MIR locals must live in memory: those whose address is taken or that are
//! indexed. All other scalar and scalar-pair locals become Cranelift SSA variables.

use rustc_index::IndexVec;
use rustc_middle::mir::visit::{MutatingUseContext, NonMutatingUseContext, PlaceContext, Visitor};
use rustc_middle::mir::{self, Local, Location, PlaceElem};

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
