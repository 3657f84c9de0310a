//! The debugging information entries of a compile unit and their writing into `.debug_info`,
//! `.debug_abbrev` and the range lists' section. Entries live in flat vectors, their attributes
//! and children linked through them, so that an entry costs no allocation of its own; each kind
//! of value has one form, so that an entry's abbreviation follows from its tag, its attributes'
//! names and kinds and whether it has children, and the tree is written in a single pass, the
//! references to entries written later patched at the end. (gimli's `write::Unit` lays the tree
//! out in a pass of its own, building and hashing an abbreviation per entry, and allocates per
//! entry: about 2,500 instructions an entry against some 900 here; docs/benchmarks.md.)

use gimli::write::{Address, FileId, Writer};
use gimli::{DwAt, DwForm, DwTag, Encoding, SectionId};
use rustc_data_structures::fx::FxHashMap;

use super::reloc_writer::RelocWriter;
use super::strings::StringId;

/// An entry of the unit.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) struct EntryId(u32);

/// The end of a list of attributes or entries.
const NONE: u32 = u32::MAX;

/// An attribute's value. Each kind is written in one form.
#[derive(Copy, Clone, Debug)]
pub(crate) enum Value {
    /// A string of the unit (`DW_FORM_strp`, or `DW_FORM_string` for a short one).
    String(StringId),
    /// An unsigned constant (`DW_FORM_udata`).
    Udata(u64),
    /// A signed constant (`DW_FORM_sdata`).
    Sdata(i64),
    /// Constants of a fixed size (`DW_FORM_data1` to `DW_FORM_data8`), for attributes that
    /// take their signedness from elsewhere: a variant's discriminant, from the tag's type.
    Data1(u8),
    Data2(u16),
    Data4(u32),
    Data8(u64),
    /// A flag that is set (`DW_FORM_flag`).
    True,
    /// Another entry of the unit (`DW_FORM_ref4`).
    Entry(EntryId),
    /// A code address (`DW_FORM_addr`).
    Address(Address),
    /// A file of the unit's line program (`DW_FORM_udata`, its number there).
    File(FileId),
    /// An expression added by `Entries::expression` (`DW_FORM_exprloc`).
    Expression {
        start: u32,
        len: u32,
    },
    /// The expression of one `DW_OP_addr` of `Address`: the location of a static.
    AddressOf(Address),
    /// A range list added by `Entries::range_list` (`DW_FORM_sec_offset`).
    RangeList(u32),
    /// The unit's line program (`DW_FORM_sec_offset`).
    LineProgram,
}

/// A DWARF expression being built, for `Entries::expression`.
#[derive(Default)]
pub(crate) struct Expression(Vec<u8>);

impl Expression {
    pub(crate) fn op_fbreg(&mut self, offset: i64) {
        self.0.push(gimli::DW_OP_fbreg.0);
        self.0.extend_from_slice(gimli::leb128::write::Leb128::signed(offset).bytes());
    }

    pub(crate) fn op_deref(&mut self) {
        self.0.push(gimli::DW_OP_deref.0);
    }

    pub(crate) fn op_plus_uconst(&mut self, value: u64) {
        self.0.push(gimli::DW_OP_plus_uconst.0);
        self.0.extend_from_slice(gimli::leb128::write::Leb128::unsigned(value).bytes());
    }

    pub(crate) fn op_reg(&mut self, register: gimli::Register) {
        match u8::try_from(register.0) {
            Ok(number) if number < 32 => self.0.push(gimli::DW_OP_reg0.0 + number),
            _ => {
                self.0.push(gimli::DW_OP_regx.0);
                let number = u64::from(register.0);
                self.0.extend_from_slice(gimli::leb128::write::Leb128::unsigned(number).bytes());
            }
        }
    }
}

struct Entry {
    tag: DwTag,
    first_attribute: u32,
    last_attribute: u32,
    first_child: u32,
    last_child: u32,
    next_sibling: u32,
}

struct Attribute {
    name: DwAt,
    value: Value,
    next: u32,
}

/// The entries of a unit, its root the compile unit.
pub(crate) struct Entries {
    entries: Vec<Entry>,
    attributes: Vec<Attribute>,
    /// The bytes of all expressions (`Value::Expression`).
    expressions: Vec<u8>,
    /// The ranges of all range lists, as start and length.
    ranges: Vec<(Address, u64)>,
    /// Each range list's ranges in `ranges`.
    range_lists: Vec<(u32, u32)>,
}

/// An entry whose attributes are being set.
pub(crate) struct EntryMut<'a> {
    entries: &'a mut Entries,
    id: u32,
}

impl EntryMut<'_> {
    /// Gives the entry the attribute `name` with `value`, replacing any value it had.
    pub(crate) fn set(&mut self, name: DwAt, value: Value) {
        let entries = &mut *self.entries;
        let entry = &mut entries.entries[self.id as usize];
        let mut at = entry.first_attribute;
        while at != NONE {
            let attribute = &mut entries.attributes[at as usize];
            if attribute.name == name {
                attribute.value = value;
                return;
            }
            at = attribute.next;
        }
        let index = entries.attributes.len() as u32;
        entries.attributes.push(Attribute { name, value, next: NONE });
        match entry.last_attribute {
            NONE => entry.first_attribute = index,
            last => entries.attributes[last as usize].next = index,
        }
        entry.last_attribute = index;
    }
}

impl Entries {
    pub(crate) fn new() -> Self {
        Entries {
            entries: vec![Entry::new(gimli::DW_TAG_compile_unit)],
            attributes: Vec::new(),
            expressions: Vec::new(),
            ranges: Vec::new(),
            range_lists: Vec::new(),
        }
    }

    /// The compile unit's entry.
    pub(crate) fn root(&self) -> EntryId {
        EntryId(0)
    }

    /// A new entry with `tag`, the last child of `parent`.
    pub(crate) fn add(&mut self, parent: EntryId, tag: DwTag) -> EntryId {
        let id = self.entries.len() as u32;
        self.entries.push(Entry::new(tag));
        let parent = &mut self.entries[parent.0 as usize];
        let previous = std::mem::replace(&mut parent.last_child, id);
        match previous {
            NONE => parent.first_child = id,
            previous => self.entries[previous as usize].next_sibling = id,
        }
        EntryId(id)
    }

    pub(crate) fn get_mut(&mut self, id: EntryId) -> EntryMut<'_> {
        EntryMut { entries: self, id: id.0 }
    }

    /// The value of an attribute holding `expression`.
    pub(crate) fn expression(&mut self, expression: &Expression) -> Value {
        let start = self.expressions.len() as u32;
        self.expressions.extend_from_slice(&expression.0);
        Value::Expression { start, len: expression.0.len() as u32 }
    }

    /// The value of a `DW_AT_ranges` attribute listing `ranges` (each a start and a length).
    pub(crate) fn range_list(&mut self, ranges: impl IntoIterator<Item = (Address, u64)>) -> Value {
        let start = self.ranges.len() as u32;
        self.ranges.extend(ranges);
        let list = (start, self.ranges.len() as u32);
        // A scope whose code is all in one inner scope has that scope's ranges: written once.
        if let Some(&last) = self.range_lists.last()
            && self.ranges[last.0 as usize..last.1 as usize] == self.ranges[start as usize..]
        {
            self.ranges.truncate(start as usize);
            return Value::RangeList(self.range_lists.len() as u32 - 1);
        }
        self.range_lists.push(list);
        Value::RangeList(self.range_lists.len() as u32 - 1)
    }

    /// Writes the range lists, then the entries with their abbreviations. `line_program` is
    /// the offset of the unit's line program in `.debug_line`, `file_numbers` the number of
    /// each of its files.
    pub(crate) fn write(
        &self,
        encoding: Encoding,
        line_program: usize,
        file_numbers: &FxHashMap<FileId, u64>,
        sections: &mut gimli::write::Sections<RelocWriter>,
    ) -> gimli::write::Result<()> {
        let (range_section, range_offsets) = if encoding.version >= 5 {
            (
                SectionId::DebugRngLists,
                self.write_range_lists(encoding, &mut sections.debug_rnglists)?,
            )
        } else {
            (SectionId::DebugRanges, self.write_ranges(encoding, &mut sections.debug_ranges)?)
        };
        let mut writer = EntryWriter {
            encoding,
            info: &mut sections.debug_info,
            start: 0,
            abbreviations: Abbreviations {
                codes: FxHashMap::default(),
                key: Vec::new(),
                section: &mut sections.debug_abbrev,
            },
            offsets: vec![0; self.entries.len()],
            references: Vec::new(),
            line_program,
            file_numbers,
            range_section,
            range_offsets,
        };
        writer.write_unit(self)
    }

    /// Writes the range lists as DWARF 4's `.debug_ranges` does: start and end addresses,
    /// ended by two zeros. Returns each list's offset.
    fn write_ranges(
        &self,
        encoding: Encoding,
        w: &mut RelocWriter,
    ) -> gimli::write::Result<Vec<usize>> {
        let size = encoding.address_size;
        let mut offsets = Vec::with_capacity(self.range_lists.len());
        for &(start, end) in &self.range_lists {
            offsets.push(w.len());
            for &(begin, length) in &self.ranges[start as usize..end as usize] {
                w.write_address(begin, size)?;
                w.write_address(address_after(begin, length), size)?;
            }
            w.write_udata(0, size)?;
            w.write_udata(0, size)?;
        }
        Ok(offsets)
    }

    /// Writes the range lists as DWARF 5's `.debug_rnglists` does: a header, then each list's
    /// ranges as start and length. Returns each list's offset.
    fn write_range_lists(
        &self,
        encoding: Encoding,
        w: &mut RelocWriter,
    ) -> gimli::write::Result<Vec<usize>> {
        let length_at = w.len();
        w.write_u32(0)?;
        w.write_u16(encoding.version)?;
        w.write_u8(encoding.address_size)?;
        // No segment selectors, no offset table.
        w.write_u8(0)?;
        w.write_u32(0)?;
        let mut offsets = Vec::with_capacity(self.range_lists.len());
        for &(start, end) in &self.range_lists {
            offsets.push(w.len());
            for &(begin, length) in &self.ranges[start as usize..end as usize] {
                w.write_u8(gimli::DW_RLE_start_length.0)?;
                w.write_address(begin, encoding.address_size)?;
                w.write_uleb128(length)?;
            }
            w.write_u8(gimli::DW_RLE_end_of_list.0)?;
        }
        let length = (w.len() - length_at - 4) as u64;
        w.write_udata_at(length_at, length, 4)?;
        Ok(offsets)
    }
}

impl Entry {
    fn new(tag: DwTag) -> Self {
        Entry {
            tag,
            first_attribute: NONE,
            last_attribute: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
        }
    }
}

/// The address `length` bytes after `address`.
fn address_after(address: Address, length: u64) -> Address {
    match address {
        Address::Constant(value) => Address::Constant(value + length),
        Address::Symbol { symbol, addend } => {
            Address::Symbol { symbol, addend: addend + length as i64 }
        }
    }
}

/// The unit's abbreviations, each written into `.debug_abbrev` when first used.
struct Abbreviations<'a> {
    /// The code of each abbreviation, by its key: the tag, whether the entry has children
    /// (`DW_CHILDREN_*`), then each attribute's name and form.
    codes: FxHashMap<Box<[u16]>, u64>,
    /// The key being built, reused from entry to entry.
    key: Vec<u16>,
    section: &'a mut RelocWriter,
}

impl Abbreviations<'_> {
    /// The code of the abbreviation whose key is in `self.key`.
    fn code(&mut self) -> gimli::write::Result<u64> {
        if let Some(&code) = self.codes.get(&self.key[..]) {
            return Ok(code);
        }
        let code = self.codes.len() as u64 + 1;
        let w = &mut *self.section;
        w.write_uleb128(code)?;
        let (&[tag, children], attributes) = self.key.split_first_chunk::<2>().unwrap();
        w.write_uleb128(u64::from(tag))?;
        w.write_u8(children as u8)?;
        for &[name, form] in attributes.as_chunks::<2>().0 {
            w.write_uleb128(u64::from(name))?;
            w.write_uleb128(u64::from(form))?;
        }
        w.write_u8(0)?;
        w.write_u8(0)?;
        self.codes.insert(self.key.as_slice().into(), code);
        Ok(code)
    }
}

struct EntryWriter<'a> {
    encoding: Encoding,
    info: &'a mut RelocWriter,
    /// Where the unit starts in `.debug_info`: references are relative to it.
    start: usize,
    abbreviations: Abbreviations<'a>,
    /// Each entry's offset in the unit, once written.
    offsets: Vec<u32>,
    /// Where a reference to an entry was written, and that entry.
    references: Vec<(usize, u32)>,
    line_program: usize,
    file_numbers: &'a FxHashMap<FileId, u64>,
    range_section: SectionId,
    range_offsets: Vec<usize>,
}

impl EntryWriter<'_> {
    fn write_unit(&mut self, entries: &Entries) -> gimli::write::Result<()> {
        let abbreviations_offset = self.abbreviations.section.len();
        let w = &mut *self.info;
        self.start = w.len();
        w.write_u32(0)?;
        w.write_u16(self.encoding.version)?;
        if self.encoding.version >= 5 {
            w.write_u8(gimli::DW_UT_compile.0)?;
            w.write_u8(self.encoding.address_size)?;
            w.write_offset(abbreviations_offset, SectionId::DebugAbbrev, 4)?;
        } else {
            w.write_offset(abbreviations_offset, SectionId::DebugAbbrev, 4)?;
            w.write_u8(self.encoding.address_size)?;
        }

        // Depth first, each entry before its children; `parents_next` holds the next sibling
        // of each entry whose children are being written.
        let mut parents_next = Vec::new();
        let mut next = entries.root().0;
        loop {
            while next != NONE {
                let entry = &entries.entries[next as usize];
                self.write_entry(entries, next, entry)?;
                if entry.first_child != NONE {
                    parents_next.push(entry.next_sibling);
                    next = entry.first_child;
                } else {
                    next = entry.next_sibling;
                }
            }
            match parents_next.pop() {
                Some(sibling) => {
                    self.info.write_u8(0)?;
                    next = sibling;
                }
                None => break,
            }
        }
        self.abbreviations.section.write_u8(0)?;

        let w = &mut *self.info;
        let length = (w.len() - self.start - 4) as u64;
        w.write_udata_at(self.start, length, 4)?;
        for &(at, entry) in &self.references {
            w.write_udata_at(at, u64::from(self.offsets[entry as usize]), 4)?;
        }
        Ok(())
    }

    fn write_entry(
        &mut self,
        entries: &Entries,
        id: u32,
        entry: &Entry,
    ) -> gimli::write::Result<()> {
        self.offsets[id as usize] = (self.info.len() - self.start) as u32;
        let key = &mut self.abbreviations.key;
        key.clear();
        key.push(entry.tag.0);
        let children =
            if entry.first_child != NONE { gimli::DW_CHILDREN_yes } else { gimli::DW_CHILDREN_no };
        key.push(u16::from(children.0));
        let mut at = entry.first_attribute;
        while at != NONE {
            let attribute = &entries.attributes[at as usize];
            key.push(attribute.name.0);
            key.push(form(attribute.value, self.encoding.version).0);
            at = attribute.next;
        }
        let code = self.abbreviations.code()?;
        self.info.write_uleb128(code)?;
        let mut at = entry.first_attribute;
        while at != NONE {
            let attribute = &entries.attributes[at as usize];
            self.write_value(entries, attribute.value)?;
            at = attribute.next;
        }
        Ok(())
    }

    fn write_value(&mut self, entries: &Entries, value: Value) -> gimli::write::Result<()> {
        let w = &mut *self.info;
        match value {
            Value::String(StringId::Section(offset)) => {
                w.write_offset(offset as usize, SectionId::DebugStr, 4)
            }
            Value::String(StringId::Inline { bytes, len }) => {
                w.write(&bytes[..usize::from(len)])?;
                w.write_u8(0)
            }
            Value::Udata(value) => w.write_uleb128(value),
            Value::Sdata(value) => w.write_sleb128(value),
            Value::Data1(value) => w.write_u8(value),
            Value::Data2(value) => w.write_u16(value),
            Value::Data4(value) => w.write_u32(value),
            Value::Data8(value) => w.write_u64(value),
            Value::True => w.write_u8(1),
            Value::Entry(entry) => {
                self.references.push((w.len(), entry.0));
                w.write_u32(0)
            }
            Value::Address(address) => w.write_address(address, self.encoding.address_size),
            Value::File(file) => {
                let number = self.file_numbers.get(&file).copied();
                w.write_uleb128(number.ok_or(gimli::write::Error::InvalidReference)?)
            }
            Value::Expression { start, len } => {
                w.write_uleb128(u64::from(len))?;
                w.write(&entries.expressions[start as usize..(start + len) as usize])
            }
            Value::AddressOf(address) => {
                let size = self.encoding.address_size;
                w.write_uleb128(1 + u64::from(size))?;
                w.write_u8(gimli::DW_OP_addr.0)?;
                w.write_address(address, size)
            }
            Value::RangeList(list) => {
                w.write_offset(self.range_offsets[list as usize], self.range_section, 4)
            }
            Value::LineProgram => w.write_offset(self.line_program, SectionId::DebugLine, 4),
        }
    }
}

/// The form `value` is written in, in a unit of DWARF `version`.
fn form(value: Value, version: u16) -> DwForm {
    match value {
        Value::String(StringId::Section(_)) => gimli::DW_FORM_strp,
        Value::String(StringId::Inline { .. }) => gimli::DW_FORM_string,
        Value::Udata(_) | Value::File(_) => gimli::DW_FORM_udata,
        Value::Sdata(_) => gimli::DW_FORM_sdata,
        Value::Data1(_) => gimli::DW_FORM_data1,
        Value::Data2(_) => gimli::DW_FORM_data2,
        Value::Data4(_) => gimli::DW_FORM_data4,
        Value::Data8(_) => gimli::DW_FORM_data8,
        Value::True => gimli::DW_FORM_flag,
        Value::Entry(_) => gimli::DW_FORM_ref4,
        Value::Address(_) => gimli::DW_FORM_addr,
        // Before DWARF 4, an expression is a block and a section offset a constant.
        Value::Expression { .. } | Value::AddressOf(_) if version < 4 => gimli::DW_FORM_block,
        Value::Expression { .. } | Value::AddressOf(_) => gimli::DW_FORM_exprloc,
        Value::RangeList(_) | Value::LineProgram if version < 4 => gimli::DW_FORM_data4,
        Value::RangeList(_) | Value::LineProgram => gimli::DW_FORM_sec_offset,
    }
}

#[cfg(test)]
mod tests {
    use gimli::read::{AttributeValue as Read, Dwarf, EndianSlice};
    use gimli::write::{Address, LineProgram, LineString, Sections, Writer};
    use gimli::{LineEncoding, RangeListsOffset, RunTimeEndian};
    use rustc_data_structures::fx::FxHashMap;

    use super::{Entries, Expression, Value};
    use crate::debuginfo::reloc_writer::{RelocTarget, RelocWriter};
    use crate::debuginfo::strings::Strings;

    /// The bytes of each written section, with the offsets of its references to other sections
    /// filled in (as a linker does) and function addresses as if every function were at 0.
    fn linked(sections: &mut Sections<RelocWriter>) -> FxHashMap<gimli::SectionId, Vec<u8>> {
        let mut linked = FxHashMap::default();
        sections
            .for_each_mut(|id, writer| {
                for reloc in &writer.relocs.clone() {
                    assert!(matches!(
                        reloc.target,
                        RelocTarget::Section(_) | RelocTarget::Function(_)
                    ));
                    writer.write_udata_at(reloc.offset, reloc.addend as u64, reloc.size)?;
                }
                linked.insert(id, writer.bytes.clone());
                Ok::<(), gimli::write::Error>(())
            })
            .unwrap();
        linked
    }

    /// Writes a unit of DWARF `version` whose entries refer to entries written before and after
    /// them, then reads it back with gimli's reader.
    fn round_trip(version: u16) {
        let encoding = gimli::Encoding { format: gimli::Format::Dwarf32, version, address_size: 8 };
        let mut strings = Strings::default();
        let mut entries = Entries::new();
        let root = entries.root();
        let name = Value::String(strings.add("unit"));
        entries.get_mut(root).set(gimli::DW_AT_name, name);
        let structure = entries.add(root, gimli::DW_TAG_structure_type);
        let member = entries.add(structure, gimli::DW_TAG_member);
        let base = entries.add(root, gimli::DW_TAG_base_type);
        let mut entry = entries.get_mut(member);
        entry.set(gimli::DW_AT_name, Value::String(strings.add("field")));
        entry.set(gimli::DW_AT_type, Value::Entry(base));
        entry.set(gimli::DW_AT_data_member_location, Value::Udata(300));
        let mut entry = entries.get_mut(base);
        entry.set(gimli::DW_AT_name, Value::String(strings.add("u64")));
        entry.set(gimli::DW_AT_byte_size, Value::Udata(1));
        // A value set again replaces the first.
        entry.set(gimli::DW_AT_byte_size, Value::Udata(8));
        let subprogram = entries.add(root, gimli::DW_TAG_subprogram);
        let function = |addend| Address::Symbol { symbol: 0, addend };
        let ranges = entries.range_list([(function(0x10), 4), (function(0x40), 8)]);
        let mut location = Expression::default();
        location.op_fbreg(-24);
        location.op_deref();
        let location = entries.expression(&location);
        let source = || LineString::String(b"lib.rs".to_vec());
        let mut program = LineProgram::new(
            encoding,
            LineEncoding::default(),
            LineString::String(b"/src".to_vec()),
            None,
            source(),
            None,
        );
        let file = program.add_file(source(), program.default_directory(), None);
        let mut entry = entries.get_mut(subprogram);
        entry.set(gimli::DW_AT_ranges, ranges);
        entry.set(gimli::DW_AT_frame_base, location);
        entry.set(gimli::DW_AT_decl_file, Value::File(file));
        entry.set(gimli::DW_AT_external, Value::True);
        entry.set(gimli::DW_AT_type, Value::Entry(structure));

        let mut sections = Sections::new(RelocWriter::new(RunTimeEndian::Little));
        let file_numbers = [(file, 7)].into_iter().collect();
        entries.write(encoding, 0, &file_numbers, &mut sections).unwrap();
        sections.debug_str.write(strings.section()).unwrap();
        let linked = linked(&mut sections);

        let empty: &[u8] = &[];
        let dwarf = Dwarf::load(|id| {
            let bytes = linked.get(&id).map_or(empty, Vec::as_slice);
            Ok::<_, gimli::Error>(EndianSlice::new(bytes, RunTimeEndian::Little))
        })
        .unwrap();
        let header = dwarf.units().next().unwrap().unwrap();
        assert_eq!(header.version(), version);
        let unit = dwarf.unit(header).unwrap();
        let mut cursor = unit.entries();
        let mut seen = Vec::new();
        let mut offsets = FxHashMap::default();
        while let Some(entry) = cursor.next_dfs().unwrap() {
            offsets.insert(entry.tag(), entry.offset());
            seen.push((entry.depth(), entry.tag()));
        }
        assert_eq!(
            seen,
            [
                (0, gimli::DW_TAG_compile_unit),
                (1, gimli::DW_TAG_structure_type),
                (2, gimli::DW_TAG_member),
                (1, gimli::DW_TAG_base_type),
                (1, gimli::DW_TAG_subprogram),
            ]
        );
        let entry = |tag| unit.entry(offsets[&tag]).unwrap();
        let string = |value| dwarf.attr_string(&unit, value).unwrap().slice().to_vec();

        let member = entry(gimli::DW_TAG_member);
        assert_eq!(string(member.attr_value(gimli::DW_AT_name).unwrap()), b"field");
        let base_offset = offsets[&gimli::DW_TAG_base_type];
        assert_eq!(member.attr_value(gimli::DW_AT_type), Some(Read::UnitRef(base_offset)));
        let location = member.attr_value(gimli::DW_AT_data_member_location);
        assert_eq!(location.and_then(|value| value.udata_value()), Some(300));

        let base = entry(gimli::DW_TAG_base_type);
        assert_eq!(string(base.attr_value(gimli::DW_AT_name).unwrap()), b"u64");
        assert_eq!(base.attr_value(gimli::DW_AT_byte_size).and_then(|v| v.udata_value()), Some(8));

        let subprogram = entry(gimli::DW_TAG_subprogram);
        let structure_offset = offsets[&gimli::DW_TAG_structure_type];
        assert_eq!(subprogram.attr_value(gimli::DW_AT_type), Some(Read::UnitRef(structure_offset)));
        assert_eq!(subprogram.attr_value(gimli::DW_AT_decl_file), Some(Read::FileIndex(7)));
        assert_eq!(subprogram.attr_value(gimli::DW_AT_external), Some(Read::Flag(true)));
        let Some(Read::Exprloc(expression)) = subprogram.attr_value(gimli::DW_AT_frame_base) else {
            panic!("the frame base is not an expression");
        };
        assert_eq!(expression.0.slice(), [gimli::DW_OP_fbreg.0, 0x68, gimli::DW_OP_deref.0]);
        let offset = match subprogram.attr_value(gimli::DW_AT_ranges) {
            Some(Read::RangeListsRef(offset)) => RangeListsOffset(offset.0),
            Some(Read::SecOffset(offset)) => RangeListsOffset(offset),
            other => panic!("the ranges are {other:?}"),
        };
        let mut ranges = dwarf.ranges(&unit, offset).unwrap();
        let mut read = Vec::new();
        while let Some(range) = ranges.next().unwrap() {
            read.push((range.begin, range.end));
        }
        assert_eq!(read, [(0x10, 0x14), (0x40, 0x48)]);
    }

    #[test]
    fn entries_read_back_in_dwarf_4() {
        round_trip(4);
    }

    #[test]
    fn entries_read_back_in_dwarf_5() {
        round_trip(5);
    }
}
