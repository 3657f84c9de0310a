//! The allocator shim: `__rust_alloc` and friends forwarding to the chosen global allocator
//! (`__rdl_*` for the default one, `__rg_*` for `#[global_allocator]`).

use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, Signature};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{Linkage, Module};
use rustc_ast::expand::allocator::{
    AllocatorMethod, AllocatorTy, NO_ALLOC_SHIM_IS_UNSTABLE, default_fn_name, global_fn_name,
};
use rustc_middle::ty::TyCtxt;
use rustc_symbol_mangling::mangle_internal_symbol;
use rustc_target::spec::SymbolVisibility;

use super::{LoweredFunction, LoweredModule};
use crate::lower::ModuleCx;

pub(super) fn lower_allocator_shim(
    tcx: TyCtxt<'_>,
    module_name: &str,
    methods: &[AllocatorMethod],
) -> LoweredModule {
    let isa = crate::isa::build_isa(tcx.sess);
    let call_conv = isa.default_call_conv();
    let pointer_type = isa.pointer_type();
    let mut module = super::cgu::new_object_module(tcx, isa, module_name);
    let mut functions = Vec::new();
    let mut builder_ctx = FunctionBuilderContext::new();
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
        let func = forwarding_function(
            tcx,
            &mut module,
            &mut builder_ctx,
            &from_name,
            Some(&to_name),
            sig,
            linkage,
        );
        functions.push(func);
    }

    let marker = mangle_internal_symbol(tcx, NO_ALLOC_SHIM_IS_UNSTABLE);
    let func = forwarding_function(
        tcx,
        &mut module,
        &mut builder_ctx,
        &marker,
        None,
        Signature::new(call_conv),
        linkage,
    );
    functions.push(func);

    LoweredModule {
        module,
        functions,
        debug: None,
        global_asm: String::new(),
        weak_imports: Vec::new(),
        aliases: Vec::new(),
        personality: None,
    }
}

/// A function `from` that calls `to` with its own arguments (or does nothing without `to`).
fn forwarding_function(
    tcx: TyCtxt<'_>,
    module: &mut cranelift_object::ObjectModule,
    builder_ctx: &mut FunctionBuilderContext,
    from: &str,
    to: Option<&str>,
    sig: Signature,
    linkage: Linkage,
) -> LoweredFunction {
    let declare = |module: &mut cranelift_object::ObjectModule, name: &str, linkage| {
        module
            .declare_function(name, linkage, &sig)
            .unwrap_or_else(|err| tcx.dcx().fatal(format!("cannot declare `{name}`: {err}")))
    };
    let from_id = declare(module, from, linkage);
    let to_id = to.map(|to| declare(module, to, Linkage::Import));
    let mut func = Function::with_name_signature(ModuleCx::user_func_name(from_id), sig.clone());
    let mut bcx = FunctionBuilder::new(&mut func, builder_ctx);
    let block = bcx.create_block();
    bcx.append_block_params_for_function_params(block);
    bcx.switch_to_block(block);
    let args = bcx.block_params(block).to_vec();
    match to_id {
        Some(to_id) => {
            let to_ref = module.declare_func_in_func(to_id, bcx.func);
            let call = bcx.ins().call(to_ref, &args);
            let results = bcx.inst_results(call).to_vec();
            bcx.ins().return_(&results);
        }
        None => {
            bcx.ins().return_(&[]);
        }
    }
    bcx.seal_all_blocks();
    bcx.finalize(module.isa().frontend_config());
    LoweredFunction { id: from_id, func, debug: None, align: None }
}
