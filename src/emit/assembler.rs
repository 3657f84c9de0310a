//! Assembles a codegen unit's module-level assembly (`global_asm!`, naked functions, inline
//! assembly thunks) into the unit's second object file, with the system assembler `as` for the
//! host's architecture and GNU binutils' cross assembler (`<arch>-linux-gnu-as`, as Debian's
//! `binutils-<arch>-linux-gnu` names it) for another.

use std::path::PathBuf;
use std::process::Command;

use rustc_codegen_ssa::back::write::CodegenContext;

/// Writes `text` next to the unit's object file and assembles it; returns the object's path.
pub(crate) fn assemble(cgcx: &CodegenContext, unit: &str, text: &str) -> Result<PathBuf, String> {
    let object = cgcx.output_filenames.temp_path_ext_for_cgu("asm.o", unit);
    let source = object.with_extension("s");
    std::fs::write(&source, text)
        .map_err(|err| format!("could not write `{}`: {err}", source.display()))?;
    let assembler = if cgcx.target_arch == std::env::consts::ARCH {
        "as".to_owned()
    } else {
        format!("{}-linux-gnu-as", cgcx.target_arch)
    };
    let output =
        Command::new(&assembler).arg("-o").arg(&object).arg(&source).output().map_err(|err| {
            format!(
                "could not run the assembler `{assembler}` for module-level assembly of `{unit}` \
                 (Debian: binutils-{}-linux-gnu): {err}",
                cgcx.target_arch
            )
        })?;
    if !output.status.success() {
        return Err(format!(
            "the assembler failed on module-level assembly of `{unit}`:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    if !cgcx.save_temps {
        let _ = std::fs::remove_file(&source);
    }
    Ok(object)
}
