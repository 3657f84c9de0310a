//! Object emission, on rustc's worker threads: Cranelift compiles each lowered function and
//! cranelift-object writes the codegen unit's object file.

pub(crate) mod aliases;
mod assembler;
mod clif_dump;
pub(crate) mod fn_cache;
pub(crate) mod identical_fns;
mod lsda;
pub(crate) mod lto;
mod unwind;

use std::borrow::Cow;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::incremental_cache::serialize_compiled;
use cranelift_codegen::ir::{Function, UserExternalName, UserExternalNameRef, UserFuncName};
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::print_errors::pretty_verifier_error;
use cranelift_codegen::{CodegenError, CompiledCode, Context};
use cranelift_module::{DataId, FuncId, Module, ModuleError, ModuleReloc, ModuleResult};
use cranelift_object::ObjectModule;
use rustc_codegen_ssa::back::write::{CodegenContext, ModuleConfig, SharedEmitter};
use rustc_codegen_ssa::{CompiledModule, ModuleCodegen};
use rustc_data_structures::profiling::SelfProfilerRef;
use rustc_errors::DiagCtxt;
use rustc_session::config::OutputType;
use smallvec::SmallVec;

use self::clif_dump::ClifDump;
use self::fn_cache::FnCache;
use self::identical_fns::SharedCode;
use crate::lowered::{LoweredFunction, LoweredModule};

pub(crate) fn compile_and_write_object(
    cgcx: &CodegenContext,
    prof: &SelfProfilerRef,
    shared_emitter: &SharedEmitter,
    module: ModuleCodegen<LoweredModule>,
    config: &ModuleConfig,
) -> CompiledModule {
    let _timer = prof.generic_activity_with_arg("cranelift_compile_module", &*module.name);
    let dcx = DiagCtxt::new(Box::new(shared_emitter.clone()));
    let dcx = dcx.handle();
    let ModuleCodegen { name, module_llvm: lowered, kind, thin_lto_buffer } = module;
    let LoweredModule {
        module: mut object_module,
        functions,
        mut debug,
        global_asm,
        weak_imports,
        aliases,
        personality,
        function_isas,
        clif_dump_dir,
        fn_cache_dir,
    } = lowered;
    let mut clif_dump = clif_dump_dir.map(ClifDump::new);
    // `--emit=asm`: each function's machine code as Cranelift prints it, a listing to read
    // (not input for an assembler).
    let mut listing = config.emit_asm.then(String::new);
    // `--emit=llvm-ir`: there is no LLVM IR; each function's Cranelift IR as Cranelift's
    // passes leave it stands in, under a first line saying so.
    let mut ir_text = config.emit_ir.then(|| {
        format!(
            "; Cranelift IR of the codegen unit `{name}`, written for --emit=llvm-ir by the \
             Cranelift backend, which makes no LLVM IR\n\n"
        )
    });
    // Listings and IR dumps show each function's own compilation: no cached code, no code
    // shared with an identical function.
    let keyed = listing.is_none() && clif_dump.is_none() && ir_text.is_none();
    let mut fn_cache = fn_cache_dir.filter(|_| keyed).map(|dir| FnCache::open(&dir, &name));
    let (mut cache_hits, mut cache_misses, mut identical) = (0u64, 0u64, 0u64);

    let mut context = Context::new();
    let mut unwind = unwind::UnwindTable::new(object_module.isa());
    let mut code_ranges = Vec::new();
    let mut aligned_functions = Vec::new();
    for LoweredFunction { id: func_id, func: function, debug: function_debug, align, isa } in
        functions
    {
        if let Some(align) = align {
            aligned_functions.push((func_id, align));
        }
        context.clear();
        if listing.is_some() {
            context.set_disasm(true);
        }
        if let Some(dump) = &mut clif_dump {
            dump.before_compile(&symbol_name(&object_module, func_id), &function, &mut context);
        }
        context.func = function;
        let compiled = {
            let _timer = prof
                .generic_activity_with_arg_recorder("cranelift_compile_fn", |recorder| {
                    recorder.record_arg(symbol_name(&object_module, func_id))
                });
            // Should Cranelift panic (an internal error, such as an instruction no lowering
            // rule matches), a note names the function before the panic goes on.
            let compiled = panic::catch_unwind(AssertUnwindSafe(|| {
                let isa = isa.map(|index| &*function_isas[index as usize]);
                define_compiled(
                    &mut object_module,
                    isa,
                    func_id,
                    &mut context,
                    keyed,
                    fn_cache.as_mut(),
                )
                .map_err(Box::new)
            }));
            match compiled {
                Ok(compiled) => compiled,
                Err(payload) => {
                    let symbol = symbol_name(&object_module, func_id);
                    let function = rustc_demangle::demangle(&symbol);
                    dcx.note(format!("Cranelift crashed while compiling `{function:#}`"));
                    panic::resume_unwind(payload);
                }
            }
        };
        let compiled = match compiled {
            Ok(compiled) => {
                match &compiled {
                    Compiled::InContext => {}
                    Compiled::Found(_) => cache_hits += 1,
                    Compiled::Identical(_) => {
                        identical += 1;
                        cache_misses += 1;
                    }
                    Compiled::Made(_) => cache_misses += 1,
                }
                compiled
            }
            Err(err) => {
                let symbol = symbol_name(&object_module, func_id);
                let details = match *err {
                    ModuleError::Compilation(CodegenError::ImplLimitExceeded) => {
                        let function = rustc_demangle::demangle(&symbol);
                        crate::unsupported::fatal(
                            dcx,
                            None,
                            None,
                            format_args!(
                                "a stack frame, or arguments or results passed on the stack, \
                             larger than Cranelift allows (in function `{function:#}`)"
                            ),
                        );
                    }
                    ModuleError::Compilation(CodegenError::Verifier(errors)) => {
                        pretty_verifier_error(&context.func, None, errors)
                    }
                    err => format!("{err:?}"),
                };
                dcx.fatal(format!("Cranelift could not compile `{symbol}`: {details}"));
            }
        };
        if let Some(dump) = &mut clif_dump {
            dump.after_compile(&symbol_name(&object_module, func_id), &context);
        }
        if let Some(ir_text) = &mut ir_text {
            let clif = with_symbol_names(
                &context.func.display().to_string(),
                &context.func,
                &object_module,
            );
            let clif = clif_with_symbol_names(&clif, &context.func, &object_module);
            let _ = writeln!(ir_text, "; {}\n{clif}", symbol_name(&object_module, func_id));
        }
        if let Some(listing) = &mut listing
            && let Some(vcode) = context.compiled_code().and_then(|code| code.vcode.as_deref())
        {
            let vcode = with_symbol_names(vcode, &context.func, &object_module);
            let _ = writeln!(listing, "# {}\n{vcode}", symbol_name(&object_module, func_id));
        }
        if let Some(code) = compiled.code(&context) {
            unwind.add_function(object_module.isa(), func_id, code);
            if let (Some(unit), Some(function_debug)) = (&mut debug, &function_debug) {
                let _timer = prof.generic_activity("cranelift_debuginfo");
                let base = context.func.params.base_srcloc();
                unit.add_compiled_function(func_id, code, base, function_debug, &mut code_ranges);
            }
        }
    }

    if let Some(dump) = clif_dump
        && let Err(message) = dump.write(&name)
    {
        dcx.fatal(message);
    }
    prof.artifact_size("cranelift_identical_functions", &*name, identical);
    if let Some(cache) = fn_cache {
        prof.artifact_size("cranelift_fn_cache_hits", &*name, cache_hits);
        prof.artifact_size("cranelift_fn_cache_misses", &*name, cache_misses);
        if let Err(err) = cache.write(cache_hits, cache_misses) {
            dcx.warn(format!("could not write the Cranelift function cache of `{name}`: {err}"));
        }
    }

    // Everything from here to the file written, DWARF aside (its own activity, nested).
    let write_timer = prof.generic_activity("cranelift_write_object");
    let existing_alias_names = aliases::existing_declarations(&object_module, &aliases);
    let mut product = object_module.finish();
    aliases::add_aliases(&mut product, &aliases, &existing_alias_names);
    // Cranelift names anonymous data objects (constants, vtables) `.Ldata<n>`; lld keeps such
    // local symbols in the executable, where gdb would name a vtable or a constant by them.
    // Without a name they are left out of the symbol table, as LLVM's private symbols are.
    for &(symbol, _) in product.data_objects.values().flatten() {
        let symbol = product.object.symbol_mut(symbol);
        if symbol.scope == object::write::SymbolScope::Compilation && symbol.name.starts_with(b".L")
        {
            symbol.name.clear();
        }
    }
    // Every function has a section of its own, so aligning it aligns the function.
    for (func_id, align) in aligned_functions {
        if let Some((symbol, _)) = product.functions[func_id]
            && let object::write::SymbolSection::Section(section) =
                product.object.symbol(symbol).section
        {
            // Appending nothing raises the section's alignment.
            product.object.section_mut(section).append_data(&[], align);
        }
    }
    let endian = unwind.endian();
    if let Err(err) = unwind.write_into(&mut product, personality) {
        dcx.fatal(format!("could not write the unwind tables of `{name}`: {err}"));
    }
    if let Some(unit) = debug {
        let _timer = prof.generic_activity("cranelift_debuginfo");
        if let Err(err) =
            crate::debuginfo::write_debug_sections(unit, code_ranges, endian, &mut product)
        {
            dcx.fatal(format!("could not write the debug info of `{name}`: {err}"));
        }
    }
    if product.object.format() == object::BinaryFormat::Elf {
        add_comment(&mut product.object);
    }
    for data_id in weak_imports {
        if let Some((symbol, _)) = product.data_objects[data_id] {
            product.object.symbol_mut(symbol).weak = true;
        }
    }
    let bytes = match product.emit() {
        Ok(bytes) => bytes,
        Err(err) => dcx.fatal(format!("could not write object file for `{name}`: {err}")),
    };
    let path = cgcx.output_filenames.temp_path_for_cgu(OutputType::Object, &name);
    if let Err(err) = std::fs::write(&path, bytes) {
        dcx.fatal(format!("could not write `{}`: {err}", path.display()));
    }
    drop(write_timer);

    let global_asm_object = if global_asm.is_empty() {
        None
    } else {
        match assembler::assemble(cgcx, &name, &global_asm) {
            Ok(path) => Some(path),
            Err(message) => dcx.fatal(message),
        }
    };

    if let Some(listing) = &listing {
        let path = cgcx.output_filenames.temp_path_for_cgu(OutputType::Assembly, &name);
        if let Err(err) = std::fs::write(&path, listing) {
            dcx.fatal(format!("could not write `{}`: {err}", path.display()));
        }
    }
    if let Some(ir_text) = &ir_text {
        let path = cgcx.output_filenames.temp_path_for_cgu(OutputType::LlvmAssembly, &name);
        if let Err(err) = std::fs::write(&path, ir_text) {
            dcx.fatal(format!("could not write `{}`: {err}", path.display()));
        }
    }
    let mut compiled = ModuleCodegen { name, module_llvm: (), kind, thin_lto_buffer }
        .into_compiled_module(
            true,
            false,
            false,
            listing.is_some(),
            ir_text.is_some(),
            &cgcx.output_filenames,
        );
    compiled.global_asm_object = global_asm_object;
    compiled
}

/// `.comment`, where ELF objects name their producer (readelf -p .comment); the linker merges
/// the strings of all objects, so a binary names every compiler that contributed to it.
fn add_comment(object: &mut object::write::Object<'_>) {
    let section =
        object.add_section(Vec::new(), b".comment".to_vec(), object::SectionKind::OtherString);
    let mut text = crate::producer::producer().into_bytes();
    text.push(0);
    object.append_section_data(section, &text, 1);
}

fn symbol_name(module: &ObjectModule, func_id: FuncId) -> String {
    module.declarations().get_function_decl(func_id).linkage_name(func_id).into_owned()
}

/// A listing of `func` whose references to functions and data objects (`userextname<N>`, as
/// Cranelift prints them) are replaced by their symbols' names.
fn with_symbol_names(vcode: &str, func: &Function, module: &ObjectModule) -> String {
    const MARKER: &str = "userextname";
    let mut named = String::with_capacity(vcode.len());
    let mut rest = vcode;
    while let Some(start) = rest.find(MARKER) {
        named.push_str(&rest[..start]);
        let after = &rest[start + MARKER.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let reference = after[..digits].parse().ok().map(UserExternalNameRef::from_u32);
        let name = reference
            .and_then(|reference| func.params.user_named_funcs().get(reference))
            .and_then(|name| declared_name(module, name));
        match name {
            Some(name) => named.push_str(&name),
            None => named.push_str(&rest[start..start + MARKER.len() + digits]),
        }
        rest = &after[digits..];
    }
    named.push_str(rest);
    named
}

/// The symbol of a declaration of `module`, named as cranelift-module names them in functions.
fn declared_name<'a>(module: &'a ObjectModule, name: &UserExternalName) -> Option<Cow<'a, str>> {
    let declarations = module.declarations();
    // cranelift-module's namespaces: 0 for functions, 1 for data objects.
    match name.namespace {
        0 => {
            let id = FuncId::from_u32(name.index);
            Some(declarations.get_function_decl(id).linkage_name(id))
        }
        1 => {
            let id = DataId::from_u32(name.index);
            Some(declarations.get_data_decl(id).linkage_name(id))
        }
        _ => None,
    }
}

/// The Cranelift IR text of `func`, whose user names (`u0:<n>` for functions, `u1:<n>` for
/// data objects, as Cranelift prints the declarations `func` refers to, itself included) are
/// replaced by their symbols' names.
fn clif_with_symbol_names(clif: &str, func: &Function, module: &ObjectModule) -> String {
    let own_name = match &func.name {
        UserFuncName::User(name) => Some(name),
        UserFuncName::Testcase(_) => None,
    };
    let names: SmallVec<[&UserExternalName; 16]> =
        func.params.user_named_funcs().values().chain(own_name).collect();
    let mut named = String::with_capacity(clif.len());
    let mut rest = clif;
    while let Some(start) = rest.find(" u") {
        let (before, after) = rest.split_at(start + 2);
        named.push_str(before);
        let namespace = after.bytes().next().filter(|byte| matches!(byte, b'0' | b'1'));
        let digits =
            after.get(2..).map_or(0, |tail| tail.bytes().take_while(u8::is_ascii_digit).count());
        let name = match namespace {
            Some(namespace) if after.as_bytes().get(1) == Some(&b':') && digits > 0 => {
                let index: Option<u32> = after[2..2 + digits].parse().ok();
                let namespace = u32::from(namespace - b'0');
                names
                    .iter()
                    .find(|name| name.namespace == namespace && Some(name.index) == index)
                    .and_then(|name| declared_name(module, name))
            }
            _ => None,
        };
        match name {
            Some(name) => {
                named.pop();
                named.push_str(&name);
                rest = &after[2 + digits..];
            }
            None => rest = after,
        }
    }
    named.push_str(rest);
    named
}

/// Where a function's compiled code is.
enum Compiled {
    /// In the `Context` (compiled without a key: listings and IR dumps need the compilation).
    InContext,
    /// Taken from the function cache.
    Found(CompiledCode),
    /// Compiled before for another function of the crate with the same stencil.
    Identical(Arc<SharedCode>),
    /// Compiled anew.
    Made(Arc<SharedCode>),
}

impl Compiled {
    /// The function's machine code; none if the `Context` holds none.
    fn code<'a>(&'a self, context: &'a Context) -> Option<&'a CompiledCode> {
        match self {
            Compiled::InContext => context.compiled_code(),
            Compiled::Found(code) => Some(code),
            Compiled::Identical(shared) | Compiled::Made(shared) => Some(&shared.code),
        }
    }
}

/// Compiles the function in `context` with `isa` (the unit's own when `None`, otherwise one
/// with more target features), or takes its code from `cache` or from an identical function
/// compiled before (`keyed`), and defines it in `module`, as `Module::define_function` does.
#[expect(clippy::result_large_err, reason = "the error of `Module::define_function` it stands for")]
fn define_compiled(
    module: &mut ObjectModule,
    isa: Option<&dyn TargetIsa>,
    func_id: FuncId,
    context: &mut Context,
    keyed: bool,
    mut cache: Option<&mut FnCache>,
) -> ModuleResult<Compiled> {
    let isa = isa.unwrap_or(module.isa());
    let mut control = ControlPlane::default();
    let compiled = if keyed {
        let key = fn_cache::key_of(isa, &context.func);
        let base = context.func.params.base_srcloc();
        if let Some(code) = cache.as_mut().and_then(|cache| cache.get(&key, &context.func)) {
            Compiled::Found(code)
        } else if let Some(shared) = identical_fns::get(&key).filter(|shared| shared.base == base) {
            if let (Some(cache), Some(value)) = (cache, &shared.cached) {
                cache.insert(key, value.clone());
            }
            Compiled::Identical(shared)
        } else {
            let stencil =
                context.compile_stencil(isa, &mut control).map_err(ModuleError::Compilation)?;
            let (stencil, cached) = match cache {
                Some(cache) => {
                    let (stencil, value) = serialize_compiled(stencil);
                    let value = value.ok();
                    if let Some(value) = &value {
                        cache.insert(key, value.clone());
                    }
                    (stencil, value)
                }
                None => (stencil, None),
            };
            let code = stencil.apply_params(&context.func.params);
            let shared = Arc::new(SharedCode { code, base, cached });
            identical_fns::insert(key, Arc::clone(&shared));
            Compiled::Made(shared)
        }
    } else {
        context.compile(isa, &mut control)?;
        Compiled::InContext
    };
    let code = compiled.code(context).expect("compiled just now");
    let alignment = code.buffer.min_alignment;
    let relocs: Vec<ModuleReloc> = code
        .buffer
        .relocs()
        .iter()
        .map(|reloc| ModuleReloc::from_mach_reloc(reloc, &context.func, func_id))
        .collect();
    module.define_function_bytes(func_id, u64::from(alignment), code.buffer.data(), &relocs)?;
    Ok(compiled)
}
