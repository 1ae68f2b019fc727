#!/usr/bin/env bash
# Configures (once) and builds Infini into $INFINI_BUILD_DIR (default: build/).
# Extra arguments are build targets.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"
llvm=/usr/lib/llvm-22

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DMLIR_DIR="$llvm/lib/cmake/mlir" \
    -DCMAKE_C_COMPILER="$llvm/bin/clang" \
    -DCMAKE_CXX_COMPILER="$llvm/bin/clang++" \
    -DLLVM_USE_LINKER=lld \
    -DLLVM_EXTERNAL_LIT="$llvm/bin/lit" \
    ${INFINI_CMAKE_ARGS:-}
fi

# Two cores and 24 GiB: two compile jobs keep memory well below the limit.
targets=()
if [ "$#" -gt 0 ]; then
  targets=(--target "$@")
fi
cmake --build "$build" --parallel "${INFINI_JOBS:-2}" "${targets[@]}"
