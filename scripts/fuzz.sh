#!/usr/bin/env bash
# Fuzzes parse, verify and every infini pipeline (tools/infini-fuzz) with
# libFuzzer, ASan and UBSan. Builds into build-fuzz/ (or $INFINI_FUZZ_BUILD_DIR),
# seeds the corpus from every .mlir file under test/ and examples/ (split at
# "// -----"), and runs for SECONDS (default 600) on one core:
#
#   ./scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]
#
# Crashing inputs land in build-fuzz/findings/ (crash-*, timeout-*, oom-*);
# reproduce one with build-fuzz/bin/infini-fuzz FILE.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-600}"
shift || true
build="${INFINI_FUZZ_BUILD_DIR:-$root/build-fuzz}"

"$root/scripts/setup.sh"
INFINI_BUILD_DIR="$build" \
INFINI_CMAKE_ARGS="-DINFINI_SANITIZE=address;undefined -DINFINI_FUZZ=ON -DINFINI_ENABLE_TESTS=OFF ${INFINI_CMAKE_ARGS:-}" \
  "$root/scripts/build.sh" infini-fuzz

corpus="$build/corpus" seeds="$build/seeds" findings="$build/findings"
mkdir -p "$corpus" "$findings"
rm -rf "$seeds" && mkdir -p "$seeds"
python3 - "$root" "$seeds" <<'PY'
import pathlib, sys
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n = 0
for path in sorted(list(root.glob("test/**/*.mlir")) + list(root.glob("examples/*.mlir"))):
    # Bytes, not text: fuzzer reproducers need not be UTF-8.
    for part in path.read_bytes().split(b"// -----"):
        if b"func.func" in part or b"module" in part:
            (out / f"seed-{n:04d}.mlir").write_bytes(part)
            n += 1
print(f"{n} seeds")
PY
export CUDA_HOME="${CUDA_HOME:-/usr/local/cuda}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
exec "$build/bin/infini-fuzz" "$corpus" "$seeds" \
  -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 -max_len=65536 \
  -artifact_prefix="$findings/" -print_final_stats=1 "$@"
