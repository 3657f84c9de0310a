//! Call frame information: an `.eh_frame` section per object file with a frame description
//! entry for every function, from Cranelift's unwind info, and for functions with landing pads
//! their LSDA in `.gcc_except_table` with the personality routine named in their CIE.
//! Unwinding panics, debuggers, profilers and std's backtraces walk our frames with it.

use cranelift_codegen::CompiledCode;
use cranelift_codegen::isa::TargetIsa;
use cranelift_codegen::isa::unwind::UnwindInfo;
use cranelift_module::FuncId;
use cranelift_object::ObjectProduct;
use gimli::RunTimeEndian;
use gimli::constants::{DW_EH_PE_indirect, DW_EH_PE_pcrel, DW_EH_PE_sdata4};
use gimli::write::{Address, CieId, CommonInformationEntry, EhFrame, FrameTable};
use object::write::{Relocation, StandardSegment};
use object::{RelocationEncoding, RelocationFlags, RelocationKind, SectionKind};

use super::lsda;
use crate::debuginfo::reloc_writer::{RelocWriter, add_relocations};

/// Symbols of gimli addresses that are not functions: the start of this object's
/// `.gcc_except_table`, and the pointer to the personality routine.
const EXCEPT_TABLE_SYMBOL: usize = usize::MAX;
const PERSONALITY_REF_SYMBOL: usize = usize::MAX - 1;

/// 32-bit PC-relative addresses need no dynamic relocations in PIE.
const PCREL_SDATA4: gimli::DwEhPe = gimli::DwEhPe(DW_EH_PE_pcrel.0 | DW_EH_PE_sdata4.0);

/// The frame table of one object file.
pub(crate) struct UnwindTable {
    table: FrameTable,
    cie: Option<CieId>,
    /// The CIE of functions with an LSDA, made for the first of them.
    lsda_cie: Option<CieId>,
    except_table: Vec<u8>,
    endian: RunTimeEndian,
    has_entries: bool,
}

fn systemv_cie(isa: &dyn TargetIsa) -> Option<CommonInformationEntry> {
    let mut cie = isa.create_systemv_cie()?;
    cie.fde_address_encoding = PCREL_SDATA4;
    Some(cie)
}

impl UnwindTable {
    pub(crate) fn new(isa: &dyn TargetIsa) -> Self {
        let mut table = FrameTable::default();
        let cie = systemv_cie(isa).map(|cie| table.add_cie(cie));
        let endian = match isa.endianness() {
            cranelift_codegen::ir::Endianness::Little => RunTimeEndian::Little,
            cranelift_codegen::ir::Endianness::Big => RunTimeEndian::Big,
        };
        UnwindTable {
            table,
            cie,
            lsda_cie: None,
            except_table: Vec::new(),
            endian,
            has_entries: false,
        }
    }

    pub(crate) fn endian(&self) -> RunTimeEndian {
        self.endian
    }

    fn lsda_cie(&mut self, isa: &dyn TargetIsa) -> Option<CieId> {
        if self.lsda_cie.is_none() {
            let mut cie = systemv_cie(isa)?;
            // The personality is reached through a pointer in this object (`write_into`), so
            // the routine may live in a shared library.
            let indirect = gimli::DwEhPe(DW_EH_PE_indirect.0 | PCREL_SDATA4.0);
            cie.personality =
                Some((indirect, Address::Symbol { symbol: PERSONALITY_REF_SYMBOL, addend: 0 }));
            cie.lsda_encoding = Some(PCREL_SDATA4);
            self.lsda_cie = Some(self.table.add_cie(cie));
        }
        self.lsda_cie
    }

    pub(crate) fn add_function(&mut self, isa: &dyn TargetIsa, func: FuncId, code: &CompiledCode) {
        let Some(cie) = self.cie else { return };
        let Ok(Some(UnwindInfo::SystemV(info))) = code.create_unwind_info(isa) else { return };
        let address = Address::Symbol { symbol: func.as_u32() as usize, addend: 0 };
        let mut fde = info.to_fde(address);
        let cie = match lsda::append_lsda(code, &mut self.except_table) {
            Some(offset) => {
                fde.lsda =
                    Some(Address::Symbol { symbol: EXCEPT_TABLE_SYMBOL, addend: offset as i64 });
                self.lsda_cie(isa).unwrap_or(cie)
            }
            None => cie,
        };
        self.table.add_fde(cie, fde);
        self.has_entries = true;
    }

    /// Adds `.eh_frame` (and `.gcc_except_table` with the personality pointer, if a function
    /// has landing pads) to the finished object.
    pub(crate) fn write_into(
        self,
        product: &mut ObjectProduct,
        personality: Option<FuncId>,
    ) -> Result<(), String> {
        if !self.has_entries {
            return Ok(());
        }
        let mut writer = RelocWriter::new(self.endian);
        if !self.except_table.is_empty() {
            let personality =
                personality.and_then(|func| product.functions[func]).map(|(symbol, _)| symbol);
            let Some(personality) = personality else {
                return Err("landing pads without a personality routine".to_string());
            };
            let object = &mut product.object;
            let segment = object.segment_name(StandardSegment::Data).to_vec();
            let table = object.add_section(
                segment.clone(),
                b".gcc_except_table".to_vec(),
                SectionKind::ReadOnlyData,
            );
            object.append_section_data(table, &self.except_table, 4);
            writer.add_object_section(EXCEPT_TABLE_SYMBOL, table);

            let pointer_size =
                product.object.architecture().address_size().map_or(8, |size| size.bytes());
            let object = &mut product.object;
            let pointer = object.add_section(segment, b".data.rel.ro".to_vec(), SectionKind::Data);
            object.append_section_data(
                pointer,
                &vec![0; usize::from(pointer_size)],
                u64::from(pointer_size),
            );
            object
                .add_relocation(
                    pointer,
                    Relocation {
                        offset: 0,
                        symbol: personality,
                        addend: 0,
                        flags: RelocationFlags::Generic {
                            kind: RelocationKind::Absolute,
                            encoding: RelocationEncoding::Generic,
                            size: pointer_size * 8,
                        },
                    },
                )
                .map_err(|err| format!("{err}"))?;
            writer.add_object_section(PERSONALITY_REF_SYMBOL, pointer);
        }

        let mut eh_frame = EhFrame(writer);
        self.table.write_eh_frame(&mut eh_frame).map_err(|err| format!("{err}"))?;
        let RelocWriter { bytes, relocs, .. } = eh_frame.0;

        let object = &mut product.object;
        let segment = object.segment_name(StandardSegment::Data).to_vec();
        let section = object.add_section(segment, b".eh_frame".to_vec(), SectionKind::ReadOnlyData);
        let base = object.append_section_data(section, &bytes, 8);
        add_relocations(product, section, base, &relocs, |_| None)
    }
}
