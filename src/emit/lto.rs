//! Fat LTO (`-Clto`) without cross-module optimization: one object file holding everything
//! LLVM's LTO would have merged, i.e. this crate's codegen units, compiled as usual, and the Rust
//! object files of the upstream rlibs, joined by a relocatable link (`cc -r`). rustc then links
//! that object in place of the rlibs' Rust objects. Programs built with `-Clto` (or
//! `lto = true` in a cargo profile) thus work, without being any faster.

use std::path::PathBuf;
use std::process::Command;

use rustc_codegen_ssa::back::link::linker_and_flavor;
use rustc_codegen_ssa::back::rmeta_link;
use rustc_codegen_ssa::back::write::{CodegenContext, SharedEmitter};
use rustc_codegen_ssa::{CompiledModule, ModuleCodegen, ModuleKind};
use rustc_data_structures::profiling::SelfProfilerRef;
use rustc_session::Session;
use rustc_session::config::OutputType;
use rustc_target::spec::{Cc, LinkerFlavor};

use crate::lowered::LoweredModule;

pub(crate) fn fat_lto(
    sess: &Session,
    cgcx: &CodegenContext,
    prof: &SelfProfilerRef,
    shared_emitter: &SharedEmitter,
    each_linked_rlib_for_lto: &[PathBuf],
    modules: Vec<ModuleCodegen<LoweredModule>>,
) -> CompiledModule {
    let dcx = sess.dcx();
    let mut objects = Vec::new();
    let mut unit_name = None;
    for module in modules {
        unit_name.get_or_insert_with(|| module.name.clone());
        let compiled = super::compile_and_write_object(
            cgcx,
            prof,
            shared_emitter,
            module,
            &cgcx.module_config,
        );
        objects.extend(compiled.object);
        objects.extend(compiled.global_asm_object);
    }
    let merged_name = format!("{}.lto", unit_name.as_deref().unwrap_or("crate"));

    let mut extracted = Vec::new();
    for (rlib_index, rlib) in each_linked_rlib_for_lto.iter().enumerate() {
        let data = std::fs::read(rlib).unwrap_or_else(|err| {
            dcx.fatal(format!("cannot read `{}` for LTO: {err}", rlib.display()))
        });
        let Some(link) = rmeta_link::read_from_data(&data, rlib) else {
            dcx.fatal(format!("`{}` lists no Rust object files for LTO", rlib.display()));
        };
        let archive = object::read::archive::ArchiveFile::parse(&*data).unwrap_or_else(|err| {
            dcx.fatal(format!("cannot read `{}` for LTO: {err}", rlib.display()))
        });
        for member in archive.members() {
            let member = member.unwrap_or_else(|err| {
                dcx.fatal(format!("cannot read `{}` for LTO: {err}", rlib.display()))
            });
            let name = String::from_utf8_lossy(member.name());
            if !link.rust_object_files.iter().any(|file| *file == name) {
                continue;
            }
            let bytes = member.data(&*data).unwrap_or_else(|err| {
                dcx.fatal(format!("cannot read `{}` for LTO: {err}", rlib.display()))
            });
            let path = cgcx.output_filenames.temp_path_ext_for_cgu(
                &format!("lto{rlib_index}.{}.o", extracted.len()),
                &merged_name,
            );
            std::fs::write(&path, bytes).unwrap_or_else(|err| {
                dcx.fatal(format!("cannot write `{}`: {err}", path.display()))
            });
            extracted.push(path);
        }
    }

    let output = cgcx.output_filenames.temp_path_for_cgu(OutputType::Object, &merged_name);
    let (linker, flavor) = linker_and_flavor(sess);
    let mut cmd = Command::new(&linker);
    // Objects without a `.note.GNU-stack` (Cranelift's) would otherwise make the merged one
    // ask for an executable stack.
    match flavor {
        LinkerFlavor::Gnu(Cc::Yes, _) => cmd.args(["-r", "-nostdlib", "-Wl,-z,noexecstack"]),
        LinkerFlavor::Gnu(Cc::No, _) => cmd.args(["-r", "-z", "noexecstack"]),
        _ => crate::unsupported::fatal(
            dcx,
            None,
            None,
            format_args!("`-Clto` with linker flavor {flavor:?}"),
        ),
    };
    cmd.arg("-o").arg(&output).args(&objects).args(&extracted);
    let result = cmd.output();
    if !cgcx.save_temps {
        for path in objects.iter().chain(&extracted) {
            let _ = std::fs::remove_file(path);
        }
    }
    match result {
        Ok(out) if out.status.success() => {}
        Ok(out) => dcx.fatal(format!(
            "the relocatable link of `-Clto` failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )),
        Err(err) => dcx.fatal(format!("could not run `{}` for `-Clto`: {err}", linker.display())),
    }

    ModuleCodegen {
        name: merged_name,
        module_llvm: (),
        kind: ModuleKind::Regular,
        thin_lto_buffer: None,
    }
    .into_compiled_module(true, false, false, false, false, &cgcx.output_filenames)
}
