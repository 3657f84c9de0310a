//! LLVM intrinsics that `core::arch` calls by link name (`llvm.x86.*` and friends). Those
//! that are one machine instruction without a Cranelift equivalent are small assembly helpers
//! in the codegen unit's module-level assembly.

use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Value, types};
use cranelift_module::{Linkage, Module};

use crate::lower::FunctionCx;
use crate::lower::value::{CPlace, CValue};

/// Lowers a call of the LLVM intrinsic `name`; returns false if it is not implemented.
pub(crate) fn lower_llvm_intrinsic<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    name: &str,
    args: &[CValue<'tcx>],
    dest: CPlace<'tcx>,
) -> bool {
    match name {
        "llvm.x86.xgetbv" if fx.tcx.sess.target.arch == rustc_target::spec::Arch::X86_64 => {
            // xgetbv reads the register selected by ecx into edx:eax.
            let xcr = args[0].load_scalar(fx);
            let result = call_asm_helper(
                fx,
                "xgetbv",
                "mov ecx, edi\nxgetbv\nshl rdx, 32\nor rax, rdx\nret",
                &[xcr],
                types::I64,
            );
            dest.write_cvalue(fx, CValue::by_val(result, dest.layout));
            true
        }
        "llvm.x86.sse2.pause" => {
            // A spin-loop hint; doing nothing is a valid implementation.
            true
        }
        _ => false,
    }
}

/// Calls the assembly helper `helper` (Intel syntax body, System V convention), defining it in
/// this codegen unit on first use.
fn call_asm_helper(
    fx: &mut FunctionCx<'_, '_, '_>,
    helper: &str,
    body: &str,
    args: &[Value],
    ret: types::Type,
) -> Value {
    let symbol = fx.cx.asm_helper(helper, body);
    let mut sig = Signature::new(fx.cx.default_call_conv);
    for &arg in args {
        sig.params.push(AbiParam::new(fx.bcx.func.dfg.value_type(arg)));
    }
    sig.returns.push(AbiParam::new(ret));
    let func_id = match fx.cx.module.declare_function(&symbol, Linkage::Import, &sig) {
        Ok(id) => id,
        Err(err) => fx.tcx.dcx().span_fatal(fx.span, format!("cannot declare `{symbol}`: {err}")),
    };
    let func_ref = fx.func_ref_for_id(func_id);
    let call = fx.bcx.ins().call(func_ref, args);
    fx.bcx.inst_results(call)[0]
}
