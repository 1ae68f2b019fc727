#!/usr/bin/env bash
# Installs what is missing, builds infini-opt, and runs it on the examples:
# each file is parsed, verified and pretty-printed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh" infini-opt

for f in "$root"/examples/*.mlir; do
  echo "== infini-opt examples/$(basename "$f")"
  "$build/bin/infini-opt" "$f"
done
