//! Functions whose Cranelift IR is identical are compiled once per crate. Instances of generic
//! code often differ only in the functions and data they refer to (`drop_in_place` of
//! different types with the same fields' drops, `Vec<T>::deref` for same-sized `T`, the
//! closures of one generic function), and Cranelift compiles the IR with those references as
//! indices into a table of names: equal stencils (`fn_cache`) give the same machine code, bound
//! to each function's own names by its relocations. In a regex-automata build, nearly half of
//! the functions are such copies. The worker threads share the compiled code of the crate,
//! keyed as the function cache keys them (the key covers the ISA and its flags).

use std::sync::{Arc, Mutex, PoisonError};

use cranelift_codegen::CompiledCode;
use cranelift_codegen::ir::SourceLoc;
use rustc_data_structures::fx::FxHashMap;

use super::fn_cache::Key;

/// A function's compiled code, as every function of the same stencil uses it.
pub(crate) struct SharedCode {
    /// The code finalized with `base` (Cranelift's `apply_params`), which its source locations
    /// are relative to in the stencil: only a function of the same base can use it as it is.
    /// Each function numbers its positions from 0, so in practice the bases are all the same.
    pub(crate) code: CompiledCode,
    pub(crate) base: SourceLoc,
    /// The function cache's value for it (`serialize_compiled`), when the cache is on.
    pub(crate) cached: Option<Vec<u8>>,
}

/// The compiled code of the crate being compiled, from its first compiled function until
/// `join_codegen` (`clear`). Anything compiled in this process may be reused: a key stands
/// for what decides the machine code, whichever crate asked.
static SHARED: Mutex<Option<FxHashMap<Key, Arc<SharedCode>>>> = Mutex::new(None);

/// The code compiled for a function of the same stencil and ISA as the one keyed `key`.
pub(crate) fn get(key: &Key) -> Option<Arc<SharedCode>> {
    let shared = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
    shared.as_ref()?.get(key).cloned()
}

/// Records the code compiled for the function keyed `key`.
pub(crate) fn insert(key: Key, code: Arc<SharedCode>) {
    let mut shared = SHARED.lock().unwrap_or_else(PoisonError::into_inner);
    shared.get_or_insert_with(FxHashMap::default).insert(key, code);
}

/// Frees the shared code once the crate's functions are compiled.
pub(crate) fn clear() {
    SHARED.lock().unwrap_or_else(PoisonError::into_inner).take();
}
