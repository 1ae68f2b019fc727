#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (the lit suite).
# Prints a closing line "N passed, N failed" and exits non-zero on failure.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh"

results="$build/test-results.json"
rm -f "$results"
rc=0
log="$build/test-output.txt"
set +e
LIT_OPTS="${LIT_OPTS:-} --output=$results" \
  "$root/scripts/build.sh" check-infini 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

if [ -f "$results" ]; then
  python3 - "$results" "$log" <<'PY'
import json, re, sys
tests = json.load(open(sys.argv[1]))["tests"]
codes = [t["code"] for t in tests]
ok = sum(c in ("PASS", "XFAIL") for c in codes)
skipped = sum(c in ("UNSUPPORTED", "SKIPPED") for c in codes)
failed = len(codes) - ok - skipped
# lit leaves skipped tests (GTEST_SKIP, lit's --filter) out of the JSON.
m = re.search(r"^\s*Skipped\s*:\s*(\d+)", open(sys.argv[2]).read(), re.M)
skipped += int(m.group(1)) if m else 0
print(f"tests: {ok} passed, {failed} failed, {skipped} skipped")
PY
else
  echo "tests: 0 passed, 1 failed (the suite did not run)"
fi
exit "$rc"
