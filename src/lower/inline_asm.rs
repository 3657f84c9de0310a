//! Inline `asm!` on x86-64. Cranelift cannot embed assembly in a function, so each `asm!`
//! becomes a small assembly function (a "thunk", added to the codegen unit's module-level
//! assembly) that the lowered function calls with one pointer to a buffer: the thunk loads the
//! input operands from the buffer into their registers, runs the template, and stores the
//! output registers back. Being an ordinary call, it lets Cranelift assume every caller-saved
//! register is clobbered; the thunk saves and restores the callee-saved ones itself.
//!
//! `label` operands (asm goto): a jump out of the template cannot reach the calling function's
//! blocks, so each label operand stands for a local label of the thunk, which leaves the thunk
//! like the fallthrough does (storing the outputs, which Rust defines on every path) but
//! returns the label's 1-based index instead of 0; the caller branches on that.

use std::fmt::Write;

use cranelift_codegen::ir::{AbiParam, InstBuilder, Signature, Value, types};
use cranelift_frontend::Switch;
use cranelift_module::{FuncOrDataId, Linkage, Module};
use rustc_abi::Size;
use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_hir::def_id::DefId;
use rustc_middle::mir::{self, BasicBlock, InlineAsmOperand};
use rustc_middle::ty::{self, Instance};
use rustc_target::asm::{
    InlineAsmArch, InlineAsmReg, InlineAsmRegClass, InlineAsmRegOrRegClass, X86InlineAsmRegClass,
};

use super::FunctionCx;
use super::global_asm::AsmText;
use super::unwind::{CallTarget, LandingPad};
use super::value::{CPlace, CValue, Pointer};

/// General purpose registers by rustc's base name, with their 64/32/16/8-bit names.
const GPRS: &[(&str, [&str; 4])] = &[
    ("ax", ["rax", "eax", "ax", "al"]),
    ("bx", ["rbx", "ebx", "bx", "bl"]),
    ("cx", ["rcx", "ecx", "cx", "cl"]),
    ("dx", ["rdx", "edx", "dx", "dl"]),
    ("si", ["rsi", "esi", "si", "sil"]),
    ("di", ["rdi", "edi", "di", "dil"]),
    ("r8", ["r8", "r8d", "r8w", "r8b"]),
    ("r9", ["r9", "r9d", "r9w", "r9b"]),
    ("r10", ["r10", "r10d", "r10w", "r10b"]),
    ("r11", ["r11", "r11d", "r11w", "r11b"]),
    ("r12", ["r12", "r12d", "r12w", "r12b"]),
    ("r13", ["r13", "r13d", "r13w", "r13b"]),
    ("r14", ["r14", "r14d", "r14w", "r14b"]),
    ("r15", ["r15", "r15d", "r15w", "r15b"]),
];

/// Registers handed out for register-class operands, caller-saved first.
const GPR_POOL: &[&str] = &["ax", "cx", "dx", "si", "di", "r8", "r9", "r10", "r11", "r12", "r13"];
const ABCD_POOL: &[&str] = &["ax", "cx", "dx", "bx"];
/// Candidates for the register that holds the buffer address while outputs are stored (the
/// callee-saved ones are free then too: the thunk restores them last).
const SCRATCH_POOL: &[&str] =
    &["r11", "r10", "r9", "r8", "ax", "cx", "dx", "si", "di", "bx", "r12", "r13", "r14", "r15"];
/// Candidates for the register that holds which way the assembly left while outputs are
/// stored; `ax`, where the thunk returns it, saves a move.
const TAKEN_POOL: &[&str] =
    &["ax", "cx", "dx", "si", "di", "r8", "r9", "r10", "r11", "bx", "r12", "r13", "r14", "r15"];

#[derive(Copy, Clone, PartialEq)]
enum Reg {
    Gpr(&'static str),
    /// A vector register by number, with the bytes of it the operand uses: 16 (`xmm`), 32
    /// (`ymm`) or 64 (`zmm`), as its register class or name says.
    Vector(u8, u8),
    /// An AVX-512 mask register, `k1`..`k7`.
    Mask(u8),
}

impl Reg {
    fn name(self, modifier: Option<char>) -> String {
        match self {
            Reg::Gpr(base) => {
                let names = GPRS
                    .iter()
                    .find(|(name, _)| *name == base)
                    .expect("general purpose registers are named after `GPRS` entries")
                    .1;
                let index = match modifier {
                    Some('e') => 1,
                    Some('x') => 2,
                    Some('l') => 3,
                    _ => 0,
                };
                names[index].to_owned()
            }
            Reg::Vector(n, width) => match (modifier, width) {
                (Some('x'), _) | (None, 16) => format!("xmm{n}"),
                (Some('y'), _) | (None, 32) => format!("ymm{n}"),
                _ => format!("zmm{n}"),
            },
            Reg::Mask(n) => format!("k{n}"),
        }
    }

    fn slot_size(self) -> u64 {
        match self {
            Reg::Gpr(_) | Reg::Mask(_) => 8,
            Reg::Vector(_, width) => width.into(),
        }
    }

    /// Whether the two are the same register, or parts of one.
    fn overlaps(self, other: Reg) -> bool {
        match (self, other) {
            (Reg::Vector(a, _), Reg::Vector(b, _)) => a == b,
            _ => self == other,
        }
    }
}

/// One register operand: where it lives in the buffer and what flows through it.
struct RegOperand<'tcx> {
    reg: Reg,
    offset: u64,
    input: Option<CValue<'tcx>>,
    output: Option<CPlace<'tcx>>,
}

impl RegOperand<'_> {
    /// The bytes of the register that the operand's type occupies.
    fn size(&self) -> u64 {
        let input = self.input.map_or(0, |value| value.layout.size.bytes());
        let output = self.output.map_or(0, |place| place.layout.size.bytes());
        input.max(output)
    }
}

/// A MIR operand of `asm!` as the thunks take it.
pub(super) enum AsmOperand<'tcx> {
    /// In a register (or a register of a class), with the values flowing in and out.
    Reg { reg: InlineAsmRegOrRegClass, input: Option<CValue<'tcx>>, output: Option<CPlace<'tcx>> },
    /// Text the template takes as it is: a constant, or a symbol's name.
    Text(String),
    /// A `label` operand: the index of its target among the terminator's.
    Label(usize),
}

/// Where a register operand lives in the buffer and what flows through it, for the caller.
pub(super) struct BufferSlot<'tcx> {
    pub(super) offset: u64,
    pub(super) input: Option<CValue<'tcx>>,
    pub(super) output: Option<CPlace<'tcx>>,
}

/// A thunk's text and what its caller needs to know about it.
pub(super) struct AsmThunk<'tcx> {
    pub(super) text: String,
    pub(super) slots: Vec<BufferSlot<'tcx>>,
    pub(super) buffer_size: u64,
    /// The MIR blocks of the `label` operands, the thunk's result minus one indexing them.
    pub(super) labels: Vec<BasicBlock>,
}

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    pub(super) fn lower_inline_asm(
        &mut self,
        template: &[InlineAsmTemplatePiece],
        operands: &[InlineAsmOperand<'tcx>],
        options: InlineAsmOptions,
        targets: &[BasicBlock],
        landing: Option<LandingPad>,
    ) {
        let name = self.cx.next_asm_thunk_name();
        let thunk = match self.tcx.sess.asm_arch {
            Some(InlineAsmArch::X86_64) => {
                self.build_asm_thunk(&name, template, operands, options, targets)
            }
            Some(arch) => self.build_other_asm_thunk(arch, template, operands, options),
            None => {
                self.unsupported("inline assembly (`asm!`) on this architecture");
                None
            }
        };
        let Some(thunk) = thunk else { return };

        let slot = self.create_stack_slot(thunk.buffer_size.max(8), 16);
        let buffer = Pointer::stack_slot(slot);
        for operand in &thunk.slots {
            if let Some(value) = operand.input {
                let place =
                    CPlace::for_ptr(buffer.offset_i64(self, operand.offset as i64), value.layout);
                place.write_cvalue(self, value);
            }
        }

        let mut sig = Signature::new(self.cx.default_call_conv);
        sig.params.push(AbiParam::new(self.pointer_type));
        if !thunk.labels.is_empty() {
            sig.returns.push(AbiParam::new(types::I32));
        }
        let func_id = match self.cx.module.declare_function(&name, Linkage::Import, &sig) {
            Ok(id) => id,
            Err(err) => return self.unsupported(&format!("inline assembly thunk `{name}`: {err}")),
        };
        let func_ref = self.func_ref_for_id(func_id);
        let buffer_addr = buffer.addr(self);
        // Only `may_unwind` assembly has a landing pad: a panic from what it calls unwinds
        // through the thunk, whose unwind info `build_asm_thunk` writes.
        let results = self.emit_call(CallTarget::Direct(func_ref), &[buffer_addr], landing);
        self.cx.define_asm_function(&name, &thunk.text);

        for operand in &thunk.slots {
            if let Some(place) = operand.output {
                let slot =
                    CPlace::for_ptr(buffer.offset_i64(self, operand.offset as i64), place.layout);
                let value = slot.to_cvalue(self);
                place.write_cvalue(self, value);
            }
        }

        let noreturn = options.contains(InlineAsmOptions::NORETURN);
        match results.first() {
            Some(&taken) => {
                let fallthrough = if noreturn { None } else { targets.first().copied() };
                self.branch_after_asm(taken, fallthrough, &thunk.labels);
            }
            None if noreturn => {
                self.bcx.ins().trap(super::trap::NO_RETURN);
            }
            None => self.jump_or_trap(targets.first().copied()),
        }
    }

    /// Continues where the assembly went: `taken` is 0 after falling through to `fallthrough`
    /// (absent for `noreturn` assembly), else the 1-based index of the label in `labels`.
    fn branch_after_asm(
        &mut self,
        taken: Value,
        fallthrough: Option<BasicBlock>,
        labels: &[BasicBlock],
    ) {
        // `noreturn` assembly leaves through a label or not at all, so the first label needs
        // no comparison.
        let (otherwise, compared) = match fallthrough {
            Some(bb) => (bb, labels),
            None => (labels[0], &labels[1..]),
        };
        let first_compared = labels.len() - compared.len() + 1;
        let otherwise = self.branch_target(otherwise);
        let mut switch = Switch::new();
        for (index, &bb) in compared.iter().enumerate() {
            let target = self.branch_target(bb);
            switch.set_entry((first_compared + index) as u128, target);
        }
        switch.emit(&mut self.bcx, taken, otherwise);
    }

    /// Allocates registers and writes the body (Intel syntax) of the thunk `name`. Returns
    /// `None` after reporting an unsupported operand.
    fn build_asm_thunk(
        &mut self,
        name: &str,
        template: &[InlineAsmTemplatePiece],
        operands: &[InlineAsmOperand<'tcx>],
        options: InlineAsmOptions,
        targets: &[BasicBlock],
    ) -> Option<AsmThunk<'tcx>> {
        // Explicit registers first, so that classes allocate around them.
        let mut taken: Vec<Reg> = Vec::new();
        for operand in operands {
            if is_vector_state_clobber(operand) {
                continue;
            }
            let reg = match operand {
                InlineAsmOperand::In { reg, .. }
                | InlineAsmOperand::Out { reg, .. }
                | InlineAsmOperand::InOut { reg, .. } => reg,
                _ => continue,
            };
            if let InlineAsmRegOrRegClass::Reg(reg) = reg {
                taken.push(self.explicit_reg(*reg)?);
            }
        }

        let mut reg_operands = Vec::new();
        // Placeholder text of every MIR operand (register name or constant), by index.
        let mut operand_regs: Vec<Option<(Reg, Option<char>)>> = Vec::with_capacity(operands.len());
        let mut operand_texts: Vec<Option<String>> = Vec::with_capacity(operands.len());
        let mut offset: u64 = 0;
        let mut labels = Vec::new();
        let mut label_names = Vec::new();
        for operand in operands {
            if is_vector_state_clobber(operand) {
                operand_regs.push(None);
                operand_texts.push(None);
                continue;
            }
            let (reg, input, output) = match self.asm_operand(operand)? {
                AsmOperand::Reg { reg, input, output } => (reg, input, output),
                AsmOperand::Text(text) => {
                    operand_regs.push(None);
                    operand_texts.push(Some(text));
                    continue;
                }
                AsmOperand::Label(target_index) => {
                    labels.push(targets[target_index]);
                    let label = format!(".L{name}_label{}", labels.len());
                    label_names.push(label.clone());
                    operand_regs.push(None);
                    operand_texts.push(Some(label));
                    continue;
                }
            };
            // The modifier of the placeholder when it has none: a `reg_byte` operand is named
            // by its low byte.
            let (reg, default_modifier) = match reg {
                InlineAsmRegOrRegClass::Reg(reg) => (self.explicit_reg(reg)?, None),
                InlineAsmRegOrRegClass::RegClass(class) => {
                    let reg = self.allocate_reg(class, &taken)?;
                    taken.push(reg);
                    let byte =
                        matches!(class, InlineAsmRegClass::X86(X86InlineAsmRegClass::reg_byte));
                    (reg, byte.then_some('l'))
                }
            };
            let too_big = |size: Size| size.bytes() > reg.slot_size();
            if input.is_some_and(|v| too_big(v.layout.size))
                || output.is_some_and(|p| too_big(p.layout.size))
            {
                self.unsupported("inline assembly operands larger than their register");
                return None;
            }
            offset = offset.next_multiple_of(reg.slot_size());
            reg_operands.push(RegOperand { reg, offset, input, output });
            offset += reg.slot_size();
            operand_regs.push(Some((reg, default_modifier)));
            operand_texts.push(None);
        }

        let mut text = String::new();
        // Frame: rbp chain, callee-saved registers, then the buffer address (16-byte aligned).
        // The call frame information lets panics unwind through the thunk (`may_unwind`) and
        // backtraces go through it: the frame address is `rbp + 16` while the template runs.
        text.push_str(
            ".cfi_startproc\npush rbp\n.cfi_def_cfa_offset 16\n.cfi_offset rbp, -16\n\
             mov rbp, rsp\n.cfi_def_cfa_register rbp\npush rbx\npush r12\npush r13\npush r14\n\
             push r15\npush rdi\n.cfi_offset rbx, -24\n.cfi_offset r12, -32\n\
             .cfi_offset r13, -40\n.cfi_offset r14, -48\n.cfi_offset r15, -56\n",
        );
        // Load inputs; the one going into rdi, which holds the buffer address, goes last.
        let mut rdi_input = None;
        for operand in reg_operands.iter().filter(|operand| operand.input.is_some()) {
            if operand.reg == Reg::Gpr("di") {
                rdi_input = Some(operand.offset);
                continue;
            }
            let _ = writeln!(text, "{}", move_operand(operand, "rdi", true));
        }
        if let Some(offset) = rdi_input {
            let _ = writeln!(text, "mov rdi, [rdi + {offset}]");
        }

        // The thunk's own code is Intel syntax; an AT&T template switches for its length.
        let att = options.contains(InlineAsmOptions::ATT_SYNTAX);
        let mut asm = AsmText::default();
        if att {
            asm.push_template(".att_syntax\n");
        }
        for piece in template {
            match piece {
                InlineAsmTemplatePiece::String(string) => asm.push_template(string),
                InlineAsmTemplatePiece::Placeholder { operand_idx, modifier, .. } => {
                    match (&operand_texts[*operand_idx], operand_regs[*operand_idx]) {
                        (Some(constant), _) => asm.push_operand(constant),
                        (None, Some((reg, default))) => {
                            let name = reg.name(modifier.or(default));
                            asm.push_operand(&if att { format!("%{name}") } else { name });
                        }
                        (None, None) => {
                            unreachable!("every operand has a register or a text")
                        }
                    }
                }
            }
        }
        asm.push_template("\n");
        if att {
            asm.push_template(".intel_syntax noprefix\n");
        }
        text.push_str(&asm.text);

        // The thunk returns unless the assembly neither falls through nor has labels.
        if !options.contains(InlineAsmOptions::NORETURN) || !labels.is_empty() {
            let outputs: Vec<&RegOperand<'tcx>> =
                reg_operands.iter().filter(|operand| operand.output.is_some()).collect();
            let is_output = |base: &str| {
                outputs.iter().any(|operand| matches!(operand.reg, Reg::Gpr(reg) if reg == base))
            };
            let scratch = if outputs.is_empty() {
                None
            } else {
                let Some(scratch) = SCRATCH_POOL.iter().find(|base| !is_output(base)) else {
                    self.unsupported("inline assembly with this many outputs");
                    return None;
                };
                Some(Reg::Gpr(scratch))
            };
            let mut exit_reg = None;
            if !labels.is_empty() {
                let Some(reg) = TAKEN_POOL
                    .iter()
                    .find(|base| !is_output(base) && Some(Reg::Gpr(base)) != scratch)
                else {
                    self.unsupported("inline assembly with labels and this many outputs");
                    return None;
                };
                let reg = Reg::Gpr(reg).name(Some('e'));
                let exit = format!(".L{name}_exit");
                // The exits join where the outputs are stored; the last label needs no jump.
                if !options.contains(InlineAsmOptions::NORETURN) {
                    let _ = writeln!(text, "xor {reg}, {reg}\njmp {exit}");
                }
                for (index, label) in label_names.iter().enumerate() {
                    let _ = writeln!(text, "{label}:\nmov {reg}, {}", index + 1);
                    if index + 1 < label_names.len() {
                        let _ = writeln!(text, "jmp {exit}");
                    }
                }
                let _ = writeln!(text, "{exit}:");
                exit_reg = Some(reg);
            }
            if let Some(scratch) = scratch {
                let scratch = scratch.name(None);
                let _ = writeln!(text, "mov {scratch}, [rsp]");
                for operand in outputs {
                    let _ = writeln!(text, "{}", move_operand(operand, &scratch, false));
                }
            }
            if let Some(reg) = exit_reg.filter(|reg| reg != "eax") {
                let _ = writeln!(text, "mov eax, {reg}");
            }
            // The flags stay as the assembly left them (`lea`, unlike `add`, keeps them): code
            // such as `__readeflags` after `__writeeflags` reads them back.
            text.push_str(
                "lea rsp, [rsp + 8]\npop r15\npop r14\npop r13\npop r12\npop rbx\npop rbp\n\
                 .cfi_def_cfa rsp, 8\nret\n",
            );
        }
        text.push_str(".cfi_endproc\n");
        let slots = reg_operands
            .into_iter()
            .map(|RegOperand { offset, input, output, .. }| BufferSlot { offset, input, output })
            .collect();
        Some(AsmThunk { text, slots, buffer_size: offset, labels })
    }

    fn explicit_reg(&mut self, reg: InlineAsmReg) -> Option<Reg> {
        let name = reg.name();
        // A register by its base name, or its low byte (`al`, `sil`, `r8b`, ...): the thunk
        // moves whole registers, of which the operand is the low part.
        if let Some(&(base, _)) =
            GPRS.iter().find(|(base, names)| *base == name || names[3] == name)
        {
            return Some(Reg::Gpr(base));
        }
        let numbered = |prefix: &str, count: u8| {
            name.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok()).filter(|&n| n < count)
        };
        for (prefix, width) in [("xmm", 16), ("ymm", 32), ("zmm", 64)] {
            if let Some(n) = numbered(prefix, 32) {
                return Some(Reg::Vector(n, width));
            }
        }
        // `k0` cannot mask, so rustc only has it as a clobber, which needs nothing here.
        if let Some(n) = numbered("k", 8).filter(|&n| n > 0) {
            return Some(Reg::Mask(n));
        }
        self.unsupported(&format!("the register `{name}` in inline assembly"));
        None
    }

    fn allocate_reg(&mut self, class: InlineAsmRegClass, taken: &[Reg]) -> Option<Reg> {
        let free = |reg: &Reg| !taken.iter().any(|other| other.overlaps(*reg));
        let reg = match class {
            InlineAsmRegClass::X86(X86InlineAsmRegClass::reg | X86InlineAsmRegClass::reg_byte) => {
                GPR_POOL.iter().map(|base| Reg::Gpr(base)).find(free)
            }
            InlineAsmRegClass::X86(X86InlineAsmRegClass::reg_abcd) => {
                ABCD_POOL.iter().map(|base| Reg::Gpr(base)).find(free)
            }
            InlineAsmRegClass::X86(X86InlineAsmRegClass::xmm_reg) => {
                (0..16).map(|n| Reg::Vector(n, 16)).find(free)
            }
            InlineAsmRegClass::X86(X86InlineAsmRegClass::ymm_reg) => {
                (0..16).map(|n| Reg::Vector(n, 32)).find(free)
            }
            InlineAsmRegClass::X86(X86InlineAsmRegClass::zmm_reg) => {
                (0..32).map(|n| Reg::Vector(n, 64)).find(free)
            }
            InlineAsmRegClass::X86(X86InlineAsmRegClass::kreg) => (1..8).map(Reg::Mask).find(free),
            _ => {
                self.unsupported(&format!(
                    "the register class `{}` in inline assembly",
                    class.name()
                ));
                return None;
            }
        };
        if reg.is_none() {
            self.unsupported("inline assembly needing more registers than are free");
        }
        reg
    }

    /// `operand` as the thunks take it; `None` after reporting what cannot be.
    pub(super) fn asm_operand(
        &mut self,
        operand: &InlineAsmOperand<'tcx>,
    ) -> Option<AsmOperand<'tcx>> {
        Some(match operand {
            InlineAsmOperand::In { reg, value } => {
                AsmOperand::Reg { reg: *reg, input: Some(self.lower_operand(value)), output: None }
            }
            InlineAsmOperand::Out { reg, place, .. } => {
                let output = place.map(|place| self.lower_place(place));
                AsmOperand::Reg { reg: *reg, input: None, output }
            }
            InlineAsmOperand::InOut { reg, in_value, out_place, .. } => AsmOperand::Reg {
                reg: *reg,
                input: Some(self.lower_operand(in_value)),
                output: out_place.map(|place| self.lower_place(place)),
            },
            InlineAsmOperand::Const { value } => AsmOperand::Text(self.asm_const_text(value)?),
            InlineAsmOperand::SymFn { value } => AsmOperand::Text(self.asm_fn_symbol(value)?),
            InlineAsmOperand::SymStatic { def_id } => {
                AsmOperand::Text(self.asm_static_symbol(*def_id))
            }
            InlineAsmOperand::Label { target_index } => AsmOperand::Label(*target_index),
        })
    }

    /// The symbol a `sym` operand naming a function stands for.
    fn asm_fn_symbol(&mut self, value: &mir::ConstOperand<'tcx>) -> Option<String> {
        let tcx = self.tcx;
        let ty = self.monomorphize(value.const_.ty());
        let ty::FnDef(def_id, args) = *ty.kind() else {
            self.unsupported(&format!("`sym` operands of type `{ty}` in inline assembly"));
            return None;
        };
        let args = args.no_bound_vars().expect("monomorphic function");
        // As for a function pointer: `#[track_caller]` functions are reached through a shim.
        let instance =
            Instance::resolve_for_fn_ptr(tcx, ty::TypingEnv::fully_monomorphized(), def_id, args)
                .expect("a function named by `sym` resolves");
        Some(self.asm_symbol(tcx.symbol_name(instance).name))
    }

    /// The symbol a `sym` operand naming a static (thread-local ones too, for `@tpoff` and the
    /// like) stands for.
    fn asm_static_symbol(&mut self, def_id: DefId) -> String {
        let tcx = self.tcx;
        self.asm_symbol(tcx.symbol_name(Instance::mono(tcx, def_id)).name)
    }

    /// `name` as the thunk, in another object file, can refer to it: a function or static
    /// local to this unit's Cranelift object gets a hidden global name (an alias) for it.
    fn asm_symbol(&mut self, name: &str) -> String {
        let module = &self.cx.module;
        let local = match module.get_name(name) {
            Some(FuncOrDataId::Func(id)) => {
                module.declarations().get_function_decl(id).linkage == Linkage::Local
            }
            Some(FuncOrDataId::Data(id)) => {
                module.declarations().get_data_decl(id).linkage == Linkage::Local
            }
            None => false,
        };
        match module.get_name(name) {
            Some(target) if local => self.cx.hidden_alias(target),
            _ => super::global_asm::assembler_symbol(name).into_owned(),
        }
    }

    /// The text of a `const` operand: an integer in the operand type's signedness.
    fn asm_const_text(&mut self, constant: &mir::ConstOperand<'tcx>) -> Option<String> {
        let const_ = self.monomorphize(constant.const_);
        let value = const_.eval(self.tcx, ty::TypingEnv::fully_monomorphized(), constant.span);
        let Ok(mir::ConstValue::Scalar(mir::interpret::Scalar::Int(int))) = value else {
            self.unsupported("this `const` operand of inline assembly");
            return None;
        };
        let layout = self.layout_of(const_.ty());
        Some(rustc_codegen_ssa::common::asm_const_to_str(self.tcx, constant.span, int, layout))
    }
}

/// Whether `operand` only says that the assembly overwrites a register outside the general
/// purpose ones and `xmm0`..`xmm15` (`clobber_abi` lists the AVX-512 registers `zmm16`..,
/// the mask registers, x87 and MMX): the thunk needs nothing for it, since the function calls
/// it as any function, which may overwrite all of these.
fn is_vector_state_clobber(operand: &InlineAsmOperand<'_>) -> bool {
    let InlineAsmOperand::Out { reg: InlineAsmRegOrRegClass::Reg(reg), place: None, .. } = operand
    else {
        return false;
    };
    let name = reg.name();
    let is_gpr = GPRS.iter().any(|(base, names)| *base == name || names[3] == name);
    let is_low_xmm =
        name.strip_prefix("xmm").and_then(|n| n.parse::<u8>().ok()).is_some_and(|n| n < 16);
    !is_gpr && !is_low_xmm
}

/// The move of `operand`'s register from (`load`) or to its slot in the buffer at `base`.
fn move_operand(operand: &RegOperand<'_>, base: &str, load: bool) -> String {
    let mnemonic = match operand.reg {
        Reg::Gpr(_) => "mov",
        Reg::Vector(n, 16) if n < 16 => "movdqu",
        Reg::Vector(n, 32) if n < 16 => "vmovdqu",
        // `zmm` registers, and the others beyond 15, exist in AVX-512's encoding only.
        Reg::Vector(..) => "vmovdqu64",
        // The form of the operand's size (`kmovb` needs AVX512DQ, `kmovw` only AVX512F).
        Reg::Mask(_) => match operand.size() {
            ..=2 => "kmovw",
            4 => "kmovd",
            _ => "kmovq",
        },
    };
    let reg = operand.reg.name(None);
    let memory = format!("[{base} + {}]", operand.offset);
    if load { format!("{mnemonic} {reg}, {memory}") } else { format!("{mnemonic} {memory}, {reg}") }
}
