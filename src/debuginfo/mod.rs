//! DWARF debug information: a compile unit per codegen unit with a line table mapping every
//! instruction to its source location and, from `-Cdebuginfo=1` on, a `DW_TAG_subprogram` per
//! function. Locations are collected while lowering (as indices attached to instructions with
//! Cranelift source locations); the tables are finished once the code is compiled
//! (`write.rs`), on the worker thread.

mod entries;
pub(crate) mod reloc_writer;
mod scopes;
mod strings;
mod types;
mod variables;
mod write;

use std::sync::Arc;

use entries::{Entries, EntryId, EntryMut, Value};
use gimli::write::{FileId, FileInfo, LineProgram, LineString, LineStringTable};
use gimli::{Encoding, Format, LineEncoding};
use rustc_data_structures::fx::FxHashMap;
use rustc_middle::ty::{Instance, Ty, TyCtxt, TypeVisitableExt};
use rustc_session::config::{DebugInfo, OptLevel};
use rustc_span::def_id::DefId;
use rustc_span::{
    BytePos, FileName, Pos, RemapPathScopeComponents, SourceFile, SourceFileAndLine, Span,
    StableSourceFileId,
};
use rustc_target::spec::Arch;
use strings::Strings;
pub(crate) use types::TypeCache;
pub(crate) use variables::{VariableHome, VariableValue};
pub(crate) use write::write_debug_sections;

/// How much debug information `-Cdebuginfo` asks for.
#[derive(Copy, Clone, PartialEq, PartialOrd)]
pub(crate) enum DebugLevel {
    LineTables,
    Functions,
    /// Functions with their variables and parameters and the types of those, optimized
    /// (`-Cdebuginfo=2 -Copt-level=1` and up): a variable whose local lives in memory anyway
    /// (its address is taken, an aggregate), in a stack slot of its own, has a location; the
    /// others are described without one, as optimized out (see `variables.rs`).
    OptimizedVariables,
    /// Functions with their variables and parameters and the types of those: `-Cdebuginfo=2`
    /// without optimizations, where variables have a stack slot for their whole function.
    Variables,
}

impl DebugLevel {
    pub(crate) fn of(tcx: TyCtxt<'_>) -> Option<Self> {
        match tcx.sess.opts.debuginfo {
            DebugInfo::None => None,
            DebugInfo::LineDirectivesOnly | DebugInfo::LineTablesOnly => {
                Some(DebugLevel::LineTables)
            }
            DebugInfo::Full if tcx.sess.opts.optimize == OptLevel::No => {
                Some(DebugLevel::Variables)
            }
            DebugInfo::Full => Some(DebugLevel::OptimizedVariables),
            DebugInfo::Limited => Some(DebugLevel::Functions),
        }
    }
}

/// What naming functions in a unit's debug info caches, on the main thread: it holds the
/// `TyCtxt`'s data, which the unit's `UnitDebugInfo` outlives.
#[derive(Default)]
pub(crate) struct NameCaches<'tcx> {
    /// The printed generic argument types of functions' names (see `UnitDebugInfo::function`).
    pub(crate) type_names: FxHashMap<Ty<'tcx>, String>,
    /// The abstract subprograms of inlined callees, one per instance.
    inlined_origins: FxHashMap<Instance<'tcx>, EntryId>,
}

/// A source position in the line table.
#[derive(Copy, Clone, PartialEq)]
pub(crate) struct SourcePosition {
    file: FileId,
    line: u32,
    column: u32,
}

impl SourcePosition {
    /// Gives `entry` this position as its declaration (`DW_AT_decl_file`, `DW_AT_decl_line`).
    fn declare(self, entry: &mut EntryMut<'_>) {
        entry.set(gimli::DW_AT_decl_file, Value::File(self.file));
        entry.set(gimli::DW_AT_decl_line, Value::Udata(u64::from(self.line)));
    }
}

/// One source line: the bytes `start..end` of the source map, line `line` (from 1) of `file`.
#[derive(Copy, Clone)]
struct CachedLine {
    start: BytePos,
    end: BytePos,
    line: u32,
    file: FileId,
}

/// The compile unit of one codegen unit.
pub(crate) struct UnitDebugInfo {
    encoding: Encoding,
    entries: Entries,
    strings: Strings,
    line_program: LineProgram,
    line_strings: LineStringTable,
    level: DebugLevel,
    files: FxHashMap<StableSourceFileId, FileId>,
    /// The source line of the last position looked up: consecutive statements are mostly on
    /// one line, and finding a line means searching all the session's files, then its lines.
    last_line: Option<CachedLine>,
    /// Whether source texts are embedded (`-Zembed-source`).
    embed_source: bool,
    /// The namespace entry of the items that a definition holds, by its `DefId`, created as
    /// functions and types need them.
    namespaces: FxHashMap<DefId, EntryId>,
    /// The DWARF number of the frame pointer register, the base of variables' locations, on
    /// the architectures whose frames variables are described on.
    frame_register: Option<gimli::Register>,
    /// The index type of array subranges, once an array type needs it.
    array_index_type: Option<EntryId>,
}

/// What one function contributes: its name and declaration, and the positions that its
/// instructions' source locations index.
pub(crate) struct FunctionDebugInfo {
    namespace: EntryId,
    name: String,
    linkage_name: String,
    declaration: SourcePosition,
    pub(crate) positions: Vec<SourcePosition>,
    /// The MIR source scope of each position's instructions, for the entries of scopes
    /// (`scopes.rs`).
    scopes: Vec<u32>,
    /// The parent of each MIR source scope (`scopes::NO_SCOPE`: none), when the function has
    /// variables or inlined calls.
    scope_parents: Vec<u32>,
    variables: Vec<variables::PlacedVariable>,
    /// The call each MIR source scope is the outermost scope of the inlined body of, if any;
    /// empty if nothing was inlined into the function.
    inlined: Vec<Option<scopes::InlinedCall>>,
    /// The type of the function's result, when variables are described and it has one (gdb's
    /// `finish` shows the returned value by it).
    return_type: Option<EntryId>,
}

fn encoding(tcx: TyCtxt<'_>) -> Encoding {
    Encoding {
        format: Format::Dwarf32,
        version: tcx.sess.dwarf_version() as u16,
        address_size: tcx.data_layout.pointer_size().bytes() as u8,
    }
}

impl UnitDebugInfo {
    pub(crate) fn new(tcx: TyCtxt<'_>, level: DebugLevel, cgu_name: &str) -> Self {
        let encoding = encoding(tcx);
        let mut line_strings = LineStringTable::default();
        let source_map = tcx.sess.source_map();
        let comp_dir = source_map
            .working_dir()
            .path(RemapPathScopeComponents::DEBUGINFO)
            .to_string_lossy()
            .into_owned();
        let mut name = tcx
            .sess
            .local_crate_source_file()
            .map(|file| {
                file.path(RemapPathScopeComponents::DEBUGINFO).to_string_lossy().into_owned()
            })
            .unwrap_or_else(|| tcx.crate_name(rustc_hir::def_id::LOCAL_CRATE).to_string());
        // Every unit needs its own name (linkers and split DWARF tell them apart by name).
        name.push('@');
        name.push_str(cgu_name);

        let line_program = LineProgram::new(
            encoding,
            LineEncoding::default(),
            LineString::new(comp_dir.as_bytes(), encoding, &mut line_strings),
            None,
            LineString::new(name.as_bytes(), encoding, &mut line_strings),
            None,
        );

        let producer =
            format!("rustc version {} with {}", tcx.sess.cfg_version, crate::producer::producer());
        let mut strings = Strings::default();
        let producer = strings.add(producer);
        let name = strings.add(name);
        let comp_dir = strings.add(comp_dir);
        let mut entries = Entries::new();
        let mut root = entries.get_mut(entries.root());
        root.set(gimli::DW_AT_producer, Value::String(producer));
        root.set(gimli::DW_AT_language, Value::Udata(u64::from(gimli::DW_LANG_Rust.0)));
        root.set(gimli::DW_AT_name, Value::String(name));
        root.set(gimli::DW_AT_comp_dir, Value::String(comp_dir));
        root.set(gimli::DW_AT_low_pc, Value::Address(gimli::write::Address::Constant(0)));

        UnitDebugInfo {
            encoding,
            entries,
            strings,
            line_program,
            line_strings,
            level,
            files: FxHashMap::default(),
            last_line: None,
            embed_source: tcx.sess.opts.unstable_opts.embed_source && encoding.version >= 5,
            namespaces: FxHashMap::default(),
            frame_register: match tcx.sess.target.arch {
                Arch::X86_64 => Some(gimli::X86_64::RBP),
                Arch::AArch64 => Some(gimli::AArch64::X29),
                _ => None,
            },
            array_index_type: None,
        }
    }

    fn file_id(&mut self, file: &Arc<SourceFile>) -> FileId {
        if let Some(&id) = self.files.get(&file.stable_id) {
            return id;
        }
        let id = self.add_file(file);
        self.files.insert(file.stable_id, id);
        id
    }

    fn add_file(&mut self, source_file: &SourceFile) -> FileId {
        let encoding = self.encoding;
        let path = match &source_file.name {
            FileName::Real(real) => real.path(RemapPathScopeComponents::DEBUGINFO).to_path_buf(),
            other => other.display(RemapPathScopeComponents::DEBUGINFO).to_string().into(),
        };
        let directory = path.parent().map(|dir| dir.to_string_lossy().into_owned());
        let file = path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string_lossy().into_owned());
        let program = &mut self.line_program;
        let directory = match directory.filter(|dir| !dir.is_empty()) {
            Some(dir) => program.add_directory(LineString::new(
                dir.as_bytes(),
                encoding,
                &mut self.line_strings,
            )),
            None => program.default_directory(),
        };
        let file = LineString::new(file.as_bytes(), encoding, &mut self.line_strings);
        // `-Zembed-source` puts the source text into the line table (DWARF 5 and later).
        let info = match &source_file.src {
            Some(source) if self.embed_source => Some(FileInfo {
                source: Some(LineString::new(source.as_bytes(), encoding, &mut self.line_strings)),
                ..FileInfo::default()
            }),
            _ => None,
        };
        program.add_file(file, directory, info)
    }

    /// The line table position of `span` (after macro expansions are walked back into the
    /// function whose body is `fn_span`).
    pub(crate) fn position(
        &mut self,
        tcx: TyCtxt<'_>,
        span: Span,
        fn_span: Span,
    ) -> SourcePosition {
        let span = rustc_span::hygiene::walk_chain_collapsed(span, fn_span);
        let pos = span.lo();
        // Lines and byte columns, both from 1, as LLVM's backend writes them (and cheaper
        // than counting characters).
        let line = match self.last_line {
            Some(line) if line.start <= pos && pos < line.end => line,
            _ => match tcx.sess.source_map().lookup_line(pos) {
                Ok(SourceFileAndLine { sf, line }) => {
                    let lines = sf.lines();
                    let start = sf.absolute_position(lines[line]);
                    let end = lines
                        .get(line + 1)
                        .map_or(sf.end_position(), |&next| sf.absolute_position(next));
                    let cached =
                        CachedLine { start, end, line: line as u32 + 1, file: self.file_id(&sf) };
                    self.last_line = Some(cached);
                    cached
                }
                Err(sf) => return SourcePosition { file: self.file_id(&sf), line: 0, column: 0 },
            },
        };
        SourcePosition { file: line.file, line: line.line, column: (pos - line.start).to_u32() + 1 }
    }

    /// `type_names` caches the printed types of generic arguments for the unit: the same few
    /// types parameterize most of a unit's functions, and printing a type with its full
    /// paths is the costly part of naming a function.
    pub(crate) fn function<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        instance: Instance<'tcx>,
        fn_span: Span,
        type_names: &mut FxHashMap<Ty<'tcx>, String>,
    ) -> FunctionDebugInfo {
        let declaration = self.position(tcx, fn_span, fn_span);
        let mut namespace = self.entries.root();
        let mut name = String::new();
        let mut linkage_name = String::new();
        if self.level >= DebugLevel::Functions {
            // As LLVM does: the crate, modules and impls become nested namespaces, and the
            // function is named by its last path component and its generic arguments.
            let def_id = instance.def_id();
            if let Some(parent) = tcx.opt_parent(def_id) {
                namespace = self.namespace_of(tcx, parent);
            }
            name = tcx.def_key(def_id).disambiguated_data.as_sym(false).to_string();
            // A closure is named by the generic arguments of the function it is in, not by
            // its own (its signature and captures), as LLVM names it.
            let generics = tcx.generics_of(tcx.typeck_root_def_id(def_id));
            let mut separator = "<";
            for ty in instance.args.truncate_to(tcx, generics).types() {
                // Named as LLVM names them (`generic<t::Wrap>`, not `generic<Wrap>`), as gdb
                // shows them. An instance's arguments may still hold projections, which
                // rustc's naming does not accept: they are normalized first, and one that
                // does not normalize is printed as rustc prints types.
                let printed = type_names.entry(ty).or_insert_with(|| {
                    let typing_env = rustc_middle::ty::TypingEnv::fully_monomorphized();
                    let unnormalized = rustc_middle::ty::Unnormalized::new(ty);
                    match tcx.try_normalize_erasing_regions(typing_env, unnormalized) {
                        Ok(ty) if !ty.has_aliases() => {
                            rustc_codegen_ssa::debuginfo::type_names::compute_debuginfo_type_name(
                                tcx, ty, true,
                            )
                        }
                        _ => ty.to_string(),
                    }
                });
                name.push_str(separator);
                name.push_str(printed);
                separator = ", ";
            }
            if separator == ", " {
                name.push('>');
            }
            linkage_name = tcx.symbol_name(instance).name.to_owned();
        }
        FunctionDebugInfo {
            namespace,
            name,
            linkage_name,
            declaration,
            positions: Vec::new(),
            scopes: Vec::new(),
            scope_parents: Vec::new(),
            variables: Vec::new(),
            inlined: Vec::new(),
            return_type: None,
        }
    }

    /// Records the type of the result of the function `debug` describes, as LLVM does for
    /// results that are not ignored (`()`, `!` and other zero-sized ones are).
    pub(crate) fn describe_result<'tcx>(
        &mut self,
        tcx: TyCtxt<'tcx>,
        cache: &mut TypeCache<'tcx>,
        debug: &mut FunctionDebugInfo,
        result: &rustc_target::callconv::ArgAbi<'tcx, Ty<'tcx>>,
    ) {
        if self.describes_variables() && !result.is_ignore() {
            debug.return_type = self.type_entry(tcx, cache, result.layout.ty);
        }
    }

    /// Whether functions get subprograms (and inlined calls within them).
    pub(crate) fn describes_functions(&self) -> bool {
        self.level >= DebugLevel::Functions
    }

    /// Whether functions' variables are described.
    pub(crate) fn describes_variables(&self) -> bool {
        self.level >= DebugLevel::OptimizedVariables && self.frame_register.is_some()
    }

    /// Whether described variables get a stack slot for their whole function (without
    /// optimizations), rather than described where they happen to be in memory.
    pub(crate) fn keeps_variables_in_memory(&self) -> bool {
        self.level == DebugLevel::Variables
    }
}

impl UnitDebugInfo {
    /// The `DW_TAG_namespace` entry for the items of `def_id`, created with its parents' if
    /// needed: the crate, then each module, impl or item on the way, named by its last path
    /// component. Entries are kept by `DefId`, as LLVM's are, so that each needs only its own
    /// name printed.
    fn namespace_of(&mut self, tcx: TyCtxt<'_>, def_id: DefId) -> EntryId {
        if let Some(&entry) = self.namespaces.get(&def_id) {
            return entry;
        }
        let (parent, name) = match tcx.opt_parent(def_id) {
            Some(parent) => (
                self.namespace_of(tcx, parent),
                tcx.def_key(def_id).disambiguated_data.as_sym(false).to_string(),
            ),
            None => (self.entries.root(), tcx.crate_name(def_id.krate).to_string()),
        };
        let entry = self.entries.add(parent, gimli::DW_TAG_namespace);
        let name = self.strings.add(name);
        self.entries.get_mut(entry).set(gimli::DW_AT_name, Value::String(name));
        self.namespaces.insert(def_id, entry);
        entry
    }
}

impl FunctionDebugInfo {
    /// Names the symbol of the function's code `symbol` instead of its instance's (the body of a
    /// function that makes tail calls has a symbol of its own).
    pub(crate) fn set_linkage_name(&mut self, symbol: String) {
        if !self.linkage_name.is_empty() {
            self.linkage_name = symbol;
        }
    }

    /// The index of `position` in `scope` among this function's positions, reusing the last
    /// one.
    pub(crate) fn index_of(&mut self, position: SourcePosition, scope: u32) -> u32 {
        if self.positions.last() != Some(&position) || self.scopes.last() != Some(&scope) {
            self.positions.push(position);
            self.scopes.push(scope);
        }
        (self.positions.len() - 1) as u32
    }
}
