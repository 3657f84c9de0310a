//! Stack slots shared, when optimizing, by locals whose storage is never live at the same time
//! (MIR's `StorageLive`/`StorageDead`, the markers LLVM's stack coloring works from), so that a
//! frame holds the locals live together rather than every local of the function: a function
//! inlining many calls each with its own large temporary needs one slot for them, not one each.
//!
//! Two locals conflict when some point of the MIR has both maybe storage-live (rustc's
//! `MaybeStorageLive` dataflow: live on any path reaching it). Locals without storage markers
//! are live everywhere and share with nothing. The largest locals choose first, each joining
//! the first group none of whose members it conflicts with; a group's slot is as large and as
//! aligned as its largest and most aligned member.

use std::borrow::Cow;

use rustc_index::IndexVec;
use rustc_index::bit_set::{BitMatrix, DenseBitSet};
use rustc_middle::mir::{self, Local, Location};
use rustc_middle::ty::TyCtxt;
use rustc_mir_dataflow::Analysis;
use rustc_mir_dataflow::impls::{MaybeStorageLive, always_storage_live_locals};

/// More candidates than this only share among the largest this many: the conflict matrix and
/// the grouping grow with the square of their number.
const MAX_CANDIDATES: usize = 1024;

/// Which locals share a slot: for each local, its group, and for each group the size and
/// alignment of its slot.
pub(crate) struct SharedSlots {
    pub(crate) group_of: IndexVec<Local, Option<u32>>,
    pub(crate) groups: Vec<(u64, u64)>,
}

impl SharedSlots {
    /// The locals whose slot holds other locals at other times.
    pub(crate) fn sharing(&self) -> DenseBitSet<Local> {
        let mut members = vec![0u32; self.groups.len()];
        for &group in self.group_of.iter().flatten() {
            members[group as usize] += 1;
        }
        let mut sharing = DenseBitSet::new_empty(self.group_of.len());
        for (local, group) in self.group_of.iter_enumerated() {
            if group.is_some_and(|group| members[group as usize] > 1) {
                sharing.insert(local);
            }
        }
        sharing
    }
}

/// Groups the `candidates` (locals with a stack slot of the size and alignment given) of `mir`.
pub(crate) fn share_slots<'tcx>(
    tcx: TyCtxt<'tcx>,
    mir: &mir::Body<'tcx>,
    mut candidates: Vec<(Local, u64, u64)>,
) -> SharedSlots {
    let mut shared =
        SharedSlots { group_of: IndexVec::from_elem(None, &mir.local_decls), groups: Vec::new() };
    let always_live = always_storage_live_locals(mir);
    candidates.retain(|&(local, ..)| !always_live.contains(local));
    if candidates.len() < 2 {
        return shared;
    }
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    candidates.truncate(MAX_CANDIDATES);
    let count = candidates.len();
    let mut index_of: IndexVec<Local, Option<usize>> = IndexVec::from_elem(None, &mir.local_decls);
    for (index, &(local, ..)) in candidates.iter().enumerate() {
        index_of[local] = Some(index);
    }

    let mut cursor = MaybeStorageLive::new(Cow::Borrowed(&always_live))
        .iterate_to_fixpoint(tcx, mir, None)
        .into_results_cursor(mir);
    let mut conflicts = BitMatrix::<usize, usize>::new(count, count);
    let mut live = DenseBitSet::<usize>::new_empty(count);
    let mut record = |state: &DenseBitSet<Local>| {
        live.clear();
        for local in state.iter() {
            if let Some(index) = index_of[local] {
                live.insert(index);
            }
        }
        for index in live.iter() {
            conflicts.union_row_with(&live, index);
        }
    };
    for (block, data) in mir.basic_blocks.iter_enumerated() {
        cursor.seek_to_block_start(block);
        record(cursor.get());
        for statement_index in 0..=data.statements.len() {
            cursor.seek_after_primary_effect(Location { block, statement_index });
            record(cursor.get());
        }
    }

    // Each group's members' conflicts together: a candidate may join when it is not among them.
    let mut group_conflicts: Vec<DenseBitSet<usize>> = Vec::new();
    for (index, &(local, size, align)) in candidates.iter().enumerate() {
        let group = group_conflicts.iter().position(|taken| !taken.contains(index));
        let group = match group {
            Some(group) => {
                let slot = &mut shared.groups[group];
                *slot = (slot.0.max(size), slot.1.max(align));
                group
            }
            None => {
                shared.groups.push((size, align));
                group_conflicts.push(DenseBitSet::new_empty(count));
                shared.groups.len() - 1
            }
        };
        group_conflicts[group].insert(index);
        for other in conflicts.iter(index) {
            group_conflicts[group].insert(other);
        }
        shared.group_of[local] = Some(group as u32);
    }
    shared
}
