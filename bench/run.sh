#!/usr/bin/env bash
# The benchmark of docs/performance.md: builds, installs its peers into the
# venv build/bench-venv (PyTorch 2.x, numpy with its bundled OpenBLAS,
# threadpoolctl, IREE compiler and runtime, iree-turbine; all from PyPI), and
# runs bench/bench.py with the venv's python. Arguments go to bench.py (e.g.
# --configs=S, --rounds=5, --no-iree).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh" infini-opt infini-demo

venv="$build/bench-venv"
"$root/scripts/make-venv.sh" "$venv"
py="$venv/bin/python"
pip=("$py" -m pip install -q)

# Install only what is missing. torch from PyPI pulls the NVIDIA runtime
# wheels (a few GB): it does not import without them.
have() { "$py" -c "import $1" 2>/dev/null; }
want=()
have torch || want+=("torch>=2,<3")
have numpy || want+=(numpy)
have threadpoolctl || want+=(threadpoolctl)
[ -x "$venv/bin/iree-compile" ] || want+=(iree-base-compiler)
[ -x "$venv/bin/iree-benchmark-module" ] || want+=(iree-base-runtime)
if [ "${#want[@]}" -gt 0 ]; then
  "${pip[@]}" "${want[@]}"
fi
# iree-turbine's declared dependencies would replace torch; it needs only
# decorator besides what is here.
if ! have iree.turbine.aot || ! have decorator; then
  "${pip[@]}" --no-deps iree-turbine decorator
fi

exec "$py" "$root/bench/bench.py" --build "$build" --venv "$venv" "$@"
