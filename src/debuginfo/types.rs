//! The DWARF types of a compile unit: written once per unit, on first use by a variable, and
//! described as rustc's LLVM backend describes them (names from `rustc_codegen_ssa`'s type
//! names, the same entries and member names), so that gdb's Rust support and rust-gdb's
//! printers recognise them. Described: integers, floats, `bool`, `char`, `()`, pattern types,
//! references, raw pointers and boxes (thin, to slices and `str`, to trait objects), function
//! pointers, structs, unions, enums (C-like ones as enumerations, the others with a variant part
//! whose discriminant is the tag or the niche), tuples, arrays and closures. Any other type has
//! no entry, and the variables of such types are left out rather than shown wrongly. Vtables
//! get a variable and a type of their own here too, since gdb reads them as types.

use cranelift_module::DataId;
use gimli::write::Address;
use rustc_abi::{BackendRepr, FieldIdx, FieldsShape, Size, TagEncoding, VariantIdx, Variants};
use rustc_codegen_ssa::debuginfo::type_names::{
    VTableNameKind, compute_debuginfo_type_name, compute_debuginfo_vtable_name,
};
use rustc_codegen_ssa::debuginfo::{tag_base_type, wants_c_like_enum_debuginfo};
use rustc_data_structures::fx::FxHashMap;
use rustc_hir::def::CtorKind;
use rustc_middle::ty::layout::{LayoutCx, LayoutOf, TyAndLayout};
use rustc_middle::ty::{self, AdtDef, CoroutineArgsExt, Ty, TyCtxt};
use rustc_span::def_id::DefId;

use super::UnitDebugInfo;
use super::entries::{EntryId, Value};
use super::reloc_writer::data_symbol;
use super::strings::StringId;

/// The unit's type entries by type (`None`: a type not described), kept beside the
/// `UnitDebugInfo`, which outlives the `TyCtxt`.
pub(crate) type TypeCache<'tcx> = FxHashMap<Ty<'tcx>, Option<EntryId>>;

/// A member of a struct-like entry: its name, the entry of its type and its offset.
type Member = (String, EntryId, u64);

/// A variant of an enum or coroutine, for `variant_part`.
struct VariantEntry {
    /// The name of the variant's member in its `DW_TAG_variant`.
    member_name: String,
    /// The name of the variant's struct.
    struct_name: String,
    members: Vec<Member>,
    /// The tag's value selecting the variant (`None` for the one a niche does not encode).
    discriminant: Option<u128>,
}

impl UnitDebugInfo {
    /// The entry describing `ty`, created with the entries it refers to on first use.
    pub(crate) fn type_entry<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        ty: Ty<'tcx>,
    ) -> Option<EntryId> {
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
        if let Some(pointee) = pointee {
            return match layout.backend_repr {
                BackendRepr::Scalar(_) => Some(self.thin_pointer(tcx, cache, ty, pointee)),
                BackendRepr::ScalarPair { .. } => self.wide_pointer(tcx, cache, &cx, ty, pointee),
                _ => None,
            };
        }
        let entry = match *ty.kind() {
            ty::Bool => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_boolean)),
            ty::Char => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_UTF)),
            ty::Int(_) => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_signed)),
            ty::Uint(_) => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_unsigned)),
            ty::Float(_) => Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_float)),
            // A pattern type (`usize is 0..=MAX`) is its base type.
            ty::Pat(base, _) => self.type_entry(tcx, cache, base),
            // LLVM's `()` is a base type of no bytes.
            ty::Tuple(fields) if fields.is_empty() => {
                Some(self.base_type(tcx, ty, layout, gimli::DW_ATE_unsigned))
            }
            ty::Array(element, _) => {
                let FieldsShape::Array { count, .. } = layout.fields else { return None };
                let element = self.type_entry(tcx, cache, element)?;
                let index = self.array_index_type();
                let entry = self.entries.add(self.entries.root(), gimli::DW_TAG_array_type);
                let mut array = self.entries.get_mut(entry);
                array.set(gimli::DW_AT_type, Value::Entry(element));
                array.set(gimli::DW_AT_byte_size, Value::Udata(layout.size.bytes()));
                let range = self.entries.add(entry, gimli::DW_TAG_subrange_type);
                let mut range = self.entries.get_mut(range);
                range.set(gimli::DW_AT_type, Value::Entry(index));
                range.set(gimli::DW_AT_lower_bound, Value::Udata(0));
                range.set(gimli::DW_AT_count, Value::Udata(count));
                Some(entry)
            }
            // What a trait object's data pointer points to: a struct of no size, as LLVM has it.
            ty::Dynamic(..) => {
                let entry =
                    self.named_entry(self.entries.root(), gimli::DW_TAG_structure_type, tcx, ty);
                let size = Value::Udata(0);
                self.entries.get_mut(entry).set(gimli::DW_AT_byte_size, size);
                Some(entry)
            }
            ty::FnPtr(..) => self.fn_pointer(tcx, cache, ty),
            ty::Tuple(_) => {
                let entry =
                    self.named_entry(self.entries.root(), gimli::DW_TAG_structure_type, tcx, ty);
                cache.insert(ty, Some(entry));
                let members = self.fields(tcx, cache, &cx, layout, |index| format!("__{index}"));
                self.finish_struct(entry, layout.size, members);
                Some(entry)
            }
            ty::Adt(def, _) if def.is_struct() || def.is_union() => {
                let tag = match def.is_union() {
                    true => gimli::DW_TAG_union_type,
                    false => gimli::DW_TAG_structure_type,
                };
                let parent = self.parent_namespace(tcx, def.did());
                let entry = self.named_entry(parent, tag, tcx, ty);
                cache.insert(ty, Some(entry));
                let variant = def.non_enum_variant();
                let members = self.fields(tcx, cache, &cx, layout, field_names(variant));
                let described = members.is_some();
                let member_entries = self.finish_struct(entry, layout.size, members);
                // As LLVM has them: on structs and their fields, not on unions.
                if !def.is_union() {
                    self.set_access(entry, accessibility(tcx, def.did(), def.did()));
                    for (member, field) in member_entries.into_iter().zip(&variant.fields) {
                        self.set_access(member, accessibility(tcx, field.did, def.did()));
                    }
                }
                if described {
                    let parameters = self.template_parameters(tcx, cache, ty);
                    self.add_template_parameters(entry, &parameters);
                }
                Some(entry)
            }
            ty::Adt(def, _) if def.is_enum() => self.enumeration(tcx, cache, &cx, layout, def),
            ty::Coroutine(def_id, args) => self.coroutine(tcx, cache, &cx, layout, def_id, args),
            // A closure's captures, named as rustc names them (`_ref__name` for a borrowed one).
            ty::Closure(def_id, _) => {
                let parent = self.parent_namespace(tcx, def_id);
                let entry = self.named_entry(parent, gimli::DW_TAG_structure_type, tcx, ty);
                cache.insert(ty, Some(entry));
                let names = tcx.closure_saved_names_of_captured_variables(def_id);
                let members = self.fields(tcx, cache, &cx, layout, |index| {
                    match names.get(FieldIdx::from_usize(index)) {
                        Some(name) => name.to_string(),
                        None => format!("__{index}"),
                    }
                });
                self.finish_struct(entry, layout.size, members);
                Some(entry)
            }
            _ => None,
        };
        cache.insert(ty, entry);
        entry
    }

    /// A pointer to a sized type (or to an extern type): a named `DW_TAG_pointer_type`.
    fn thin_pointer<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        ty: Ty<'tcx>,
        pointee: Ty<'tcx>,
    ) -> EntryId {
        // The pointer's entry exists before its pointee's, which may point back to it.
        let entry = self.named_entry(self.entries.root(), gimli::DW_TAG_pointer_type, tcx, ty);
        cache.insert(ty, Some(entry));
        let pointee = self.type_entry(tcx, cache, pointee);
        let size = tcx.data_layout.pointer_size().bytes();
        let mut pointer = self.entries.get_mut(entry);
        pointer.set(gimli::DW_AT_byte_size, Value::Udata(size));
        // A pointer to something not described has no pointee type: gdb shows its address only.
        if let Some(pointee) = pointee {
            pointer.set(gimli::DW_AT_type, Value::Entry(pointee));
        }
        entry
    }

    /// A pointer with metadata, as LLVM describes it: a struct of the data pointer and the
    /// length (`data_ptr`, `length`) for slices and `str`, of the data pointer and the vtable
    /// (`pointer`, `vtable`) for trait objects. gdb's Rust support shows the first kind as the
    /// slice or string it points to.
    fn wide_pointer<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        cx: &LayoutCx<'tcx>,
        ty: Ty<'tcx>,
        pointee: Ty<'tcx>,
    ) -> Option<EntryId> {
        let tail = tcx.struct_tail_for_codegen(pointee, ty::TypingEnv::fully_monomorphized());
        let (address_name, metadata_name) = match tail.kind() {
            ty::Slice(_) | ty::Str => ("data_ptr", "length"),
            ty::Dynamic(..) => ("pointer", "vtable"),
            _ => return None,
        };
        // A box's fields are those of its `Unique`; the pointer's are the ones wanted.
        let pair = cx.layout_of(Ty::new_mut_ptr(tcx, pointee)).ok()?;
        let entry = self.named_entry(self.entries.root(), gimli::DW_TAG_structure_type, tcx, ty);
        cache.insert(ty, Some(entry));
        let target = match *pointee.kind() {
            ty::Slice(element) => element,
            ty::Str => tcx.types.u8,
            _ => pointee,
        };
        let target = self.type_entry(tcx, cache, target);
        let metadata = pair.field(cx, 1);
        let Some(metadata_type) = self.type_entry(tcx, cache, metadata.ty) else {
            self.finish_struct(entry, pair.size, None);
            return Some(entry);
        };
        let address = self.entries.add(self.entries.root(), gimli::DW_TAG_pointer_type);
        let address_size = pair.field(cx, 0).size.bytes();
        let mut pointer = self.entries.get_mut(address);
        pointer.set(gimli::DW_AT_byte_size, Value::Udata(address_size));
        if let Some(target) = target {
            pointer.set(gimli::DW_AT_type, Value::Entry(target));
        }
        let members = vec![
            (address_name.to_string(), address, pair.fields.offset(0).bytes()),
            (metadata_name.to_string(), metadata_type, pair.fields.offset(1).bytes()),
        ];
        self.finish_struct(entry, pair.size, Some(members));
        Some(entry)
    }

    /// A function pointer: a named pointer to a `DW_TAG_subroutine_type` with the types of the
    /// parameters and of the result (none for `()`).
    fn fn_pointer<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        ty: Ty<'tcx>,
    ) -> Option<EntryId> {
        let signature = tcx.instantiate_bound_regions_with_erased(ty.fn_sig(tcx));
        let output = match signature.output().is_unit() {
            true => None,
            false => Some(self.type_entry(tcx, cache, signature.output())?),
        };
        let mut inputs = Vec::with_capacity(signature.inputs().len());
        for &input in signature.inputs() {
            inputs.push(self.type_entry(tcx, cache, input)?);
        }
        let subroutine = self.entries.add(self.entries.root(), gimli::DW_TAG_subroutine_type);
        if let Some(output) = output {
            let output = Value::Entry(output);
            self.entries.get_mut(subroutine).set(gimli::DW_AT_type, output);
        }
        for input in inputs {
            let parameter = self.entries.add(subroutine, gimli::DW_TAG_formal_parameter);
            let input = Value::Entry(input);
            self.entries.get_mut(parameter).set(gimli::DW_AT_type, input);
        }
        let entry = self.named_entry(self.entries.root(), gimli::DW_TAG_pointer_type, tcx, ty);
        let size = tcx.data_layout.pointer_size().bytes();
        let mut pointer = self.entries.get_mut(entry);
        pointer.set(gimli::DW_AT_byte_size, Value::Udata(size));
        pointer.set(gimli::DW_AT_type, Value::Entry(subroutine));
        Some(entry)
    }

    /// An enum: a `DW_TAG_enumeration_type` if no variant has fields (and there is a tag),
    /// otherwise a struct holding a `DW_TAG_variant_part`, whose discriminant member is the
    /// tag (or the niche) and whose variants each hold a struct of that variant's fields. The
    /// variant a niche does not encode has no discriminant value: it is the one gdb picks
    /// when the niche holds none of the others'.
    fn enumeration<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        cx: &LayoutCx<'tcx>,
        layout: TyAndLayout<'tcx>,
        def: AdtDef<'tcx>,
    ) -> Option<EntryId> {
        let ty = layout.ty;
        let parent = self.parent_namespace(tcx, def.did());
        let tagged = matches!(layout.variants, Variants::Multiple { .. });
        if tagged && wants_c_like_enum_debuginfo(tcx, layout) {
            let tag_type = tag_base_type(tcx, layout);
            let tag_entry = self.type_entry(tcx, cache, tag_type)?;
            let tag_size = cx.layout_of(tag_type).ok()?.size;
            let entry = self.named_entry(parent, gimli::DW_TAG_enumeration_type, tcx, ty);
            let mut enumeration = self.entries.get_mut(entry);
            enumeration.set(gimli::DW_AT_type, Value::Entry(tag_entry));
            enumeration.set(gimli::DW_AT_enum_class, Value::True);
            enumeration.set(gimli::DW_AT_byte_size, Value::Udata(tag_size.bytes()));
            for (index, discriminant) in def.discriminants(tcx) {
                let value = match tag_type.is_signed() {
                    true => Value::Sdata(tag_size.sign_extend(discriminant.val) as i64),
                    false => Value::Udata(discriminant.val as u64),
                };
                let name = self.strings.add(def.variant(index).name.as_str());
                let enumerator = self.entries.add(entry, gimli::DW_TAG_enumerator);
                let mut enumerator = self.entries.get_mut(enumerator);
                enumerator.set(gimli::DW_AT_name, Value::String(name));
                enumerator.set(gimli::DW_AT_const_value, value);
            }
            return Some(entry);
        }

        let entry = self.named_entry(parent, gimli::DW_TAG_structure_type, tcx, ty);
        cache.insert(ty, Some(entry));
        let size = Value::Udata(layout.size.bytes());
        self.entries.get_mut(entry).set(gimli::DW_AT_byte_size, size);
        let tag = match layout.variants {
            Variants::Multiple { tag_field, .. } => {
                let tag_type = tag_base_type(tcx, layout);
                let tag_size = cx.layout_of(tag_type).ok()?.size;
                // Values wider than 64 bits would need block forms; such enums go undescribed.
                if tag_size.bytes() > 8 {
                    return self.declaration(entry);
                }
                let Some(tag_entry) = self.type_entry(tcx, cache, tag_type) else {
                    return self.declaration(entry);
                };
                Some((tag_entry, tag_size, layout.fields.offset(tag_field.as_usize()).bytes()))
            }
            Variants::Single { .. } | Variants::Empty => None,
        };
        let mut variants = Vec::with_capacity(def.variants().len());
        for index in def.variant_range() {
            let variant = def.variant(index);
            let variant_layout = layout.for_variant(cx, index);
            let members = self.fields(tcx, cache, cx, variant_layout, field_names(variant));
            let Some(members) = members else { return self.declaration(entry) };
            let name = variant.name.to_string();
            variants.push(VariantEntry {
                member_name: name.clone(),
                struct_name: name,
                members,
                discriminant: discriminant_value(tcx, layout, index),
            });
        }
        // As LLVM has them: on each variant's struct, not on the enum's.
        let parameters = self.template_parameters(tcx, cache, ty);
        let access = accessibility(tcx, def.did(), def.did());
        self.set_access(entry, access);
        self.variant_part(entry, layout.size, tag, variants, &parameters, Some(access));
        Some(entry)
    }

    /// The `DW_TAG_variant_part` of the enum or coroutine `entry` (of `size` bytes), on the
    /// tag member `tag` (its type, size and offset) if it has one, with a struct per variant
    /// (`parameters` on each, and `access` on it and its fields) and a `DW_TAG_variant` of its
    /// discriminant value holding it.
    fn variant_part(
        &mut self,
        entry: EntryId,
        size: Size,
        tag: Option<(EntryId, Size, u64)>,
        variants: Vec<VariantEntry>,
        parameters: &[(StringId, EntryId)],
        access: Option<gimli::DwAccess>,
    ) {
        let part = self.entries.add(entry, gimli::DW_TAG_variant_part);
        if let Some((tag_entry, _, offset)) = tag {
            let member = self.entries.add(part, gimli::DW_TAG_member);
            let mut tag_member = self.entries.get_mut(member);
            tag_member.set(gimli::DW_AT_type, Value::Entry(tag_entry));
            tag_member.set(gimli::DW_AT_data_member_location, Value::Udata(offset));
            tag_member.set(gimli::DW_AT_artificial, Value::True);
            self.entries.get_mut(part).set(gimli::DW_AT_discr, Value::Entry(member));
        }
        for variant in variants {
            let variant_struct = self.entries.add(entry, gimli::DW_TAG_structure_type);
            let name = Value::String(self.strings.add(variant.struct_name));
            self.entries.get_mut(variant_struct).set(gimli::DW_AT_name, name);
            let members = self.finish_struct(variant_struct, size, Some(variant.members));
            if let Some(access) = access {
                for entry in std::iter::once(variant_struct).chain(members) {
                    self.set_access(entry, access);
                }
            }
            self.add_template_parameters(variant_struct, parameters);

            let variant_entry = self.entries.add(part, gimli::DW_TAG_variant);
            if let (Some(value), Some((_, tag_size, _))) = (variant.discriminant, tag) {
                let value = match tag_size.bytes() {
                    1 => Value::Data1(value as u8),
                    2 => Value::Data2(value as u16),
                    4 => Value::Data4(value as u32),
                    _ => Value::Data8(value as u64),
                };
                self.entries.get_mut(variant_entry).set(gimli::DW_AT_discr_value, value);
            }
            let member = self.entries.add(variant_entry, gimli::DW_TAG_member);
            let name = Value::String(self.strings.add(variant.member_name));
            let mut member = self.entries.get_mut(member);
            member.set(gimli::DW_AT_name, name);
            member.set(gimli::DW_AT_type, Value::Entry(variant_struct));
            member.set(gimli::DW_AT_data_member_location, Value::Udata(0));
        }
    }

    /// A coroutine (the state of an `async` block or function, or of a `gen` block), as LLVM
    /// describes it: a struct with a variant per state (`Unresumed`, `Returned`, `Panicked`,
    /// `Suspend0`, ...; the variant members named by the state's number), each with the locals
    /// saved across that suspension point and then the captured variables, which all states
    /// share.
    fn coroutine<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        cx: &LayoutCx<'tcx>,
        layout: TyAndLayout<'tcx>,
        def_id: DefId,
        args: ty::GenericArgsRef<'tcx>,
    ) -> Option<EntryId> {
        let ty = layout.ty;
        let parent = self.parent_namespace(tcx, def_id);
        let entry = self.named_entry(parent, gimli::DW_TAG_structure_type, tcx, ty);
        cache.insert(ty, Some(entry));
        let size = Value::Udata(layout.size.bytes());
        self.entries.get_mut(entry).set(gimli::DW_AT_byte_size, size);
        let (Variants::Multiple { tag_field, variants, .. }, Some(coroutine_layout)) =
            (&layout.variants, tcx.coroutine_layout(def_id, args).ok())
        else {
            return self.declaration(entry);
        };
        let tag_type = tag_base_type(tcx, layout);
        let tag_size = cx.layout_of(tag_type).ok()?.size;
        let Some(tag_entry) = self.type_entry(tcx, cache, tag_type) else {
            return self.declaration(entry);
        };
        let tag = Some((tag_entry, tag_size, layout.fields.offset(tag_field.as_usize()).bytes()));

        let upvar_names = tcx.closure_saved_names_of_captured_variables(def_id);
        let upvar_count = args.as_coroutine().upvar_tys().len();
        let mut upvars = Vec::with_capacity(upvar_count);
        for (index, name) in upvar_names.iter().enumerate().take(upvar_count) {
            let Some(upvar_type) = self.type_entry(tcx, cache, layout.field(cx, index).ty) else {
                return self.declaration(entry);
            };
            upvars.push((name.to_string(), upvar_type, layout.fields.offset(index).bytes()));
        }
        let mut variant_entries = Vec::with_capacity(variants.len());
        for index in variants.indices() {
            let saved_locals = &coroutine_layout.variant_fields[index];
            let names = |field: usize| {
                let saved_local = saved_locals[FieldIdx::from_usize(field)];
                match coroutine_layout.field_tys[saved_local].debuginfo_name {
                    Some(name) => name.to_string(),
                    None => format!("__{field}"),
                }
            };
            let variant_layout = layout.for_variant(cx, index);
            let Some(mut members) = self.fields(tcx, cache, cx, variant_layout, names) else {
                return self.declaration(entry);
            };
            members.extend(upvars.iter().cloned());
            variant_entries.push(VariantEntry {
                member_name: index.as_usize().to_string(),
                struct_name: ty::CoroutineArgs::variant_name(index).into_owned(),
                members,
                discriminant: discriminant_value(tcx, layout, index),
            });
        }
        self.variant_part(entry, layout.size, tag, variant_entries, &[], None);
        Some(entry)
    }

    /// The type arguments of `ty`, if it is an ADT, each with the name of its parameter, for
    /// `DW_TAG_template_type_parameter` entries, as LLVM writes them: rust-gdb's printers
    /// find a `Vec`'s element type and a `HashMap`'s entries through them. Arguments of types
    /// not described are left out.
    fn template_parameters<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        ty: Ty<'tcx>,
    ) -> Vec<(StringId, EntryId)> {
        let ty::Adt(def, args) = *ty.kind() else { return Vec::new() };
        let generics = tcx.generics_of(def.did());
        let mut parameters = Vec::new();
        for (parameter, argument) in generics.own_params.iter().zip(args.iter()) {
            let Some(argument) = argument.as_type() else { continue };
            let Some(argument) = self.type_entry(tcx, cache, argument) else { continue };
            parameters.push((self.strings.add(parameter.name.as_str()), argument));
        }
        parameters
    }

    fn add_template_parameters(&mut self, entry: EntryId, parameters: &[(StringId, EntryId)]) {
        for &(name, argument) in parameters {
            let parameter = self.entries.add(entry, gimli::DW_TAG_template_type_parameter);
            let mut parameter = self.entries.get_mut(parameter);
            parameter.set(gimli::DW_AT_type, Value::Entry(argument));
            parameter.set(gimli::DW_AT_name, Value::String(name));
        }
    }

    /// The vtable of `ty` for the trait object type with `principal`, at the data object
    /// `data`, as LLVM describes it: a variable whose type (a struct of the vtable's entries)
    /// names `ty` as its containing type. gdb finds the concrete type behind a trait object
    /// this way, to show `*dynamic`.
    pub(crate) fn vtable_variable<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        ty: Ty<'tcx>,
        principal: Option<ty::ExistentialTraitRef<'tcx>>,
        data: DataId,
    ) {
        let entries = match principal {
            Some(principal) => {
                let trait_ref = principal.with_self_ty(tcx, ty);
                tcx.vtable_entries(tcx.erase_and_anonymize_regions(trait_ref))
            }
            None => TyCtxt::COMMON_VTABLE_ENTRIES,
        };
        let untyped_pointer = Ty::new_imm_ptr(tcx, tcx.types.unit);
        let (Some(concrete), Some(pointer), Some(usize)) = (
            self.type_entry(tcx, cache, ty),
            self.type_entry(tcx, cache, untyped_pointer),
            self.type_entry(tcx, cache, tcx.types.usize),
        ) else {
            return;
        };
        let pointer_size = tcx.data_layout.pointer_size().bytes();
        let type_name = compute_debuginfo_vtable_name(tcx, ty, principal, VTableNameKind::Type);
        let vtable_type = self.entries.add(self.entries.root(), gimli::DW_TAG_structure_type);
        let name = self.strings.add(type_name);
        let size = entries.len() as u64 * pointer_size;
        let mut entry = self.entries.get_mut(vtable_type);
        entry.set(gimli::DW_AT_containing_type, Value::Entry(concrete));
        entry.set(gimli::DW_AT_name, Value::String(name));
        entry.set(gimli::DW_AT_byte_size, Value::Udata(size));
        let mut members = Vec::with_capacity(entries.len());
        for (index, vtable_entry) in entries.iter().enumerate() {
            let (name, member_type) = match vtable_entry {
                ty::VtblEntry::MetadataDropInPlace => ("drop_in_place".to_string(), pointer),
                ty::VtblEntry::MetadataSize => ("size".to_string(), usize),
                ty::VtblEntry::MetadataAlign => ("align".to_string(), usize),
                ty::VtblEntry::Method(_) => (format!("__method{index}"), pointer),
                ty::VtblEntry::TraitVPtr(_) => (format!("__super_trait_ptr{index}"), pointer),
                ty::VtblEntry::Vacant => continue,
            };
            members.push((name, member_type, index as u64 * pointer_size));
        }
        self.finish_struct(vtable_type, Size::from_bytes(size), Some(members));

        let variable_name =
            compute_debuginfo_vtable_name(tcx, ty, principal, VTableNameKind::GlobalVariable);
        let name = self.strings.add(variable_name);
        let location = Value::AddressOf(Address::Symbol { symbol: data_symbol(data), addend: 0 });
        let variable = self.entries.add(self.entries.root(), gimli::DW_TAG_variable);
        let mut variable = self.entries.get_mut(variable);
        variable.set(gimli::DW_AT_name, Value::String(name));
        variable.set(gimli::DW_AT_type, Value::Entry(vtable_type));
        variable.set(gimli::DW_AT_location, location);
    }

    /// The namespace entry an item's type is written in: that of the item's parent.
    pub(super) fn parent_namespace(&mut self, tcx: TyCtxt<'_>, def_id: DefId) -> EntryId {
        match tcx.opt_parent(def_id) {
            Some(parent) => self.namespace_of(tcx, parent),
            None => self.entries.root(),
        }
    }

    fn base_type<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        ty: Ty<'tcx>,
        layout: TyAndLayout<'tcx>,
        encoding: gimli::DwAte,
    ) -> EntryId {
        let entry = self.named_entry(self.entries.root(), gimli::DW_TAG_base_type, tcx, ty);
        let mut base = self.entries.get_mut(entry);
        base.set(gimli::DW_AT_encoding, Value::Data1(encoding.0));
        base.set(gimli::DW_AT_byte_size, Value::Udata(layout.size.bytes()));
        entry
    }

    /// A new entry under `parent` named as LLVM names `ty` there (qualified outside
    /// namespaces, by its last path component inside its own).
    fn named_entry<'tcx>(
        &mut self,
        parent: EntryId,
        tag: gimli::DwTag,
        tcx: TyCtxt<'tcx>,
        ty: Ty<'tcx>,
    ) -> EntryId {
        let qualified = parent == self.entries.root();
        let name = self.strings.add(compute_debuginfo_type_name(tcx, ty, qualified));
        let entry = self.entries.add(parent, tag);
        self.entries.get_mut(entry).set(gimli::DW_AT_name, Value::String(name));
        entry
    }

    /// The fields of `layout` (a struct, tuple, union, closure or enum variant) as members,
    /// or `None` if the type of one is not described.
    fn fields<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        cx: &LayoutCx<'tcx>,
        layout: TyAndLayout<'tcx>,
        name_of: impl Fn(usize) -> String,
    ) -> Option<Vec<Member>> {
        let count = layout.fields.count();
        let mut members = Vec::with_capacity(count);
        for index in 0..count {
            let field = layout.field(cx, index);
            let field_type = self.type_entry(tcx, cache, field.ty)?;
            members.push((name_of(index), field_type, layout.fields.offset(index).bytes()));
        }
        Some(members)
    }

    /// Gives the struct-like `entry` its size and `members`. Without members (a field's type
    /// is not described), the entry becomes a declaration: gdb then says the type is
    /// incomplete instead of showing a part of the value.
    fn finish_struct(
        &mut self,
        entry: EntryId,
        size: Size,
        members: Option<Vec<Member>>,
    ) -> Vec<EntryId> {
        let size = Value::Udata(size.bytes());
        self.entries.get_mut(entry).set(gimli::DW_AT_byte_size, size);
        let Some(members) = members else {
            self.declaration(entry);
            return Vec::new();
        };
        let mut entries = Vec::with_capacity(members.len());
        for (name, field_type, offset) in members {
            let name = self.strings.add(name);
            let member = self.entries.add(entry, gimli::DW_TAG_member);
            entries.push(member);
            let mut member = self.entries.get_mut(member);
            member.set(gimli::DW_AT_name, Value::String(name));
            member.set(gimli::DW_AT_type, Value::Entry(field_type));
            member.set(gimli::DW_AT_data_member_location, Value::Udata(offset));
        }
        entries
    }

    /// Gives `entry` the accessibility `access` (`DW_AT_accessibility`).
    fn set_access(&mut self, entry: EntryId, access: gimli::DwAccess) {
        self.entries.get_mut(entry).set(gimli::DW_AT_accessibility, Value::Data1(access.0));
    }

    /// Marks `entry` as a declaration of a type whose contents are not described.
    fn declaration(&mut self, entry: EntryId) -> Option<EntryId> {
        let declaration = Value::True;
        self.entries.get_mut(entry).set(gimli::DW_AT_declaration, declaration);
        Some(entry)
    }

    /// The index type of arrays' subranges, named as LLVM names it.
    fn array_index_type(&mut self) -> EntryId {
        if let Some(entry) = self.array_index_type {
            return entry;
        }
        let name = self.strings.add("__ARRAY_SIZE_TYPE__");
        let entry = self.entries.add(self.entries.root(), gimli::DW_TAG_base_type);
        let mut base = self.entries.get_mut(entry);
        base.set(gimli::DW_AT_name, Value::String(name));
        base.set(gimli::DW_AT_byte_size, Value::Udata(8));
        base.set(gimli::DW_AT_encoding, Value::Data1(gimli::DW_ATE_unsigned.0));
        self.array_index_type = Some(entry);
        entry
    }
}

/// How the fields of `variant` are named: by their names, or as tuple fields (`__0`, ...).
fn field_names(variant: &ty::VariantDef) -> impl Fn(usize) -> String {
    move |index| match variant.ctor_kind() {
        Some(CtorKind::Fn) => format!("__{index}"),
        _ => variant.fields[FieldIdx::from_usize(index)].name.to_string(),
    }
}

/// The accessibility LLVM gives the item `item` (a struct, enum or field) of the type
/// `type_def`: public, private (visible in the type's module only) or protected (any other
/// restricted visibility, `pub(crate)`).
fn accessibility(tcx: TyCtxt<'_>, item: DefId, type_def: DefId) -> gimli::DwAccess {
    match tcx.visibility(item) {
        ty::Visibility::Public => gimli::DW_ACCESS_public,
        ty::Visibility::Restricted(module) if module.to_def_id() == tcx.parent(type_def) => {
            gimli::DW_ACCESS_private
        }
        ty::Visibility::Restricted(_) => gimli::DW_ACCESS_protected,
    }
}

/// The value of the discriminant member that selects `variant`, as LLVM computes it (`None`
/// for the variant a niche does not encode, and for enums without a tag).
fn discriminant_value<'tcx>(
    tcx: TyCtxt<'tcx>,
    layout: TyAndLayout<'tcx>,
    variant: VariantIdx,
) -> Option<u128> {
    match &layout.variants {
        Variants::Multiple { tag_encoding: TagEncoding::Direct, tag, .. } => {
            let value = layout.ty.discriminant_for_variant(tcx, variant)?.val;
            Some(tag.size(&tcx).truncate(value))
        }
        Variants::Multiple {
            tag_encoding: TagEncoding::Niche { untagged_variant, niche_variants, niche_start },
            tag,
            ..
        } => {
            if variant == *untagged_variant {
                return None;
            }
            let relative = u128::from(variant.as_u32())
                .wrapping_sub(u128::from(niche_variants.start.as_u32()));
            Some(tag.size(&tcx).truncate(relative.wrapping_add(*niche_start)))
        }
        Variants::Single { .. } | Variants::Empty => None,
    }
}
