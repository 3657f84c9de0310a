//! dist/cargo-clif: the pinned toolchain's cargo, compiling with dist/rustc-clif (and documenting
//! and running doctests with dist/rustdoc-clif), dist/ being the directory of this executable.
//! `cargo-clif build|run|test|...` works as cargo does; everything is compiled with the Cranelift
//! backend, build scripts and proc macros included.
//!
//! With the variable `CARGO_CLIF_HOST_LLVM` set (to anything), what runs on the host while
//! building is compiled by the toolchain as usual instead: build scripts, proc macros and
//! their dependencies. cargo-clif then sets `CARGO_BUILD_TARGET` to the host (unless already
//! set), so that cargo gives `--target` to the compilations for the target only, which
//! rustc-clif recognizes; the outputs go to `target/<host>/` as with any `--target`. This is
//! a way around a backend that cannot compile some proc macro yet.

#[allow(dead_code)]
#[path = "clif_common.rs"]
mod common;

fn main() {
    let dist = common::dist_dir();
    let args = common::args();
    if let Some(first) = args.first()
        && first.to_string_lossy().starts_with('+')
    {
        common::fail(&format!(
            "cargo-clif always uses {}: drop `{}`",
            common::CHANNEL,
            first.to_string_lossy()
        ));
    }
    let mut cmd = common::toolchain_program("cargo", env!("CLIF_CARGO"));
    cmd.env("RUSTC", dist.join("rustc-clif"))
        .env("RUSTDOC", dist.join("rustdoc-clif"))
        // What rustup's proxy sets for `cargo +<channel>`, so that tools started through the
        // proxies below this cargo use the same toolchain.
        .env("RUSTUP_TOOLCHAIN", common::CHANNEL)
        // Cargo caches what rustc -vV answers, keyed by rustc's path and modification time.
        // That answer depends on CARGO_CLIF_HOST_LLVM too (see rustc-clif.rs): no cache.
        .env("CARGO_CACHE_RUSTC_INFO", "0")
        .args(args);
    if std::env::var_os(common::HOST_LLVM).is_some()
        && std::env::var_os("CARGO_BUILD_TARGET").is_none()
    {
        cmd.env("CARGO_BUILD_TARGET", env!("CLIF_HOST"));
    }
    common::exec(cmd);
}
