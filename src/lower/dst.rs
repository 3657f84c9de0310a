//! Dynamically sized values: their size and alignment from pointer metadata, and the offset
//! of an unsized field, which depends on the alignment of the value behind the pointer.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Value};
use rustc_abi::Size;
use rustc_attr_ir::lang_items::LangItem;
use rustc_middle::mir;
use rustc_middle::ty::layout::TyAndLayout;
use rustc_middle::ty::{self};

use super::FunctionCx;

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    /// Size and alignment of a value of `layout`; `meta` is the pointer metadata when unsized.
    pub(crate) fn size_and_align_of(
        &mut self,
        layout: TyAndLayout<'tcx>,
        meta: Option<Value>,
    ) -> (Value, Value) {
        let pointer_type = self.pointer_type;
        let static_align = self.bcx.ins().iconst(pointer_type, layout.align.abi.bytes() as i64);
        let static_size = self.bcx.ins().iconst(pointer_type, layout.size.bytes() as i64);
        if layout.is_sized() {
            return (static_size, static_align);
        }
        match (layout.ty.kind(), meta) {
            (ty::Foreign(_), _) => {
                // As LLVM's build does: the size of an extern type is a run-time panic.
                let message = rustc_middle::ty::print::with_no_visible_paths!(
                    rustc_middle::ty::print::with_no_trimmed_paths!(format!(
                        "attempted to compute the size or alignment of extern type `{}`",
                        layout.ty
                    ))
                );
                let message = self.const_str(&message);
                let source_info = mir::SourceInfo::outermost(self.span);
                self.call_panic_lang_item(source_info, LangItem::PanicNounwind, &[message], None);
                let dead = self.bcx.create_block();
                self.bcx.switch_to_block(dead);
                (static_size, static_align)
            }
            (ty::Dynamic(..), Some(meta)) => (self.vtable_size(meta), self.vtable_align(meta)),
            (ty::Slice(_) | ty::Str, Some(meta)) => {
                let elem = layout.field(self, 0);
                let size = self.bcx.ins().imul_imm_s(meta, elem.size.bytes() as i64);
                (size, static_align)
            }
            (ty::Dynamic(..) | ty::Slice(_) | ty::Str, None) => {
                unreachable!("pointer to `{}` without metadata", layout.ty)
            }
            _ => {
                // A struct with an unsized tail: the sized prefix, then the tail at its aligned
                // offset, all rounded up to the larger alignment.
                let tail_index = layout.fields.count() - 1;
                let tail = layout.field(self, tail_index);
                let (tail_size, tail_align) = self.size_and_align_of(tail, meta);
                let tail_align = self.packed_align(layout, tail_align);
                let tail_offset = self.unsized_field_offset(layout, tail_index, tail_align);
                let is_larger =
                    self.bcx.ins().icmp(IntCC::UnsignedGreaterThan, tail_align, static_align);
                let align = self.bcx.ins().select(is_larger, tail_align, static_align);
                let end = self.bcx.ins().iadd(tail_offset, tail_size);
                (round_up(self, end, align), align)
            }
        }
    }

    /// The offset of unsized field `index` of `layout` whose own alignment is `field_align`.
    pub(crate) fn unsized_field_offset(
        &mut self,
        layout: TyAndLayout<'tcx>,
        index: usize,
        field_align: Value,
    ) -> Value {
        let offset: Size = layout.fields.offset(index);
        let offset = self.bcx.ins().iconst(self.pointer_type, offset.bytes() as i64);
        let align = self.packed_align(layout, field_align);
        round_up(self, offset, align)
    }

    /// A field's alignment within `layout`: a packed struct caps the alignment of its fields.
    fn packed_align(&mut self, layout: TyAndLayout<'tcx>, field_align: Value) -> Value {
        match layout.ty.kind() {
            ty::Adt(def, _) if let Some(pack) = def.repr().pack => {
                let pack = self.bcx.ins().iconst(self.pointer_type, pack.bytes() as i64);
                self.bcx.ins().umin(field_align, pack)
            }
            _ => field_align,
        }
    }
}

/// `value` rounded up to a multiple of `align` (a power of two).
fn round_up(fx: &mut FunctionCx<'_, '_, '_>, value: Value, align: Value) -> Value {
    let mask = fx.bcx.ins().iadd_imm_s(align, -1);
    let bumped = fx.bcx.ins().iadd(value, mask);
    let negated = fx.bcx.ins().ineg(align);
    fx.bcx.ins().band(bumped, negated)
}
