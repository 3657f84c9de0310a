//! The per-function machine-code cache of incremental builds. rustc compiles a codegen unit
//! again whenever anything in it changed; this cache lets Cranelift skip every function of
//! such a unit whose compilation inputs did not change. It builds on Cranelift's
//! `incremental-cache`: the key covers what Cranelift hashes for it (the function's IR
//! "stencil", with external names, source positions and the like made relative, the ISA and
//! its flags), and the value is Cranelift's compiled code in the same relative form, bound to
//! the function's own names again on a hit (`try_finish_recompile`), so that a hit yields the
//! same machine code, relocations, unwind information and source positions as a compilation.
//! The key is the 128-bit XXH3 hash of those, collected into one buffer and hashed in one
//! pass. Two functions with one key would share machine code, so the key is as wide as rustc's
//! own fingerprints (a chance collision among a billion functions has odds of about 10^-21);
//! like them, it is not meant to resist collisions crafted on purpose, which only the author of
//! the code being compiled could craft. Cranelift's SHA-256 took a quarter of the whole
//! backend's time when the cache was cold, rustc's 128-bit SipHash (`StableHasher`) 2.4 % of it.
//!
//! On disk, each codegen unit has one pack file, `<unit>.pack`, in the cache directory: the
//! entries its last compilation used, found or made. A pack is read once when its unit is
//! compiled and replaced whole afterwards (written to a temporary file, then renamed), so that
//! another rustc reading it sees the old or the new pack, never half of one, and entries no
//! longer used leave with the next write. Every entry carries a checksum: a pack that is
//! truncated, garbled or from another build of the backend yields misses, never wrong code,
//! and is replaced. The packs of units not compiled for a while are removed, least recently
//! written first, when the directory outgrows its limit (`trim`).
//!
//! The format, integers little-endian: `MAGIC`, the length and bytes of the backend's
//! identity (`producer::producer()`), the number of entries, then each entry as its key
//! (16 bytes), the length of its value (u32), the checksum of its value (u64) and the value.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;
use std::{fs, io};

use cranelift_codegen::CompiledCode;
use cranelift_codegen::incremental_cache::try_finish_recompile;
use cranelift_codegen::ir::Function;
use cranelift_codegen::isa::TargetIsa;
use rustc_data_structures::fx::FxHashMap;
use twox_hash::XxHash3_128;

const MAGIC: &[u8; 8] = b"CLIFFNC2";

/// The functions of this rustc's codegen units found in the cache and compiled, over all
/// units (a rustc process compiles one crate).
static HITS: AtomicU64 = AtomicU64::new(0);
static MISSES: AtomicU64 = AtomicU64::new(0);
const KEY_BYTES: usize = 16;
pub(crate) type Key = [u8; KEY_BYTES];

/// The cache of one codegen unit while it is compiled.
pub(crate) struct FnCache {
    pack: PathBuf,
    /// The unit's previous pack and where each of its entries' values lies in it.
    previous: Vec<u8>,
    previous_entries: FxHashMap<Key, Range<usize>>,
    /// The previous entries found this time.
    found: FxHashMap<Key, Range<usize>>,
    /// The entries compiled this time.
    made: FxHashMap<Key, Vec<u8>>,
}

impl FnCache {
    /// The cache of the unit `unit` in `dir`, with the entries of its previous pack, if it has a
    /// readable one written by this build of the backend.
    pub(crate) fn open(dir: &Path, unit: &str) -> FnCache {
        let pack = dir.join(format!("{unit}.pack"));
        let previous = fs::read(&pack).unwrap_or_default();
        let previous_entries = parse(&previous, &identity());
        FnCache {
            pack,
            previous,
            previous_entries,
            found: FxHashMap::default(),
            made: FxHashMap::default(),
        }
    }

    /// Replaces the unit's pack by one holding the entries found and made this time, after
    /// counting the unit's `hits` and `misses` in the session's summary.
    pub(crate) fn write(self, hits: u64, misses: u64) -> io::Result<()> {
        HITS.fetch_add(hits, Ordering::Relaxed);
        MISSES.fetch_add(misses, Ordering::Relaxed);
        let entries = self
            .found
            .iter()
            .filter(|(key, _)| !self.made.contains_key(*key))
            .map(|(key, range)| (key, &self.previous[range.clone()]))
            .chain(self.made.iter().map(|(key, value)| (key, value.as_slice())));
        let bytes = serialize(&identity(), entries);
        let dir = self.pack.parent().expect("packs are files in the cache directory");
        fs::create_dir_all(dir)?;
        // A name no other writer uses: other processes, and other units of this one.
        let temporary = self.pack.with_extension(format!("pack.{}.tmp", std::process::id()));
        fs::write(&temporary, bytes)?;
        fs::rename(&temporary, &self.pack).inspect_err(|_| {
            let _ = fs::remove_file(&temporary);
        })
    }
}

impl FnCache {
    /// The compiled code cached under `key` for `func`, if the pack has it and it still reads.
    pub(crate) fn get(&mut self, key: &Key, func: &Function) -> Option<CompiledCode> {
        let range = self.previous_entries.get(key)?;
        let code = try_finish_recompile(func, &self.previous[range.clone()]).ok()?;
        self.found.insert(*key, range.clone());
        Some(code)
    }

    /// Adds the code of a function compiled anew, in the form `serialize_compiled` gives.
    pub(crate) fn insert(&mut self, key: Key, value: Vec<u8>) {
        self.made.insert(key, value);
    }
}

/// The cache key of `func` compiled for `isa`.
pub(crate) fn key_of(isa: &dyn TargetIsa, func: &Function) -> Key {
    thread_local! {
        static INPUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    INPUT.with_borrow_mut(|bytes| {
        bytes.clear();
        let mut input = HashInput(bytes);
        func.stencil.hash(&mut input);
        isa.name().hash(&mut input);
        isa.triple().hash(&mut input);
        isa.flags().hash(&mut input);
        isa.isa_flags_hash_key().hash(&mut input);
        XxHash3_128::oneshot(bytes).to_le_bytes()
    })
}

/// Collects what `Hash` feeds a hasher, so that it is hashed in one pass: a stencil is
/// thousands of writes of a few bytes each, which a streaming hash pays for one by one.
struct HashInput<'a>(&'a mut Vec<u8>);

impl Hasher for HashInput<'_> {
    fn write(&mut self, bytes: &[u8]) {
        self.0.extend_from_slice(bytes);
    }

    fn finish(&self) -> u64 {
        XxHash3_128::oneshot(self.0) as u64
    }
}

/// The identity of this build of the backend: packs written by another are not read.
fn identity() -> String {
    crate::producer::producer()
}

/// The entries of `pack` whose checksums hold, as the ranges of their values; none if it is not
/// a pack of `identity`. Reading stops at the first entry that does not fit in the bytes.
fn parse(pack: &[u8], identity: &str) -> FxHashMap<Key, Range<usize>> {
    let mut entries = FxHashMap::default();
    let mut reader = Reader { bytes: pack, at: 0 };
    let header_holds = reader.take(MAGIC.len()) == Some(MAGIC.as_slice())
        && reader.u32().and_then(|len| reader.take(len as usize)) == Some(identity.as_bytes());
    let Some(count) = reader.u32().filter(|_| header_holds) else { return entries };
    for _ in 0..count {
        let (Some(key), Some(len), Some(checksum)) =
            (reader.take(KEY_BYTES), reader.u32(), reader.u64())
        else {
            break;
        };
        let start = reader.at;
        let Some(value) = reader.take(len as usize) else { break };
        if checksum_of(value) == checksum {
            entries.insert(key.try_into().expect("took KEY_BYTES"), start..reader.at);
        }
    }
    entries
}

fn serialize<'a>(identity: &str, entries: impl Iterator<Item = (&'a Key, &'a [u8])>) -> Vec<u8> {
    let entries: Vec<(&Key, &[u8])> = entries.collect();
    let mut bytes = Vec::with_capacity(
        MAGIC.len()
            + 8
            + identity.len()
            + entries.iter().map(|(_, value)| KEY_BYTES + 12 + value.len()).sum::<usize>(),
    );
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&(identity.len() as u32).to_le_bytes());
    bytes.extend_from_slice(identity.as_bytes());
    bytes.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for (key, value) in entries {
        bytes.extend_from_slice(key);
        bytes.extend_from_slice(&(value.len() as u32).to_le_bytes());
        bytes.extend_from_slice(&checksum_of(value).to_le_bytes());
        bytes.extend_from_slice(value);
    }
    bytes
}

/// A 64-bit checksum against truncated and garbled values (not against forgery: the cache
/// directory is the user's own).
fn checksum_of(value: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut hash = value.len() as u64;
    let (words, rest) = value.as_chunks::<8>();
    for word in words {
        hash = (hash.rotate_left(5) ^ u64::from_le_bytes(*word)).wrapping_mul(K);
    }
    for &byte in rest {
        hash = (hash.rotate_left(5) ^ u64::from(byte)).wrapping_mul(K);
    }
    hash ^ (hash >> 29)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(len).filter(|&end| end <= self.bytes.len())?;
        let taken = &self.bytes[self.at..end];
        self.at = end;
        Some(taken)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

/// Writes the session's hits and misses, once every unit is written, to the summary of the
/// crate `crate_name` in `dir`: `last-session-<crate>.txt`, lines `hits N` and `misses N`
/// (`./y.sh bench` and the fn_cache test group read it; several crates may share `dir`).
pub(crate) fn write_summary(dir: &Path, crate_name: &str) -> io::Result<()> {
    let (hits, misses) = (HITS.load(Ordering::Relaxed), MISSES.load(Ordering::Relaxed));
    fs::create_dir_all(dir)?;
    let summary = dir.join(format!("last-session-{crate_name}.txt"));
    fs::write(summary, format!("hits {hits}\nmisses {misses}\n"))
}

/// Removes packs from `dir`, least recently written first, until the packs take at most
/// `limit` bytes. Another rustc may be using the directory too: a pack it reads stays
/// readable after removal, and one it needs later is a miss.
pub(crate) fn trim(dir: &Path, limit: u64) {
    let Ok(listing) = fs::read_dir(dir) else { return };
    let mut packs: Vec<(SystemTime, u64, PathBuf)> = listing
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let path = entry.path();
            let metadata = entry.metadata().ok()?;
            let is_pack = path.extension().is_some_and(|extension| extension == "pack");
            (is_pack && metadata.is_file()).then(|| {
                (metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH), metadata.len(), path)
            })
        })
        .collect();
    let mut total: u64 = packs.iter().map(|(_, len, _)| len).sum();
    packs.sort();
    for (_, len, path) in packs {
        if total <= limit {
            break;
        }
        if fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use cranelift_codegen::ir::{AbiParam, Function, InstBuilder, Signature, UserFuncName, types};
    use cranelift_codegen::isa::{self, CallConv, OwnedTargetIsa};
    use cranelift_codegen::settings;
    use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};

    use super::{key_of, parse, serialize};

    fn pack_of(entries: &[([u8; 16], &[u8])]) -> Vec<u8> {
        serialize("backend A", entries.iter().map(|(key, value)| (key, *value)))
    }

    #[test]
    fn entries_round_trip() {
        let pack = pack_of(&[([1; 16], b"first value"), ([2; 16], b"")]);
        let entries = parse(&pack, "backend A");
        assert_eq!(entries.len(), 2);
        assert_eq!(&pack[entries[&[1; 16]].clone()], b"first value");
        assert!(entries[&[2; 16]].is_empty());
    }

    #[test]
    fn another_backend_reads_nothing() {
        let pack = pack_of(&[([1; 16], b"value")]);
        assert!(parse(&pack, "backend B").is_empty());
    }

    #[test]
    fn truncated_packs_keep_their_whole_entries() {
        let pack = pack_of(&[([1; 16], b"first value"), ([2; 16], b"second value")]);
        for len in 0..pack.len() {
            let entries = parse(&pack[..len], "backend A");
            assert!(entries.len() <= 1, "cut at {len}");
            if let Some(range) = entries.get(&[1; 16]) {
                assert_eq!(&pack[range.clone()], b"first value");
            }
        }
        assert_eq!(parse(&pack, "backend A").len(), 2);
    }

    #[test]
    fn garbled_values_are_dropped() {
        let mut pack = pack_of(&[([1; 16], b"first value"), ([2; 16], b"second value")]);
        let last = pack.len() - 1;
        pack[last] ^= 0x40;
        let entries = parse(&pack, "backend A");
        assert_eq!(entries.len(), 1);
        assert!(entries.contains_key(&[1; 16]));
    }

    fn x86_64() -> OwnedTargetIsa {
        let triple = target_lexicon::Triple::from_str("x86_64-unknown-linux-gnu").unwrap();
        isa::lookup(triple).unwrap().finish(settings::Flags::new(settings::builder())).unwrap()
    }

    /// The function `name` returning `result`, for `isa`.
    fn returning(isa: &OwnedTargetIsa, name: u32, result: i64) -> Function {
        let mut signature = Signature::new(CallConv::SystemV);
        signature.returns.push(AbiParam::new(types::I64));
        let mut func = Function::with_name_signature(UserFuncName::user(0, name), signature);
        let mut context = FunctionBuilderContext::new();
        let mut builder = FunctionBuilder::new(&mut func, &mut context);
        let block = builder.create_block();
        builder.switch_to_block(block);
        builder.seal_block(block);
        let value = builder.ins().iconst(types::I64, result);
        builder.ins().return_(&[value]);
        builder.finalize(isa.frontend_config());
        func
    }

    #[test]
    fn keys_tell_bodies_apart_but_not_names() {
        let isa = x86_64();
        let key = |name, result| key_of(&*isa, &returning(&isa, name, result));
        assert_eq!(key(0, 1), key(0, 1));
        assert_eq!(key(0, 1), key(7, 1));
        assert_ne!(key(0, 1), key(0, 2));
    }
}
