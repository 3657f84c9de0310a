//! The C `main` that calls Rust's `start` lang item with the user's `main`.

use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, Signature, Type, types};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::{Linkage, Module};
use rustc_attr_ir::lang_items::LangItem;
use rustc_middle::mono::{CodegenUnit, MonoItem};
use rustc_middle::ty::{self, Instance};
use rustc_session::config::EntryFnType;
use rustc_span::DUMMY_SP;

use crate::lower::ModuleCx;
use crate::lowered::LoweredFunction;

pub(super) fn maybe_lower_entry<'tcx>(cx: &mut ModuleCx<'tcx>, cgu: &CodegenUnit<'tcx>) {
    let tcx = cx.tcx;
    let Some((main_def_id, EntryFnType::Main { sigpipe })) = tcx.entry_fn(()) else { return };
    let main_instance = Instance::mono(tcx, main_def_id);
    let here = if main_def_id.is_local() {
        cgu.contains_item(&MonoItem::Fn(main_instance))
    } else {
        cgu.is_primary()
    };
    if !here {
        return;
    }
    let span = tcx.def_span(main_def_id);
    if !tcx.sess.target.main_needs_argc_argv {
        crate::unsupported::fatal_in(tcx, Some(span), "program entry for this target");
    }

    let typing_env = ty::TypingEnv::fully_monomorphized();
    let main_sig = tcx.fn_sig(main_def_id).instantiate_identity().skip_normalization();
    let main_ret_ty = tcx.normalize_erasing_late_bound_regions(typing_env, main_sig).output();
    let start_def_id = tcx.require_lang_item(LangItem::Start, span);
    let start_instance = Instance::expect_resolve(
        tcx,
        typing_env,
        start_def_id,
        tcx.mk_args(&[main_ret_ty.into()]),
        DUMMY_SP,
    );

    let pointer_type = Type::int(tcx.data_layout.pointer_size().bits() as u16)
        .expect("pointers are 16 to 64 bits wide");
    let c_int = Type::int(tcx.sess.target.c_int_width).expect("C's `int` is 16 or 32 bits wide");
    let mut sig = Signature::new(cx.default_call_conv);
    sig.params.push(AbiParam::new(c_int));
    sig.params.push(AbiParam::new(pointer_type));
    sig.returns.push(AbiParam::new(c_int));
    let entry_name = tcx.sess.target.entry_name.as_ref();
    let entry_id = match cx.module.declare_function(entry_name, Linkage::Export, &sig) {
        Ok(id) => id,
        Err(err) => tcx.dcx().span_fatal(span, format!("cannot define `{entry_name}`: {err}")),
    };
    let main_id = cx.declare_fn(main_instance, Linkage::Import, span);
    let start_id = cx.declare_fn(start_instance, Linkage::Import, span);

    let mut func = Function::with_name_signature(ModuleCx::user_func_name(entry_id), sig);
    let mut builder_ctx = std::mem::take(&mut cx.builder_ctx);
    {
        let mut bcx = FunctionBuilder::new(&mut func, &mut builder_ctx);
        let block = bcx.create_block();
        bcx.append_block_params_for_function_params(block);
        bcx.switch_to_block(block);
        let argc = bcx.block_params(block)[0];
        let argv = bcx.block_params(block)[1];
        let main_ref = cx.module.declare_func_in_func(main_id, bcx.func);
        let start_ref = cx.module.declare_func_in_func(start_id, bcx.func);
        let main_addr = bcx.ins().func_addr(pointer_type, main_ref);
        let argc = bcx.ins().sextend(pointer_type, argc);
        let sigpipe = bcx.ins().iconst(types::I8, i64::from(sigpipe));
        let call = bcx.ins().call(start_ref, &[main_addr, argc, argv, sigpipe]);
        let result = bcx.inst_results(call)[0];
        let result = bcx.ins().ireduce(c_int, result);
        bcx.ins().return_(&[result]);
        bcx.seal_all_blocks();
        bcx.finalize(cx.module.isa().frontend_config());
    }
    cx.builder_ctx = builder_ctx;
    cx.functions.push(LoweredFunction::plain(entry_id, func));
}
