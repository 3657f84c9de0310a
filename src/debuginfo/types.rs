//! The DWARF types of a compile unit: written once per unit, on first use by a variable, and
//! named as rustc's LLVM backend names them (`rustc_codegen_ssa`'s type names), so that gdb's
//! Rust support and rust-gdb's printers recognise them. Described so far: integers, floats,
//! `bool`, `char`, `()`, thin references, raw pointers and boxes, structs, tuples and arrays. Any
//! other type has no entry, and the variables of such types are left out rather than shown
//! wrongly.

use gimli::write::{AttributeValue, UnitEntryId};
use rustc_abi::{BackendRepr, FieldIdx, FieldsShape};
use rustc_codegen_ssa::debuginfo::type_names::compute_debuginfo_type_name;
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::def::CtorKind;
use rustc_middle::ty::layout::{LayoutCx, LayoutOf, TyAndLayout};
use rustc_middle::ty::{self, Ty, TyCtxt};

use super::{UnitDebugInfo, root};

/// The unit's type entries by type (`None`: a type not described), kept beside the
/// `UnitDebugInfo`, which outlives the `TyCtxt`.
pub(crate) type TypeCache<'tcx> = FxHashMap<Ty<'tcx>, Option<UnitEntryId>>;

impl UnitDebugInfo {
    /// The entry describing `ty`, created with the entries it refers to on first use.
    pub(crate) fn type_entry<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        ty: Ty<'tcx>,
    ) -> Option<UnitEntryId> {
        if let Some(&entry) = cache.get(&ty) {
            return entry;
        }
        let cx = LayoutCx::new(tcx, ty::TypingEnv::fully_monomorphized());
        let layout = cx.layout_of(ty).ok()?;
        // As LLVM does, a `Box` whose allocator is a 1-ZST is a pointer.
        let pointee = match *ty.kind() {
            ty::Ref(_, pointee, _) | ty::RawPtr(pointee, _) => Some(pointee),
            ty::Adt(def, args)
                if def.is_box()
                    && args.get(1).is_none_or(|allocator| {
                        cx.layout_of(allocator.expect_ty()).is_ok_and(|layout| layout.is_1zst())
                    }) =>
            {
                Some(ty.expect_boxed_ty())
            }
            _ => None,
        };
        if let Some(pointee) = pointee
            && let BackendRepr::Scalar(_) = layout.backend_repr
        {
            // The pointer's entry exists before its pointee's, which may point back to it.
            let entry = self.named_entry(root(&self.dwarf), gimli::DW_TAG_pointer_type, tcx, ty);
            cache.insert(ty, Some(entry));
            let pointee = self.type_entry(tcx, cache, pointee);
            let pointer = self.dwarf.unit.get_mut(entry);
            pointer.set(gimli::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
            // A pointer to something not described has no pointee type: gdb shows its
            // address only.
            if let Some(pointee) = pointee {
                pointer.set(gimli::DW_AT_type, AttributeValue::UnitRef(pointee));
            }
            return Some(entry);
        }
        let entry = match *ty.kind() {
            ty::Bool => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_boolean)),
            ty::Char => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_UTF)),
            ty::Int(_) => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_signed)),
            ty::Uint(_) => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_unsigned)),
            ty::Float(_) => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_float)),
            // LLVM's `()` is a base type of no bytes.
            ty::Tuple(fields) if fields.is_empty() => {
                Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_unsigned))
            }
            ty::Array(element, _) => {
                let FieldsShape::Array { count, .. } = layout.fields else { return None };
                let element = self.type_entry(tcx, cache, element)?;
                let index = self.array_index_type();
                let entry = self.dwarf.unit.add(root(&self.dwarf), gimli::DW_TAG_array_type);
                let array = self.dwarf.unit.get_mut(entry);
                array.set(gimli::DW_AT_type, AttributeValue::UnitRef(element));
                array.set(gimli::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
                let range = self.dwarf.unit.add(entry, gimli::DW_TAG_subrange_type);
                let range = self.dwarf.unit.get_mut(range);
                range.set(gimli::DW_AT_type, AttributeValue::UnitRef(index));
                range.set(gimli::DW_AT_lower_bound, AttributeValue::Udata(0));
                range.set(gimli::DW_AT_count, AttributeValue::Udata(count));
                Some(entry)
            }
            ty::Tuple(_) => {
                let entry =
                    self.named_entry(root(&self.dwarf), gimli::DW_TAG_structure_type, tcx, ty);
                cache.insert(ty, Some(entry));
                self.members(tcx, cache, &cx, entry, layout, |index| format!("__{index}"));
                Some(entry)
            }
            ty::Adt(def, _) if def.is_struct() => {
                let parent = match tcx.opt_parent(def.did()) {
                    Some(parent) => self.namespace_of(tcx, parent),
                    None => root(&self.dwarf),
                };
                let entry = self.named_entry(parent, gimli::DW_TAG_structure_type, tcx, ty);
                cache.insert(ty, Some(entry));
                let variant = def.non_enum_variant();
                // The fields of tuple structs are named as those of tuples.
                let tuple_like = variant.ctor_kind() == Some(CtorKind::Fn);
                self.members(tcx, cache, &cx, entry, layout, |index| match tuple_like {
                    true => format!("__{index}"),
                    false => variant.fields[FieldIdx::from_usize(index)].name.to_string(),
                });
                Some(entry)
            }
            _ => None,
        };
        cache.insert(ty, entry);
        entry
    }

    fn base_type<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        ty: Ty<'tcx>,
        layout: TyAndLayout<'tcx>,
        encoding: gimli::DwAte,
    ) -> UnitEntryId {
        let entry = self.named_entry(root(&self.dwarf), gimli::DW_TAG_base_type, tcx, ty);
        let base = self.dwarf.unit.get_mut(entry);
        base.set(gimli::DW_AT_encoding, AttributeValue::Encoding(encoding));
        base.set(gimli::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
        entry
    }

    /// A new entry under `parent` named as LLVM names `ty` there (qualified outside
    /// namespaces, by its last path component inside its own).
    fn named_entry<'tcx>(
        &mut self,
        parent: UnitEntryId,
        tag: gimli::DwTag,
        tcx: TyCtxt<'tcx>,
        ty: Ty<'tcx>,
    ) -> UnitEntryId {
        let qualified = !matches!(ty.kind(), ty::Adt(..));
        let name = self.dwarf.strings.add(compute_debuginfo_type_name(tcx, ty, qualified));
        let entry = self.dwarf.unit.add(parent, tag);
        self.dwarf.unit.get_mut(entry).set(gimli::DW_AT_name, AttributeValue::StringRef(name));
        entry
    }

    /// The size and the fields of the struct or tuple `entry`, at their offsets. If a field's
    /// type is not described, the entry becomes a declaration without members (gdb then says
    /// the type is incomplete instead of showing a part of the value).
    fn members<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        cx: &LayoutCx<'tcx>,
        entry: UnitEntryId,
        layout: TyAndLayout<'tcx>,
        name_of: impl Fn(usize) -> String,
    ) {
        self.dwarf
            .unit
            .get_mut(entry)
            .set(gimli::DW_AT_byte_size, AttributeValue::Udata(layout.size.bytes()));
        let count = layout.fields.count();
        let mut members = Vec::with_capacity(count);
        for index in 0..count {
            let field = layout.field(cx, index);
            let Some(field_type) = self.type_entry(tcx, cache, field.ty) else {
                self.dwarf
                    .unit
                    .get_mut(entry)
                    .set(gimli::DW_AT_declaration, AttributeValue::Flag(true));
                return;
            };
            members.push((index, field_type, layout.fields.offset(index).bytes()));
        }
        for (index, field_type, offset) in members {
            let name = self.dwarf.strings.add(name_of(index));
            let member = self.dwarf.unit.add(entry, gimli::DW_TAG_member);
            let member = self.dwarf.unit.get_mut(member);
            member.set(gimli::DW_AT_name, AttributeValue::StringRef(name));
            member.set(gimli::DW_AT_type, AttributeValue::UnitRef(field_type));
            member.set(gimli::DW_AT_data_member_location, AttributeValue::Udata(offset));
        }
    }

    /// The index type of arrays' subranges, named as LLVM names it.
    fn array_index_type(&mut self) -> UnitEntryId {
        if let Some(entry) = self.array_index_type {
            return entry;
        }
        let name = self.dwarf.strings.add("__ARRAY_SIZE_TYPE__");
        let entry = self.dwarf.unit.add(root(&self.dwarf), gimli::DW_TAG_base_type);
        let base = self.dwarf.unit.get_mut(entry);
        base.set(gimli::DW_AT_name, AttributeValue::StringRef(name));
        base.set(gimli::DW_AT_byte_size, AttributeValue::Udata(8));
        base.set(gimli::DW_AT_encoding, AttributeValue::Encoding(gimli::DW_ATE_unsigned));
        self.array_index_type = Some(entry);
        entry
    }
}
