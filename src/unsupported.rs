//! The wording of the error for what the backend cannot compile yet. Every stage reports
//! such constructs through `message`, so users (and the `compile_fail` and `rustc_ui` test
//! groups) always see the same phrase.

use std::fmt::Display;

/// "not yet supported by the Cranelift backend: `what`".
pub(crate) fn message(what: impl Display) -> String {
    format!("not yet supported by the Cranelift backend: {what}")
}
