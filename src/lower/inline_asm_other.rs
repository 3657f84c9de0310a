//! Inline `asm!` on AArch64, RISC-V 64 and s390x. As on x86-64 (see inline_asm.rs), each
//! `asm!` becomes a thunk that the function calls with the address of a buffer: the thunk's
//! frame keeps the return address, the buffer address and every callee-saved register; it
//! loads the inputs from the buffer into their registers, runs the template, reloads the buffer
//! address and stores the outputs. Registers for register classes come from the caller-saved
//! ones first. `label` operands are refused. Every load and store moves exactly the operand's
//! bytes, so a value smaller than its register sits where the target's byte order puts it
//! (s390x is big-endian).

use std::fmt::Write;

use rustc_ast::{InlineAsmOptions, InlineAsmTemplatePiece};
use rustc_middle::mir::InlineAsmOperand;
use rustc_target::asm::{InlineAsmArch, InlineAsmReg, InlineAsmRegClass, InlineAsmRegOrRegClass};

use super::FunctionCx;
use super::global_asm::AsmText;
use super::inline_asm::{AsmOperand, AsmThunk, BufferSlot};
use super::value::{CPlace, CValue};

/// Where a register's value is loaded from and stored to.
#[derive(Copy, Clone, PartialEq)]
enum Kind {
    General,
    Float,
    Vector,
}

impl Kind {
    fn of(class: InlineAsmRegClass) -> Option<Kind> {
        match class.name().as_str() {
            "reg" | "reg_addr" => Some(Kind::General),
            "freg" => Some(Kind::Float),
            "vreg" | "vreg_low16" => Some(Kind::Vector),
            _ => None,
        }
    }

    /// The bytes of the operand's slot in the buffer.
    fn slot_size(self) -> u64 {
        match self {
            Kind::General | Kind::Float => 8,
            Kind::Vector => 16,
        }
    }
}

/// One register operand of the thunk: its register and where it lives in the buffer.
struct RegOperand<'tcx> {
    reg: InlineAsmReg,
    kind: Kind,
    offset: u64,
    input: Option<CValue<'tcx>>,
    output: Option<CPlace<'tcx>>,
}

/// `reg` as the assembler reads it, in the form `modifier` asks for.
fn reg_text(reg: InlineAsmReg, arch: InlineAsmArch, modifier: Option<char>) -> String {
    let mut text = String::new();
    let _ = reg.emit(&mut text, arch, modifier);
    text
}

/// Whether a called function must preserve the register rustc names `name` (AAPCS64, the
/// RISC-V psABI, the s390x ELF ABI): the thunk saves those, but allocating the others first
/// keeps the template's registers where a plain function's would be.
fn callee_saved(arch: InlineAsmArch, name: &str) -> bool {
    let numbered = |prefix: &str| name.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok());
    match arch {
        InlineAsmArch::AArch64 => {
            numbered("x").is_some_and(|n| (19..=28).contains(&n))
                || numbered("v").is_some_and(|n| (8..=15).contains(&n))
        }
        InlineAsmArch::RiscV64 => {
            numbered("x").is_some_and(|n| n == 9 || (18..=27).contains(&n))
                || numbered("f").is_some_and(|n| n == 8 || n == 9 || (18..=27).contains(&n))
        }
        InlineAsmArch::S390x => {
            numbered("r").is_some_and(|n| (6..=13).contains(&n))
                || numbered("f").is_some_and(|n| (8..=15).contains(&n))
                || numbered("v").is_some_and(|n| (8..=15).contains(&n))
        }
        _ => true,
    }
}

/// The frame of a thunk on one architecture. It saves every callee-saved register (the
/// template may overwrite any of them: as an operand, a clobber, or because `clobber_abi`
/// lists the vector registers whose low halves are callee-saved), with the call frame
/// information that lets a `may_unwind` template's panic and backtraces pass through the thunk.
struct Frame {
    /// The register of the first argument, the buffer address on entry, as rustc names it and
    /// as the assembler does.
    argument: &'static str,
    argument_text: &'static str,
    /// Sets up the frame and saves the buffer address and the callee-saved registers in it.
    prologue: String,
    /// Reloads the buffer address into the register `{}` after the template.
    reload: &'static str,
    /// Restores the callee-saved registers and returns.
    epilogue: String,
    /// The general register class, which the reload's register is taken from.
    general: &'static str,
}

fn frame(arch: InlineAsmArch) -> Option<Frame> {
    let mut prologue = String::new();
    let mut epilogue = String::new();
    match arch {
        InlineAsmArch::AArch64 => {
            // x29, x30 | buffer, padding | x19..x28 | d8..d15: 176 bytes.
            prologue.push_str(
                "stp x29, x30, [sp, -176]!\n.cfi_def_cfa_offset 176\n.cfi_offset x29, -176\n\
                 .cfi_offset x30, -168\nmov x29, sp\n.cfi_def_cfa_register x29\n\
                 str x0, [sp, 16]\n",
            );
            let pairs = ["x19", "x21", "x23", "x25", "x27", "d8", "d10", "d12", "d14"];
            for (index, first) in pairs.iter().enumerate() {
                let offset = 32 + 16 * index;
                let (prefix, number) = first.split_at(1);
                let number: usize = number.parse().expect("register numbers");
                let second = format!("{prefix}{}", number + 1);
                let _ = writeln!(prologue, "stp {first}, {second}, [sp, {offset}]");
                let _ = writeln!(prologue, ".cfi_offset {first}, {}", offset as i64 - 176);
                let _ = writeln!(prologue, ".cfi_offset {second}, {}", offset as i64 - 168);
                let _ = writeln!(epilogue, "ldp {first}, {second}, [sp, {offset}]");
            }
            epilogue.push_str(
                ".cfi_def_cfa sp, 176\nldp x29, x30, [sp], 176\n.cfi_def_cfa_offset 0\n\
                 .cfi_restore x29\n.cfi_restore x30\nret\n",
            );
            Some(Frame {
                argument: "x0",
                argument_text: "x0",
                prologue,
                reload: "ldr {}, [x29, 16]\n",
                epilogue,
                general: "reg",
            })
        }
        InlineAsmArch::RiscV64 => {
            // Downwards from the top: ra, s0, buffer, s1..s11, fs0..fs11: 208 bytes.
            prologue.push_str(
                "addi sp, sp, -208\n.cfi_def_cfa_offset 208\nsd ra, 200(sp)\nsd s0, 192(sp)\n\
                 .cfi_offset ra, -8\n.cfi_offset s0, -16\nsd a0, 184(sp)\n",
            );
            let saved = (1..=11).map(|n| ("sd", "ld", format!("s{n}")));
            let saved = saved.chain((0..=11).map(|n| ("fsd", "fld", format!("fs{n}"))));
            for (index, (store, load, reg)) in saved.enumerate() {
                let offset = 176 - 8 * index;
                let _ = writeln!(prologue, "{store} {reg}, {offset}(sp)");
                let _ = writeln!(prologue, ".cfi_offset {reg}, {}", offset as i64 - 208);
                let _ = writeln!(epilogue, "{load} {reg}, {offset}(sp)");
            }
            prologue.push_str("addi s0, sp, 208\n.cfi_def_cfa s0, 0\n");
            epilogue.push_str(
                ".cfi_def_cfa sp, 208\nld ra, 200(sp)\nld s0, 192(sp)\n.cfi_restore ra\n\
                 .cfi_restore s0\naddi sp, sp, 208\n.cfi_def_cfa_offset 0\nret\n",
            );
            Some(Frame {
                argument: "x10",
                argument_text: "a0",
                prologue,
                reload: "ld {}, -24(s0)\n",
                epilogue,
                general: "reg",
            })
        }
        InlineAsmArch::S390x => {
            // r6..r15 and the buffer go to the caller's save area (r2 at 16, r6 at 48); the
            // thunk's own 224 bytes are the save area of whatever the template calls, then
            // f8..f15.
            prologue.push_str("stmg %r6, %r15, 48(%r15)\n");
            for n in 6..=15 {
                let _ = writeln!(prologue, ".cfi_offset %r{n}, {}", 48 + 8 * (n - 6) - 160);
            }
            prologue.push_str("stg %r2, 16(%r15)\naghi %r15, -224\n.cfi_def_cfa_offset 384\n");
            for n in 8..=15 {
                let offset = 160 + 8 * (n - 8);
                let _ = writeln!(prologue, "std %f{n}, {offset}(%r15)");
                let _ = writeln!(prologue, ".cfi_offset %f{n}, {}", offset - 384);
                let _ = writeln!(epilogue, "ld %f{n}, {offset}(%r15)");
            }
            epilogue.push_str("lmg %r6, %r15, 272(%r15)\n.cfi_def_cfa_offset 160\nbr %r14\n");
            Some(Frame {
                argument: "r2",
                argument_text: "%r2",
                prologue,
                reload: "lg {}, 240(%r15)\n",
                epilogue,
                // r0 cannot be a base register.
                general: "reg_addr",
            })
        }
        _ => None,
    }
}

/// The load (or store) of `size` bytes at `offset` from the address in `base` into (from)
/// `reg`; `None` for sizes the register cannot take that way.
fn access(
    arch: InlineAsmArch,
    reg: InlineAsmReg,
    kind: Kind,
    size: u64,
    base: &str,
    offset: u64,
    load: bool,
) -> Option<String> {
    let name = |modifier| reg_text(reg, arch, modifier);
    Some(match arch {
        InlineAsmArch::AArch64 => {
            let (mnemonic, reg) = match (kind, size) {
                (Kind::General, 8) => ("r", name(Some('x'))),
                (Kind::General, 4) => ("r", name(Some('w'))),
                (Kind::General, 2) => ("rh", name(Some('w'))),
                (Kind::General, 1) => ("rb", name(Some('w'))),
                (Kind::Vector, 16) => ("r", name(Some('q'))),
                (Kind::Vector, 8) => ("r", name(Some('d'))),
                (Kind::Vector, 4) => ("r", name(Some('s'))),
                (Kind::Vector, 2) => ("r", name(Some('h'))),
                (Kind::Vector, 1) => ("r", name(Some('b'))),
                _ => return None,
            };
            let op = if load { "ld" } else { "st" };
            format!("{op}{mnemonic} {reg}, [{base}, {offset}]")
        }
        InlineAsmArch::RiscV64 => {
            let suffix = match size {
                8 => 'd',
                4 => 'w',
                2 => 'h',
                1 if kind == Kind::General => 'b',
                _ => return None,
            };
            let (prefix, op) = match (kind, load) {
                (Kind::General, true) => ("", 'l'),
                (Kind::General, false) => ("", 's'),
                (Kind::Float, true) => ("f", 'l'),
                (Kind::Float, false) => ("f", 's'),
                (Kind::Vector, _) => return None,
            };
            format!("{prefix}{op}{suffix} {}, {offset}({base})", name(None))
        }
        InlineAsmArch::S390x => {
            // Floats sit in the left part of their register; `le`, `vlef` and the like load
            // there.
            let (load_mnemonic, store_mnemonic, element) = match (kind, size) {
                (Kind::General, 8) => ("lg", "stg", false),
                (Kind::General, 4) => ("l", "st", false),
                (Kind::General, 2) => ("lh", "sth", false),
                (Kind::General, 1) => ("llc", "stc", false),
                (Kind::Float, 8) => ("ld", "std", false),
                (Kind::Float, 4) => ("le", "ste", false),
                (Kind::Vector, 16) => ("vl", "vst", false),
                (Kind::Vector, 8) => ("vleg", "vsteg", true),
                (Kind::Vector, 4) => ("vlef", "vstef", true),
                _ => return None,
            };
            let mnemonic = if load { load_mnemonic } else { store_mnemonic };
            let element = if element { ", 0" } else { "" };
            format!("{mnemonic} {}, {offset}({base}){element}", name(None))
        }
        _ => return None,
    })
}

impl<'tcx> FunctionCx<'_, '_, 'tcx> {
    /// The thunk of `asm!` on an architecture other than x86-64; `None` after reporting what it
    /// cannot take.
    pub(super) fn build_other_asm_thunk(
        &mut self,
        arch: InlineAsmArch,
        template: &[InlineAsmTemplatePiece],
        operands: &[InlineAsmOperand<'tcx>],
        options: InlineAsmOptions,
    ) -> Option<AsmThunk<'tcx>> {
        let Some(frame) = frame(arch) else {
            self.unsupported("inline assembly (`asm!`) on this architecture");
            return None;
        };
        let features = self.tcx.asm_target_features(self.instance.def_id());
        let allocatable = rustc_target::asm::allocatable_registers(
            arch,
            self.tcx.sess.relocation_model(),
            features,
            &self.tcx.sess.target,
        );

        // Explicit registers (clobbers too) first, so that classes allocate around them.
        let mut taken: Vec<InlineAsmReg> = Vec::new();
        for operand in operands {
            let (InlineAsmOperand::In { reg: InlineAsmRegOrRegClass::Reg(reg), .. }
            | InlineAsmOperand::Out { reg: InlineAsmRegOrRegClass::Reg(reg), .. }
            | InlineAsmOperand::InOut { reg: InlineAsmRegOrRegClass::Reg(reg), .. }) = operand
            else {
                continue;
            };
            reg.overlapping_regs(|overlapping| taken.push(overlapping));
        }

        let mut reg_operands: Vec<RegOperand<'tcx>> = Vec::new();
        // What each MIR operand's placeholder stands for: a register or a text.
        let mut operand_regs: Vec<Option<InlineAsmReg>> = Vec::with_capacity(operands.len());
        let mut operand_texts: Vec<Option<String>> = Vec::with_capacity(operands.len());
        let mut offset: u64 = 0;
        for operand in operands {
            let (reg, input, output) = match self.asm_operand(operand)? {
                AsmOperand::Reg { reg, input, output } => (reg, input, output),
                AsmOperand::Text(text) => {
                    operand_regs.push(None);
                    operand_texts.push(Some(text));
                    continue;
                }
                AsmOperand::Label(_) => {
                    self.unsupported(&format!("`label` operands of inline assembly on {arch:?}"));
                    return None;
                }
            };
            let reg = match reg {
                InlineAsmRegOrRegClass::Reg(reg) => reg,
                InlineAsmRegOrRegClass::RegClass(class) => {
                    // Caller-saved registers first, and the buffer's last.
                    let free = allocatable.get(&class).and_then(|regs| {
                        let mut free: Vec<InlineAsmReg> =
                            regs.iter().copied().filter(|reg| !taken.contains(reg)).collect();
                        free.sort_by_key(|reg| {
                            (reg.name() == frame.argument, callee_saved(arch, &reg.name()))
                        });
                        free.first().copied()
                    });
                    let Some(reg) = free else {
                        self.unsupported(&format!(
                            "inline assembly needing more `{}` registers than are free",
                            class.name()
                        ));
                        return None;
                    };
                    reg.overlapping_regs(|overlapping| taken.push(overlapping));
                    reg
                }
            };
            operand_regs.push(Some(reg));
            operand_texts.push(None);
            if input.is_none() && output.is_none() {
                // A clobber: the call overwrites it anyway.
                continue;
            }
            let Some(kind) = Kind::of(reg.reg_class()) else {
                self.unsupported(&format!(
                    "the register class `{}` in inline assembly",
                    reg.reg_class().name()
                ));
                return None;
            };
            offset = offset.next_multiple_of(kind.slot_size());
            reg_operands.push(RegOperand { reg, kind, offset, input, output });
            offset += kind.slot_size();
        }

        let mut text = String::from(".cfi_startproc\n");
        text.push_str(&frame.prologue);
        // Inputs, the one going into the argument register (the buffer address) last.
        let (last, first): (Vec<&RegOperand<'tcx>>, Vec<&RegOperand<'tcx>>) = reg_operands
            .iter()
            .filter(|operand| operand.input.is_some())
            .partition(|operand| operand.reg.name() == frame.argument);
        for operand in first.into_iter().chain(last) {
            let line = self.operand_access(arch, operand, frame.argument_text, true)?;
            let _ = writeln!(text, "{line}");
        }

        let mut asm = AsmText::default();
        for piece in template {
            match piece {
                InlineAsmTemplatePiece::String(string) => asm.push_template(string),
                InlineAsmTemplatePiece::Placeholder { operand_idx, modifier, .. } => {
                    match (&operand_texts[*operand_idx], operand_regs[*operand_idx]) {
                        (Some(text), _) => asm.push_operand(text),
                        (None, Some(reg)) => asm.push_operand(&reg_text(reg, arch, *modifier)),
                        (None, None) => unreachable!("every operand has a register or a text"),
                    }
                }
            }
        }
        text.push_str(&asm.text);
        text.push('\n');

        if !options.contains(InlineAsmOptions::NORETURN) {
            let outputs: Vec<&RegOperand<'tcx>> =
                reg_operands.iter().filter(|operand| operand.output.is_some()).collect();
            if !outputs.is_empty() {
                let is_output =
                    |reg: &InlineAsmReg| outputs.iter().any(|operand| operand.reg == *reg);
                let scratch = allocatable
                    .iter()
                    .find(|(class, _)| class.name().as_str() == frame.general)
                    .and_then(|(_, regs)| {
                        regs.iter()
                            .copied()
                            .find(|reg| !callee_saved(arch, &reg.name()) && !is_output(reg))
                    });
                let Some(scratch) = scratch else {
                    self.unsupported("inline assembly with this many outputs");
                    return None;
                };
                let base = reg_text(scratch, arch, None);
                text.push_str(&frame.reload.replace("{}", &base));
                for operand in outputs {
                    let line = self.operand_access(arch, operand, &base, false)?;
                    let _ = writeln!(text, "{line}");
                }
            }
            text.push_str(&frame.epilogue);
        }
        text.push_str(".cfi_endproc\n");
        let slots = reg_operands
            .into_iter()
            .map(|RegOperand { offset, input, output, .. }| BufferSlot { offset, input, output })
            .collect();
        Some(AsmThunk { text, slots, buffer_size: offset, labels: Vec::new() })
    }

    fn operand_access(
        &mut self,
        arch: InlineAsmArch,
        operand: &RegOperand<'tcx>,
        base: &str,
        load: bool,
    ) -> Option<String> {
        let size = if load {
            operand.input.map(|value| value.layout.size.bytes())
        } else {
            operand.output.map(|place| place.layout.size.bytes())
        };
        let size = size.expect("loads have an input, stores an output");
        let access = access(arch, operand.reg, operand.kind, size, base, operand.offset, load);
        if access.is_none() {
            self.unsupported(&format!(
                "inline assembly operands of {size} bytes in `{}` on {arch:?}",
                operand.reg.name()
            ));
        }
        access
    }
}
