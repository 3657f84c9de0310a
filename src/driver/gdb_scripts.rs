//! The `.debug_gdb_scripts` section: programs and shared libraries built with debug info name
//! there the gdb scripts to load, as with rustc's LLVM backend: rust-gdb's pretty-printers
//! (`gdb_load_rust_pretty_printers.py`: `String`, `Vec`, `HashMap`, ...) and the scripts of
//! `#[debugger_visualizer(gdb_script_file = ...)]` in the crate and its dependencies.

use cranelift_module::{DataDescription, Linkage, Module};
use rustc_attr_ir::DebuggerVisualizerType;
use rustc_codegen_ssa::base::collect_debugger_visualizers_transitive;
use rustc_hir::def_id::LOCAL_CRATE;
use rustc_middle::mono::CodegenUnit;
use rustc_session::config::DebugInfo;
use rustc_structures::CrateType;

use crate::lower::ModuleCx;

/// Defines the section in the crate's primary codegen unit, if the crate is linked into a
/// program or a library gdb may load and has debug info.
pub(super) fn maybe_define_section(cx: &mut ModuleCx<'_>, cgu: &CodegenUnit<'_>) {
    let tcx = cx.tcx;
    let linked = tcx
        .crate_types()
        .iter()
        .any(|crate_type| !matches!(crate_type, CrateType::Rlib | CrateType::ProcMacro));
    if !cgu.is_primary()
        || !linked
        || tcx.sess.opts.debuginfo == DebugInfo::None
        || !tcx.sess.target.emit_debug_gdb_scripts
    {
        return;
    }
    // Entries are a kind byte and a NUL-terminated text: 1 names a script file gdb finds in
    // its script directories, 4 holds a script inline, after a line naming it.
    let mut contents = b"\x01gdb_load_rust_pretty_printers.py\0".to_vec();
    let visualizers =
        collect_debugger_visualizers_transitive(tcx, DebuggerVisualizerType::GdbPrettyPrinter);
    let crate_name = tcx.crate_name(LOCAL_CRATE);
    for (index, visualizer) in visualizers.iter().enumerate() {
        contents.push(4);
        contents.extend_from_slice(format!("pretty-printer-{crate_name}-{index}\n").as_bytes());
        contents.extend_from_slice(&visualizer.src);
        contents.push(0);
    }
    let name = "__rustc_debug_gdb_scripts_section__";
    let id = match cx.module.declare_data(name, Linkage::Local, false, false) {
        Ok(id) => id,
        Err(err) => tcx.dcx().fatal(format!("cannot declare `{name}`: {err}")),
    };
    let mut description = DataDescription::new();
    description.set_align(1);
    description.set_custom_section(".debug_gdb_scripts");
    // Nothing refers to it: only this keeps the linker from dropping it.
    description.set_used(true);
    description.define(contents.into_boxed_slice());
    if let Err(err) = cx.module.define_data(id, &description) {
        tcx.dcx().fatal(format!("cannot define `{name}`: {err}"));
    }
}
