#!/usr/bin/env bash
# Runs on a GPU machine (CUDA driver and PyTorch; no LLVM needed) from the
# folder bench/gpu/build.sh filled: checks each layer executable against the
# float64 reference, times it, times PyTorch (SDPA for the local part, einsum
# for the memory path) on the same shape and type, and prints one line per
# run plus the ratio. Usage: ./run.sh [iterations, default 5]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
iterations="${1:-5}"
nvidia-smi --query-gpu=name,driver_version,clocks.max.sm --format=csv,noheader
for exe in *.exe; do
  base="${exe%.exe}"
  type="${base##*-}"
  read -r name b h hkv d n t rule < "$base.shape"
  echo "== $base: B=$b H=$h Hkv=$hkv D=$d N=$n T=$t $rule $type"
  "./$exe" --check
  ours=$("./$exe" --iterations "$iterations" | sed -n 's/^time: \([0-9.]*\) ms.*/\1/p')
  delta=""; [ "$rule" = delta ] && delta="--delta"
  torch_json=$(python3 torch_infini.py --device cuda --dtype "$type" \
    --variant sdpa --batch "$b" --heads "$h" --kv-heads "$hkv" \
    --head-dim "$d" --segment "$n" --tokens "$t" $delta)
  python3 - "$ours" "$torch_json" "$b" "$t" <<'PY'
import json, sys
ours_ms, torch, b, t = float(sys.argv[1]), json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
torch_ms = 1e3 * torch["seconds"] * t / torch["tokens"]
print("ours %.2f ms (%.0f tok/s), torch %s %.2f ms (%.0f tok/s), ours/torch time %.2f"
      % (ours_ms, b * t / ours_ms * 1e3, torch["torch"], torch_ms,
         b * t / torch_ms * 1e3, ours_ms / torch_ms))
PY
done
