//! Decides where MIR locals live: which must be in memory (their address is taken, they are
//! indexed, or their function is too large for SSA variables; all other scalar and scalar-pair
//! locals become Cranelift SSA variables), and which need no storage at all (nothing reads
//! them).

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

/// Functions with more locals times basic blocks than this keep all their locals in memory.
/// cranelift-frontend gives each SSA variable a table indexed by block, up to the last block
/// that defines or looks up the variable: in the generated matchers of cranelift-codegen
/// (`constructor_simplify`: 18 thousand blocks), lowering one function took 489 MB that way.
/// Past the limit (tables of about 64 MB, at 4 bytes an entry), locals are stack slots, as all
/// of them are in LLVM's unoptimized code.
const MAX_SSA_LOCALS_TIMES_BLOCKS: usize = 1 << 24;

/// For every local, whether it must be given a stack slot.
pub(crate) fn locals_needing_memory(mir: &mir::Body<'_>) -> IndexVec<Local, bool> {
    if mir.local_decls.len().saturating_mul(mir.basic_blocks.len()) > MAX_SSA_LOCALS_TIMES_BLOCKS {
        return IndexVec::from_elem(true, &mir.local_decls);
    }
    let mut visitor =
        AddressTakenVisitor { needs_memory: IndexVec::from_elem(false, &mir.local_decls) };
    visitor.visit_body(mir);
    visitor.needs_memory
}

/// Gathers which locals are read: unconditionally (by any statement or terminator but an
/// assignment to a local), or only if the local an assignment writes is read itself.
struct ReadLocals {
    read: DenseBitSet<Local>,
    /// `(assigned, operand)`: the assignment to `assigned` reads `operand`.
    read_if_read: Vec<(Local, Local)>,
    /// The local the assignment being visited writes, while its operands are visited.
    assigned: Option<Local>,
}

impl ReadLocals {
    fn note_read(&mut self, local: Local) {
        match self.assigned {
            None => {
                self.read.insert(local);
            }
            Some(assigned) if assigned != local => self.read_if_read.push((assigned, local)),
            Some(_) => {}
        }
    }
}

impl<'tcx> Visitor<'tcx> for ReadLocals {
    fn visit_statement(&mut self, statement: &mir::Statement<'tcx>, location: Location) {
        match &statement.kind {
            // An assignment through a pointer reads the pointer (`super_statement` notes it).
            StatementKind::Assign(assign) if !assign.0.is_indirect() => {
                let (place, rvalue) = &**assign;
                self.assigned = Some(place.local);
                for elem in place.projection {
                    if let PlaceElem::Index(index) = elem {
                        self.note_read(index);
                    }
                }
                self.visit_rvalue(rvalue, location);
                self.assigned = None;
            }
            _ => self.super_statement(statement, location),
        }
    }

    fn visit_local(&mut self, local: Local, context: PlaceContext, _location: Location) {
        // Storage markers and debug info (`VarDebugInfo`) neither read nor write; any other
        // use outside an assignment's destination (a call's destination, an asm output, a
        // drop) needs the local's storage.
        if !matches!(context, PlaceContext::NonUse(_)) {
            self.note_read(local);
        }
    }
}

/// The locals that no kept code reads and that only assignments write. Their assignments are
/// left out (`FunctionCx::lower_statement`) and they get no storage: a temporary or variable
/// that optimized MIR still keeps but never uses, such as the copies of a large value in
/// `let _unused: [u8; 1 << 20] = unsafe { mem::zeroed() };`, costs no stack.
pub(crate) fn unread_locals(mir: &mir::Body<'_>) -> DenseBitSet<Local> {
    let mut visitor = ReadLocals {
        read: DenseBitSet::new_empty(mir.local_decls.len()),
        read_if_read: Vec::new(),
        assigned: None,
    };
    // The caller writes the arguments; returning reads the return place.
    visitor.read.insert(mir::RETURN_PLACE);
    for local in mir.args_iter() {
        visitor.read.insert(local);
    }
    visitor.visit_body(mir);
    let ReadLocals { mut read, mut read_if_read, .. } = visitor;
    read_if_read.sort_unstable();
    let mut newly_read: Vec<Local> = read.iter().collect();
    while let Some(local) = newly_read.pop() {
        let first = read_if_read.partition_point(|&(assigned, _)| assigned < local);
        for &(_, operand) in
            read_if_read[first..].iter().take_while(|(assigned, _)| *assigned == local)
        {
            if read.insert(operand) {
                newly_read.push(operand);
            }
        }
    }
    let mut unread = DenseBitSet::new_empty(mir.local_decls.len());
    for local in mir.local_decls.indices().filter(|&local| !read.contains(local)) {
        unread.insert(local);
    }
    unread
}
