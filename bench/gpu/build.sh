#!/usr/bin/env bash
# Builds, on the build machine, everything bench/gpu/run.sh runs on a GPU
# machine, in $INFINI_BUILD_DIR/bench-gpu (default build/bench-gpu), which
# then travels alone (it needs the CUDA driver and PyTorch there, no LLVM):
# - the GPU execution tests: the lit tests of test/Integration/GPU build
#   their executables here (layer-aot.test's layers, runtime-smoke and
#   entry-shape-check), which are copied into tests/, with the CUDA runtime
#   they link in lib/;
# - the benchmark: one self-contained executable per configuration and
#   element type (infini-gpu-aot); the configurations are those of the CPU
#   benchmark (bench/bench.py) plus X: B=4, H=16, Dk=Dv=128, N=2048,
#   T=65536;
# - the decode benchmark: one executable per decode configuration of
#   bench/decode.py (B=1 and B=8, H=8, D=128, N=2048, a prompt of 1024) and
#   element type (infini-gpu-aot --decode), in decode/.
# Arguments go to infini-lower-to-nvvm for the benchmark's layers (e.g.
# "chip=sm_90 query-tile=64").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
[ -x "$build/bin/infini-gpu-aot" ] ||
  { echo "bench/gpu/build.sh: no infini-gpu-aot (CUDA toolkit not found)" >&2; exit 1; }

out="$build/bench-gpu"
rm -rf "$out"
mkdir -p "$out/tests" "$out/lib" "$out/decode"
cp "$root/bench/gpu/run.sh" "$root/bench/torch_infini.py" \
  "$root/bench/gpu/torch_decode.py" "$out/"

# The tests' executables, from the lit run that builds (and, without a GPU,
# cannot run) them; lit names a test's files <test>.tmp<suffix>.
lit="$(sed -n 's/^LLVM_EXTERNAL_LIT:STRING=//p' "$build/CMakeCache.txt")"
"$lit" -q "$build/test/Integration/GPU"
tests="$build/test/Integration/GPU/Output"
for exe in "$tests"/layer-aot.test.tmp.*.exe; do
  case="${exe#"$tests"/layer-aot.test.tmp.}"
  cp "$exe" "$out/tests/layer-$case"
done
for exe in "$tests"/decode-aot.test.tmp.*.exe; do
  case="${exe#"$tests"/decode-aot.test.tmp.}"
  cp "$exe" "$out/tests/decode-$case"
done
cp "$tests/runtime-smoke.mlir.tmp.exe" "$out/tests/runtime-smoke.exe"
cp "$tests/entry-shape-check.mlir.tmp-cuda.exe" "$out/tests/entry-shape-check.exe"
cp "$build"/lib/libinfini_cuda_runtime.so* "$out/lib/"

# name B H Hkv D N T rule check (the float64 reference of X would take the
# GPU machine's host longer than the whole run may)
while read -r name b h hkv d n t rule check; do
  for type in f32 bf16; do
    echo "building $name-$type"
    "$build/bin/infini-gpu-aot" -o "$out/$name-$type.exe" --batch "$b" \
      --heads "$h" --kv-heads "$hkv" --dk "$d" --dv "$d" --segment "$n" \
      --tokens "$t" --type "$type" --rule "$rule" --pipeline-options "$*"
    echo "$name $b $h $hkv $d $n $t $rule $check" > "$out/$name-$type.shape"
  done
done <<'CONFIGS'
L 1 8 8 128 2048 32768 linear check
S 1 8 8 64 1024 16384 linear check
G 2 8 2 64 1024 16384 delta check
X 4 16 16 128 2048 65536 linear time-only
CONFIGS
# name B H Hkv D N prompt check (B=8's reference would take the GPU
# machine's host longer than the run may)
while read -r name b h hkv d n prompt check; do
  for type in f32 bf16; do
    echo "building decode $name-$type"
    "$build/bin/infini-gpu-aot" --decode -o "$out/decode/$name-$type.exe" \
      --batch "$b" --heads "$h" --kv-heads "$hkv" --dk "$d" --dv "$d" \
      --segment "$n" --type "$type" --rule linear --prompt "$prompt" \
      --steps 8 --pipeline-options "$*"
    echo "$name $b $h $hkv $d $n $prompt $check" > "$out/decode/$name-$type.shape"
  done
done <<'CONFIGS'
D1 1 8 8 128 2048 1024 check
D8 8 8 8 128 2048 1024 time-only
CONFIGS
du -sh "$out"
echo "copy $out to the GPU machine and run its run.sh there"
