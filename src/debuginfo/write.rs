//! Finishing and writing the DWARF of a codegen unit once its functions are compiled: line
//! table sequences from Cranelift's source locations, subprograms with their code ranges, and
//! the sections with their relocations in the object file.

use cranelift_codegen::CompiledCode;
use cranelift_codegen::ir::SourceLoc;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::RunTimeEndian;
use gimli::write::{Address, Sections, StringTable, Writer};
use object::SectionKind;
use object::write::StandardSegment;
use rustc_data_structures::fx::FxHashMap;

use super::entries::Value;
use super::reloc_writer::{RelocWriter, add_relocations};
use super::{DebugLevel, FunctionDebugInfo, UnitDebugInfo};

impl UnitDebugInfo {
    /// Adds a compiled function's line table sequence and, if asked for, its subprogram.
    pub(crate) fn add_compiled_function(
        &mut self,
        func: FuncId,
        code: &CompiledCode,
        base_srcloc: SourceLoc,
        debug: &FunctionDebugInfo,
        ranges: &mut Vec<(Address, u64)>,
    ) {
        let size = u64::from(code.code_info().total_size);
        let address = Address::Symbol { symbol: func.as_u32() as usize, addend: 0 };
        let program = &mut self.line_program;
        program.begin_sequence(Some(address));
        // The prologue carries no source location: attribute it to the declaration's line, with
        // no column, as LLVM does (debuggers then name the function's address by its line).
        let row = program.row();
        row.address_offset = 0;
        row.file = debug.declaration.file;
        row.line = u64::from(debug.declaration.line);
        row.column = 0;
        program.generate_row();
        // Positions differ in their scope too, which the line table does not hold: a row that
        // repeats the one before would be a statement of its own to debuggers (gdb would put a
        // breakpoint on the line at each, where it enters a lexical block).
        let mut last = (debug.declaration.file, debug.declaration.line, 0);
        for srcloc in code.buffer.get_srclocs_sorted() {
            let loc = if srcloc.loc.is_rel() {
                srcloc.loc.relocate(base_srcloc)
            } else {
                srcloc.loc.as_abs()
            };
            let Some(position) = debug.positions.get(loc.bits() as usize) else { continue };
            let here = (position.file, position.line, position.column);
            if here == last {
                continue;
            }
            last = here;
            let row = program.row();
            row.address_offset = u64::from(srcloc.start);
            row.file = position.file;
            row.line = u64::from(position.line);
            row.column = u64::from(position.column);
            program.generate_row();
        }
        program.end_sequence(size);
        ranges.push((address, size));

        if self.level >= DebugLevel::Functions {
            let name = self.strings.add(debug.name.as_str());
            let linkage_name = self.strings.add(debug.linkage_name.as_str());
            let subprogram = self.entries.add(debug.namespace, gimli::DW_TAG_subprogram);
            let mut entry = self.entries.get_mut(subprogram);
            entry.set(gimli::DW_AT_name, Value::String(name));
            entry.set(gimli::DW_AT_linkage_name, Value::String(linkage_name));
            debug.declaration.declare(&mut entry);
            if let Some(return_type) = debug.return_type {
                entry.set(gimli::DW_AT_type, Value::Entry(return_type));
            }
            entry.set(gimli::DW_AT_low_pc, Value::Address(address));
            entry.set(gimli::DW_AT_high_pc, Value::Udata(size));
            if !debug.variables.is_empty() || !debug.inlined.is_empty() {
                let entries = self.scope_entries(subprogram, debug, code, base_srcloc, address);
                if !debug.variables.is_empty() {
                    self.add_variables(subprogram, debug, code, &entries);
                }
            }
        }
    }
}

impl UnitDebugInfo {
    /// Writes the line program, the strings, the entries (the compile unit's covering the code
    /// `ranges`) and their range lists into `sections`.
    fn write(
        &mut self,
        sections: &mut Sections<RelocWriter>,
        ranges: Vec<(Address, u64)>,
    ) -> gimli::write::Result<()> {
        let root = self.entries.root();
        let ranges = self.entries.range_list(ranges);
        let mut root = self.entries.get_mut(root);
        root.set(gimli::DW_AT_ranges, ranges);
        root.set(gimli::DW_AT_stmt_list, Value::LineProgram);
        // Line programs keep their strings in `.debug_line_str` (`LineString::new`), never in
        // `.debug_str`.
        let line_program = self.line_program.write(
            &mut sections.debug_line,
            self.encoding,
            &mut self.line_strings,
            &mut StringTable::default(),
        )?;
        let version = self.encoding.version;
        let file_numbers: FxHashMap<_, _> = self
            .line_program
            .files()
            .enumerate()
            .map(|(index, (file, _, _))| {
                // Files count from 1 before DWARF 5.
                (file, index as u64 + u64::from(version <= 4))
            })
            .collect();
        self.entries.write(self.encoding, line_program.0, &file_numbers, sections)?;
        self.line_strings.write(&mut sections.debug_line_str)?;
        sections.debug_str.write(self.strings.section())
    }
}

/// Writes the unit's DWARF sections into the object file.
pub(crate) fn write_debug_sections(
    mut unit: UnitDebugInfo,
    ranges: Vec<(Address, u64)>,
    endian: RunTimeEndian,
    product: &mut ObjectProduct,
) -> Result<(), String> {
    let mut sections = Sections::new(RelocWriter::new(endian));
    unit.write(&mut sections, ranges).map_err(|err| format!("{err}"))?;

    let mut placed = Vec::new();
    sections
        .for_each(|id, writer| {
            if !writer.bytes.is_empty() {
                let segment = product.object.segment_name(StandardSegment::Debug).to_vec();
                let name = id.name().as_bytes().to_vec();
                let section = product.object.add_section(segment, name, SectionKind::Debug);
                let base = product.object.append_section_data(section, &writer.bytes, 1);
                placed.push((id, section, base));
            }
            Ok::<(), gimli::write::Error>(())
        })
        .map_err(|err| format!("{err}"))?;
    let section_of =
        |id| placed.iter().find(|(placed_id, _, _)| *placed_id == id).map(|&(_, s, _)| s);
    let mut result = Ok(());
    sections
        .for_each(|id, writer| {
            if let Some(&(_, section, base)) =
                placed.iter().find(|(placed_id, _, _)| *placed_id == id)
                && result.is_ok()
            {
                result = add_relocations(product, section, base, &writer.relocs, section_of);
            }
            Ok::<(), gimli::write::Error>(())
        })
        .map_err(|err| format!("{err}"))?;
    result
}
