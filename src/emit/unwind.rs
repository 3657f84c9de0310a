//! Call frame information: an `.eh_frame` section per object file with a frame description
//! entry for every function, from Cranelift's unwind info. Debuggers, profilers and std's
//! backtraces walk our frames with it.

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_codegen::CompiledCode;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::constants::{DW_EH_PE_pcrel, DW_EH_PE_sdata4};
use gimli::write::{Address, CieId, EhFrame, FrameTable, Writer};
use gimli::{DwEhPe, RunTimeEndian};
use object::write::{Relocation, StandardSegment, SymbolSection};
use object::{RelocationEncoding, RelocationFlags, RelocationKind, SectionKind};

/// A relocation in the written section: `size` bytes at `offset` refer to a function.
struct EhReloc {
    offset: usize,
    func: FuncId,
    addend: i64,
    size: u8,
    pc_relative: bool,
}

/// A gimli writer that records a relocation wherever a function address is written.
struct RelocWriter {
    bytes: gimli::write::EndianVec<RunTimeEndian>,
    relocs: Vec<EhReloc>,
}

impl Writer for RelocWriter {
    type Endian = RunTimeEndian;

    fn endian(&self) -> RunTimeEndian {
        self.bytes.endian()
    }

    fn len(&self) -> usize {
        self.bytes.len()
    }

    fn write(&mut self, bytes: &[u8]) -> gimli::write::Result<()> {
        self.bytes.write(bytes)
    }

    fn write_at(&mut self, offset: usize, bytes: &[u8]) -> gimli::write::Result<()> {
        self.bytes.write_at(offset, bytes)
    }

    fn write_address(&mut self, address: Address, size: u8) -> gimli::write::Result<()> {
        match address {
            Address::Constant(value) => self.write_udata(value, size),
            Address::Symbol { symbol, addend } => {
                let func = FuncId::from_u32(symbol as u32);
                self.relocs.push(EhReloc { offset: self.len(), func, addend, size, pc_relative: false });
                self.write_udata(0, size)
            }
        }
    }

    fn write_eh_pointer(&mut self, address: Address, eh_pe: DwEhPe, size: u8) -> gimli::write::Result<()> {
        match (address, eh_pe.application()) {
            (Address::Symbol { symbol, addend }, application) if application == DW_EH_PE_pcrel => {
                if eh_pe.format() != DW_EH_PE_sdata4 {
                    return Err(gimli::write::Error::UnsupportedPointerEncoding(eh_pe));
                }
                let size = 4;
                let func = FuncId::from_u32(symbol as u32);
                self.relocs.push(EhReloc { offset: self.len(), func, addend, size, pc_relative: true });
                self.write_udata(0, size)
            }
            (Address::Symbol { .. }, _) => self.write_address(address, size),
            (Address::Constant(_), _) => {
                // The default handling of constants is what gimli does without relocations.
                let mut plain = gimli::write::EndianVec::new(self.endian());
                plain.write_eh_pointer(address, eh_pe, size)?;
                self.write(plain.slice())
            }
        }
    }
}

/// The frame table of one object file.
pub(crate) struct UnwindTable {
    table: FrameTable,
    cie: Option<CieId>,
    endian: RunTimeEndian,
    has_entries: bool,
}

impl UnwindTable {
    pub(crate) fn new(isa: &dyn TargetIsa) -> Self {
        let mut table = FrameTable::default();
        let cie = isa.create_systemv_cie().map(|mut cie| {
            // 32-bit PC-relative function addresses need no dynamic relocations in PIE.
            cie.fde_address_encoding = gimli::DwEhPe(DW_EH_PE_pcrel.0 | DW_EH_PE_sdata4.0);
            table.add_cie(cie)
        });
        let endian = match isa.endianness() {
            cranelift_codegen::ir::Endianness::Little => RunTimeEndian::Little,
            cranelift_codegen::ir::Endianness::Big => RunTimeEndian::Big,
        };
        UnwindTable { table, cie, endian, has_entries: false }
    }

    pub(crate) fn add_function(&mut self, isa: &dyn TargetIsa, func: FuncId, code: &CompiledCode) {
        let Some(cie) = self.cie else { return };
        if let Ok(Some(UnwindInfo::SystemV(info))) = code.create_unwind_info(isa) {
            let address = Address::Symbol { symbol: func.as_u32() as usize, addend: 0 };
            self.table.add_fde(cie, info.to_fde(address));
            self.has_entries = true;
        }
    }

    /// Adds the `.eh_frame` section to the finished object.
    pub(crate) fn write_into(self, product: &mut ObjectProduct) -> Result<(), String> {
        if !self.has_entries {
            return Ok(());
        }
        let bytes = gimli::write::EndianVec::new(self.endian);
        let mut eh_frame = EhFrame(RelocWriter { bytes, relocs: Vec::new() });
        self.table.write_eh_frame(&mut eh_frame).map_err(|err| format!("{err}"))?;
        let RelocWriter { bytes, relocs } = eh_frame.0;

        let object = &mut product.object;
        let segment = object.segment_name(StandardSegment::Data).to_vec();
        let section = object.add_section(segment, b".eh_frame".to_vec(), SectionKind::ReadOnlyData);
        let base = object.append_section_data(section, bytes.slice(), 8);
        for reloc in relocs {
            let Some((function, _)) = product.functions[reloc.func] else { continue };
            // Refer to the function through its section: a PC-relative reference to a global
            // (preemptible) symbol is not allowed in shared libraries.
            let (symbol, offset_in_section) = match product.object.symbol(function).section {
                SymbolSection::Section(function_section) => (
                    product.object.section_symbol(function_section),
                    product.object.symbol(function).value as i64,
                ),
                _ => (function, 0),
            };
            let kind = if reloc.pc_relative { RelocationKind::Relative } else { RelocationKind::Absolute };
            product
                .object
                .add_relocation(section, Relocation {
                    offset: base + reloc.offset as u64,
                    symbol,
                    addend: reloc.addend + offset_in_section,
                    flags: RelocationFlags::Generic {
                        kind,
                        encoding: RelocationEncoding::Generic,
                        size: reloc.size * 8,
                    },
                })
                .map_err(|err| format!("{err}"))?;
        }
        Ok(())
    }
}
