//! Locals that only ever hold zeros: zeroed values (`[0; N]`, `mem::zeroed()`) that optimized
//! MIR builds in a local and then moves to where they belong, as `vec![[0u8; N]]` does into its
//! heap memory. When optimizing, such locals get no storage, and each move out of one writes
//! zeros into its destination instead, as LLVM's memcpy optimization makes it: a zeroed value
//! larger than the free stack still reaches the heap, as with LLVM.
//!
//! A local qualifies when all that writes it writes zeros or nothing, and all that reads it
//! reads it whole into a place. Its writers: `[0; N]`; an uninitialized constant (zeros are one
//! of the values uninitialized bytes may hold, and so is storage never written); a copy or
//! transmute of another such local; `write_bytes(&raw mut local as *mut T, 0, n)`, which
//! `mem::zeroed` becomes once inlined, with a pointer nothing else uses. Its readers: an
//! assignment of the whole local, a transmute into a local held in memory, and the fields of
//! an aggregate. Its memory is never borrowed otherwise, so no reader can tell.

use rustc_abi::BackendRepr;
use rustc_index::IndexVec;
use rustc_index::bit_set::DenseBitSet;
use rustc_middle::mir::visit::{PlaceContext, Visitor};
use rustc_middle::mir::{
    self, CastKind, Local, Location, Operand, RawPtrKind, Rvalue, StatementKind, TerminatorKind,
};
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self, TyCtxt};
use rustc_span::sym;
use smallvec::SmallVec;

/// Locations of every use of each local (storage markers and debug info aside), once per
/// mention.
struct Uses {
    at: IndexVec<Local, SmallVec<[Location; 2]>>,
}

impl<'tcx> Visitor<'tcx> for Uses {
    fn visit_local(&mut self, local: Local, context: PlaceContext, location: Location) {
        if !matches!(context, PlaceContext::NonUse(_)) {
            self.at[local].push(location);
        }
    }
}

/// The locals that hold only zeros, and those with them the pointer locals of their
/// `write_bytes` calls: none of them needs storage, their assignments and those calls are left
/// out.
pub(crate) struct ZeroFilled {
    pub(crate) locals: DenseBitSet<Local>,
    pub(crate) without_storage: DenseBitSet<Local>,
}

/// The zero-filled locals of `mir`, whose variables and temporaries have `layouts` (in order).
pub(crate) fn zero_filled_locals<'tcx>(
    tcx: TyCtxt<'tcx>,
    mir: &mir::Body<'tcx>,
    layouts: &[(Local, TyAndLayout<'tcx>)],
) -> Option<ZeroFilled> {
    let writes_zeros = mir.basic_blocks.iter().any(|block| {
        block.statements.iter().any(|statement| {
            matches!(&statement.kind, StatementKind::Assign(assign)
                if matches!(&assign.1, Rvalue::Repeat(operand, _) if is_zero(operand)))
        }) || zero_write_pointer(tcx, &block.terminator().kind).is_some()
    });
    if !writes_zeros {
        return None;
    }
    let mut uses = Uses { at: IndexVec::from_elem_n(SmallVec::new(), mir.local_decls.len()) };
    uses.visit_body(mir);
    let in_memory = |local: Local| {
        let Some(index) = local.as_usize().checked_sub(mir.arg_count + 1) else { return false };
        let layout = layouts[index].1;
        layout.is_sized()
            && layout.size.bytes() > 0
            && matches!(layout.backend_repr, BackendRepr::Memory { .. })
    };
    let finder = Finder { tcx, mir, uses: &uses, in_memory: &in_memory };

    let mut locals = DenseBitSet::new_empty(mir.local_decls.len());
    let mut copies = Vec::new();
    let mut pointers = Vec::new();
    for &(local, _) in layouts {
        if !in_memory(local) {
            continue;
        }
        if let Some(found) = finder.check(local) {
            locals.insert(local);
            copies.extend(found.copied_from.into_iter().map(|source| (local, source)));
            pointers.extend(found.pointers.into_iter().map(|pointer| (local, pointer)));
        }
    }
    // A copy of a local that does not qualify does not either.
    let mut changed = true;
    while changed {
        changed = false;
        for &(local, source) in &copies {
            if locals.contains(local) && !locals.contains(source) {
                locals.remove(local);
                changed = true;
            }
        }
    }
    if locals.is_empty() {
        return None;
    }
    let mut without_storage = locals.clone();
    for &(local, pointer) in &pointers {
        if locals.contains(local) {
            without_storage.insert(pointer);
        }
    }
    Some(ZeroFilled { locals, without_storage })
}

/// What qualifies a local, if the locals it copies qualify too.
struct Found {
    copied_from: SmallVec<[Local; 2]>,
    /// The pointers of its `write_bytes` calls.
    pointers: SmallVec<[Local; 2]>,
}

struct Finder<'a, 'tcx> {
    tcx: TyCtxt<'tcx>,
    mir: &'a mir::Body<'tcx>,
    uses: &'a Uses,
    in_memory: &'a dyn Fn(Local) -> bool,
}

impl<'tcx> Finder<'_, 'tcx> {
    fn check(&self, local: Local) -> Option<Found> {
        let mut found = Found { copied_from: SmallVec::new(), pointers: SmallVec::new() };
        let mut locations = self.uses.at[local].clone();
        locations.sort_unstable();
        for group in locations.chunk_by(|a, b| a == b) {
            let location = group[0];
            let statement = self.mir.stmt_at(location).left()?;
            let StatementKind::Assign(assign) = &statement.kind else { return None };
            let (dest, rvalue) = &**assign;
            let accounted = if dest.local == local {
                if !dest.projection.is_empty() {
                    return None;
                }
                match rvalue {
                    Rvalue::Use(operand @ Operand::Constant(_), _)
                        if is_uninit(self.tcx, operand) =>
                    {
                        1
                    }
                    Rvalue::Repeat(operand, _) if is_zero(operand) => 1,
                    Rvalue::Use(operand, _) | Rvalue::Cast(CastKind::Transmute, operand, _) => {
                        let source = whole_local(operand)?;
                        found.copied_from.push(source);
                        if source == local { 2 } else { 1 }
                    }
                    _ => return None,
                }
            } else {
                match rvalue {
                    Rvalue::Use(operand, _) if whole_local(operand) == Some(local) => 1,
                    Rvalue::Cast(CastKind::Transmute, operand, _)
                        if whole_local(operand) == Some(local)
                            && dest.as_local().is_some_and(|dest| (self.in_memory)(dest)) =>
                    {
                        1
                    }
                    Rvalue::Aggregate(_, operands) => operands
                        .iter()
                        .filter(|operand| whole_local(operand) == Some(local))
                        .count(),
                    Rvalue::RawPtr(RawPtrKind::Mut, place) if place.as_local() == Some(local) => {
                        found.pointers.extend(self.zero_write_through(dest.as_local()?, location)?);
                        1
                    }
                    _ => return None,
                }
            };
            if accounted != group.len() {
                return None;
            }
        }
        Some(found)
    }

    /// The pointer locals from `pointer`, defined at `definition`, to the zero `write_bytes`
    /// that is its only use, directly or through one pointer cast.
    fn zero_write_through(
        &self,
        pointer: Local,
        definition: Location,
    ) -> Option<SmallVec<[Local; 2]>> {
        let only_use = |local: Local, definition: Location| {
            let at = &self.uses.at[local];
            (local.as_usize() > self.mir.arg_count && at.len() == 2 && at.contains(&definition))
                .then(|| at.iter().copied().find(|&location| location != definition))
                .flatten()
        };
        let used_at = only_use(pointer, definition)?;
        let used_by = self.mir.stmt_at(used_at);
        if let Some(terminator) = used_by.right() {
            return (zero_write_pointer(self.tcx, &terminator.kind) == Some(pointer))
                .then(|| smallvec::smallvec![pointer]);
        }
        let StatementKind::Assign(assign) = &used_by.left()?.kind else { return None };
        let (dest, Rvalue::Cast(CastKind::PtrToPtr, operand, _)) = &**assign else {
            return None;
        };
        let cast = dest.as_local()?;
        if whole_local(operand) != Some(pointer) {
            return None;
        }
        let cast_used_at = only_use(cast, used_at)?;
        let terminator = self.mir.stmt_at(cast_used_at).right()?;
        (zero_write_pointer(self.tcx, &terminator.kind) == Some(cast))
            .then(|| smallvec::smallvec![pointer, cast])
    }
}

/// The local an operand reads whole.
fn whole_local(operand: &Operand<'_>) -> Option<Local> {
    match operand {
        Operand::Copy(place) | Operand::Move(place) => place.as_local(),
        _ => None,
    }
}

/// Whether `operand` is a constant integer (or float, or `char`, or `bool`) of zero bits.
fn is_zero(operand: &Operand<'_>) -> bool {
    let Operand::Constant(constant) = operand else { return false };
    constant.const_.try_to_scalar_int().is_some_and(|int| int.is_null())
}

fn is_uninit<'tcx>(tcx: TyCtxt<'tcx>, operand: &Operand<'tcx>) -> bool {
    let Operand::Constant(constant) = operand else { return false };
    matches!(constant.const_, mir::Const::Val(value, _) if value.all_bytes_uninit(tcx))
}

/// The pointer local of a `write_bytes(pointer, 0, count)` intrinsic call.
pub(crate) fn zero_write_pointer<'tcx>(
    tcx: TyCtxt<'tcx>,
    terminator: &TerminatorKind<'tcx>,
) -> Option<Local> {
    let TerminatorKind::Call { func: Operand::Constant(func), args, .. } = terminator else {
        return None;
    };
    let ty::FnDef(def_id, _) = *func.const_.ty().kind() else { return None };
    let [pointer, byte, _count] = &**args else { return None };
    (tcx.intrinsic(def_id).is_some_and(|intrinsic| intrinsic.name == sym::write_bytes)
        && is_zero(&byte.node))
    .then(|| whole_local(&pointer.node))
    .flatten()
}
