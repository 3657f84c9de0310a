//! Symbol aliases: externally implementable items (`#[eii]`) name their implementation with
//! the declaration's symbol too. Cranelift has no aliases, so they are added to the object
//! file afterwards, as further names for the implementation's section and offset.

use cranelift_module::{FuncOrDataId, Module};
use cranelift_object::{ObjectModule, ObjectProduct};
use object::write::{Symbol, SymbolId, SymbolSection};
use object::{SymbolFlags, SymbolScope};
use rustc_attr_ir::Linkage;
use rustc_middle::mono::Visibility;

use crate::lowered::SymbolAlias;

fn symbol_of(product: &ObjectProduct, id: FuncOrDataId) -> Option<SymbolId> {
    match id {
        FuncOrDataId::Func(func) => product.functions[func].map(|(symbol, _)| symbol),
        FuncOrDataId::Data(data) => product.data_objects[data].map(|(symbol, _)| symbol),
    }
}

/// Which declarations in `module` the aliases' names already have (references to them from
/// this unit), taken before the module is finished.
pub(crate) fn existing_declarations(
    module: &ObjectModule,
    aliases: &[SymbolAlias],
) -> Vec<Option<FuncOrDataId>> {
    aliases.iter().map(|alias| module.get_name(&alias.name)).collect()
}

pub(crate) fn add_aliases(
    product: &mut ObjectProduct,
    aliases: &[SymbolAlias],
    existing: &[Option<FuncOrDataId>],
) {
    for (alias, existing) in aliases.iter().zip(existing) {
        let Some(target) = symbol_of(product, alias.target) else { continue };
        let target = product.object.symbol(target);
        let SymbolSection::Section(_) = target.section else { continue };
        let scope = match (alias.linkage, alias.visibility) {
            (Linkage::Internal, _) => SymbolScope::Compilation,
            (_, Visibility::Hidden) => SymbolScope::Linkage,
            _ => SymbolScope::Dynamic,
        };
        let weak = matches!(
            alias.linkage,
            Linkage::WeakAny | Linkage::WeakODR | Linkage::LinkOnceAny | Linkage::LinkOnceODR
        );
        let symbol = Symbol {
            name: alias.name.as_bytes().to_vec(),
            value: target.value,
            size: target.size,
            kind: target.kind,
            scope,
            weak,
            section: target.section,
            flags: SymbolFlags::None,
        };
        // A name this unit also refers to is an undefined symbol already: define that one.
        match existing.and_then(|id| symbol_of(product, id)) {
            Some(undefined) => *product.object.symbol_mut(undefined) = symbol,
            None => {
                product.object.add_symbol(symbol);
            }
        }
    }
}
