#!/usr/bin/env bash
# The benchmark of docs/performance.md: builds, installs its peers (PyTorch and
# OpenBLAS numpy from Debian, IREE from PyPI into build/bench-venv), and runs
# bench/bench.py. Arguments go to bench.py (e.g. --configs=S).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${INFINI_BUILD_DIR:-$root/build}"

"$root/scripts/setup.sh"
"$root/scripts/build.sh" infini-opt infini-demo

missing=()
for p in python3-torch python3-numpy libopenblas0-pthread python3-venv; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q \
    --no-install-recommends "${missing[@]}"
fi

venv="$build/bench-venv"
if [ ! -x "$venv/bin/iree-compile" ]; then
  /usr/bin/python3 -m venv "$venv"
  "$venv/bin/pip" install -q iree-base-compiler iree-base-runtime
fi

exec /usr/bin/python3 "$root/bench/bench.py" --build "$build" --venv "$venv" "$@"
