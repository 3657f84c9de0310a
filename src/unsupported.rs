//! The wording of the error for what the backend cannot compile yet. Every stage reports
//! such constructs through `message`, so users (and the `compile_fail` and `rustc_ui` test
//! groups) always see the same phrase, and through `error` or `fatal`, which add the way
//! around it: compiling this one crate with LLVM, the rest of the build staying with us.

use std::fmt::Display;

use rustc_errors::{Diag, DiagCtxtHandle, ErrorGuaranteed};
use rustc_hir::def_id::LOCAL_CRATE;
use rustc_middle::ty::TyCtxt;
use rustc_span::Span;

/// "not yet supported by the Cranelift backend: `what`".
pub(crate) fn message(what: impl Display) -> String {
    format!("not yet supported by the Cranelift backend: {what}")
}

/// How to build the crate anyway (its name, when known, makes the line ready to paste).
pub(crate) fn workaround(crate_name: Option<&str>) -> String {
    let package = crate_name.unwrap_or("<package>");
    let which = crate_name.map_or("this crate".to_string(), |name| format!("crate `{name}`"));
    format!(
        "to compile {which} with LLVM and the rest with Cranelift, override its backend in \
         Cargo.toml: `[profile.dev.package.{package}] codegen-backend = \"llvm\"` (or pass \
         `-Zcodegen-backend=llvm` to its rustc)"
    )
}

/// The error for `what`, at `span` if there is one, with the workaround.
fn diag<'a>(
    dcx: DiagCtxtHandle<'a>,
    fatal: bool,
    span: Option<Span>,
    crate_name: Option<&str>,
    what: impl Display,
) -> Diag<'a> {
    let diag = if fatal { dcx.struct_fatal(message(what)) } else { dcx.struct_err(message(what)) };
    let diag = diag.with_help(workaround(crate_name));
    match span {
        Some(span) => diag.with_span(span),
        None => diag,
    }
}

/// Reports `what` as an error, at `span` if there is one, with the workaround.
pub(crate) fn error(
    dcx: DiagCtxtHandle<'_>,
    span: Option<Span>,
    crate_name: Option<&str>,
    what: impl Display,
) -> ErrorGuaranteed {
    diag(dcx, false, span, crate_name, what).emit_err()
}

/// Reports `what` as a fatal error, at `span` if there is one, with the workaround.
pub(crate) fn fatal(
    dcx: DiagCtxtHandle<'_>,
    span: Option<Span>,
    crate_name: Option<&str>,
    what: impl Display,
) -> ! {
    diag(dcx, true, span, crate_name, what).emit_fatal()
}

/// `error` for the crate being compiled, whose name the workaround then gives.
pub(crate) fn error_in(tcx: TyCtxt<'_>, span: Span, what: impl Display) -> ErrorGuaranteed {
    error(tcx.dcx(), Some(span), Some(tcx.crate_name(LOCAL_CRATE).as_str()), what)
}

/// `fatal` for the crate being compiled, whose name the workaround then gives.
pub(crate) fn fatal_in(tcx: TyCtxt<'_>, span: Option<Span>, what: impl Display) -> ! {
    fatal(tcx.dcx(), span, Some(tcx.crate_name(LOCAL_CRATE).as_str()), what)
}
