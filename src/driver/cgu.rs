//! One codegen unit on the main thread: declare every mono item, lower function bodies and
//! define statics, add the program entry if this unit holds it.

use std::panic::{self, AssertUnwindSafe};
use std::time::Instant;

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_module::{FuncId, FuncOrDataId, Linkage, default_libcall_names};
use cranelift_object::{ObjectBuilder, ObjectModule};
use rustc_codegen_ssa::ModuleCodegen;
use rustc_data_structures::FatalErrorMarker;
use rustc_data_structures::fx::FxHashSet;
use rustc_middle::dep_graph;
use rustc_middle::mono::{MonoItem, MonoItemData};
use rustc_middle::ty::{Instance, TyCtxt};
use rustc_span::Symbol;

use crate::debuginfo::{DebugLevel, UnitDebugInfo};
use crate::lower::global_asm::{GlobalAsmCx, is_naked};
use crate::lower::module_cx::definition_linkage;
use crate::lower::{ModuleCx, lower_function};
use crate::lowered::LoweredModule;

pub(crate) fn new_object_module(tcx: TyCtxt<'_>, isa: OwnedTargetIsa, name: &str) -> ObjectModule {
    let mut builder = match ObjectBuilder::new(isa, name, default_libcall_names()) {
        Ok(builder) => builder,
        Err(err) => tcx.dcx().fatal(format!("could not create an object file: {err}")),
    };
    // One section per function and per data object lets the linker drop what nothing uses
    // (`--gc-sections`), as with LLVM's function and data sections.
    builder.per_function_section(true);
    builder.per_data_object_section(true);
    ObjectModule::new(builder)
}

pub(super) fn compile_codegen_unit(
    tcx: TyCtxt<'_>,
    cgu_name: Symbol,
) -> (ModuleCodegen<LoweredModule>, u64) {
    let start = Instant::now();
    let dep_node = tcx.codegen_unit(cgu_name).codegen_dep_node(tcx);
    let (module, _) = tcx.dep_graph.with_task(
        dep_node,
        tcx,
        || lower_codegen_unit(tcx, cgu_name),
        Some(dep_graph::hash_result),
    );
    // The coordinator schedules the most expensive units first; lowering time is a good guess.
    (module, start.elapsed().as_nanos() as u64)
}

fn lower_codegen_unit<'tcx>(tcx: TyCtxt<'tcx>, cgu_name: Symbol) -> ModuleCodegen<LoweredModule> {
    let _timer = tcx.prof.generic_activity_with_arg("cranelift_lower_cgu", cgu_name.as_str());
    let cgu = tcx.codegen_unit(cgu_name);
    let isa = crate::isa::build_isa(tcx.sess);
    let module = new_object_module(tcx, isa, cgu_name.as_str());
    let mut cx = ModuleCx::new(tcx, module, cgu_name.as_str());
    cx.cgu = Some(cgu);
    cx.debug = DebugLevel::of(tcx).map(|level| UnitDebugInfo::new(tcx, level, cgu_name.as_str()));
    let items = cgu.items_in_deterministic_order(tcx);

    // Module-level assembly first: it decides which symbols must be visible outside the
    // Cranelift object.
    let mut asm_symbols = FxHashSet::default();
    for &(item, data) in &items {
        let mut asm_cx = GlobalAsmCx::new(tcx, &mut cx.global_asm, &mut asm_symbols);
        match item {
            MonoItem::Fn(instance) if is_naked(tcx, instance) => {
                asm_cx.lower_naked_fn(instance, data)
            }
            MonoItem::GlobalAsm(item_id) => asm_cx.lower_global_asm(item_id),
            _ => {}
        }
    }
    let linkage_of = |item: MonoItem<'tcx>, data: &MonoItemData| {
        let linkage = definition_linkage(data.linkage, data.visibility);
        if linkage == Linkage::Local && asm_symbols.contains(item.symbol_name(tcx).name) {
            Linkage::Hidden
        } else {
            linkage
        }
    };

    // Declare everything before defining anything so that definitions can refer to each other.
    let mut func_ids = Vec::with_capacity(items.len());
    for (item, data) in &items {
        match *item {
            MonoItem::Fn(instance) if is_naked(tcx, instance) => func_ids.push(None),
            MonoItem::Fn(instance) => {
                let span = tcx.def_span(instance.def_id());
                let linkage = linkage_of(*item, data);
                func_ids.push(Some(cx.declare_fn(instance, linkage, span)));
                crate::abi::declare_tail_entry(&mut cx, instance, linkage, span);
            }
            MonoItem::Static(def_id) => {
                let linkage = linkage_of(*item, data);
                let data_id = cx.static_data_id(def_id, linkage, tcx.def_span(def_id));
                cx.offer_static_contents(def_id, data_id, linkage);
            }
            MonoItem::GlobalAsm(_) => {}
        }
    }

    // A lowered function holds its whole Cranelift IR by value: growing the vector one
    // function at a time would copy every one lowered before.
    cx.functions.reserve(func_ids.iter().flatten().count());
    let mut func_ids = func_ids.into_iter();
    for (item, data) in &items {
        match *item {
            MonoItem::Fn(instance) => {
                if let Some(func_id) =
                    func_ids.next().expect("the loop above pushed one entry per function")
                {
                    lower_naming_panics(&mut cx, instance, func_id);
                    let attrs = tcx.codegen_instance_attrs(instance.def);
                    cx.add_aliases(&attrs.foreign_item_symbol_aliases, FuncOrDataId::Func(func_id));
                }
            }
            MonoItem::Static(def_id) => {
                cx.define_static(def_id, linkage_of(*item, data));
                let data_id = cx.static_data_id(def_id, Linkage::Import, tcx.def_span(def_id));
                let attrs = tcx.codegen_fn_attrs(def_id);
                cx.add_aliases(&attrs.foreign_item_symbol_aliases, FuncOrDataId::Data(data_id));
            }
            MonoItem::GlobalAsm(_) => {}
        }
    }

    super::main_shim::maybe_lower_entry(&mut cx, cgu);
    super::gdb_scripts::maybe_define_section(&mut cx, cgu);

    ModuleCodegen::new_regular(cgu_name.to_string(), cx.finish())
}

/// Lowers `instance`; should lowering panic (an internal error, never a reported one), a note
/// names the function and its span before the panic goes on to rustc's crash report.
fn lower_naming_panics<'tcx>(cx: &mut ModuleCx<'tcx>, instance: Instance<'tcx>, func_id: FuncId) {
    let tcx = cx.tcx;
    let lowered = panic::catch_unwind(AssertUnwindSafe(|| lower_function(cx, instance, func_id)));
    if let Err(payload) = lowered {
        if !payload.is::<FatalErrorMarker>() {
            tcx.dcx().span_note(
                tcx.def_span(instance.def_id()),
                format!("the Cranelift backend crashed while lowering `{instance}`"),
            );
        }
        panic::resume_unwind(payload);
    }
}
