#!/usr/bin/env bash
# Only the sanitizer half of scripts/test.sh: builds Infini with
# AddressSanitizer and UndefinedBehaviorSanitizer into build-sanitize/ (or
# $INFINI_SANITIZE_BUILD_DIR) and runs the whole lit suite there, GoogleTest
# suites included. Any report fails the run (-fno-sanitize-recover=all).
#
# Not instrumented: Debian's LLVM/MLIR libraries; code JIT-compiled by the
# tests; the CUDA runtime, the AOT harness and the float64 reference (linked
# into executables without a sanitizer runtime); and the mlir-opt plugin is
# not built (mlir-opt has no sanitizer runtime).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
INFINI_ONLY_SANITIZERS=1 INFINI_SKIP_SANITIZERS=0 exec "$root/scripts/test.sh"
