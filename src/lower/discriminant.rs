//! Enum discriminants: reading and writing them through rustc's tag encodings (direct tags
//! and niches).

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{InstBuilder, Type, Value};
use rustc_abi::{Primitive, TagEncoding, VariantIdx, Variants};
use rustc_middle::ty::layout::TyAndLayout;

use super::FunctionCx;
use super::value::{CPlace, CValue, scalar_type};

/// Converts an integer to `to`, sign- or zero-extending as `signed` says.
pub(crate) fn int_resize(
    fx: &mut FunctionCx<'_, '_, '_>,
    value: Value,
    to: Type,
    signed: bool,
) -> Value {
    let from = fx.bcx.func.dfg.value_type(value);
    if from == to {
        value
    } else if from.bits() > to.bits() {
        fx.bcx.ins().ireduce(to, value)
    } else if signed {
        fx.bcx.ins().sextend(to, value)
    } else {
        fx.bcx.ins().uextend(to, value)
    }
}

pub(crate) fn write_discriminant<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    place: CPlace<'tcx>,
    variant: VariantIdx,
) {
    let layout = place.layout;
    if layout.for_variant(fx, variant).is_uninhabited() {
        return;
    }
    match &layout.variants {
        Variants::Empty | Variants::Single { .. } => {}
        Variants::Multiple { tag, tag_field, tag_encoding, .. } => {
            let tag_bits = match tag_encoding {
                TagEncoding::Direct => {
                    layout
                        .ty
                        .discriminant_for_variant(fx.tcx, variant)
                        .expect("direct tags are of enums and coroutines, which have discriminants")
                        .val
                }
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                    if variant == *untagged_variant {
                        return;
                    }
                    let relative = variant.as_u32() - niche_variants.start.as_u32();
                    u128::from(relative).wrapping_add(*niche_start)
                }
            };
            let tag_place = place.place_field(fx, *tag_field);
            let ty = scalar_type(fx.pointer_type, *tag);
            let value = fx.iconst(ty, tag_bits);
            tag_place.write_cvalue(fx, CValue::by_val(value, tag_place.layout));
        }
    }
}

pub(crate) fn read_discriminant<'tcx>(
    fx: &mut FunctionCx<'_, '_, 'tcx>,
    place: CPlace<'tcx>,
    dest_layout: TyAndLayout<'tcx>,
) -> CValue<'tcx> {
    let layout = place.layout;
    let dest_ty = fx.register_types(dest_layout).expect("discriminant type is an integer").0;
    match &layout.variants {
        Variants::Empty => {
            fx.trap_and_continue_dead();
            CValue::const_int(fx, dest_layout, 0)
        }
        Variants::Single { index } => {
            let discr = layout
                .ty
                .discriminant_for_variant(fx.tcx, *index)
                .map_or(u128::from(index.as_u32()), |discr| discr.val);
            CValue::const_int(fx, dest_layout, discr)
        }
        Variants::Multiple { tag, tag_field, tag_encoding, .. } => {
            let tag_value = place.place_field(fx, *tag_field).to_cvalue(fx).load_scalar(fx);
            let tag_ty = scalar_type(fx.pointer_type, *tag);
            let tag_value = super::value::bitcast_to(fx, tag_value, tag_ty);
            match tag_encoding {
                TagEncoding::Direct => {
                    let signed = matches!(tag.primitive(), Primitive::Int(_, true));
                    let value = int_resize(fx, tag_value, dest_ty, signed);
                    CValue::by_val(value, dest_layout)
                }
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start }
                    if niche_variants.start == niche_variants.last =>
                {
                    // One variant in the niche (`Option<&T>`, `Option<NonZero>`): one value of
                    // the tag is that variant, every other one is the untagged variant.
                    let niche_value = fx.iconst(tag_ty, *niche_start);
                    let value = match (niche_variants.start.as_u32(), untagged_variant.as_u32()) {
                        // Variants 0 and 1 (`None` and `Some`) are the comparison itself, which
                        // a branch on the discriminant then uses directly.
                        (niche @ 0..=1, untagged @ 0..=1) if niche != untagged => {
                            let cc = if niche == 1 { IntCC::Equal } else { IntCC::NotEqual };
                            let value = fx.bcx.ins().icmp(cc, tag_value, niche_value);
                            int_resize(fx, value, dest_ty, false)
                        }
                        (niche, untagged) => {
                            let is_niche = fx.bcx.ins().icmp(IntCC::Equal, tag_value, niche_value);
                            let niche = fx.iconst(dest_ty, u128::from(niche));
                            let untagged = fx.iconst(dest_ty, u128::from(untagged));
                            fx.bcx.ins().select(is_niche, niche, untagged)
                        }
                    };
                    CValue::by_val(value, dest_layout)
                }
                TagEncoding::Niche { untagged_variant, niche_variants, niche_start } => {
                    let niche_start_value = fx.iconst(tag_ty, *niche_start);
                    let relative = fx.bcx.ins().isub(tag_value, niche_start_value);
                    let variant_count =
                        niche_variants.last.as_u32() - niche_variants.start.as_u32();
                    let max_relative = fx.iconst(tag_ty, u128::from(variant_count));
                    let is_niche =
                        fx.bcx.ins().icmp(IntCC::UnsignedLessThanOrEqual, relative, max_relative);
                    let relative = int_resize(fx, relative, dest_ty, false);
                    let niche_discr =
                        fx.bcx.ins().iadd_imm_s(relative, i64::from(niche_variants.start.as_u32()));
                    let untagged = fx.iconst(dest_ty, u128::from(untagged_variant.as_u32()));
                    let value = fx.bcx.ins().select(is_niche, niche_discr, untagged);
                    CValue::by_val(value, dest_layout)
                }
            }
        }
    }
}
