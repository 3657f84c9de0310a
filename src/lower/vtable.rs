//! Vtables: where a trait object's vtable comes from (rustc's vtable allocation for a type
//! and trait) and how its entries are read (drop glue, size, alignment, methods, supertrait
//! vtables), by the slot indices rustc lays them out with.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Value};
use rustc_middle::ty::vtable::{
    COMMON_VTABLE_ENTRIES_ALIGN, COMMON_VTABLE_ENTRIES_DROPINPLACE, COMMON_VTABLE_ENTRIES_SIZE,
};
use rustc_middle::ty::{self, Ty};

use super::FunctionCx;

/// Vtables are immutable and always valid while code that uses them runs.
fn vtable_flags() -> MemFlagsData {
    let mut flags = MemFlagsData::trusted();
    flags.set_readonly();
    flags
}

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    /// The address of the vtable of `ty` for the trait object type with `principal`.
    pub(crate) fn vtable_addr(
        &mut self,
        ty: Ty<'tcx>,
        principal: Option<ty::ExistentialTraitRef<'tcx>>,
    ) -> Value {
        let data = self.cx.vtable_data(ty, principal);
        self.data_addr(data)
    }

    /// The pointer in slot `index` of `vtable`: a method, or a supertrait's vtable.
    pub(crate) fn vtable_entry(&mut self, vtable: Value, index: usize) -> Value {
        let offset = (index as u64 * u64::from(self.pointer_type.bytes())) as i32;
        self.bcx.ins().load(self.pointer_type, vtable_flags(), vtable, offset)
    }

    /// The drop glue in a vtable; null for types without drop glue.
    pub(crate) fn vtable_drop_in_place(&mut self, vtable: Value) -> Value {
        self.vtable_entry(vtable, COMMON_VTABLE_ENTRIES_DROPINPLACE)
    }

    pub(crate) fn vtable_size(&mut self, vtable: Value) -> Value {
        self.vtable_entry(vtable, COMMON_VTABLE_ENTRIES_SIZE)
    }

    pub(crate) fn vtable_align(&mut self, vtable: Value) -> Value {
        self.vtable_entry(vtable, COMMON_VTABLE_ENTRIES_ALIGN)
    }
}
