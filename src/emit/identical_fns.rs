//! Functions whose Cranelift IR is identical are compiled once per crate. Instances of generic
//! code often differ only in the functions and data they refer to (`drop_in_place` of
//! different types with the same fields' drops, `Vec<T>::deref` for same-sized `T`, the
//! closures of one generic function), and Cranelift compiles the IR with those references as
//! indices into a table of names: equal stencils (`fn_cache`) give the same machine code, bound
//! to each function's own names by its relocations. In a regex-automata build, nearly half of
//! the functions are such copies. The worker threads share the compiled stencils of the
//! crate, keyed as the function cache keys them (the key covers the ISA and its flags).

use std::sync::{Arc, Mutex, PoisonError};

use cranelift_codegen::CompiledCodeStencil;
use rustc_data_structures::fx::FxHashMap;

use super::fn_cache::Key;

/// The compiled stencils of the crate being compiled, from its first compiled function until
/// `join_codegen` (`clear`). Anything compiled in this process may be reused: a key stands
/// for what decides the machine code, whichever crate asked.
static STENCILS: Mutex<Option<FxHashMap<Key, Arc<CompiledCodeStencil>>>> = Mutex::new(None);

/// The code compiled for a function of the same stencil and ISA as the one keyed `key`.
pub(crate) fn get(key: &Key) -> Option<Arc<CompiledCodeStencil>> {
    let stencils = STENCILS.lock().unwrap_or_else(PoisonError::into_inner);
    stencils.as_ref()?.get(key).cloned()
}

/// Records the code compiled for the function keyed `key`.
pub(crate) fn insert(key: Key, stencil: Arc<CompiledCodeStencil>) {
    let mut stencils = STENCILS.lock().unwrap_or_else(PoisonError::into_inner);
    stencils.get_or_insert_with(FxHashMap::default).insert(key, stencil);
}

/// Frees the stencils once the crate's functions are compiled.
pub(crate) fn clear() {
    STENCILS.lock().unwrap_or_else(PoisonError::into_inner).take();
}
