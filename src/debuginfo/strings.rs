//! The strings of a unit's `.debug_str`: each stored once, and referred to by its offset; or,
//! for strings no longer than an offset, written in place.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_data_structures::fx::FxBuildHasher;

/// A string of the unit.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) enum StringId {
    /// A string of `.debug_str`, by its offset there (`DW_FORM_strp`).
    Section(u32),
    /// A string of at most `INLINE_MAX` bytes, written where it is used (`DW_FORM_string`): no
    /// longer than an offset, and with no relocation to give the linker (member names such
    /// as `__0` or `len` are a third of the names).
    Inline { bytes: [u8; INLINE_MAX], len: u8 },
}

pub(crate) const INLINE_MAX: usize = 3;

#[derive(Default)]
pub(crate) struct Strings {
    /// The section's contents: the strings, each ended by a zero byte.
    bytes: Vec<u8>,
    /// Where each string is in `bytes` (its offset and length), found by the string's hash:
    /// the strings are not kept a second time as keys.
    strings: HashTable<(u32, u32)>,
}

impl Strings {
    /// The string `string` (which holds no zero byte: names never do).
    pub(crate) fn add(&mut self, string: impl AsRef<[u8]>) -> StringId {
        let string = string.as_ref();
        debug_assert!(!string.contains(&0));
        if string.len() <= INLINE_MAX {
            let mut bytes = [0; INLINE_MAX];
            bytes[..string.len()].copy_from_slice(string);
            return StringId::Inline { bytes, len: string.len() as u8 };
        }
        let hash = FxBuildHasher.hash_one(string);
        let bytes = &self.bytes;
        let stored = |&(offset, len): &(u32, u32)| &bytes[offset as usize..][..len as usize];
        if let Some(&(offset, _)) = self.strings.find(hash, |found| stored(found) == string) {
            return StringId::Section(offset);
        }
        let offset = self.bytes.len() as u32;
        self.bytes.extend_from_slice(string);
        self.bytes.push(0);
        let bytes = &self.bytes;
        let rehash = |&(offset, len): &(u32, u32)| {
            FxBuildHasher.hash_one(&bytes[offset as usize..][..len as usize])
        };
        self.strings.insert_unique(hash, (offset, string.len() as u32), rehash);
        StringId::Section(offset)
    }

    /// The contents of the `.debug_str` section.
    pub(crate) fn section(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::{StringId, Strings};

    #[test]
    fn strings_are_stored_once_each_and_short_ones_in_place() {
        let mut strings = Strings::default();
        let first = strings.add("core");
        let second = strings.add(String::from("alloc"));
        assert_eq!(strings.add("core"), first);
        assert_eq!((first, second), (StringId::Section(0), StringId::Section(5)));
        assert_eq!(strings.add("len"), StringId::Inline { bytes: *b"len", len: 3 });
        assert_eq!(strings.add("x"), StringId::Inline { bytes: *b"x\0\0", len: 1 });
        assert_eq!(strings.section(), b"core\0alloc\0");
    }
}
