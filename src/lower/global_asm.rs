//! Module-level assembly: `global_asm!` items and `#[naked]` functions become assembly text,
//! assembled into a second object file per codegen unit (see `emit::assembler`).
//! `rustc_codegen_ssa` turns both into a template with operands; this file prints them.

use std::borrow::Cow;

use rustc_abi::{HasDataLayout, TargetDataLayout};
use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_attr_ir::Linkage;
use rustc_codegen_ssa::traits::{AsmCodegenMethods, GlobalAsmOperandRef};
use rustc_data_structures::fx::FxHashSet;
use rustc_hir::ItemId;
use rustc_middle::mir::interpret::{GlobalAlloc, Scalar};
use rustc_middle::mono::{MonoItemData, Visibility};
use rustc_middle::ty::layout::{
    FnAbiError, FnAbiOfHelpers, FnAbiRequest, HasTyCtxt, HasTypingEnv, LayoutError, LayoutOfHelpers,
};
use rustc_middle::ty::{self, Instance, Ty, TyCtxt};
use rustc_span::Span;
use rustc_target::asm::InlineAsmArch;

/// Collects the assembly text of one codegen unit.
pub(crate) struct GlobalAsmCx<'a, 'tcx> {
    tcx: TyCtxt<'tcx>,
    text: &'a mut String,
    /// Symbols the assembly refers to (`sym` operands): they must not be local to the
    /// Cranelift object, which is a different file.
    referenced_symbols: &'a mut FxHashSet<&'tcx str>,
}

impl<'a, 'tcx> GlobalAsmCx<'a, 'tcx> {
    pub(crate) fn new(
        tcx: TyCtxt<'tcx>,
        text: &'a mut String,
        referenced_symbols: &'a mut FxHashSet<&'tcx str>,
    ) -> Self {
        GlobalAsmCx { tcx, text, referenced_symbols }
    }

    pub(crate) fn lower_global_asm(&mut self, item_id: ItemId) {
        rustc_codegen_ssa::base::codegen_global_asm(self, item_id);
    }

    pub(crate) fn lower_naked_fn(&mut self, instance: Instance<'tcx>, data: MonoItemData) {
        // The function's symbol lives in another object file than its callers, so a symbol
        // private to this codegen unit is made a hidden global instead.
        let data = if data.linkage == Linkage::Internal {
            MonoItemData { linkage: Linkage::External, visibility: Visibility::Hidden, ..data }
        } else {
            data
        };
        rustc_codegen_ssa::mir::naked_asm::codegen_naked_asm(self, instance, data);
    }

    fn unsupported(&self, span: Span, what: &str) {
        crate::unsupported::error_in(
            self.tcx,
            span,
            format_args!("{what} in module-level assembly"),
        );
    }
}

impl HasDataLayout for GlobalAsmCx<'_, '_> {
    fn data_layout(&self) -> &TargetDataLayout {
        &self.tcx.data_layout
    }
}

impl<'tcx> HasTyCtxt<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn tcx(&self) -> TyCtxt<'tcx> {
        self.tcx
    }
}

impl<'tcx> HasTypingEnv<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn typing_env(&self) -> ty::TypingEnv<'tcx> {
        ty::TypingEnv::fully_monomorphized()
    }
}

impl<'tcx> LayoutOfHelpers<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn handle_layout_err(&self, err: LayoutError<'tcx>, span: Span, ty: Ty<'tcx>) -> ! {
        self.tcx.dcx().span_fatal(span, format!("failed to get layout for `{ty}`: {err}"))
    }
}

impl<'tcx> FnAbiOfHelpers<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn handle_fn_abi_err(&self, err: FnAbiError<'tcx>, span: Span, _: FnAbiRequest<'tcx>) -> ! {
        self.tcx.dcx().span_fatal(span, format!("{err:?}"))
    }
}

impl<'tcx> AsmCodegenMethods<'tcx> for GlobalAsmCx<'_, 'tcx> {
    fn codegen_global_asm(
        &mut self,
        template: &[InlineAsmTemplatePiece],
        operands: &[GlobalAsmOperandRef<'tcx>],
        options: InlineAsmOptions,
        line_spans: &[Span],
        _extra_rust_target_features: &[String],
    ) {
        let is_x86 =
            matches!(self.tcx.sess.asm_arch, Some(InlineAsmArch::X86 | InlineAsmArch::X86_64));
        // Rust's x86 assembly defaults to Intel syntax; the GNU assembler's to AT&T.
        let intel = is_x86 && !options.contains(InlineAsmOptions::ATT_SYNTAX);
        let mut asm = AsmText::default();
        if intel {
            asm.push_template(".intel_syntax noprefix\n");
        }
        for piece in template {
            match piece {
                InlineAsmTemplatePiece::String(string) => asm.push_template(string),
                InlineAsmTemplatePiece::Placeholder { operand_idx, span, .. } => {
                    match operands[*operand_idx] {
                        GlobalAsmOperandRef::Const { value: Scalar::Int(int), ty } => {
                            let layout = ty::layout::LayoutOf::layout_of(self, ty);
                            asm.push_operand(&rustc_codegen_ssa::common::asm_const_to_str(
                                self.tcx, *span, int, layout,
                            ));
                        }
                        GlobalAsmOperandRef::Const { value: Scalar::Ptr(ptr, _), .. } => {
                            let (provenance, offset) = ptr.prov_and_relative_offset();
                            let name = match self.tcx.global_alloc(provenance.alloc_id()) {
                                GlobalAlloc::Function { instance } => {
                                    self.tcx.symbol_name(instance).name
                                }
                                GlobalAlloc::Static(def_id) => {
                                    self.tcx.symbol_name(Instance::mono(self.tcx, def_id)).name
                                }
                                _ => {
                                    self.unsupported(*span, "pointers to anonymous constants");
                                    continue;
                                }
                            };
                            self.referenced_symbols.insert(name);
                            let symbol = assembler_symbol(name);
                            if offset.bytes() == 0 {
                                asm.push_operand(&symbol);
                            } else {
                                asm.push_operand(&format!("{symbol}+{}", offset.bytes()));
                            }
                        }
                        GlobalAsmOperandRef::SymThreadLocalStatic { .. } => {
                            let span = line_spans.first().copied().unwrap_or(*span);
                            self.unsupported(span, "thread-local symbols");
                        }
                    }
                }
            }
        }
        asm.push_template("\n");
        if intel {
            asm.push_template(".att_syntax\n");
        }
        self.text.push_str(&asm.text);
    }

    fn mangled_name(&self, instance: Instance<'tcx>) -> String {
        self.tcx.symbol_name(instance).name.to_owned()
    }
}

/// Assembly text built from template pieces, without `//` comments: LLVM's assembler accepts
/// them, the GNU assembler on x86 does not.
#[derive(Default)]
pub(crate) struct AsmText {
    pub(crate) text: String,
    in_comment: bool,
    in_string: bool,
}

impl AsmText {
    pub(crate) fn push_template(&mut self, piece: &str) {
        let mut chars = piece.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\n' {
                self.in_comment = false;
                self.in_string = false;
            } else if self.in_comment {
                continue;
            } else if c == '"' {
                self.in_string = !self.in_string;
            } else if c == '/' && !self.in_string && chars.peek() == Some(&'/') {
                self.in_comment = true;
                continue;
            }
            self.text.push(c);
        }
    }

    /// An operand's text (a register, constant or symbol), dropped inside a comment.
    pub(crate) fn push_operand(&mut self, operand: &str) {
        if !self.in_comment {
            self.text.push_str(operand);
        }
    }
}

/// `name` as the assembler reads a symbol: quoted when it holds characters outside those of
/// plain symbol names, as a `link_name` such as `exit@GLIBC_2.2.5` does (unquoted, that is
/// `exit` with a relocation specifier).
pub(crate) fn assembler_symbol(name: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '$');
    if name.chars().all(plain) && !name.starts_with(|c: char| c.is_ascii_digit()) {
        return Cow::Borrowed(name);
    }
    let mut quoted = String::with_capacity(name.len() + 2);
    quoted.push('"');
    for c in name.chars() {
        if matches!(c, '"' | '\\') {
            quoted.push('\\');
        }
        quoted.push(c);
    }
    quoted.push('"');
    Cow::Owned(quoted)
}

/// Whether `instance` is a `#[naked]` function, whose body is module-level assembly.
pub(crate) fn is_naked(tcx: TyCtxt<'_>, instance: Instance<'_>) -> bool {
    use rustc_middle::middle::codegen_fn_attrs::CodegenFnAttrFlags;
    tcx.codegen_instance_attrs(instance.def).flags.contains(CodegenFnAttrFlags::NAKED)
}
