//! Unsizing coercions: `&[T; N]` → `&[T]`, `&T` → `&dyn Trait`, trait upcasting, and the
//! field-wise coercion of smart pointers (`CoerceUnsized`).

use cranelift_codegen::ir::{InstBuilder, Value};
use rustc_middle::ty::{self, Ty};

use super::FunctionCx;
use super::value::{CPlace, CValue};

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    /// The metadata of a pointer to `target` made from a pointer to `source`, given the
    /// source's metadata if it already had some.
    fn unsized_metadata(
        &mut self,
        source: Ty<'tcx>,
        target: Ty<'tcx>,
        old_meta: Option<Value>,
    ) -> Value {
        let tcx = self.tcx;
        let (source, target) = tcx.struct_lockstep_tails_for_codegen(
            source,
            target,
            ty::TypingEnv::fully_monomorphized(),
        );
        match (source.kind(), target.kind()) {
            (ty::Array(_, len), ty::Slice(_)) => {
                let len = len.try_to_target_usize(tcx).expect("monomorphic array length");
                self.bcx.ins().iconst(self.pointer_type, len as i64)
            }
            (ty::Dynamic(source_data, _), ty::Dynamic(target_data, _)) => {
                let old_meta = old_meta.expect("trait upcasting without a source vtable");
                let target_principal = target_data.principal_def_id();
                if target_principal.is_none() || source_data.principal_def_id() == target_principal
                {
                    return old_meta;
                }
                match tcx.supertrait_vtable_slot((source, target)) {
                    Some(slot) => self.vtable_entry(old_meta, slot),
                    None => old_meta,
                }
            }
            (_, ty::Dynamic(data, _)) => {
                let principal = data
                    .principal()
                    .map(|principal| tcx.instantiate_bound_regions_with_erased(principal));
                self.vtable_addr(source, principal)
            }
            _ => unreachable!("unsizing {source} to {target}"),
        }
    }

    /// Writes `src` coerced to the unsized pointer type of `dest`.
    pub(crate) fn coerce_unsized_into(&mut self, src: CValue<'tcx>, dest: CPlace<'tcx>) {
        let src_ty = src.layout.ty;
        let dest_ty = dest.layout.ty;
        match (pointee_of(src_ty), pointee_of(dest_ty)) {
            (Some(source_pointee), Some(target_pointee)) => {
                let (addr, old_meta) =
                    if self.register_types(src.layout).is_some_and(|(_, b)| b.is_some()) {
                        let (addr, meta) = src.load_scalar_pair(self);
                        (addr, Some(meta))
                    } else {
                        (src.load_scalar(self), None)
                    };
                let meta = self.unsized_metadata(source_pointee, target_pointee, old_meta);
                dest.write_cvalue(self, CValue::by_val_pair(addr, meta, dest.layout));
            }
            _ if src_ty.is_adt() && dest_ty.is_adt() => {
                for field in 0..src.layout.fields.count() {
                    let src_field = src.value_field(self, field.into());
                    let dest_field = dest.place_field(self, field.into());
                    if src_field.layout.is_zst() {
                        continue;
                    }
                    if src_field.layout.ty == dest_field.layout.ty {
                        dest_field.write_cvalue(self, src_field);
                    } else {
                        self.coerce_unsized_into(src_field, dest_field);
                    }
                }
            }
            _ => unreachable!("unsizing coercion from {src_ty} to {dest_ty}"),
        }
    }
}

/// The pointee of a pointer type, looking through pattern types (`NonNull`'s non-null pointer).
fn pointee_of(ty: Ty<'_>) -> Option<Ty<'_>> {
    match ty.kind() {
        ty::Ref(..) | ty::RawPtr(..) => ty.builtin_deref(true),
        ty::Pat(inner, _) => pointee_of(*inner),
        _ => None,
    }
}
