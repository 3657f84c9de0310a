//! The `dump-clif=DIR` option (see `options`): a codegen unit's functions as text, as they were
//! lowered, after Cranelift's optimizations, and as machine code, for debugging the backend.

use std::fmt::Write;
use std::path::PathBuf;

use cranelift_codegen::Context;
use cranelift_codegen::ir::Function;

/// The three texts of one codegen unit, written out once all its functions are compiled.
pub(crate) struct ClifDump {
    dir: PathBuf,
    lowered: String,
    optimized: String,
    machine_code: String,
}

impl ClifDump {
    pub(crate) fn new(dir: PathBuf) -> Self {
        ClifDump {
            dir,
            lowered: String::new(),
            optimized: String::new(),
            machine_code: String::new(),
        }
    }

    /// Records `func` as lowered; call before compiling it with `context`.
    pub(crate) fn before_compile(&mut self, symbol: &str, func: &Function, context: &mut Context) {
        let _ = writeln!(self.lowered, "; {symbol}\n{}", func.display());
        context.set_disasm(true);
    }

    /// Records what Cranelift made of the function `context` compiled.
    pub(crate) fn after_compile(&mut self, symbol: &str, context: &Context) {
        let _ = writeln!(self.optimized, "; {symbol}\n{}", context.func.display());
        if let Some(vcode) = context.compiled_code().and_then(|code| code.vcode.as_deref()) {
            let _ = writeln!(self.machine_code, "; {symbol}\n{vcode}");
        }
    }

    /// Writes `<unit>.clif`, `<unit>.opt.clif` and `<unit>.s` into the directory.
    pub(crate) fn write(self, unit: &str) -> Result<(), String> {
        std::fs::create_dir_all(&self.dir)
            .map_err(|err| format!("cannot create `{}`: {err}", self.dir.display()))?;
        for (extension, text) in
            [("clif", self.lowered), ("opt.clif", self.optimized), ("s", self.machine_code)]
        {
            let path = self.dir.join(format!("{unit}.{extension}"));
            std::fs::write(&path, text)
                .map_err(|err| format!("cannot write `{}`: {err}", path.display()))?;
        }
        Ok(())
    }
}
