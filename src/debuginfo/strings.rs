//! The strings of a unit's `.debug_str`: each stored once, and referred to by its offset.

use rustc_data_structures::fx::FxHashMap;

/// A string of the unit's `.debug_str`, by its offset there.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub(crate) struct StringId(u32);

impl StringId {
    pub(crate) fn offset(self) -> usize {
        self.0 as usize
    }
}

#[derive(Default)]
pub(crate) struct Strings {
    /// The section's contents: the strings, each ended by a zero byte.
    bytes: Vec<u8>,
    offsets: FxHashMap<Box<[u8]>, u32>,
}

impl Strings {
    /// The string `string` (which holds no zero byte: names never do).
    pub(crate) fn add(&mut self, string: impl AsRef<[u8]>) -> StringId {
        let string = string.as_ref();
        if let Some(&offset) = self.offsets.get(string) {
            return StringId(offset);
        }
        debug_assert!(!string.contains(&0));
        let offset = self.bytes.len() as u32;
        self.bytes.extend_from_slice(string);
        self.bytes.push(0);
        self.offsets.insert(string.into(), offset);
        StringId(offset)
    }

    /// The contents of the `.debug_str` section.
    pub(crate) fn section(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::Strings;

    #[test]
    fn strings_are_stored_once_each() {
        let mut strings = Strings::default();
        let first = strings.add("core");
        let second = strings.add(String::from("alloc"));
        assert_eq!(strings.add("core"), first);
        assert_eq!((first.offset(), second.offset()), (0, 5));
        assert_eq!(strings.section(), b"core\0alloc\0");
    }
}
