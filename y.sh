#!/usr/bin/env bash
# Entry point of the build system: makes sure the pinned toolchain is installed, builds
# build_system/ with it and runs it with this script's arguments. See build_system/src.
set -e
cd "$(dirname "$0")"

# The toolchain and its components, as pinned in rust-toolchain.toml.
toolchain=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
components=$(sed -n 's/^components *= *\[\(.*\)\]/\1/p' rust-toolchain.toml | tr -d ' "')

if ! rustup toolchain list | grep -q "^$toolchain-"; then
    rustup toolchain install "$toolchain" --profile minimal --component "$components"
fi

cargo "+$toolchain" build --release -q --manifest-path build_system/Cargo.toml
exec build_system/target/release/build_system "$@"
