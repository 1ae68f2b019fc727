#!/usr/bin/env bash
# Builds, on the build machine, the ahead-of-time GPU layers that
# bench/gpu/run.sh times on a GPU machine: one self-contained executable per
# configuration and element type (infini-gpu-aot), in $INFINI_BUILD_DIR/bench-gpu
# (default build/bench-gpu). The configurations are those of the CPU benchmark
# (bench/bench.py) plus X: B=4, H=16, Dk=Dv=128, N=2048, T=65536.
# Arguments go to infini-lower-to-nvvm (e.g. "chip=sm_90 query-tile=64").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
"$root/scripts/build.sh" infini-opt infini-gpu-aot
[ -x "$build/bin/infini-gpu-aot" ] ||
  { echo "bench/gpu/build.sh: no infini-gpu-aot (CUDA toolkit not found)" >&2; exit 1; }

out="$build/bench-gpu"
mkdir -p "$out"
cp "$root/bench/gpu/run.sh" "$root/bench/torch_infini.py" "$out/"
# name B H Hkv D N T rule
while read -r name b h hkv d n t rule; do
  for type in f32 bf16; do
    echo "building $name-$type"
    "$build/bin/infini-gpu-aot" -o "$out/$name-$type.exe" --batch "$b" \
      --heads "$h" --kv-heads "$hkv" --dk "$d" --dv "$d" --segment "$n" \
      --tokens "$t" --type "$type" --rule "$rule" --pipeline-options "$*"
    echo "$name $b $h $hkv $d $n $t $rule" > "$out/$name-$type.shape"
  done
done <<'CONFIGS'
L 1 8 8 128 2048 32768 linear
S 1 8 8 64 1024 16384 linear
G 2 8 2 64 1024 16384 delta
X 4 16 16 128 2048 65536 linear
CONFIGS
echo "copy $out to the GPU machine and run its run.sh there"
