//! Who made an object: the string our objects carry in `.comment` (ELF) and as the DWARF
//! `DW_AT_producer`, so that a user or a test can tell which backend compiled what. LLVM's
//! objects say `rustc version <release> (<commit> <date>)`; ours name this backend, its
//! version, the commit of its sources (build.rs) and the Cranelift release it uses.

/// For example `rustc_codegen_cranelift 0.1.0 (source commit 1a2b…, Cranelift 0.137.1)`.
pub(crate) fn producer() -> String {
    format!(
        "{} {} (source commit {}, Cranelift {})",
        env!("CARGO_PKG_NAME"),
        env!("CARGO_PKG_VERSION"),
        env!("CLIF_SOURCE_COMMIT"),
        env!("CLIF_CRANELIFT_VERSION")
    )
}
