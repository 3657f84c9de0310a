//! Rvalues: each MIR `Rvalue` lowered straight into its destination place.

use cranelift_codegen::ir::InstBuilder;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_module::Linkage;
use rustc_middle::mir::{self, AggregateKind, Rvalue};
use rustc_middle::ty::{self, CoroutineArgsExt};

use super::value::{CPlace, CValue};
use super::{FunctionCx, constant, discriminant};

/// Arrays up to this length are initialized by straight-line stores rather than a loop.
const MAX_UNROLLED_REPEAT: u64 = 16;

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    pub(super) fn lower_rvalue(&mut self, dest: CPlace<'tcx>, rvalue: &Rvalue<'tcx>) {
        match rvalue {
            Rvalue::Use(operand, _) => self.write_operand(dest, operand),
            Rvalue::CopyForDeref(place) | Rvalue::Reborrow(_, _, place) => {
                let value = self.lower_place(*place).to_cvalue(self);
                dest.write_cvalue(self, value);
            }
            Rvalue::WrapUnsafeBinder(operand, _) => {
                let value = self.lower_operand(operand);
                dest.write_cvalue(self, value.with_layout(dest.layout));
            }
            Rvalue::Ref(_, _, place) | Rvalue::RawPtr(_, place) => {
                let place = self.lower_place(*place);
                let value = place.place_ref(self, dest.layout);
                dest.write_cvalue(self, value);
            }
            Rvalue::ThreadLocalRef(def_id) => {
                let data_id = self.cx.static_data_id(*def_id, Linkage::Import, self.span);
                let addr = self.thread_local_addr(data_id);
                dest.write_cvalue(self, CValue::by_val(addr, dest.layout));
            }
            Rvalue::Cast(mir::CastKind::Transmute, operand, _) if self.is_zero_filled(operand) => {
                self.write_zeros(dest);
            }
            Rvalue::Cast(kind, operand, _) => {
                let operand = self.lower_operand(operand);
                self.lower_cast(*kind, operand, dest);
            }
            Rvalue::BinaryOp(op, operands) => {
                let lhs = self.lower_operand(&operands.0);
                let rhs = self.lower_operand(&operands.1);
                let value = self.lower_binop(*op, lhs, rhs, dest.layout);
                dest.write_cvalue(self, value);
            }
            Rvalue::UnaryOp(op, operand) => {
                let operand = self.lower_operand(operand);
                let value = self.lower_unop(*op, operand, dest.layout);
                dest.write_cvalue(self, value);
            }
            Rvalue::Discriminant(place) => {
                let place = self.lower_place(*place);
                let value = discriminant::read_discriminant(self, place, dest.layout);
                dest.write_cvalue(self, value);
            }
            Rvalue::Repeat(operand, count) => {
                let count = self
                    .monomorphize(*count)
                    .try_to_target_usize(self.tcx)
                    .expect("monomorphic array length");
                if constant::is_uninit_constant(self, operand) {
                    return;
                }
                let element = self.lower_operand(operand);
                self.lower_repeat(dest, element, count);
            }
            Rvalue::Aggregate(kind, operands) => self.lower_aggregate(dest, kind, operands),
        }
    }

    /// Writes `operand` into `dest`; an uninitialized constant writes nothing
    /// (`constant::is_uninit_constant`), a local holding only zeros writes zeros.
    fn write_operand(&mut self, dest: CPlace<'tcx>, operand: &mir::Operand<'tcx>) {
        if constant::is_uninit_constant(self, operand) {
            return;
        }
        if self.is_zero_filled(operand) {
            self.write_zeros(dest);
            return;
        }
        let value = self.lower_operand(operand);
        dest.write_cvalue(self, value);
    }

    fn lower_repeat(&mut self, dest: CPlace<'tcx>, element: CValue<'tcx>, count: u64) {
        if count <= MAX_UNROLLED_REPEAT || element.layout.is_zst() {
            if !element.layout.is_zst() {
                for index in 0..count {
                    dest.place_const_index(self, index).write_cvalue(self, element);
                }
            }
            return;
        }
        let index_var = self.declare_var(self.pointer_type);
        let zero = self.bcx.ins().iconst(self.pointer_type, 0);
        self.bcx.def_var(index_var, zero);
        let header = self.bcx.create_block();
        let body = self.bcx.create_block();
        let done = self.bcx.create_block();
        self.bcx.ins().jump(header, &[]);

        self.bcx.switch_to_block(header);
        let index = self.bcx.use_var(index_var);
        let more = self.bcx.ins().icmp_imm_s(IntCC::UnsignedLessThan, index, count as i64);
        self.bcx.ins().brif(more, body, &[], done, &[]);

        self.bcx.switch_to_block(body);
        dest.place_index(self, index).write_cvalue(self, element);
        let next = self.bcx.ins().iadd_imm_s(index, 1);
        self.bcx.def_var(index_var, next);
        self.bcx.ins().jump(header, &[]);

        self.bcx.switch_to_block(done);
    }

    fn lower_aggregate(
        &mut self,
        dest: CPlace<'tcx>,
        kind: &AggregateKind<'tcx>,
        operands: &rustc_index::IndexVec<rustc_abi::FieldIdx, mir::Operand<'tcx>>,
    ) {
        match kind {
            AggregateKind::Array(_) => {
                for (index, operand) in operands.iter().enumerate() {
                    let element = dest.place_const_index(self, index as u64);
                    self.write_operand(element, operand);
                }
            }
            AggregateKind::RawPtr(..) => {
                let data = self.lower_operand(&operands[rustc_abi::FieldIdx::from_u32(0)]);
                let meta = self.lower_operand(&operands[rustc_abi::FieldIdx::from_u32(1)]);
                let addr = data.load_scalar(self);
                let value = if meta.layout.is_zst() {
                    CValue::by_val(addr, dest.layout)
                } else {
                    let meta = meta.load_scalar(self);
                    CValue::by_val_pair(addr, meta, dest.layout)
                };
                dest.write_cvalue(self, value);
            }
            AggregateKind::Adt(_, variant, _, _, active_field) => {
                let variant_dest = if dest.layout.ty.is_enum() {
                    dest.downcast_variant(self, *variant)
                } else {
                    dest
                };
                for (index, operand) in operands.iter_enumerated() {
                    let field = variant_dest.place_field(self, active_field.unwrap_or(index));
                    self.write_operand(field, operand);
                }
                if dest.layout.ty.is_enum() {
                    discriminant::write_discriminant(self, dest, *variant);
                }
            }
            AggregateKind::Tuple
            | AggregateKind::Closure(..)
            | AggregateKind::Coroutine(..)
            | AggregateKind::CoroutineClosure(..) => {
                for (index, operand) in operands.iter_enumerated() {
                    let field = dest.place_field(self, index);
                    self.write_operand(field, operand);
                }
                if let AggregateKind::Coroutine(..) = kind {
                    // A new coroutine has not started yet: its state is `UNRESUMED`.
                    let unresumed = rustc_abi::VariantIdx::from_usize(ty::CoroutineArgs::UNRESUMED);
                    discriminant::write_discriminant(self, dest, unresumed);
                }
            }
        }
    }
}
