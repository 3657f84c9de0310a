//! Calling conventions from rustc's `FnAbi`: how each argument and return value is split into
//! Cranelift parameters, and how values move between those parameters and places.

mod aapcs64;
mod call;
mod huge_frame;
mod prologue;
mod tail_call;
mod variadic;

pub(crate) use call::{CallArg, Callee, lower_fn_call, lower_return};
use cranelift_codegen::ir::{
    AbiParam, ArgumentExtension, ArgumentPurpose, Signature, SourceLoc, Type, types,
};
use cranelift_codegen::isa::CallConv;
use cranelift_module::{FuncId, Linkage, Module};
pub(crate) use huge_frame::{HugeFrame, define_wrapper as define_huge_frame_wrapper};
pub(crate) use prologue::{lower_prologue, vars_and_temps_layouts};
use rustc_abi::{BackendRepr, CanonAbi, Reg, RegKind, Size, X86Call};
use rustc_middle::ty::{Instance, Ty, TyCtxt};
use rustc_span::Span;
use rustc_target::callconv::{
    ArgAbi, ArgAttributes, ArgExtension, CastTarget, FnAbi, IndirectMode, PassMode,
};
use rustc_target::spec::Arch;
use smallvec::SmallVec;
pub(crate) use tail_call::{
    TailCallee, declare_tail_entry, define_wrapper, has_tail_calls, lower_tail_call,
};
pub(crate) use variadic::{
    add_register_params as add_variadic_register_params,
    check_definition as check_variadic_definition, lower_va_arg,
};

use crate::debuginfo::FunctionDebugInfo;
use crate::lower::ModuleCx;
use crate::lower::value::{scalar_type, vector_type};

pub(crate) type AbiParams = SmallVec<[AbiParam; 2]>;

/// Declares the function `name`, or stops compiling with an error naming it.
fn declare_or_fail(
    cx: &mut ModuleCx<'_>,
    name: &str,
    linkage: Linkage,
    sig: &Signature,
    span: Span,
) -> FuncId {
    match cx.module.declare_function(name, linkage, sig) {
        Ok(id) => id,
        Err(err) => crate::unsupported::fatal_in(
            cx.tcx,
            Some(span),
            format_args!("declaring `{name}`: {err}"),
        ),
    }
}

/// The debug info of a wrapper standing for `instance` (its symbol, calling the function's
/// body under another name), at the function's declaration so that backtraces through it
/// name the function, and the source position of its instructions.
fn wrapper_debug<'tcx>(
    cx: &mut ModuleCx<'tcx>,
    instance: Instance<'tcx>,
    span: Span,
) -> (Option<FunctionDebugInfo>, Option<SourceLoc>) {
    let tcx = cx.tcx;
    let mut srcloc = None;
    let debug = cx.debug.as_mut().map(|unit| {
        let mut debug = unit.function(tcx, instance, span, &mut cx.debug_names.type_names);
        let position = unit.position(tcx, span, span);
        srcloc = Some(SourceLoc::new(debug.index_of(position, 0)));
        debug
    });
    (debug, srcloc)
}

fn extended(ty: Type, extension: ArgumentExtension) -> AbiParam {
    AbiParam { extension, ..AbiParam::new(ty) }
}

fn extension(attrs: &ArgAttributes) -> ArgumentExtension {
    match attrs.arg_ext {
        ArgExtension::None => ArgumentExtension::None,
        ArgExtension::Zext => ArgumentExtension::Uext,
        ArgExtension::Sext => ArgumentExtension::Sext,
    }
}

pub(crate) fn reg_type(reg: Reg) -> Type {
    match reg.kind {
        RegKind::Integer => match reg.size.bytes() {
            0..=1 => types::I8,
            2 => types::I16,
            3..=4 => types::I32,
            5..=8 => types::I64,
            _ => types::I128,
        },
        RegKind::Float => match reg.size.bytes() {
            2 => types::F16,
            4 => types::F32,
            8 => types::F64,
            _ => types::F128,
        },
        // rustc's calling conventions make vector registers of whole SIMD types, whose sizes
        // are powers of two of at most 64 bytes.
        RegKind::Vector { .. } => u32::try_from(reg.size.bytes())
            .ok()
            .and_then(|bytes| types::I8.by(bytes))
            .expect("vector registers are a power of two of at most 64 bytes"),
        RegKind::PpcF128 => unreachable!("PowerPC registers on a Cranelift target"),
    }
}

/// The registers a `CastTarget` splits a value into, each with its offset in the value.
/// The last register may extend past the value's size.
pub(crate) fn cast_target_regs(cast: &CastTarget) -> SmallVec<[(Type, Size); 4]> {
    let mut regs = SmallVec::new();
    let mut offset = Size::ZERO;
    for reg in &cast.prefix {
        regs.push((reg_type(*reg), offset));
        offset += reg.size;
    }
    if let Some(rest_offset) = cast.rest_offset {
        offset = rest_offset;
    }
    let unit = cast.rest.unit;
    let mut remaining = cast.rest.total;
    while remaining > Size::ZERO {
        regs.push((reg_type(unit), offset));
        offset += unit.size;
        remaining = if remaining < unit.size { Size::ZERO } else { remaining - unit.size };
    }
    regs
}

/// The bytes needed to store every register of a cast, whole.
pub(crate) fn cast_spill_size(regs: &[(Type, Size)]) -> u64 {
    regs.iter().map(|(ty, offset)| offset.bytes() + u64::from(ty.bytes())).max().unwrap_or(0)
}

/// The stack space of an argument passed by value on the stack: Cranelift wants whole
/// eightbytes, as the System V ABI lays them out.
fn on_stack_size_u64(arg: &ArgAbi<'_, Ty<'_>>) -> u64 {
    arg.layout.size.bytes().next_multiple_of(8)
}

/// `on_stack_size_u64` as Cranelift takes it. Larger arguments are rejected by `check_fn_abi`
/// before any body or call is lowered; the saturated size only appears in declarations.
pub(crate) fn on_stack_size(arg: &ArgAbi<'_, Ty<'_>>) -> u32 {
    u32::try_from(on_stack_size_u64(arg)).unwrap_or(u32::MAX)
}

/// The Cranelift parameters of one argument (or the return value).
pub(crate) fn arg_params<'tcx>(
    pointer_type: Type,
    arg: &ArgAbi<'tcx, Ty<'tcx>>,
    is_return: bool,
) -> AbiParams {
    match &arg.mode {
        PassMode::Ignore => SmallVec::new(),
        PassMode::Direct(attrs) => match arg.layout.backend_repr {
            BackendRepr::Scalar(scalar) => {
                let ty = scalar_type(pointer_type, scalar);
                smallvec::smallvec![extended(ty, extension(attrs))]
            }
            BackendRepr::SimdVector { .. } => {
                smallvec::smallvec![AbiParam::new(vector_type(arg.layout.size))]
            }
            // Only declared, never defined or called: `check_fn_abi` rejects SVE values
            // before a body or a call is lowered.
            BackendRepr::SimdScalableVector { .. } => {
                smallvec::smallvec![AbiParam::new(pointer_type)]
            }
            _ => unreachable!("direct pass mode for {:?}", arg.layout),
        },
        PassMode::Pair(a_attrs, b_attrs) => {
            let BackendRepr::ScalarPair { a, b, .. } = arg.layout.backend_repr else {
                unreachable!("pair pass mode for {:?}", arg.layout)
            };
            smallvec::smallvec![
                extended(scalar_type(pointer_type, a), extension(a_attrs)),
                extended(scalar_type(pointer_type, b), extension(b_attrs)),
            ]
        }
        PassMode::Cast { pad_i32_count, cast } => {
            let mut params: AbiParams =
                (0..*pad_i32_count).map(|_| AbiParam::new(types::I32)).collect();
            let ext = extension(&cast.attrs);
            params.extend(cast_target_regs(cast).into_iter().map(|(ty, _)| extended(ty, ext)));
            params
        }
        PassMode::Indirect { mode: IndirectMode::OnStack, .. } if !is_return => {
            smallvec::smallvec![AbiParam::special(
                pointer_type,
                ArgumentPurpose::StructArgument(on_stack_size(arg)),
            )]
        }
        PassMode::Indirect { .. } => {
            if is_return {
                smallvec::smallvec![AbiParam::special(pointer_type, ArgumentPurpose::StructReturn)]
            } else {
                smallvec::smallvec![AbiParam::new(pointer_type)]
            }
        }
        PassMode::IndirectUnsized { .. } => {
            smallvec::smallvec![AbiParam::new(pointer_type), AbiParam::new(pointer_type)]
        }
    }
}

fn call_conv(default: CallConv, conv: CanonAbi) -> CallConv {
    match conv {
        CanonAbi::X86(X86Call::SysV64) => CallConv::SystemV,
        // `win64` and, on x86-64, `efiapi`.
        CanonAbi::X86(X86Call::Win64) => CallConv::WindowsFastcall,
        // `extern "tail"` is ours alone: LLVM's `tailcc` passes values elsewhere.
        CanonAbi::RustTail => CallConv::Tail,
        // Other conventions are the default one or rejected by `check_fn_abi`.
        _ => default,
    }
}

/// Whether this backend can lower calls with `fn_abi` for a target whose default convention
/// is `default`; `Err` names the convention it cannot.
pub(crate) fn check_fn_abi(
    fn_abi: &FnAbi<'_, Ty<'_>>,
    default: CallConv,
    arch: &Arch,
) -> Result<(), String> {
    let is_scalable = |arg: &ArgAbi<'_, Ty<'_>>| {
        matches!(arg.layout.backend_repr, BackendRepr::SimdScalableVector { .. })
    };
    if is_scalable(&fn_abi.ret) || fn_abi.args.iter().any(is_scalable) {
        return Err("scalable vectors (SVE) as arguments or results".to_owned());
    }
    let is_on_stack = |arg: &ArgAbi<'_, Ty<'_>>| {
        matches!(arg.mode, PassMode::Indirect { mode: IndirectMode::OnStack, .. })
    };
    let is_huge_on_stack = |arg: &ArgAbi<'_, Ty<'_>>| {
        is_on_stack(arg) && u32::try_from(on_stack_size_u64(arg)).is_err()
    };
    if fn_abi.args.iter().any(is_huge_on_stack) {
        return Err("arguments of 4 GiB or more passed by value on the stack".to_owned());
    }
    if fn_abi.conv == CanonAbi::RustTail
        && *arch != Arch::X86_64
        && fn_abi.args.iter().any(is_on_stack)
    {
        // Cranelift passes structures on the stack (`StructArgument`) on x86-64 only.
        return Err("`extern \"tail\"` arguments passed on the stack, outside x86-64".to_owned());
    }
    match fn_abi.conv {
        CanonAbi::Rust | CanonAbi::C | CanonAbi::RustCold | CanonAbi::RustTail => Ok(()),
        CanonAbi::X86(X86Call::SysV64) if default == CallConv::SystemV => Ok(()),
        CanonAbi::X86(X86Call::Win64) if *arch == Arch::X86_64 => Ok(()),
        other => Err(format!("the `{other}` calling convention")),
    }
}

pub(crate) fn clif_signature<'tcx>(
    tcx: TyCtxt<'tcx>,
    default_call_conv: CallConv,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
) -> Signature {
    signature_with(tcx, call_conv(default_call_conv, fn_abi.conv), fn_abi)
}

/// The signature of the `tail`-convention entry of a function with `fn_abi` (`tail_call.rs`):
/// its parameters and results, in Cranelift's `tail` convention.
pub(crate) fn tail_signature<'tcx>(tcx: TyCtxt<'tcx>, fn_abi: &FnAbi<'tcx, Ty<'tcx>>) -> Signature {
    signature_with(tcx, CallConv::Tail, fn_abi)
}

fn signature_with<'tcx>(
    tcx: TyCtxt<'tcx>,
    call_conv: CallConv,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
) -> Signature {
    let pointer_type = Type::int(tcx.data_layout.pointer_size().bits() as u16)
        .expect("pointers are 16 to 64 bits wide");
    let mut sig = Signature::new(call_conv);
    let ret = arg_params(pointer_type, &fn_abi.ret, true);
    if matches!(fn_abi.ret.mode, PassMode::Indirect { .. }) {
        if call_conv == CallConv::Tail {
            // Cranelift's `tail` convention takes no `StructReturn` on AArch64; the result's
            // address is then a plain first parameter, on every target alike.
            sig.params.push(AbiParam::new(pointer_type));
        } else {
            sig.params.extend(ret);
        }
    } else {
        sig.returns.extend(ret);
    }
    let stacked = aapcs64::stacked_aggregates(tcx, call_conv, fn_abi);
    for (index, arg) in fn_abi.args.iter().enumerate() {
        match stacked.as_ref().and_then(|stacked| stacked[index]) {
            Some(aggregate) => sig.params.extend(aggregate.params()),
            None => sig.params.extend(arg_params(pointer_type, arg, false)),
        }
    }
    sig
}

/// The arguments of a function with `fn_abi` that AAPCS64 passes on the stack whole (see
/// `aapcs64.rs`), when it has any.
pub(crate) fn stacked_aggregates<'tcx>(
    tcx: TyCtxt<'tcx>,
    default_call_conv: CallConv,
    fn_abi: &FnAbi<'tcx, Ty<'tcx>>,
) -> Option<SmallVec<[Option<aapcs64::StackedAggregate>; 8]>> {
    aapcs64::stacked_aggregates(tcx, call_conv(default_call_conv, fn_abi.conv), fn_abi)
}
