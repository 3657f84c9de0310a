//! The allocator shim: `__rust_alloc` and friends forwarding to the chosen global allocator
//! (`__rdl_*` for the default one, `__rg_*` for `#[global_allocator]`).

use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, Signature};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{Linkage, Module};
use rustc_ast::expand::allocator::{
    AllocatorMethod, AllocatorTy, NO_ALLOC_SHIM_IS_UNSTABLE, default_fn_name, global_fn_name,
};
use rustc_middle::ty::TyCtxt;
use rustc_symbol_mangling::mangle_internal_symbol;
use rustc_target::spec::SymbolVisibility;

use crate::lower::ModuleCx;
use crate::lowered::{LoweredFunction, LoweredModule};

pub(super) fn lower_allocator_shim(
    tcx: TyCtxt<'_>,
    module_name: &str,
    methods: &[AllocatorMethod],
) -> LoweredModule {
    let isa = crate::isa::build_isa(tcx.sess);
    let call_conv = isa.default_call_conv();
    let pointer_type = isa.pointer_type();
    let module = super::cgu::new_object_module(tcx, isa, module_name);
    let mut cx = ModuleCx::new(tcx, module, module_name);
    let linkage = match tcx.sess.default_visibility() {
        SymbolVisibility::Hidden => Linkage::Hidden,
        SymbolVisibility::Protected | SymbolVisibility::Interposable => Linkage::Export,
    };

    for method in methods {
        let mut sig = Signature::new(call_conv);
        for input in method.inputs {
            match input.ty {
                AllocatorTy::Layout => {
                    sig.params.push(AbiParam::new(pointer_type));
                    sig.params.push(AbiParam::new(pointer_type));
                }
                AllocatorTy::Ptr | AllocatorTy::Usize => {
                    sig.params.push(AbiParam::new(pointer_type))
                }
                AllocatorTy::Never | AllocatorTy::ResultPtr | AllocatorTy::Unit => {
                    unreachable!("allocator method `{}` has an invalid input", method.name)
                }
            }
        }
        if let AllocatorTy::ResultPtr = method.output {
            sig.returns.push(AbiParam::new(pointer_type));
        }
        let from_name = mangle_internal_symbol(tcx, &global_fn_name(method.name));
        let to_name = mangle_internal_symbol(tcx, &default_fn_name(method.name));
        forwarding_function(&mut cx, &from_name, Some(&to_name), sig, linkage);
    }

    let marker = mangle_internal_symbol(tcx, NO_ALLOC_SHIM_IS_UNSTABLE);
    forwarding_function(&mut cx, &marker, None, Signature::new(call_conv), linkage);
    cx.finish()
}

/// A function `from` that calls `to` with its own arguments (or does nothing without `to`).
fn forwarding_function(
    cx: &mut ModuleCx<'_>,
    from: &str,
    to: Option<&str>,
    sig: Signature,
    linkage: Linkage,
) {
    let tcx = cx.tcx;
    let module = &mut cx.module;
    let mut declare = |name: &str, linkage| {
        module
            .declare_function(name, linkage, &sig)
            .unwrap_or_else(|err| tcx.dcx().fatal(format!("cannot declare `{name}`: {err}")))
    };
    let from_id = declare(from, linkage);
    let to_id = to.map(|to| declare(to, Linkage::Import));
    let mut func = Function::with_name_signature(ModuleCx::user_func_name(from_id), sig.clone());
    let mut bcx = FunctionBuilder::new(&mut func, &mut cx.builder_ctx);
    let block = bcx.create_block();
    bcx.append_block_params_for_function_params(block);
    bcx.switch_to_block(block);
    let args = bcx.block_params(block).to_vec();
    match to_id {
        Some(to_id) => {
            let to_ref = cx.module.declare_func_in_func(to_id, bcx.func);
            let call = bcx.ins().call(to_ref, &args);
            let results = bcx.inst_results(call).to_vec();
            bcx.ins().return_(&results);
        }
        None => {
            bcx.ins().return_(&[]);
        }
    }
    bcx.seal_all_blocks();
    bcx.finalize(cx.module.isa().frontend_config());
    cx.functions.push(LoweredFunction::plain(from_id, func));
}
