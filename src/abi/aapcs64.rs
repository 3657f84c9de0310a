//! Homogeneous floating-point and vector aggregates (HFAs, HVAs) of AArch64's C convention
//! (AAPCS64) that do not fit in the SIMD registers left. rustc passes such an aggregate as a
//! cast to its members, which Cranelift would place one by one: some in the last registers and
//! the rest on the stack, each in a slot of at least 8 bytes. AAPCS64 instead marks every SIMD
//! register used (rule C.3) and copies the aggregate to the stack whole, its members packed
//! (C.4). So such an argument becomes filler parameters taking the remaining SIMD registers,
//! then the aggregate's bytes in 8-byte floating-point chunks (members of 8 bytes and more as
//! themselves), which Cranelift then lays out on the stack exactly as AAPCS64 does.

use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, Type, Value, types};
use cranelift_codegen::isa::CallConv;
use rustc_abi::{Reg, RegKind};
use rustc_middle::ty::{Ty, TyCtxt};
use rustc_target::callconv::{ArgAbi, FnAbi, PassMode};
use rustc_target::spec::Arch;
use smallvec::SmallVec;

use super::{AbiParams, arg_params, reg_type};
use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue, Pointer};

/// The SIMD registers AAPCS64 passes arguments in, `v0` to `v7`.
const SIMD_ARG_REGS: u32 = 8;

/// An aggregate argument that goes on the stack whole.
#[derive(Copy, Clone)]
pub(crate) struct StackedAggregate {
    /// Parameters that take the SIMD registers left.
    fillers: u32,
    /// The type of the chunks the aggregate's bytes are passed in, and how many there are.
    chunk: Type,
    chunks: u32,
}

/// For each argument of a function with `fn_abi` in the convention `call_conv`, whether it is
/// an aggregate to pass on the stack whole; `None` when there is none (always, outside AAPCS64).
pub(crate) fn stacked_aggregates<'tcx>(
    tcx: TyCtxt<'tcx>,
    call_conv: CallConv,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
) -> Option<SmallVec<[Option<StackedAggregate>; 8]>> {
    let target = &tcx.sess.target;
    if target.arch != Arch::AArch64 || target.is_like_darwin || call_conv != CallConv::SystemV {
        return None;
    }
    if !fn_abi.args.iter().any(|arg| float_aggregate(arg).is_some()) {
        return None;
    }
    let pointer_type = Type::int(tcx.data_layout.pointer_size().bits() as u16)?;
    let mut simd_regs_used = 0;
    let mut stacked: SmallVec<[Option<StackedAggregate>; 8]> = SmallVec::new();
    let mut any = false;
    for arg in &fn_abi.args {
        match float_aggregate(arg) {
            Some((unit, total)) => {
                let members = total.div_ceil(unit.size.bytes()) as u32;
                if simd_regs_used + members <= SIMD_ARG_REGS {
                    simd_regs_used += members;
                    stacked.push(None);
                    continue;
                }
                let (chunk, chunk_size) = match unit.size.bytes() {
                    ..8 => (types::F64, 8),
                    size => (reg_type(unit), size),
                };
                stacked.push(Some(StackedAggregate {
                    fillers: SIMD_ARG_REGS.saturating_sub(simd_regs_used),
                    chunk,
                    chunks: total.div_ceil(chunk_size) as u32,
                }));
                simd_regs_used = SIMD_ARG_REGS;
                any = true;
            }
            None => {
                let params = arg_params(pointer_type, arg, false);
                let simd =
                    params.iter().filter(|p| p.value_type.is_float() || p.value_type.is_vector());
                simd_regs_used = (simd_regs_used + simd.count() as u32).min(SIMD_ARG_REGS);
                stacked.push(None);
            }
        }
    }
    any.then_some(stacked)
}

/// The member and the total size of an argument that rustc casts to two or more floating-point
/// or vector members (an HFA or HVA).
fn float_aggregate(arg: &ArgAbi<'_, Ty<'_>>) -> Option<(Reg, u64)> {
    match &arg.mode {
        PassMode::Cast { cast, pad_i32_count: 0 }
            if cast.prefix.is_empty()
                && cast.rest_offset.is_none()
                && matches!(cast.rest.unit.kind, RegKind::Float | RegKind::Vector { .. })
                && cast.rest.total.bytes() > cast.rest.unit.size.bytes() =>
        {
            Some((cast.rest.unit, cast.rest.total.bytes()))
        }
        _ => None,
    }
}

impl StackedAggregate {
    /// The Cranelift parameters of the argument.
    pub(crate) fn params(self) -> AbiParams {
        let fillers = (0..self.fillers).map(|_| AbiParam::new(types::F64));
        fillers.chain((0..self.chunks).map(|_| AbiParam::new(self.chunk))).collect()
    }

    /// The caller's values of the argument `value`.
    pub(crate) fn push_values<'tcx>(
        self,
        fx: &mut FunctionCx<'_, '_, 'tcx>,
        value: CValue<'tcx>,
        out: &mut SmallVec<[Value; 8]>,
    ) {
        for _ in 0..self.fillers {
            out.push(fx.bcx.ins().f64const(0.0));
        }
        let layout = value.layout;
        let chunk_size = u64::from(self.chunk.bytes());
        let size = chunk_size * u64::from(self.chunks);
        let slot =
            fx.create_stack_slot(size.max(layout.size.bytes()), layout.align.abi.bytes().max(8));
        CPlace::for_ptr(Pointer::stack_slot(slot), layout).write_cvalue(fx, value);
        for index in 0..self.chunks {
            let offset = (chunk_size * u64::from(index)) as i64;
            let chunk = Pointer::stack_slot(slot).offset_i64(fx, offset);
            out.push(chunk.load(fx, self.chunk, MemFlagsData::trusted()));
        }
    }

    /// The callee's argument, from its parameters in `params`.
    pub(crate) fn read<'tcx>(
        self,
        fx: &mut FunctionCx<'_, '_, 'tcx>,
        params: &mut impl Iterator<Item = Value>,
        layout: rustc_middle::ty::layout::TyAndLayout<'tcx>,
    ) -> CValue<'tcx> {
        for _ in 0..self.fillers {
            params.next();
        }
        let chunk_size = u64::from(self.chunk.bytes());
        let size = chunk_size * u64::from(self.chunks);
        let slot =
            fx.create_stack_slot(size.max(layout.size.bytes()), layout.align.abi.bytes().max(8));
        for index in 0..self.chunks {
            let value = params.next().expect("a parameter per chunk");
            let offset = (chunk_size * u64::from(index)) as i64;
            Pointer::stack_slot(slot).offset_i64(fx, offset).store(
                fx,
                value,
                MemFlagsData::trusted(),
            );
        }
        CValue::by_ref(Pointer::stack_slot(slot), layout)
    }
}
