#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (the lit suite, with
# the GoogleTest suites in it), then the same suite again on a build with
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test-sanitizers.sh;
# INFINI_SKIP_SANITIZERS=1 skips it). Prints a closing line "tests: N passed,
# N failed, N skipped" per suite and exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# run_suite LABEL BUILD-DIR [CMAKE-ARGS]: builds and runs check-infini there.
run_suite() {
  local label=$1 build=$2
  export INFINI_BUILD_DIR="$build"
  "$root/scripts/build.sh"
  local results="$build/test-results.json" log="$build/test-output.txt"
  rm -f "$results"
  set +e
  LIT_OPTS="${LIT_OPTS:-} --output=$results" \
    "$root/scripts/build.sh" check-infini 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  if [ -f "$results" ]; then
    python3 - "$results" "$log" "$label" <<'PY'
import json, re, sys
tests = json.load(open(sys.argv[1]))["tests"]
codes = [t["code"] for t in tests]
ok = sum(c in ("PASS", "XFAIL") for c in codes)
skipped = sum(c in ("UNSUPPORTED", "SKIPPED") for c in codes)
failed = len(codes) - ok - skipped
# lit leaves skipped tests (GTEST_SKIP, lit's --filter) out of the JSON.
m = re.search(r"^\s*Skipped\s*:\s*(\d+)", open(sys.argv[2]).read(), re.M)
skipped += int(m.group(1)) if m else 0
print(f"{sys.argv[3]}: {ok} passed, {failed} failed, {skipped} skipped")
PY
  else
    echo "$label: 0 passed, 1 failed (the suite did not run)"
  fi
  return "$rc"
}

"$root/scripts/setup.sh"
status=0
if [ "${INFINI_ONLY_SANITIZERS:-0}" != 1 ]; then
  run_suite tests "${INFINI_BUILD_DIR:-$root/build}" || status=1
fi
if [ "${INFINI_SKIP_SANITIZERS:-0}" != 1 ]; then
  (
    export INFINI_CMAKE_ARGS="-DINFINI_SANITIZE=address;undefined ${INFINI_CMAKE_ARGS:-}"
    # allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons a new slab
    # when the code that starts it is instrumented (ours, inlined from
    # LLVM's headers) and unpoisons each allocation only there, so objects
    # that Debian's uninstrumented libMLIR later allocates in the same slab
    # (attribute storage of the context) read as use-after-poison.
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:allow_user_poisoning=0}"
    export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
    run_suite "tests with ASan+UBSan" \
      "${INFINI_SANITIZE_BUILD_DIR:-$root/build-sanitize}"
  ) || status=1
fi
exit "$status"
