//! dist/rustdoc-clif: the pinned toolchain's rustdoc with the Cranelift backend and the sysroot
//! of dist/ (the directory of this executable), as rustc-clif does for rustc:
//! `rustdoc +<channel> -Zcodegen-backend=cranelift --sysroot <dist> <args>`.
//! Documentation of crates built by rustc-clif needs this sysroot, and doctests are compiled
//! and linked with the backend.

#[allow(dead_code)]
#[path = "clif_common.rs"]
mod common;

fn main() {
    let dist = common::dist_dir();
    common::check_backend(&dist);
    let mut cmd = common::toolchain_program("rustdoc", env!("CLIF_RUSTDOC"));
    cmd.arg("-Zcodegen-backend=cranelift").arg("--sysroot").arg(&dist).args(common::args());
    common::exec(cmd);
}
