//! Finishing and writing the DWARF of a codegen unit once its functions are compiled: line
//! table sequences from Cranelift's source locations, subprograms with their code ranges, and
//! the sections with their relocations in the object file.

use cranelift_codegen::CompiledCode;
use cranelift_codegen::ir::SourceLoc;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::RunTimeEndian;
use gimli::write::{Address, AttributeValue, Range, RangeList, Sections};
use object::SectionKind;
use object::write::StandardSegment;

use super::reloc_writer::{RelocWriter, add_relocations};
use super::{DebugLevel, FunctionDebugInfo, UnitDebugInfo, root};

impl UnitDebugInfo {
    /// Adds a compiled function's line table sequence and, if asked for, its subprogram.
    pub(crate) fn add_compiled_function(
        &mut self,
        func: FuncId,
        code: &CompiledCode,
        base_srcloc: SourceLoc,
        debug: &FunctionDebugInfo,
        ranges: &mut Vec<Range>,
    ) {
        let size = u64::from(code.code_info().total_size);
        let address = Address::Symbol { symbol: func.as_u32() as usize, addend: 0 };
        let program = &mut self.dwarf.unit.line_program;
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
        ranges.push(Range::StartLength { begin: address, length: size });

        if self.level >= DebugLevel::Functions {
            let name = self.dwarf.strings.add(debug.name.as_str());
            let linkage_name = self.dwarf.strings.add(debug.linkage_name.as_str());
            let subprogram = self.dwarf.unit.add(debug.namespace, gimli::DW_TAG_subprogram);
            let entry = self.dwarf.unit.get_mut(subprogram);
            entry.set(gimli::DW_AT_name, AttributeValue::StringRef(name));
            entry.set(gimli::DW_AT_linkage_name, AttributeValue::StringRef(linkage_name));
            debug.declaration.declare(entry);
            if let Some(return_type) = debug.return_type {
                entry.set(gimli::DW_AT_type, AttributeValue::UnitRef(return_type));
            }
            entry.set(gimli::DW_AT_low_pc, AttributeValue::Address(address));
            entry.set(gimli::DW_AT_high_pc, AttributeValue::Udata(size));
            if !debug.variables.is_empty() || !debug.inlined.is_empty() {
                let entries = self.scope_entries(subprogram, debug, code, base_srcloc, address);
                if !debug.variables.is_empty() {
                    self.add_variables(subprogram, debug, code, &entries);
                }
            }
        }
    }
}

/// Writes the unit's DWARF sections into the object file.
pub(crate) fn write_debug_sections(
    mut unit: UnitDebugInfo,
    ranges: Vec<Range>,
    endian: RunTimeEndian,
    product: &mut ObjectProduct,
) -> Result<(), String> {
    let range_list = unit.dwarf.unit.ranges.add(RangeList(ranges));
    let root = root(&unit.dwarf);
    unit.dwarf
        .unit
        .get_mut(root)
        .set(gimli::DW_AT_ranges, AttributeValue::RangeListRef(range_list));

    let mut sections = Sections::new(RelocWriter::new(endian));
    unit.dwarf.write(&mut sections).map_err(|err| format!("{err}"))?;

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
