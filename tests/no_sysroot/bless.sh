#!/usr/bin/env bash
# Regenerates the expectation files in this directory from the toolchain's own LLVM backend,
# and checks that every example prints the same thing when built with -Copt-level=2.
#
# Usage: tests/no_sysroot/bless.sh [example-name...]   (run from the repository root)
set -euo pipefail

TOOLCHAIN="${TOOLCHAIN:-nightly-2026-10-15}"
OUT="${OUT:-/tmp/no_sysroot_ref}"
HERE="tests/no_sysroot"
RUSTC=(rustc "+$TOOLCHAIN" --edition 2024 -Cpanic=abort)

mkdir -p "$OUT/O0" "$OUT/O2"
"${RUSTC[@]}" --crate-type lib --crate-name mini_core example/mini_core.rs --out-dir "$OUT/O0"
"${RUSTC[@]}" -Copt-level=2 --crate-type lib --crate-name mini_core example/mini_core.rs --out-dir "$OUT/O2"

if [ "$#" -gt 0 ]; then
    names=("$@")
else
    names=()
    for f in example/*.rs; do
        n="$(basename "$f" .rs)"
        [ "$n" = mini_core ] || names+=("$n")
    done
fi

# Runs a binary with stdout piped to a file; prints "exit N" or "signal N".
run() {
    local bin="$1" out="$2"; shift 2
    local rc=0
    "$bin" "$@" > "$out" 2>/dev/null || rc=$?
    if [ "$rc" -gt 128 ]; then echo "signal $((rc - 128))"; else echo "exit $rc"; fi
}

failed=0
for n in "${names[@]}"; do
    src="example/$n.rs"
    flags="$(sed -n 's|^//@ compile-flags: *||p' "$src")"
    args="$(sed -n 's|^//@ run-args: *||p' "$src")"
    for opt in O0 O2; do
        optflag=(); [ "$opt" = O2 ] && optflag=(-Copt-level=2)
        # shellcheck disable=SC2086
        "${RUSTC[@]}" "${optflag[@]}" $flags --crate-type bin -L "$OUT/$opt" \
            --extern "mini_core=$OUT/$opt/libmini_core.rlib" "$src" -o "$OUT/$opt/$n"
    done
    # shellcheck disable=SC2086
    st0="$(run "$OUT/O0/$n" "$OUT/O0/$n.stdout" $args)"
    # shellcheck disable=SC2086
    st2="$(run "$OUT/O2/$n" "$OUT/O2/$n.stdout" $args)"
    if [ "$st0" != "$st2" ] || ! cmp -s "$OUT/O0/$n.stdout" "$OUT/O2/$n.stdout"; then
        echo "MISMATCH between -O0 and -O2: $n ($st0 vs $st2)"
        diff "$OUT/O0/$n.stdout" "$OUT/O2/$n.stdout" | head -20 || true
        failed=1
        continue
    fi
    cp "$OUT/O0/$n.stdout" "$HERE/$n.stdout"
    if [ "$st0" = "exit 0" ]; then
        rm -f "$HERE/$n.status"
    else
        echo "$st0" > "$HERE/$n.status"
    fi
    echo "ok $n ($st0)"
done
exit "$failed"
