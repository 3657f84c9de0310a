//! Language-specific data areas (the contents of `.gcc_except_table`): for a function with
//! landing pads, the call-site table that the personality routine (`rust_eh_personality`)
//! searches when unwinding reaches the function.

use cranelift_codegen::{CompiledCode, MachExceptionHandler};

use crate::lowered::LandingKind;

/// The one action record: "catch", i.e. type filter 1 and no further action. Rust's
/// personality routine reads no type table; any positive filter means catch.
const CATCH_ACTION: [u8; 2] = [1, 0];
/// A call-site entry's reference to `CATCH_ACTION` (offset in the action table plus one).
const CATCH_ACTION_ENTRY: u64 = 1;
const DW_EH_PE_OMIT: u8 = 0xff;
const DW_EH_PE_ULEB128: u8 = 0x01;

fn write_uleb128(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn write_call_site(table: &mut Vec<u8>, start: u32, len: u32, landing_pad: u32, action: u64) {
    write_uleb128(table, u64::from(start));
    write_uleb128(table, u64::from(len));
    write_uleb128(table, u64::from(landing_pad));
    write_uleb128(table, action);
}

/// Appends the LSDA of `code` to `out` and returns its offset there, or returns `None` when
/// no call of the function has a landing pad.
///
/// The call-site table covers the whole function: besides an entry for each call with a
/// landing pad, entries without one cover everything in between, because the personality
/// routine treats an address missing from the table as a call that must not unwind.
pub(crate) fn append_lsda(code: &CompiledCode, out: &mut Vec<u8>) -> Option<usize> {
    let mut table = Vec::new();
    let mut covered = 0;
    let mut has_catch = false;
    for call_site in code.buffer.call_sites() {
        let (kind, landing_pad) = match call_site.exception_handlers.first() {
            Some(MachExceptionHandler::Tag(tag, target)) => {
                (LandingKind::from_tag(*tag), target.as_offset())
            }
            Some(MachExceptionHandler::Default(target)) => {
                (LandingKind::Cleanup, target.as_offset())
            }
            Some(MachExceptionHandler::Context(_)) | None => continue,
        };
        // The unwinder looks up the byte before the return address: the call's last byte.
        let start = call_site.ret_addr - 1;
        if start > covered {
            write_call_site(&mut table, covered, start - covered, 0, 0);
        }
        let action = match kind {
            LandingKind::Cleanup => 0,
            LandingKind::Catch => {
                has_catch = true;
                CATCH_ACTION_ENTRY
            }
        };
        write_call_site(&mut table, start, 1, landing_pad, action);
        covered = call_site.ret_addr;
    }
    if table.is_empty() {
        return None;
    }
    let code_len = code.buffer.data().len() as u32;
    if code_len > covered {
        write_call_site(&mut table, covered, code_len - covered, 0, 0);
    }

    let offset = out.len();
    // Landing pads are relative to the function's start, and there is no type table.
    out.extend_from_slice(&[DW_EH_PE_OMIT, DW_EH_PE_OMIT, DW_EH_PE_ULEB128]);
    write_uleb128(out, table.len() as u64);
    out.extend_from_slice(&table);
    if has_catch {
        out.extend_from_slice(&CATCH_ACTION);
    }
    Some(offset)
}
