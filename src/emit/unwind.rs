//! Call frame information: an `.eh_frame` section per object file with a frame description
//! entry for every function, from Cranelift's unwind info. Debuggers, profilers and std's
//! backtraces walk our frames with it.

use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_codegen::CompiledCode;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::constants::{DW_EH_PE_pcrel, DW_EH_PE_sdata4};
use gimli::RunTimeEndian;
use gimli::write::{Address, CieId, EhFrame, FrameTable};
use object::SectionKind;
use object::write::StandardSegment;

use super::reloc_writer::{RelocWriter, add_relocations};

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

    pub(crate) fn endian(&self) -> RunTimeEndian {
        self.endian
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
        let mut eh_frame = EhFrame(RelocWriter::new(self.endian));
        self.table.write_eh_frame(&mut eh_frame).map_err(|err| format!("{err}"))?;
        let RelocWriter { bytes, relocs } = eh_frame.0;

        let object = &mut product.object;
        let segment = object.segment_name(StandardSegment::Data).to_vec();
        let section = object.add_section(segment, b".eh_frame".to_vec(), SectionKind::ReadOnlyData);
        let base = object.append_section_data(section, bytes.slice(), 8);
        add_relocations(product, section, base, &relocs, |_| None)
    }
}
