//! Values and places: how a MIR operand or place lives while a function is lowered.
//!
//! A `CValue` is something that can be read (in registers or behind a pointer); a `CPlace` is
//! something that can be written (a Cranelift variable, a pair of variables, or memory).
//! Both carry rustc's layout, which decides every load, store and copy.

use cranelift_codegen::ir::{InstBuilder, MemFlagsData, Opcode, StackSlot, Type, Value, types};
use cranelift_frontend::Variable;
use rustc_abi::{Align, BackendRepr, Endian, FieldIdx, Primitive, Scalar, Size, VariantIdx};
use rustc_middle::ty;
use rustc_middle::ty::layout::TyAndLayout;

use super::FunctionCx;

/// Where a pointer points: keeping stack slots symbolic lets their loads and stores share one
/// `stack_addr` per slot (see `FunctionCx::stack_slot_base`), and zero-sized accesses need no
/// address at all.
#[derive(Copy, Clone, Debug)]
pub(crate) enum PointerBase {
    Addr(Value),
    Stack(StackSlot),
    Dangling(Align),
}

#[derive(Copy, Clone, Debug)]
pub(crate) struct Pointer {
    base: PointerBase,
    offset: i32,
}

impl Pointer {
    pub(crate) fn new(addr: Value) -> Self {
        Pointer { base: PointerBase::Addr(addr), offset: 0 }
    }

    pub(crate) fn stack_slot(slot: StackSlot) -> Self {
        Pointer { base: PointerBase::Stack(slot), offset: 0 }
    }

    pub(crate) fn dangling(align: Align) -> Self {
        Pointer { base: PointerBase::Dangling(align), offset: 0 }
    }

    pub(crate) fn addr(self, fx: &mut FunctionCx<'_, '_, '_>) -> Value {
        let ptr_ty = fx.pointer_type;
        match self.base {
            PointerBase::Addr(base) => {
                if self.offset == 0 {
                    base
                } else {
                    fx.bcx.ins().iadd_imm_s(base, i64::from(self.offset))
                }
            }
            PointerBase::Stack(slot) => fx.bcx.ins().stack_addr(ptr_ty, slot, self.offset),
            PointerBase::Dangling(align) => {
                fx.bcx.ins().iconst(ptr_ty, align.bytes() as i64 + i64::from(self.offset))
            }
        }
    }

    pub(crate) fn offset(self, fx: &mut FunctionCx<'_, '_, '_>, by: Size) -> Self {
        self.offset_i64(fx, by.bytes() as i64)
    }

    pub(crate) fn offset_i64(self, fx: &mut FunctionCx<'_, '_, '_>, by: i64) -> Self {
        match i64::from(self.offset).checked_add(by).and_then(|offset| i32::try_from(offset).ok()) {
            Some(offset) => Pointer { base: self.base, offset },
            None => {
                let base = self.addr(fx);
                Pointer::new(fx.bcx.ins().iadd_imm_s(base, by))
            }
        }
    }

    pub(crate) fn offset_value(self, fx: &mut FunctionCx<'_, '_, '_>, by: Value) -> Self {
        let base = self.addr(fx);
        Pointer::new(fx.bcx.ins().iadd(base, by))
    }

    pub(crate) fn load(
        self,
        fx: &mut FunctionCx<'_, '_, '_>,
        ty: Type,
        flags: MemFlagsData,
    ) -> Value {
        let (base, flags, offset) = match self.base {
            PointerBase::Addr(base) => (base, flags, self.offset),
            PointerBase::Stack(slot) => {
                // x86-64 merges a load into the instruction using its value, and a merged load
                // takes its address from a register, which the slot's shared base would keep
                // busy for the whole function: there each load has its own `stack_addr`.
                let base = if fx.cx.merges_loads {
                    fx.bcx.ins().stack_addr(fx.pointer_type, slot, 0)
                } else {
                    fx.stack_slot_base(slot)
                };
                (base, stack_flags(flags), self.offset)
            }
            PointerBase::Dangling(_) => (self.addr(fx), flags, 0),
        };
        let flags = fx.mem_flags(flags);
        let (load, dfg) = fx.bcx.ins().Load(Opcode::Load, ty, flags, offset.into(), base);
        dfg.first_result(load)
    }

    pub(crate) fn store(self, fx: &mut FunctionCx<'_, '_, '_>, value: Value, flags: MemFlagsData) {
        let (base, flags, offset) = match self.base {
            PointerBase::Addr(base) => (base, flags, self.offset),
            PointerBase::Stack(slot) => (fx.stack_slot_base(slot), stack_flags(flags), self.offset),
            PointerBase::Dangling(_) => (self.addr(fx), flags, 0),
        };
        let flags = fx.mem_flags(flags);
        let ty = fx.bcx.func.dfg.value_type(value);
        fx.bcx.ins().Store(Opcode::Store, ty, flags, offset.into(), value, base);
    }
}

/// Accesses of stack slots cannot trap.
fn stack_flags(mut flags: MemFlagsData) -> MemFlagsData {
    flags.set_notrap();
    flags
}

/// The Cranelift type of a scalar.
pub(crate) fn scalar_type(pointer_type: Type, scalar: Scalar) -> Type {
    match scalar.primitive() {
        Primitive::Int(int, _) => match int.size().bytes() {
            1 => types::I8,
            2 => types::I16,
            4 => types::I32,
            8 => types::I64,
            _ => types::I128,
        },
        Primitive::Float(float) => match float.size().bytes() {
            2 => types::F16,
            4 => types::F32,
            8 => types::F64,
            _ => types::F128,
        },
        Primitive::Pointer(_) => pointer_type,
    }
}

/// The Cranelift type holding a SIMD vector of `size` bytes as a whole (lanes are not
/// interpreted: values only move between memory and calls).
pub(crate) fn vector_type(size: Size) -> Type {
    // rustc caps SIMD types at 2^15 lanes of at most 16 bytes.
    let bytes = u32::try_from(size.bytes()).expect("SIMD vectors are smaller than 4 GiB");
    types::I8.by(bytes).unwrap_or(types::I8X16)
}

/// Converts `value` to `ty` where both have the same size (int ↔ float bit casts, vectors of
/// one lane type to another).
pub(crate) fn bitcast_to(fx: &mut FunctionCx<'_, '_, '_>, value: Value, ty: Type) -> Value {
    let from = fx.bcx.func.dfg.value_type(value);
    if from == ty {
        value
    } else if from.is_vector() && ty.is_vector() && from.bits() == ty.bits() {
        fx.bcx.ins().bitcast(ty, vector_lane_order(), value)
    } else if from.is_vector() != ty.is_vector() && from.bits() == ty.bits() {
        // Between a vector and a scalar (`u128` and `__m128i`): through memory, the one
        // representation both share.
        let slot = fx.create_stack_slot(u64::from(ty.bytes()), u64::from(ty.bytes()));
        fx.bcx.ins().stack_store(fx.pointer_type, value, slot, 0);
        fx.bcx.ins().stack_load(fx.pointer_type, ty, slot, 0)
    } else if from.bits() == ty.bits() {
        fx.bcx.ins().bitcast(ty, MemFlagsData::new(), value)
    } else if from.is_int() && ty.is_int() {
        // Transmutes between layouts whose scalars differ in width cannot be valid Rust, but
        // enum variants sharing a variable may describe the same bits with a narrower type.
        if from.bits() > ty.bits() {
            fx.bcx.ins().ireduce(ty, value)
        } else {
            fx.bcx.ins().uextend(ty, value)
        }
    } else {
        unreachable!("bit cast between {from} and {ty}")
    }
}

/// Bit casts between vector types keep the lanes in their memory order.
pub(crate) fn vector_lane_order() -> MemFlagsData {
    let mut flags = MemFlagsData::new();
    flags.set_endianness(cranelift_codegen::ir::Endianness::Little);
    flags
}

/// The Cranelift variable type of a SIMD value kept in registers, if this layout is one: a
/// whole 128-bit vector on a little-endian target.
pub(crate) fn simd_register_type(layout: TyAndLayout<'_>, endian: Endian) -> Option<Type> {
    match layout.backend_repr {
        BackendRepr::SimdVector { .. } if layout.size.bytes() == 16 && endian == Endian::Little => {
            Some(types::I8X16)
        }
        _ => None,
    }
}

#[derive(Copy, Clone, Debug)]
enum ValueRepr {
    ByRef(Pointer, Option<Value>),
    ByVal(Value),
    ByValPair(Value, Value),
}

/// A readable value with its layout.
#[derive(Copy, Clone, Debug)]
pub(crate) struct CValue<'tcx> {
    repr: ValueRepr,
    pub(crate) layout: TyAndLayout<'tcx>,
}

impl<'tcx> CValue<'tcx> {
    pub(crate) fn by_ref(ptr: Pointer, layout: TyAndLayout<'tcx>) -> Self {
        CValue { repr: ValueRepr::ByRef(ptr, None), layout }
    }

    pub(crate) fn by_ref_unsized(ptr: Pointer, meta: Value, layout: TyAndLayout<'tcx>) -> Self {
        CValue { repr: ValueRepr::ByRef(ptr, Some(meta)), layout }
    }

    pub(crate) fn by_val(value: Value, layout: TyAndLayout<'tcx>) -> Self {
        CValue { repr: ValueRepr::ByVal(value), layout }
    }

    pub(crate) fn by_val_pair(a: Value, b: Value, layout: TyAndLayout<'tcx>) -> Self {
        CValue { repr: ValueRepr::ByValPair(a, b), layout }
    }

    pub(crate) fn zst(layout: TyAndLayout<'tcx>) -> Self {
        debug_assert!(layout.is_zst());
        CValue::by_ref(Pointer::dangling(layout.align.abi), layout)
    }

    pub(crate) fn const_int(
        fx: &mut FunctionCx<'_, '_, 'tcx>,
        layout: TyAndLayout<'tcx>,
        bits: u128,
    ) -> Self {
        let BackendRepr::Scalar(scalar) = layout.backend_repr else {
            unreachable!("integer constant of non-scalar type {}", layout.ty)
        };
        let ty = scalar_type(fx.pointer_type, scalar);
        CValue::by_val(fx.iconst(ty, bits), layout)
    }

    pub(crate) fn with_layout(self, layout: TyAndLayout<'tcx>) -> Self {
        CValue { repr: self.repr, layout }
    }

    /// The value as one Cranelift vector, if it is held in a register as one.
    pub(crate) fn try_to_register_vector(self, fx: &FunctionCx<'_, '_, 'tcx>) -> Option<Value> {
        match self.repr {
            ValueRepr::ByVal(value) if fx.bcx.func.dfg.value_type(value).is_vector() => Some(value),
            _ => None,
        }
    }

    /// The value's memory, if it lives in memory.
    pub(crate) fn try_to_ptr(self) -> Option<(Pointer, Option<Value>)> {
        match self.repr {
            ValueRepr::ByRef(ptr, meta) => Some((ptr, meta)),
            _ => None,
        }
    }

    /// The address of the value's memory, copying it to a new stack slot if it is in registers.
    pub(crate) fn spill_to_memory(self, fx: &mut FunctionCx<'_, '_, 'tcx>) -> Pointer {
        match self.repr {
            ValueRepr::ByRef(ptr, None) => ptr,
            _ => {
                let place = CPlace::new_stack_slot(fx, self.layout);
                place.write_cvalue(fx, self);
                place.to_ptr()
            }
        }
    }

    pub(crate) fn load_scalar(self, fx: &mut FunctionCx<'_, '_, 'tcx>) -> Value {
        match self.repr {
            ValueRepr::ByVal(value) => value,
            ValueRepr::ByRef(ptr, None) => {
                let ty = match self.layout.backend_repr {
                    BackendRepr::Scalar(scalar) => scalar_type(fx.pointer_type, scalar),
                    BackendRepr::SimdVector { .. } => vector_type(self.layout.size),
                    _ => unreachable!("load_scalar of {:?}", self.layout),
                };
                ptr.load(fx, ty, MemFlagsData::new())
            }
            ValueRepr::ByRef(_, Some(_)) | ValueRepr::ByValPair(..) => {
                unreachable!("load_scalar of {:?}", self.layout)
            }
        }
    }

    pub(crate) fn load_scalar_pair(self, fx: &mut FunctionCx<'_, '_, 'tcx>) -> (Value, Value) {
        match self.repr {
            ValueRepr::ByValPair(a, b) => (a, b),
            ValueRepr::ByRef(ptr, None) => {
                let BackendRepr::ScalarPair { a, b, b_offset } = self.layout.backend_repr else {
                    unreachable!("load_scalar_pair of {:?}", self.layout)
                };
                let a_ty = scalar_type(fx.pointer_type, a);
                let b_ty = scalar_type(fx.pointer_type, b);
                let a_val = ptr.load(fx, a_ty, MemFlagsData::new());
                let b_val = ptr.offset(fx, b_offset).load(fx, b_ty, MemFlagsData::new());
                (a_val, b_val)
            }
            ValueRepr::ByRef(_, Some(_)) | ValueRepr::ByVal(_) => {
                unreachable!("load_scalar_pair of {:?}", self.layout)
            }
        }
    }

    pub(crate) fn value_field(self, fx: &mut FunctionCx<'_, '_, 'tcx>, field: FieldIdx) -> Self {
        let field_layout = fx.layout_field(self.layout, field);
        let offset = self.layout.fields.offset(field.as_usize());
        match self.repr {
            ValueRepr::ByRef(ptr, None) => CValue::by_ref(ptr.offset(fx, offset), field_layout),
            ValueRepr::ByRef(_, Some(_)) => unreachable!("value_field of unsized value"),
            _ if field_layout.is_zst() => CValue::zst(field_layout),
            ValueRepr::ByVal(value) if fx.bcx.func.dfg.value_type(value).is_vector() => {
                // A vector in a register: its fields (the lane array) are read from memory.
                let ptr = self.spill_to_memory(fx);
                CValue::by_ref(ptr.offset(fx, offset), field_layout)
            }
            ValueRepr::ByVal(value) => {
                // A field of a scalar-sized value is the value itself (newtypes, enum payloads).
                CValue::by_val(value, field_layout).transmute_var(fx)
            }
            ValueRepr::ByValPair(a, b) => match field_layout.backend_repr {
                BackendRepr::ScalarPair { .. } => CValue::by_val_pair(a, b, field_layout),
                _ => {
                    let value = if offset == Size::ZERO { a } else { b };
                    CValue::by_val(value, field_layout).transmute_var(fx)
                }
            },
        }
    }

    /// Reinterprets the bits of this value as `layout` (same size).
    pub(crate) fn transmute(
        self,
        fx: &mut FunctionCx<'_, '_, 'tcx>,
        layout: TyAndLayout<'tcx>,
    ) -> Self {
        if self.layout.ty == layout.ty {
            return self;
        }
        match (self.repr, layout.backend_repr) {
            (ValueRepr::ByVal(value), BackendRepr::Scalar(scalar)) => {
                let ty = scalar_type(fx.pointer_type, scalar);
                CValue::by_val(bitcast_to(fx, value, ty), layout)
            }
            (ValueRepr::ByVal(value), BackendRepr::SimdVector { .. })
                if fx.bcx.func.dfg.value_type(value).bits() as u64 == layout.size.bits() =>
            {
                CValue::by_val(bitcast_to(fx, value, vector_type(layout.size)), layout)
            }
            (ValueRepr::ByRef(ptr, None), _) => CValue::by_ref(ptr, layout),
            _ => {
                let place = CPlace::new_stack_slot(fx, layout);
                place.with_layout(self.layout).write_cvalue(fx, self);
                place.to_cvalue(fx)
            }
        }
    }
}

#[derive(Copy, Clone, Debug)]
enum PlaceRepr {
    Var(Variable),
    VarPair(Variable, Variable),
    Addr(Pointer, Option<Value>),
}

/// A writable location with its layout.
#[derive(Copy, Clone, Debug)]
pub(crate) struct CPlace<'tcx> {
    repr: PlaceRepr,
    pub(crate) layout: TyAndLayout<'tcx>,
}

impl<'tcx> CPlace<'tcx> {
    pub(crate) fn for_ptr(ptr: Pointer, layout: TyAndLayout<'tcx>) -> Self {
        CPlace { repr: PlaceRepr::Addr(ptr, None), layout }
    }

    pub(crate) fn for_ptr_with_meta(ptr: Pointer, meta: Value, layout: TyAndLayout<'tcx>) -> Self {
        CPlace { repr: PlaceRepr::Addr(ptr, Some(meta)), layout }
    }

    pub(crate) fn var(var: Variable, layout: TyAndLayout<'tcx>) -> Self {
        CPlace { repr: PlaceRepr::Var(var), layout }
    }

    pub(crate) fn var_pair(a: Variable, b: Variable, layout: TyAndLayout<'tcx>) -> Self {
        CPlace { repr: PlaceRepr::VarPair(a, b), layout }
    }

    pub(crate) fn new_stack_slot(
        fx: &mut FunctionCx<'_, '_, 'tcx>,
        layout: TyAndLayout<'tcx>,
    ) -> Self {
        if layout.is_zst() {
            return CPlace::for_ptr(Pointer::dangling(layout.align.abi), layout);
        }
        let align = layout.align.abi.bytes();
        let frame_align = fx.cx.frame_align;
        if align <= frame_align {
            let slot = fx.create_stack_slot(layout.size.bytes(), align);
            return CPlace::for_ptr(Pointer::stack_slot(slot), layout);
        }
        // Cranelift does not realign the frame, so over-aligned values get a larger slot and an
        // address rounded up at run time.
        let slot = fx.create_stack_slot(layout.size.bytes() + align - frame_align, frame_align);
        let unaligned = Pointer::stack_slot(slot).addr(fx);
        let bumped = fx.bcx.ins().iadd_imm_s(unaligned, (align - 1) as i64);
        let aligned = fx.bcx.ins().band_imm_s(bumped, -(align as i64));
        CPlace::for_ptr(Pointer::new(aligned), layout)
    }

    pub(crate) fn with_layout(self, layout: TyAndLayout<'tcx>) -> Self {
        CPlace { repr: self.repr, layout }
    }

    /// Where the place is in memory, for a variable's debug location: for places in
    /// registers, where their values are also stored (`FunctionCx::shadow_var`), if they are;
    /// `None` for other places in registers and unsized ones.
    pub(crate) fn memory_home(self, fx: &FunctionCx<'_, '_, 'tcx>) -> Option<(PointerBase, i32)> {
        match self.repr {
            PlaceRepr::Addr(ptr, None) => Some((ptr.base, ptr.offset)),
            PlaceRepr::Var(var) | PlaceRepr::VarPair(var, _) => {
                let (slot, offset) = fx.var_shadow(var)?;
                Some((PointerBase::Stack(slot), offset))
            }
            PlaceRepr::Addr(_, Some(_)) => None,
        }
    }

    /// The variables of a place in registers (the second one of a pair).
    pub(crate) fn vars(self) -> Option<(Variable, Option<Variable>)> {
        match self.repr {
            PlaceRepr::Var(var) => Some((var, None)),
            PlaceRepr::VarPair(a, b) => Some((a, Some(b))),
            PlaceRepr::Addr(..) => None,
        }
    }

    pub(crate) fn to_ptr(self) -> Pointer {
        match self.repr {
            PlaceRepr::Addr(ptr, None) => ptr,
            _ => unreachable!("place {:?} has no address", self.layout.ty),
        }
    }

    /// The address of this place if it is sized and in memory.
    pub(crate) fn try_to_sized_ptr(self) -> Option<Pointer> {
        match self.repr {
            PlaceRepr::Addr(ptr, None) => Some(ptr),
            _ => None,
        }
    }

    pub(crate) fn to_ptr_maybe_unsized(self) -> (Pointer, Option<Value>) {
        match self.repr {
            PlaceRepr::Addr(ptr, meta) => (ptr, meta),
            _ => unreachable!("place {:?} has no address", self.layout.ty),
        }
    }

    pub(crate) fn to_cvalue(self, fx: &mut FunctionCx<'_, '_, 'tcx>) -> CValue<'tcx> {
        match self.repr {
            PlaceRepr::Var(var) => {
                let value = fx.bcx.use_var(var);
                CValue::by_val(value, self.layout).transmute_var(fx)
            }
            PlaceRepr::VarPair(a, b) => {
                let a = fx.bcx.use_var(a);
                let b = fx.bcx.use_var(b);
                CValue::by_val_pair(a, b, self.layout)
            }
            PlaceRepr::Addr(ptr, meta) => {
                CValue { repr: ValueRepr::ByRef(ptr, meta), layout: self.layout }
            }
        }
    }

    /// The address of this place as a (possibly wide) pointer value of type `ptr_layout`.
    pub(crate) fn place_ref(
        self,
        fx: &mut FunctionCx<'_, '_, 'tcx>,
        ptr_layout: TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        let (ptr, meta) = self.to_ptr_maybe_unsized();
        let addr = ptr.addr(fx);
        match meta {
            Some(meta) => CValue::by_val_pair(addr, meta, ptr_layout),
            None => CValue::by_val(addr, ptr_layout),
        }
    }

    pub(crate) fn write_cvalue(self, fx: &mut FunctionCx<'_, '_, 'tcx>, from: CValue<'tcx>) {
        if self.layout.is_zst() {
            return;
        }
        match self.repr {
            PlaceRepr::Var(var) if fx.var_type(var).is_vector() => {
                // A SIMD value in a register, written whole (or as its lane array).
                let var_ty = fx.var_type(var);
                let value = match from.repr {
                    ValueRepr::ByVal(value) => value,
                    ValueRepr::ByRef(ptr, None) => ptr.load(fx, var_ty, MemFlagsData::new()),
                    _ => {
                        let ptr = from.spill_to_memory(fx);
                        ptr.load(fx, var_ty, MemFlagsData::new())
                    }
                };
                let value = bitcast_to(fx, value, var_ty);
                fx.def_var(var, value);
            }
            PlaceRepr::Var(var) => {
                let value = from.load_scalar(fx);
                let ty = fx.bcx.func.dfg.value_type(value);
                let var_ty = fx.var_type(var);
                let value = if ty == var_ty { value } else { bitcast_to(fx, value, var_ty) };
                fx.def_var(var, value);
            }
            PlaceRepr::VarPair(a, b) => {
                let (a_val, b_val) = from.load_scalar_pair(fx);
                let a_ty = fx.var_type(a);
                let b_ty = fx.var_type(b);
                let a_val = bitcast_to(fx, a_val, a_ty);
                let b_val = bitcast_to(fx, b_val, b_ty);
                fx.def_var(a, a_val);
                fx.def_var(b, b_val);
            }
            PlaceRepr::Addr(to, _) => match from.repr {
                ValueRepr::ByVal(value) => {
                    let value = match self.layout.backend_repr {
                        BackendRepr::Scalar(scalar) => {
                            let ty = scalar_type(fx.pointer_type, scalar);
                            bitcast_to(fx, value, ty)
                        }
                        _ => value,
                    };
                    to.store(fx, value, MemFlagsData::new());
                }
                ValueRepr::ByValPair(a, b) => {
                    let BackendRepr::ScalarPair { a: a_scalar, b: b_scalar, b_offset } =
                        self.layout.backend_repr
                    else {
                        unreachable!("pair written to {:?}", self.layout)
                    };
                    let a_ty = scalar_type(fx.pointer_type, a_scalar);
                    let b_ty = scalar_type(fx.pointer_type, b_scalar);
                    let a = bitcast_to(fx, a, a_ty);
                    let b = bitcast_to(fx, b, b_ty);
                    to.store(fx, a, MemFlagsData::new());
                    to.offset(fx, b_offset).store(fx, b, MemFlagsData::new());
                }
                ValueRepr::ByRef(from_ptr, None)
                    if let Some(ty) =
                        simd_register_type(self.layout, fx.tcx.data_layout.endian) =>
                {
                    // One vector move instead of a copy in integer registers.
                    let value = from_ptr.load(fx, ty, MemFlagsData::new());
                    to.store(fx, value, MemFlagsData::new());
                }
                ValueRepr::ByRef(from_ptr, None) => {
                    let size = self.layout.size.bytes();
                    let align = from.layout.align.abi.min(self.layout.align.abi).bytes();
                    fx.copy_memory(to, from_ptr, size, align);
                }
                ValueRepr::ByRef(_, Some(_)) => {
                    fx.unsupported("moving an unsized value");
                }
            },
        }
    }

    pub(crate) fn place_field(self, fx: &mut FunctionCx<'_, '_, 'tcx>, field: FieldIdx) -> Self {
        let field_layout = fx.layout_field(self.layout, field);
        let offset = self.layout.fields.offset(field.as_usize());
        match self.repr {
            PlaceRepr::Var(var) => CPlace::var(var, field_layout),
            PlaceRepr::VarPair(a, b) => match field_layout.backend_repr {
                BackendRepr::ScalarPair { .. } => CPlace::var_pair(a, b, field_layout),
                _ if field_layout.is_zst() => {
                    CPlace::for_ptr(Pointer::dangling(field_layout.align.abi), field_layout)
                }
                _ => CPlace::var(if offset == Size::ZERO { a } else { b }, field_layout),
            },
            PlaceRepr::Addr(ptr, meta) => {
                if field_layout.is_unsized()
                    && let Some(meta) = meta
                {
                    let ptr = match field_layout.ty.kind() {
                        // Slices and strings have a static alignment.
                        ty::Slice(_) | ty::Str => ptr.offset(fx, offset),
                        _ if offset == Size::ZERO => ptr,
                        _ => {
                            // Otherwise the offset depends on the value's dynamic alignment.
                            let (_, align) = fx.size_and_align_of(field_layout, Some(meta));
                            let field_offset =
                                fx.unsized_field_offset(self.layout, field.as_usize(), align);
                            ptr.offset_value(fx, field_offset)
                        }
                    };
                    CPlace::for_ptr_with_meta(ptr, meta, field_layout)
                } else {
                    if field_layout.is_unsized() && offset != Size::ZERO {
                        // An extern type tail after other fields: its offset would depend on
                        // an alignment nobody knows, which LLVM's build reports as a panic.
                        fx.size_and_align_of(field_layout, None);
                    }
                    CPlace::for_ptr(ptr.offset(fx, offset), field_layout)
                }
            }
        }
    }

    pub(crate) fn downcast_variant(
        self,
        fx: &FunctionCx<'_, '_, 'tcx>,
        variant: VariantIdx,
    ) -> Self {
        let layout = self.layout.for_variant(fx, variant);
        CPlace { repr: self.repr, layout }
    }

    /// The place of element `index` of an array or slice place.
    pub(crate) fn place_index(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: Value) -> Self {
        if let Some(index) = fx.const_int(index) {
            return self.place_const_index(fx, index as u64);
        }
        let (elem_layout, ptr) = self.elem_layout_and_ptr(fx);
        let offset = fx.scaled(index, elem_layout.size.bytes());
        CPlace::for_ptr(ptr.offset_value(fx, offset), elem_layout)
    }

    pub(crate) fn place_const_index(self, fx: &mut FunctionCx<'_, '_, 'tcx>, index: u64) -> Self {
        let (elem_layout, ptr) = self.elem_layout_and_ptr(fx);
        CPlace::for_ptr(
            ptr.offset_i64(fx, index.wrapping_mul(elem_layout.size.bytes()) as i64),
            elem_layout,
        )
    }

    fn elem_layout_and_ptr(
        self,
        fx: &mut FunctionCx<'_, '_, 'tcx>,
    ) -> (TyAndLayout<'tcx>, Pointer) {
        let elem_ty = match self.layout.ty.kind() {
            ty::Array(elem, _) | ty::Slice(elem) => *elem,
            ty::Str => fx.tcx.types.u8,
            _ => unreachable!("indexing {}", self.layout.ty),
        };
        let elem_layout = fx.layout_of(elem_ty);
        match self.repr {
            PlaceRepr::Addr(ptr, _) => (elem_layout, ptr),
            // Array layouts are never scalars, and the lane array of a SIMD value in a register
            // is out of reach: MIR may not project into SIMD types (MCP 838).
            _ => unreachable!("indexing a register value"),
        }
    }

    /// The length of an array or slice place.
    pub(crate) fn len(self, fx: &mut FunctionCx<'_, '_, 'tcx>) -> Value {
        match self.layout.ty.kind() {
            ty::Array(_, len) => {
                let len = fx.monomorphize(*len).try_to_target_usize(fx.tcx).expect("array length");
                fx.bcx.ins().iconst(fx.pointer_type, len as i64)
            }
            ty::Slice(_) | ty::Str => match self.repr {
                PlaceRepr::Addr(_, Some(len)) => len,
                _ => unreachable!("slice place without length"),
            },
            _ => unreachable!("len of {}", self.layout.ty),
        }
    }
}

impl<'tcx> CValue<'tcx> {
    /// Registers hold the Cranelift type of the value they were made for; a projected view (a
    /// field, or an enum variant) may read them as another scalar type of the same size.
    fn transmute_var(self, fx: &mut FunctionCx<'_, '_, 'tcx>) -> Self {
        match (self.repr, self.layout.backend_repr) {
            (ValueRepr::ByVal(value), BackendRepr::Scalar(scalar)) => {
                let ty = scalar_type(fx.pointer_type, scalar);
                CValue::by_val(bitcast_to(fx, value, ty), self.layout)
            }
            _ => self,
        }
    }
}
