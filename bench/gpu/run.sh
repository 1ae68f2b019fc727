#!/usr/bin/env bash
# Runs on a GPU machine (CUDA driver and PyTorch; no LLVM needed) from the
# folder bench/gpu/build.sh filled, in one go (sized for one 10-minute
# command on an H100/H200 with the default 5 timed calls; not yet run on
# one):
# 1. the GPU execution tests: each layer of test/Integration/GPU/layer-aot.test
#    against the float64 reference (--check: bounds, and inputs unchanged),
#    runtime-smoke (a kernel through the runtime, stream-ordered memory), and
#    entry-shape-check (right shapes compute, wrong ones stop before any
#    launch);
# 2. the benchmark: each configuration checked (where its .shape says so),
#    timed, and PyTorch (SDPA for the local part, einsum for the memory path)
#    timed on the same shape and type;
# 3. the decode benchmark: each decode step checked (where its .shape says
#    so) and timed over 64 steps from its prompt, against PyTorch's step with
#    a KV cache (torch_decode.py) at the same position.
# Everything goes to stdout and to the results file; a table of the results
# comes last. Exits 1 if any test or check failed.
# Usage: ./run.sh [iterations, default 5] [results file, default results.txt]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
iterations="${1:-5}"
results="${2:-results.txt}"
export LD_LIBRARY_PATH="$PWD/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
main() {
nvidia-smi --query-gpu=name,driver_version,clocks.max.sm --format=csv,noheader
summary=()
failed=0
record() { # record NAME STATUS [DETAIL]
  summary+=("$(printf '%-28s %-5s %s' "$1" "$2" "${3:-}")")
  [ "$2" = PASS ] || failed=1
}

echo "== GPU execution tests"
for exe in tests/layer-*.exe tests/decode-*.exe; do
  name="${exe#tests/}"
  echo "-- $name"
  if "./$exe" --check; then record "${name%.exe}" PASS; else record "${name%.exe}" FAIL; fi
done
echo "-- runtime-smoke"
if ./tests/runtime-smoke.exe; then record runtime-smoke PASS; else record runtime-smoke FAIL; fi
echo "-- entry-shape-check"
right=$(./tests/entry-shape-check.exe right 2>&1)
echo "$right"
# sigma(0.5) = 1.5 everywhere: (1.5 * 4 * 0.25) / max(1.5 * 4, eps) = 0.25.
if [ "$right" = "out[0] = 0.25" ]; then record entry-shape-check/right PASS
else record entry-shape-check/right FAIL "$right"; fi
wrong=$(./tests/entry-shape-check.exe wrong-tokens 2>&1); rc=$?
echo "$wrong"
if [ $rc -ne 0 ] && grep -q "size of dimension 2 is not 4" <<<"$wrong"; then
  record entry-shape-check/wrong PASS
else record entry-shape-check/wrong FAIL "exit $rc"; fi

echo "== benchmark"
for exe in *.exe; do
  base="${exe%.exe}"
  type="${base##*-}"
  read -r name b h hkv d n t rule check < "$base.shape"
  echo "-- $base: B=$b H=$h Hkv=$hkv D=$d N=$n T=$t $rule $type"
  if [ "$check" = check ]; then
    if "./$exe" --check; then record "$base/check" PASS; else record "$base/check" FAIL; fi
  fi
  ours=$("./$exe" --iterations "$iterations" | sed -n 's/^time: \([0-9.]*\) ms.*/\1/p')
  [ -n "$ours" ] || { record "$base/time" FAIL "no time"; continue; }
  delta=""; [ "$rule" = delta ] && delta="--delta"
  torch_json=$(python3 torch_infini.py --device cuda --dtype "$type" \
    --variant sdpa --batch "$b" --heads "$h" --kv-heads "$hkv" \
    --head-dim "$d" --segment "$n" --tokens "$t" $delta)
  line=$(python3 - "$ours" "$torch_json" "$b" "$t" <<'PY'
import json, sys
ours_ms, torch, b, t = float(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
torch_ms = 1e3 * torch["seconds"] * t / torch["tokens"]
print("ours %.2f ms (%.0f tok/s), torch %s %.2f ms (%.0f tok/s), ours/torch time %.2f"
      % (ours_ms, b * t / ours_ms * 1e3, torch["torch"], torch_ms,
         b * t / torch_ms * 1e3, ours_ms / torch_ms))
PY
)
  echo "$line"
  record "$base/time" PASS "$line"
done

echo "== decode benchmark"
for exe in decode/*.exe; do
  base="${exe%.exe}"
  type="${base##*-}"
  read -r name b h hkv d n prompt check < "$base.shape"
  echo "-- $base: B=$b H=$h Hkv=$hkv D=$d N=$n prompt=$prompt $type"
  args=()
  [ "$check" = check ] && args=(--check)
  step=$("./$exe" "${args[@]}" --iterations 64)
  rc=$?
  echo "$step"
  [ "$check" = check ] && { [ $rc -eq 0 ] && record "$base/check" PASS || record "$base/check" FAIL; }
  ours=$(sed -n 's/^step: median \([0-9.]*\) us.*/\1/p' <<<"$step")
  [ -n "$ours" ] || { record "$base/time" FAIL "no time"; continue; }
  torch_json=$(python3 torch_decode.py --batch "$b" --heads "$h" \
    --kv-heads "$hkv" --head-dim "$d" --segment "$n" --position "$prompt" \
    --steps 64 --dtype "$type")
  line=$(python3 - "$ours" "$torch_json" <<'PY'
import json, sys
ours_us, torch = float(sys.argv[1]), json.loads(sys.argv[2])
torch_us = torch["median_seconds"] * 1e6
print("ours %.1f us per step, torch %s %.1f us, torch/ours %.2f"
      % (ours_us, torch["torch"], torch_us, torch_us / ours_us))
PY
)
  echo "$line"
  record "$base/time" PASS "$line"
done

echo "== results"
printf '%s\n' "${summary[@]}"
return $failed
}

main 2>&1 | tee "$results"
exit "${PIPESTATUS[0]}"
