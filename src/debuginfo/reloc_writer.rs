//! A gimli section writer that records relocations, and the code that puts written sections
//! with their relocations into an object file. Used for `.eh_frame` and the DWARF sections.

use cranelift_module::{DataId, FuncId};
use cranelift_object::ObjectProduct;
use gimli::constants::{DW_EH_PE_pcrel, DW_EH_PE_sdata4};
use gimli::write::{Address, EndianVec, Writer};
use gimli::{DwEhPe, RunTimeEndian, SectionId};
use object::write::{Relocation, SectionId as ObjectSectionId, SymbolId, SymbolSection};
use object::{RelocationEncoding, RelocationFlags, RelocationKind};

/// gimli address symbols from this one on stand for data objects (`data_symbol`).
const FIRST_DATA_SYMBOL: usize = 1 << 32;

/// The gimli address symbol standing for the data object `data`.
pub(crate) fn data_symbol(data: DataId) -> usize {
    FIRST_DATA_SYMBOL + data.as_u32() as usize
}

/// What a relocation refers to.
#[derive(Copy, Clone)]
pub(crate) enum RelocTarget {
    /// Symbols of gimli addresses are `FuncId`s, but for those of data objects and sections.
    Function(FuncId),
    /// A data object (a vtable).
    Data(DataId),
    /// Offsets into another section of this object (DWARF cross-references).
    Section(SectionId),
    /// Offsets into a section this object already has.
    ObjectSection(ObjectSectionId),
}

#[derive(Clone)]
pub(crate) struct Reloc {
    pub(crate) offset: usize,
    pub(crate) target: RelocTarget,
    pub(crate) addend: i64,
    pub(crate) size: u8,
    pub(crate) pc_relative: bool,
}

/// Writes into a plain vector rather than gimli's `EndianVec`: the DWARF of a unit is mostly
/// LEB128 numbers and single bytes, which gimli's default methods write through a slice of a
/// temporary buffer each (about 60 instructions a number; pushing them directly saves 1 % of
/// our backend's instructions on regex-automata).
#[derive(Clone)]
pub(crate) struct RelocWriter {
    pub(crate) bytes: Vec<u8>,
    endian: RunTimeEndian,
    pub(crate) relocs: Vec<Reloc>,
    /// gimli address symbols standing for object sections; all others are `FuncId`s.
    object_sections: Vec<(usize, ObjectSectionId)>,
}

impl RelocWriter {
    pub(crate) fn new(endian: RunTimeEndian) -> Self {
        RelocWriter { bytes: Vec::new(), endian, relocs: Vec::new(), object_sections: Vec::new() }
    }

    /// Makes addresses with symbol `symbol` refer to `section`.
    pub(crate) fn add_object_section(&mut self, symbol: usize, section: ObjectSectionId) {
        self.object_sections.push((symbol, section));
    }

    fn symbol_target(&self, symbol: usize) -> RelocTarget {
        match self.object_sections.iter().find(|(known, _)| *known == symbol) {
            Some(&(_, section)) => RelocTarget::ObjectSection(section),
            None if symbol >= FIRST_DATA_SYMBOL => {
                RelocTarget::Data(DataId::from_u32((symbol - FIRST_DATA_SYMBOL) as u32))
            }
            None => RelocTarget::Function(FuncId::from_u32(symbol as u32)),
        }
    }

    fn record(
        &mut self,
        target: RelocTarget,
        addend: i64,
        size: u8,
        pc_relative: bool,
    ) -> gimli::write::Result<()> {
        self.relocs.push(Reloc { offset: self.len(), target, addend, size, pc_relative });
        self.write_udata(0, size)
    }
}

impl Writer for RelocWriter {
    type Endian = RunTimeEndian;

    fn endian(&self) -> RunTimeEndian {
        self.endian
    }

    fn len(&self) -> usize {
        self.bytes.len()
    }

    fn write(&mut self, bytes: &[u8]) -> gimli::write::Result<()> {
        self.bytes.extend_from_slice(bytes);
        Ok(())
    }

    fn write_at(&mut self, offset: usize, bytes: &[u8]) -> gimli::write::Result<()> {
        let end = offset.checked_add(bytes.len()).filter(|&end| end <= self.bytes.len());
        let Some(end) = end else { return Err(gimli::write::Error::OffsetOutOfBounds) };
        self.bytes[offset..end].copy_from_slice(bytes);
        Ok(())
    }

    fn write_u8(&mut self, value: u8) -> gimli::write::Result<()> {
        self.bytes.push(value);
        Ok(())
    }

    fn write_uleb128(&mut self, mut value: u64) -> gimli::write::Result<()> {
        loop {
            let low = (value & 0x7f) as u8;
            value >>= 7;
            if value == 0 {
                self.bytes.push(low);
                return Ok(());
            }
            self.bytes.push(low | 0x80);
        }
    }

    fn write_sleb128(&mut self, mut value: i64) -> gimli::write::Result<()> {
        loop {
            let low = (value & 0x7f) as u8;
            value >>= 7;
            // Done when the rest is the sign extension of the byte's sign bit (bit 6).
            let sign_bit = low & 0x40 != 0;
            if (value == 0 && !sign_bit) || (value == -1 && sign_bit) {
                self.bytes.push(low);
                return Ok(());
            }
            self.bytes.push(low | 0x80);
        }
    }

    fn write_address(&mut self, address: Address, size: u8) -> gimli::write::Result<()> {
        match address {
            Address::Constant(value) => self.write_udata(value, size),
            Address::Symbol { symbol, addend } => {
                self.record(self.symbol_target(symbol), addend, size, false)
            }
        }
    }

    fn write_offset(
        &mut self,
        value: usize,
        section: SectionId,
        size: u8,
    ) -> gimli::write::Result<()> {
        self.record(RelocTarget::Section(section), value as i64, size, false)
    }

    fn write_offset_at(
        &mut self,
        offset: usize,
        value: usize,
        section: SectionId,
        size: u8,
    ) -> gimli::write::Result<()> {
        self.relocs.push(Reloc {
            offset,
            target: RelocTarget::Section(section),
            addend: value as i64,
            size,
            pc_relative: false,
        });
        self.write_udata_at(offset, 0, size)
    }

    fn write_eh_pointer(
        &mut self,
        address: Address,
        eh_pe: DwEhPe,
        size: u8,
    ) -> gimli::write::Result<()> {
        match (address, eh_pe.application()) {
            (Address::Symbol { symbol, addend }, application) if application == DW_EH_PE_pcrel => {
                if eh_pe.format() != DW_EH_PE_sdata4 {
                    return Err(gimli::write::Error::UnsupportedPointerEncoding(eh_pe));
                }
                self.record(self.symbol_target(symbol), addend, 4, true)
            }
            (Address::Symbol { .. }, _) => self.write_address(address, size),
            (Address::Constant(_), _) => {
                // Constants need no relocation: write them as gimli does by default.
                let mut plain = EndianVec::new(self.endian());
                plain.write_eh_pointer(address, eh_pe, size)?;
                self.write(plain.slice())
            }
        }
    }
}

/// `symbol` as its section's symbol and its offset there, if it is defined in this object.
fn section_relative(product: &mut ObjectProduct, symbol: SymbolId) -> (SymbolId, i64) {
    match product.object.symbol(symbol).section {
        SymbolSection::Section(section) => {
            (product.object.section_symbol(section), product.object.symbol(symbol).value as i64)
        }
        _ => (symbol, 0),
    }
}

/// Adds the relocations of `section` (written by a `RelocWriter` at offset `base`) to the
/// object. Functions and data are referred to through their section symbol: a reference to a global
/// symbol could be preempted, and PC-relative ones are not allowed in shared libraries.
pub(crate) fn add_relocations(
    product: &mut ObjectProduct,
    section: ObjectSectionId,
    base: u64,
    relocs: &[Reloc],
    section_of: impl Fn(SectionId) -> Option<ObjectSectionId>,
) -> Result<(), String> {
    for reloc in relocs {
        let (symbol, extra_addend) = match reloc.target {
            RelocTarget::Function(func) => {
                let Some((function, _)) = product.functions[func] else { continue };
                section_relative(product, function)
            }
            RelocTarget::Data(data) => {
                let Some((data, _)) = product.data_objects[data] else { continue };
                section_relative(product, data)
            }
            RelocTarget::Section(id) => {
                let Some(target) = section_of(id) else { continue };
                (product.object.section_symbol(target), 0)
            }
            RelocTarget::ObjectSection(target) => (product.object.section_symbol(target), 0),
        };
        let kind =
            if reloc.pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
        product
            .object
            .add_relocation(
                section,
                Relocation {
                    offset: base + reloc.offset as u64,
                    symbol,
                    addend: reloc.addend + extra_addend,
                    flags: RelocationFlags::Generic {
                        kind,
                        encoding: RelocationEncoding::Generic,
                        size: reloc.size * 8,
                    },
                },
            )
            .map_err(|err| format!("{err}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use gimli::RunTimeEndian;
    use gimli::write::{EndianVec, Writer};

    use super::RelocWriter;

    /// The numbers around every width of a LEB128 encoding, and the extremes.
    fn samples() -> Vec<i64> {
        let mut values = vec![0, 1, -1, i64::MIN, i64::MAX, i64::MIN + 1, i64::MAX - 1];
        for shift in (6..64).step_by(7).chain(7..64) {
            for base in [1i64 << shift, -(1i64 << shift)] {
                values.extend([base - 1, base, base + 1]);
            }
        }
        values
    }

    #[test]
    fn writes_what_gimli_writes() {
        let mut ours = RelocWriter::new(RunTimeEndian::Little);
        let mut gimli = EndianVec::new(RunTimeEndian::Little);
        for value in samples() {
            ours.write_uleb128(value as u64).unwrap();
            gimli.write_uleb128(value as u64).unwrap();
            ours.write_sleb128(value).unwrap();
            gimli.write_sleb128(value).unwrap();
            ours.write_u8(value as u8).unwrap();
            gimli.write_u8(value as u8).unwrap();
            ours.write_udata(value as u64, 4).unwrap_or_default();
            gimli.write_udata(value as u64, 4).unwrap_or_default();
        }
        ours.write_at(3, &[0xaa, 0xbb]).unwrap();
        gimli.write_at(3, &[0xaa, 0xbb]).unwrap();
        assert_eq!(ours.bytes, gimli.slice());
        let end = ours.len();
        assert!(ours.write_at(end - 1, &[0, 0]).is_err());
        assert!(ours.write_at(usize::MAX, &[0]).is_err());
    }
}
