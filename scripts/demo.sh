#!/usr/bin/env bash
# Installs what is missing, builds, checks the example IR with infini-opt, and
# streams a long input through an Infini-attention layer compiled for this
# CPU (infini-demo). Arguments go to infini-demo (see `infini-demo --help`).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh" infini-opt infini-demo

for f in "$root"/examples/*.mlir; do
  echo "== infini-opt examples/$(basename "$f") -infini-lower-to-cpu"
  "$build/bin/infini-opt" "$f" -infini-lower-to-cpu -o /dev/null
  echo "   verified and lowered to the LLVM dialect"
done

echo "== infini-demo $*"
"$build/bin/infini-demo" "$@"
